"""Round 26, wave 2 (branch meta27): header forms of meta_fresh10_tune, by form (SPEC §2). Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""

from pipeline.model import Document

from tests.metadata_texts import BODY


def test_year_space_monthday_time_under_a_breadcrumb(reader):
    # a portal's template: the year, a space, the month/day and the time on one line
    text = "青山网 > > 正文\n2019 11/23 08:05:41\n来源:青山网\n\n青山大桥合龙\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2019-11-23", "publish_time": "08:05:41", "source": "青山网"}
    start = text.index("2019")
    assert origin["publish_date"] == ("meta.header_year_space_datetime", start, start + len("2019 11/23 08:05:41"))
    assert origin["source"][0] == "meta.source_field"


def test_year_space_month_dash_day_with_a_field_after(reader):
    text = "青山网 > 正文\n2022 03-17 16:40  编辑:张三\n\n" + BODY
    found, origin = reader.read(text)
    assert found["publish_date"] == "2022-03-17" and found["publish_time"] == "16:40"
    assert origin["publish_date"][0] == "meta.header_year_space_datetime"
    assert "source" not in found


def test_year_space_monthday_without_a_time_is_no_stamp(reader):
    found, _ = reader.read("青山网 > 正文\n2019 11/23\n\n" + BODY)
    assert not found.get("publish_date")


def test_app_stamp_with_latin_brand_and_compiled_word_below_a_long_menu(reader):
    # twenty menu lines push the stamp below the page header; the unlabelled date-time beside
    # the outlet's name is read where it stands (meta.datetime_outlet has no zone)
    menu = "\n".join(["青山新闻APP", "下载APP", "登录"] + ["⁺", "历史", "收藏"] * 5 + ["分享"])
    line = "2022-07-03 19:06:45 青山新闻Qnews综合"
    text = menu + "\n\n青山港区开港\n\n" + line + "\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2022-07-03", "publish_time": "19:06:45", "source": "青山新闻Qnews"}
    start = text.index(line)
    assert origin["publish_date"] == ("meta.datetime_outlet", start, start + len(line))
    assert origin["source"] == origin["publish_date"]


def test_compiled_reports_name_no_outlet(reader):
    text = "列印 | 关闭视窗\n青山港区开港\n发布日期:08/10/2021\n消息来源:综合报导\n" + BODY
    found, _ = reader.read(text)
    assert found["publish_date"] == "2021-10-08"
    assert "source" not in found
    found, _ = reader.read("标题\n来源:综合报道\n" + BODY)
    assert "source" not in found


def test_compiled_word_glued_after_an_outlet_is_cut(reader):
    found, _ = reader.read("标题\n2021-05-06 10:20 来源:青山日报综合\n" + BODY)
    assert found["source"] == "青山日报"


def test_author_page_list_of_posts_gives_the_date(reader):
    text = ("Posts by: 青山新闻\n- 青山新闻\n- 2024年3月9日\n青山大桥今日通车\n【青山新闻】"
            + BODY + "- 青山新闻\n- 2024年3月9日\n青山港区开港\n")
    found, origin = reader.read(text)
    assert found["publish_date"] == "2024-03-09" and not found.get("publish_time")
    # round 30 (meta31): the dashed outlet line above the date reads both, as a bulleted one does
    start, end = text.index("- 青山新闻\n"), text.index("2024年3月9日") + len("2024年3月9日")
    assert origin["publish_date"] == ("meta.outlet_above_datetime", start, end)
    assert found["source"] == "青山新闻"


def test_a_dashed_line_opening_with_a_date_and_words_is_no_stamp(reader):
    found, _ = reader.read("标题\n- 2019-03-02青山大桥通车两周年\n" + BODY)
    assert not found.get("publish_date")


def test_documents_row_of_the_app_stamp(reader):
    text = "青山港区开港\n\n2022-07-03 19:06:45 青山新闻Qnews综合\n\n" + BODY
    doc = Document(doc_id="x", source_path="x.txt", text=text)
    reader.apply(doc)
    assert (doc.publish_date, doc.publish_time, doc.source) == ("2022-07-03", "19:06:45", "青山新闻Qnews")
