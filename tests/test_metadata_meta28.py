"""Round 27, wave 2 (branch meta28): header forms of unseen94 / unseen96, by form (SPEC §2). Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""

from pipeline.variants import simplified

from tests.metadata_texts import BODY


def test_epaper_record_after_a_comment_close_outranks_a_reporters_credit(reader):
    text = ("青山日报社 出版\n\n数据\n\n" + BODY + "\n(青山日报晨光新闻记者 张三 整理)\n\n"
            "--> 2021-02-03 1 1 青山日报 content_1234.html 1 数据 /enpproperty-->")
    found, origin = reader.read(text)
    assert found["publish_date"] == "2021-02-03" and found["source"] == "青山日报"
    start = text.index("-->")
    end = text.index(".html") + len(".html")
    assert origin["source"] == ("meta.epaper_record_line", start, end)
    assert origin["publish_date"] == ("meta.epaper_record_line", start, end)


def test_reporters_credit_alone_still_gives_its_outlet(reader):
    found, origin = reader.read("标题\n\n" + BODY + "(青山日报晨光新闻记者 张三 整理)\n")
    assert found.get("source") == "青山日报晨光新闻"
    assert origin["source"][0] == "meta.byline_reporter"


def test_paper_page_line_with_lost_space_separators(reader):
    text = "\n\n青山晚报?2019-6-3?B12\n青山晚报讯 " + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2019-06-03", "publish_time": "", "source": "青山晚报"}
    start = text.index("青山晚报?")
    assert origin["publish_date"] == ("meta.outlet_date_page_line", start, start + len("青山晚报?2019-6-3?B12"))


def test_paper_page_line_with_a_chinese_date_and_page_number(reader):
    found, origin = reader.read("青山日报 2021年10月9日 第05版\n标题\n" + BODY)
    assert found["publish_date"] == "2021-10-09" and found["source"] == "青山日报"
    # (read before this round by meta.outlet_datetime, which outranks the page-line rule)
    assert origin["source"][0] in ("meta.outlet_datetime", "meta.outlet_date_page_line")


def test_closing_credit_under_the_reporters_bracket(reader):
    # a traditional page: read in its simplified view, the source taken as written
    text = "标题\n" + BODY.rstrip("\n") + "(見習記者 张三)\n(青山日報)"
    found, origin = reader.read(simplified(text), text)
    assert found.get("source") == "青山日報"
    start = text.index("(青山日報)")
    assert origin["source"] == ("meta.closing_credit", start, start + len("(青山日報)"))


def test_a_photo_credit_bracket_is_no_reporters_bracket(reader):
    found, _ = reader.read("标题\n" + BODY.rstrip("\n") + "(张三 摄)\n(青山日报)")
    assert "source" not in found


def test_date_line_with_bare_counters_under_the_headline(reader):
    text = "青山县百项工程开工\n\n2022-05-17 318 2\n\n" + BODY
    found, origin = reader.read(text)
    assert found["publish_date"] == "2022-05-17"
    start = text.index("2022-05-17")
    assert origin["publish_date"] == ("meta.header_date_counters", start, start + len("2022-05-17 318 2"))


def test_a_number_row_with_a_unit_is_no_counter_line(reader):
    found, _ = reader.read("标题\n\n2022-05-17 318 2 万元\n\n" + BODY)
    assert not found.get("publish_date")
