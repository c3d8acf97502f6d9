"""Round 31 (meta32): source forms of fresh pages. A 来源 label glued after a short header field
(作者:佚名来源:…, 人气:来源:…); a keyword field glued after a stamp's source (…来源:某某局关键词:…);
a domain before an outlet and its stamp; a masthead over the headline over a labelled publish
field; a statistics bulletin's co-issuer between the body and its date; 来源:网络 alone as the
last resort (params.source_last_resort_whole). Texts are invented."""

from pipeline.metadata import MetadataReader

from tests.metadata_texts import BODY


def src(reader, text):
    found, origin = reader.read(text)
    return found.get("source"), origin.get("source", ("",))[0]


def test_source_label_glued_after_an_author_field(reader):
    text = "青山县水稻丰收\n\n发布时间:2024-09-22作者:佚名来源: 青山县农业农村局\n\n" + BODY
    assert src(reader, text) == ("青山县农业农村局", "meta.source_field")


def test_source_label_glued_after_an_empty_counter_field(reader):
    text = "青山老旧小区焕新\n\n时间:2021-12-27 10:23人气:来源: 青山新闻客户端\n\n" + BODY
    found, _ = reader.read(text)
    assert found == {"publish_date": "2021-12-27", "publish_time": "10:23", "source": "青山新闻客户端"}


def test_no_source_from_a_funding_label_after_an_author(reader):
    assert src(reader, "青山水厂开工\n作者:张三资金来源:财政拨款\n\n" + BODY)[0] is None


def test_keyword_field_glued_after_the_stamp_source(reader):
    text = "青山光伏项目用地获批\n\n2024-03-02 09:59来源:青山县国土局关键词:风电 收藏\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2024-03-02", "publish_time": "09:59", "source": "青山县国土局"}
    assert origin["source"][0] == "meta.datetime_then_source"


def test_domain_then_outlet_then_stamp(reader):
    text = "青山旅游收入创新高\n\nwww.example.com   青山新闻网  2016-09-01 22:45\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2016-09-01", "publish_time": "22:45", "source": "青山新闻网"}
    assert origin["source"][0] == "meta.outlet_datetime"


def test_masthead_headline_labelled_stamp(reader):
    text = "青山信息网\n\n青山拟投百亿建度假区\n\n发表于:2025-07-03 作者:青山信息网编辑\n" + BODY
    found, origin = reader.read(text)
    assert found["source"] == "青山信息网" and found["publish_date"] == "2025-07-03"
    assert origin["source"][0] == "meta.masthead_headline_stamp"


def test_masthead_over_a_breadcrumb_is_no_headline(reader):
    text = "青山周刊\n当前位置:青山周刊文章资讯青山财经\n日期:2020-06-10 03:19:38  来源:本站整理\n\n标题\n\n" + BODY
    assert src(reader, text)[0] is None


def test_bulletin_co_issuer_between_body_and_date(reader):
    text = "青山市统计局\n国家统计局青山调查队\n2020年3月12日\n一、综合\n" + BODY
    found, origin = reader.read(text)
    assert found["source"] == "青山市统计局" and found["publish_date"] == "2020-03-12"
    assert origin["source"][0] == "meta.issuer_line"


def test_network_alone_is_the_last_resort(reader):
    text = "青山光伏电站投运\n时间:2022-05-09 08:12 作者:管理员 来源:网络\n\n" + BODY
    assert src(reader, text)[0] == "网络"
    trad = "青山光伏電站投運\n2010-10-30 10:50:00 來源:網絡 編輯:5688\n\n" + BODY
    from pipeline.variants import simplified
    st = simplified(trad)
    assert reader.read(st, trad)[0]["source"] == "網絡"


def test_network_compiled_still_names_none_and_a_dateline_wins(reader):
    assert src(reader, "青山林场验收\n2021-03-05 09:12 来源:网络整理\n\n" + BODY)[0] is None
    text = "青山林场验收\n2021-03-05 09:12 来源:网络\n\n青山日报讯 " + BODY
    assert src(reader, text)[0] == "青山日报"


def test_param_off(rules):
    reader = MetadataReader(rules)
    reader.last_resort_whole = set()  # params.source_last_resort_whole: []
    text = "青山光伏电站投运\n时间:2022-05-09 08:12 作者:管理员 来源:网络\n\n" + BODY
    assert "source" not in reader.read(text)[0]
