"""Round 22 (issue 11, branch meta22): header forms of meta_fresh6_tune, by form. Texts are
invented; each asserts the fields, the rule that gave them and its offsets."""


def test_spaced_catalogue_upload_date_over_issue_date(reader):
    text = ("索   引   号 20200416-123456 分        类 其他;\n"
            "发 布 机 构 青山县政府办 发 文 日 期 2020-04-12\n"
            "文        号 青政办发〔2020〕8号   上 载 日 期 2020-04-16\n"
            "青山县政府办关于印发某某办法的通知\n信息来源: 青山县政府办\n\n"
            "各乡镇:\n  现将《某某办法》印发给你们,请认真遵照执行。\n\n青山县政府办\n2020年4月12日\n")
    found, origin = reader.read(text)
    assert found["publish_date"] == "2020-04-16"
    start = text.index("上 载 日 期")
    assert origin["publish_date"] == ("meta.catalogue_date", start, start + len("上 载 日 期 2020-04-16"))
    assert found["source"] == "青山县政府办"


def test_bracket_outlet_before_reporters_credit(reader):
    text = "【青山网】(记者 张某某 通讯员 李某)近日,青山新城数据中心地块办理土地移交手续,项目将于年内开工。"
    found, origin = reader.read(text)
    assert found == {"source": "青山网"}
    assert origin["source"] == ("meta.lead_bracket_outlet", 0, 5)


def test_feed_outlet_monthday_bar_lead(reader):
    text = "您的位置:首页 > 快讯 >\n\n标题\n\n青山汇6月9日|据某某台,2025年全省计划新开工项目1.2万个,同比增长5%。\n"
    found, origin = reader.read(text)
    assert found == {"source": "青山汇"}  # no year for 6月9日 on the page: no date (SPEC §2)
    start = text.index("青山汇6月9日")
    assert origin["source"] == ("meta.outlet_monthday_bar", start, start + len("青山汇6月9日|"))


def test_feed_outlet_monthday_bar_not_after_ju(reader):
    text = "标题\n\n据青山汇6月9日|全省计划新开工项目1.2万个,同比增长5%。\n"
    found, _ = reader.read(text)
    assert "source" not in found


def test_taiwanese_byline_outlet_reporter_place(reader):
    text = "某校新建校舍落成\n青山新闻网记者林某某/绿水报导\n2012.05.06\n某校新建校舍昨日落成启用,全校师生开心庆祝。\n"
    found, origin = reader.read(text)
    assert found["source"] == "青山新闻网" and found["publish_date"] == "2012-05-06"
    start = text.index("青山新闻网记者")
    assert origin["source"] == ("meta.byline_reporter", start, start + len("青山新闻网记者林某某/绿水报导"))


def test_epaper_reader_paper_name_and_yearless_date_field(reader):
    text = ("电子报阅读器\n2030-02-03\n星期日\n当前报纸名称:青山日报\n\n某镇农田建设忙\n\n日期:11-28\n"
            "字号:\n版面:第A05版:要闻\n\n11月25日,在某镇某村,工人驾驶机械进行农田施工作业。\n")
    found, origin = reader.read(text)
    # the reader's banner (today) is not the page's date; its own 日期 field has no year
    assert found == {"source": "青山日报", "publish_date": "", "publish_time": ""}
    start = text.index("当前报纸名称")
    assert origin["source"] == ("meta.source_field", start, start + len("当前报纸名称:青山日报"))
    start = text.index("日期:11-28")
    assert origin["publish_date"] == ("meta.date_field_no_year", start, start + len("日期:11-28"))


def test_yearless_date_field_takes_the_pages_year_for_that_day(reader):
    text = "青山日报 2024年11月28日\n标题\n日期:11-28\n正文。"
    found, origin = reader.read(text)
    assert found["publish_date"] == "2024-11-28"
    start = text.index("日期:11-28")
    assert origin["publish_date"] == ("meta.date_field_no_year", start, start + len("日期:11-28"))
