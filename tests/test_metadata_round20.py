"""Round 20 (issue 11, branch meta20): header forms of the newest tuning pages and of probes,
as rules of rules/metadata.yaml. Names and texts are invented; the forms are those of the pages."""
import pytest


@pytest.mark.parametrize("text, date, time, source, rule", [
    # a site and its paper joined by a dash before 讯: one source, whole
    ("(资料图片)\n【聚焦青山】\n7月10日,项目开工。青山网-青山日报记者 张某 摄\n青山网-青山日报讯(记者张某报道)7月10日,青山县项目开工。",
     "", "", "青山网-青山日报", "meta.outlet_xun"),
    # ... and before a dateline's 电
    ("青山网-青山日报青山7月10日电(记者张某)青山县项目开工。", "", "", "青山网-青山日报", "meta.agency_dian"),
    # a header stamp before 稿源 / 新闻来源
    ("标题\n2023年05月06日 10:20  稿源：青山日报\n正文。", "2023-05-06", "10:20", "青山日报", "meta.datetime_then_source"),
    ("标题\n2023-05-06 10:20  新闻来源：青山日报\n正文。", "2023-05-06", "10:20", "青山日报", "meta.datetime_then_source"),
    # a date-time opening a header line with words after it no form reads
    ("标题\n2023-05-06 10:20  青山日报  张三\n正文。", "2023-05-06", "10:20", "", "meta.header_datetime_lead"),
    ("标题\n2023年05月06日 10:20:33 来自 青山日报\n正文。", "2023-05-06", "10:20:33", "", "meta.header_datetime_lead"),
    # an outlet's client app before a dateline keeps 客户端; a comma after 讯
    ("青山新闻客户端5月6日消息，青山县项目开工。", "", "", "青山新闻客户端", "meta.agency_dian"),
    ("青山时报网讯，青山县项目开工。", "", "", "青山时报网", "meta.outlet_xun"),
    # a bracketed repost line under the text
    ("标题\n正文青山县项目开工。\n（转载自青山日报）", "", "", "青山日报", "meta.repost_from"),
    # bylines: a bullet with 文/, 文/图 and a space, 文/图 after the names
    ("标题\n□ 文/青山日报全媒体记者 张三 通讯员 李四\n正文。", "", "", "青山日报", "meta.byline_reporter"),
    ("标题\n文/图 青山日报记者 张三\n正文。", "", "", "青山日报", "meta.byline_reporter"),
    ("标题\n青山日报记者 张三 文/图\n正文。", "", "", "青山日报", "meta.byline_reporter"),
    # a wire's name in brackets on a line of its own under the paragraph
    ("青山县项目开工。\n（新华社）", "", "", "新华社", "meta.closing_credit"),
])
def test_round20_header_forms(reader, text, date, time, source, rule):
    found, origin = reader.read(text)
    assert (found.get("publish_date", ""), found.get("publish_time", ""), found.get("source", "")) == (date, time, source)
    assert origin["source" if source else "publish_date"][0] == rule


def test_round20_offsets(reader):
    text = "标题\n青山网-青山日报讯(记者张某)正文。"
    _, origin = reader.read(text)
    assert origin["source"] == ("meta.outlet_xun", 3, 12)
    assert text[3:12] == "青山网-青山日报讯"
    text = "标题\n2023-05-06 10:20  青山日报  张三\n正文。"
    _, origin = reader.read(text)
    assert origin["publish_date"] == ("meta.header_datetime_lead", 3, 19)
    assert text[3:19] == "2023-05-06 10:20"


@pytest.mark.parametrize("text, date", [
    # the page's one year-month of the dateline's month gives the year
    ("中新网青山2月8日电 (记者 张某)项目开工。\n当天,青山市举行2022年2月重大项目集中开工活动。", "2022-02-08"),
    # a month counted from is the past: no year
    ("中新网青山2月8日电 2021年2月以来,全市完成投资。", ""),
    # a full date of another day in that month is an event's day: no year
    ("中新网青山5月2日电 大桥通车。\n2018年5月18日,大桥全线贯通。", ""),
    # the page names a later year: no year
    ("中新网青山2月8日电 与2021年2月相比,2022年全市增长。", ""),
    # two years with that month: no year
    ("中新网青山2月8日电 2021年2月和2022年2月各开工一批。", ""),
    # a full date of the month and day still wins
    ("中新网青山2月8日电 项目开工。\n2020年2月开工一批。\n编辑 2021-02-08", "2021-02-08"),
])
def test_round20_dateline_year_from_the_pages_year_month(reader, text, date):
    found, origin = reader.read(text)
    assert found.get("publish_date", "") == date
    assert found["source"] == "中新网"
    if date:
        assert origin["publish_date"][0] == "meta.agency_dian"


def test_round20_not_read(reader):
    # a date-time glued to a sentence or followed by a comma is no stamp
    for text in ("标题\n2023年5月6日 10:20，青山县举行开工仪式。", "标题\n2023年5月6日10时，青山县举行开工仪式。"):
        assert "publish_date" not in reader.read(text)[0], text
    # 数据来源 after a date names no source
    assert "source" not in reader.read("标题\n2023-05-06 数据来源：青山县统计局\n正文。")[0]
    # a repost's bracket left open, or a sentence after it
    assert "source" not in reader.read("正文。\n（转载自青山日报")[0]
    assert "source" not in reader.read("正文。\n（转载自青山日报）的文章说")[0]
    # a photo credit is no byline; 本报 names none
    assert "source" not in reader.read("标题\n青山日报记者 张三 摄\n正文。")[0]
    assert "source" not in reader.read("青山县项目开工。\n（本报记者 张某）")[0]
    # a paper's kind alone (晨报讯) names no outlet, as 本报讯 names none; a named paper does
    assert "source" not in reader.read("晨报讯(记者 张某)3月23日上午,青山县项目开工。")[0]
    assert reader.read("青山晨报讯(记者 张某)项目开工。")[0]["source"] == "青山晨报"
    assert reader.read("标题\n来源：晚报\n新华社青山3月5日电 正文。")[0]["source"] == "新华社"
    # a short headline before the page's stamp is no site: the date is read, no source
    found, origin = reader.read("新闻动态\n青山大桥通车 2024/03/22 10:36:00\n正文。")
    assert (found["publish_date"], found.get("source", "")) == ("2024-03-22", "")
    assert reader.read("标题\n公文搜 2021-07-27 17:09:26 政府报告\n正文。")[0]["source"] == "公文搜"
    # 本报 joined to a site is no outlet
    assert "source" not in reader.read("本报-青山网讯（记者 张三）正文。")[0]
