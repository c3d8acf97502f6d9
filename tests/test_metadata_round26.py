"""Round 26 (branch meta26): header forms missed over the tuning sets, by form. Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""

from pipeline.model import Document

from tests.metadata_texts import BODY


def test_province_before_a_registered_outlet_is_one_name(reader):
    # 江西 + 大江网 (a name on the register) at a line's start: the site's own name, read whole
    text = "江西大江网讯:青山港区今天开港。\n" + BODY
    found, origin = reader.read(text)
    assert found["source"] == "江西大江网"
    assert origin["source"] == ("meta.outlet_xun", 0, len("江西大江网讯"))


def test_glued_text_before_a_registered_outlet_is_still_cut(reader):
    # not a province's name: a forum's name glued on is no part of the outlet (meta.dateline_glued)
    text = "青山论坛大江网讯 今天上午,青山港区开港。\n" + BODY
    found, origin = reader.read(text)
    assert found["source"] == "大江网"
    start = text.index("大江网")
    assert origin["source"] == ("meta.dateline_glued", start, start + len("大江网讯"))


def test_account_before_a_yearless_stamp(reader):
    text = "青山县风电项目开工\n青山生活圈 06-21 09:45 阅读 358\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "", "publish_time": "09:45", "source": "青山生活圈"}
    start = text.index("青山生活圈")
    end = text.index("358") + 3
    assert origin["source"] == ("meta.account_monthday_stamp", start, end)
    assert origin["publish_date"] == ("meta.account_monthday_stamp", start, end)


def test_account_glued_to_a_yearless_stamp_then_follow_button(reader):
    text = "青山县农旅项目签约\n青山热点资讯04-12 16:25:08\n关注\n\n" + BODY
    found, _ = reader.read(text)
    assert found == {"publish_date": "", "publish_time": "16:25:08", "source": "青山热点资讯"}


def test_account_stamp_takes_the_year_the_page_writes(reader):
    text = "标题\n青山生活圈 06-21 09:45\n" + BODY + "发布于2024年06月21日\n"
    found, _ = reader.read(text)
    assert found["publish_date"] == "2024-06-21" and found["publish_time"] == "09:45"


def test_a_person_before_a_yearless_stamp_names_nothing(reader):
    found, _ = reader.read("标题\n张三 06-21 09:45\n" + BODY)
    assert "source" not in found and not found.get("publish_time")


def test_documents_row_keeps_the_time_of_a_yearless_stamp(reader):
    doc = Document(doc_id="x", source_path="x.txt", text="标题\n青山生活圈 06-21 09:45 阅读 358\n" + BODY)
    reader.apply(doc)
    assert (doc.publish_date, doc.publish_time, doc.source) == ("", "09:45", "青山生活圈")


def test_domain_with_its_date_in_brackets(reader):
    text = "青山资讯 > 正文\n\n青山县旅游项目签约\n\nwww.example.com(2011-10-14)来源:\n复制链接\n" + BODY
    found, origin = reader.read(text)
    assert found["publish_date"] == "2011-10-14" and "source" not in found
    start = text.index("www.")
    assert origin["publish_date"] == ("meta.domain_bracket_date", start, start + len("www.example.com(2011-10-14)"))


def test_masthead_headline_stamp_outranks_a_closing_credit(reader):
    text = ("青山经济新闻\n\n    青山大桥开工 全省加快推进重大工程建设\n\n    2021-06-17 20:16\n\n    "
            + BODY + "(某某社)\n")
    found, origin = reader.read(text)
    assert found == {"publish_date": "2021-06-17", "publish_time": "20:16", "source": "青山经济新闻"}
    assert origin["source"][:2] == ("meta.masthead_headline_stamp", 0)


def test_dateline_date_takes_the_time_of_a_same_day_stamp(reader):
    text = "标题\n\n2024年04月09日19:33:51 国内 2071\n\n某某社青山4月9日电 题:青山县项目开工\n\n" + BODY
    found, origin = reader.read(text)
    assert found["publish_date"] == "2024-04-09" and found["publish_time"] == "19:33:51"
    assert origin["publish_date"][0] != origin["publish_time"][0]
    assert origin["publish_time"][1] == text.index("2024年")


def test_a_stamp_of_another_day_gives_no_time(reader):
    text = "标题\n\n2024年04月10日19:33:51 国内 2071\n\n某某社青山4月9日电 题:青山县项目开工\n\n2024年4月9日\n" + BODY
    found, _ = reader.read(text)
    assert found["publish_date"] == "2024-04-09" and found["publish_time"] == ""


def test_source_site_and_bracketed_paper_glued_to_the_stamp(reader):
    text = "首页> 青山日报 > 正文\n\n标题\n\n来源:青山网-《青山日报》2022-03-04 07:30\n\n  青山日报青山3月3日电 " + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2022-03-04", "publish_time": "07:30", "source": "青山网-《青山日报》"}
    start = text.index("来源")
    assert origin["source"] == ("meta.source_then_datetime", start, start + len("来源:青山网-《青山日报》2022-03-04 07:30"))
