"""Round 19 (issue 11, branch meta19): header forms of the newest tuning pages, as rules of
rules/metadata.yaml. Names and texts are invented; the forms are those of the pages."""
import pytest


@pytest.mark.parametrize("text, date, time, source, rule", [
    # a bare 发布: label among the header's fields, a slash date and a time after it
    ("当前位置:新闻动态\n标题\n来源:青山水运报 编辑:编辑部 发布:2025/02/20 08:42:33\n2月15日,青山港举行仪式。",
     "2025-02-20", "08:42:33", "青山水运报", "meta.time_field"),
    # a wire's dateline right after a bracketed title opening the lead's line
    ("某某社新闻|青山前8个月投资近千亿\n\n【某某社新闻|青山前8个月投资近千亿】某某社青山9月12日电(采访人员张某)采访人员从青山省获悉。",
     "", "", "某某社", "meta.agency_dian"),
    # a public body's own site names itself at its breadcrumb's root
    ("网站首页 信息公开 网上办事\n      ★当前位置: 青山省青山港口发展中心 >> 信息公开 >> 要闻\n\n标题\n时间: 2025-09-23    浏览量:{{ pvCount }}\n\n  2025年9月23日,工程通过验收。",
     "2025-09-23", "", "青山省青山港口发展中心", "meta.breadcrumb_body_site"),
    # an e-paper's record row under the text gives the issue date
    ("青山日报 数字报纸\n\n00009版:要闻\n\n标题\n\n  本报青山6月29日电 (记者 张某) 6月29日上午,项目开工。\n\n\n"
     "青山日报 要闻 00009 标题 2021-06-30 22735848 2 2021年06月30日 星期三",
     "2021-06-30", "", "青山日报", "meta.epaper_record_row"),
    # a page's info list: the outlet and the date-time as list items, one under the other
    ("某某全媒+|青山:项目加快建设\n\n  • 某某社\n  • 2023-01-31 17:17:48\n\n\n(资料图)\n\n春节假期刚过,工程进入施工快车道。",
     "2023-01-31", "17:17:48", "某某社", "meta.outlet_above_datetime"),
])
def test_round19_header_forms(reader, text, date, time, source, rule):
    found, origin = reader.read(text)
    assert (found.get("publish_date", ""), found.get("publish_time", ""), found.get("source", "")) == (date, time, source)
    assert origin["publish_date" if rule in ("meta.time_field", "meta.epaper_record_row") else "source"][0] == rule


def test_round19_offsets(reader):
    text = "标题\n来源:青山水运报 编辑:编辑部 发布:2025/02/20 08:42:33\n正文。"
    _, origin = reader.read(text)
    rule, start, end = origin["publish_date"]
    assert text[start:end] == "发布:2025/02/20 08:42:33"
    text = "标题\n当前位置:青山县人民政府 > 政务公开\n正文。"
    _, origin = reader.read(text)
    assert origin["source"] == ("meta.breadcrumb_body_site", 3, 17)
    assert text[3:17] == "当前位置:青山县人民政府 >"


def test_round19_empty_source_label_names_nothing(reader):
    # a 来源 label left empty before the stamp: the date is read, the source stays empty
    found, _ = reader.read("您的位置:首页 > 华南地区 >\n\n标题\n\n新闻来源:  2019-03-29 08:03:20\n\n3月23日,青山村完成招标。")
    assert (found.get("publish_date"), found.get("publish_time"), found.get("source", "")) == ("2019-03-29", "08:03:20", "")
    # ... and a later form may still name one
    found, _ = reader.read("标题\n来源: 2019-03-29\n新华社北京3月5日电 正文。")
    assert found["source"] == "新华社"


def test_round19_not_sources(reader):
    # a portal's, a place's or a channel's breadcrumb root; a site's 新闻中心
    for root in ("首页", "青山热线", "青山", "新闻", "新闻中心"):
        assert "source" not in reader.read(f"当前位置: {root} > 要闻\n标题\n正文。")[0], root
    # a cited wire dateline after a bracketed title stays no source (据…电)
    assert "source" not in reader.read("【青山要闻】据新华社青山9月12日电 记者从会上获悉。")[0]
    # 发布 inside a word is no label
    assert "publish_date" not in reader.read("标题\n项目发布:2025-02-20 青山县\n正文。")[0]
    # a section heading as a list item is no outlet
    assert "source" not in reader.read("标题\n  • 图片新闻\n  • 2023-05-06 10:20\n正文。")[0]
    # an e-paper row without the padded page number or the record id gives nothing
    assert reader.read("正文。\n青山日报 要闻 标题 2021-06-30")[0] == {}
