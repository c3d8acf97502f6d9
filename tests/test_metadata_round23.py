"""Round 23 (issue 11, branch meta23): header forms of meta_fresh7_tune, by form, and the order
of a closing 来源 against a site's name in the header. Texts are invented; each asserts the
fields, the rule that gave them and its offsets."""

from pipeline.metadata import MetadataReader
from pipeline.variants import simplified

BODY = ("9月10日上午,青山县与某某集团在县政府会议室举行项目合作协议签字仪式,总投资5亿元的200兆瓦"
        "光伏电站项目正式落户青山县产业园,预计明年建成投产。\n")


def test_closing_source_over_site_name_before_stamp(reader):
    # a portal's channel names itself before its stamp; the closing 来源 names the outlet
    text = "某某健身中心开建\n青山房产网东城站 2023-04-05 09:10:11\n用手机看\n" + BODY + "来源:东城区人民政府网\n"
    found, origin = reader.read(text)
    assert found == {"publish_date": "2023-04-05", "publish_time": "09:10:11", "source": "东城区人民政府网"}
    start = text.index("来源:东城")
    assert origin["source"] == ("meta.source_field", start, start + len("来源:东城区人民政府网"))
    assert origin["publish_date"][0] == "meta.header_token_datetime"


def test_closing_source_param_off_keeps_site_name(rules):
    reader = MetadataReader(rules)
    reader.closing_over_outlet = False
    text = "某某健身中心开建\n青山房产网东城站 2023-04-05 09:10:11\n用手机看\n" + BODY + "来源:东城区人民政府网\n"
    assert reader.read(text)[0]["source"] == "青山房产网东城站"


def test_outlet_after_stamp_holds_over_closing_credit(reader):
    # a name after the stamp fills its source slot: a closing credit's 来源 does not replace it
    text = "某某电站开工\n\n2012-09-14 20:11:05 青山能源网\n" + BODY + "作者: 来源:青山晚报 责任编辑:admin\n"
    found, origin = reader.read(text)
    assert found["source"] == "青山能源网"
    assert origin["source"] == ("meta.datetime_outlet", 8, 33)


def test_spaced_outlet_xun_loses_its_spaces(reader):
    text = "东 山 网 讯 (记者张某) 3日上午,东山县新建的农产品冷链物流中心投入使用。"
    found, origin = reader.read(text)
    assert found == {"source": "东山网"}
    assert origin["source"] == ("meta.outlet_xun_spaced", 0, 7)


def test_spaced_traditional_outlet_as_written(reader):
    text = "東 山 網 訊 (記者張某) 3日上午,東山縣新建的農產品冷鏈物流中心投入使用。"
    found, _ = reader.read(simplified(text), text)
    assert found == {"source": "東山網"}


def test_county_centre_by_level_alone_names_no_outlet(reader):
    text = ("今年11月8日,县委书记来到县融媒体中心看望新闻工作者,为大家送上节日祝福。\n"
            "县融媒体中心记者:张某某\n编 辑:李 某\n")
    assert reader.read(text) == ({}, {})
    named = "正文。\n青山县融媒体中心记者:张某某\n"
    assert reader.read(named)[0] == {"source": "青山县融媒体中心"}


def test_source_field_site_dash_paper_in_book_marks(reader):
    text = "青山县开工12个重点项目\n2023年02月03日09:15 | 来源:青山网-《青山日报》\n小字号\n"
    found, origin = reader.read(text)
    assert found == {"publish_date": "2023-02-03", "publish_time": "09:15", "source": "青山网-《青山日报》"}
    assert origin["source"] == ("meta.source_field", 32, 45)


def test_stamp_glued_heat_counter_and_zixun_lead(reader):
    text = ("当前位置:首页 > 资讯 > 正文\n某某县茶园开采春茶\n2022-04-02 10:20:30热度:88°C\n"
            "青山茶网资讯:4月1日,茶农在某某县茶园采摘春茶。\n")
    found, origin = reader.read(text)
    assert found == {"publish_date": "2022-04-02", "publish_time": "10:20:30", "source": "青山茶网"}
    assert origin["publish_date"] == ("meta.header_datetime_line", 28, 47)
    assert origin["source"] == ("meta.outlet_xun", 55, 61)


def test_closing_outlet_tag(reader):
    text = "正文到此。青山县公屋项目明日起接受申请,合资格市民可于网上递交。 (AB)\n\n<青山通讯>\n"
    found, origin = reader.read(text)
    assert found == {"source": "青山通讯"}
    assert origin["source"] == ("meta.closing_outlet_tag", 39, 45)
    assert reader.read("<青山通讯>\n正文从这里开始,下面还有一段内容。\n") == ({}, {})


def test_dateline_with_co_outlets_gives_the_first(reader):
    text = "青山日报、青山网、青山网客户端5月6日讯(记者张某)青山县融媒体中心日前挂牌运行。"
    found, origin = reader.read(text)
    assert found == {"source": "青山日报"}  # no year on the page: no date (SPEC §2)
    assert origin["source"] == ("meta.agency_dian", 0, 20)
