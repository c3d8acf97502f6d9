import pytest

from pipeline.metadata import MetadataReader, title_of


@pytest.fixture(scope="module")
def reader(rules):
    return MetadataReader(rules)


@pytest.mark.parametrize("header, date, time, source", [
    ("时间:2024-07-26 13:44:44 来源:深圳特区报 发布者:DN032", "2024-07-26", "13:44:44", "深圳特区报"),
    ("时间：2024-07-26　13:44 来源：深圳特区报", "2024-07-26", "13:44", "深圳特区报"),
    ("深圳新闻网2024年8月20日讯(记者 邱嘉熙)8月18日是", "2024-08-20", "", "深圳新闻网"),
    ("来源:24直播网2025-04-20 07:33:35", "2025-04-20", "07:33:35", "24直播网"),
    ("2023年05月06日 10:20 来源：南方日报", "2023-05-06", "10:20", "南方日报"),
    ("新华社北京3月5日电 十四届全国人大", "", "", "新华社"),
    ("发布时间：2023-05-06\n正文", "2023-05-06", "", ""),
    ("发布时间 : ２０２３-０５-０６", "2023-05-06", "", ""),
    ("正文。\n来源:《“百千万工程”广东实践》", "", "", "“百千万工程”广东实践"),
    ("(图片来源:坪山发布微信公众号)", "", "", ""),
    ("标题\n来源：青山日报 | 2023-05-06 10:20\n正文", "2023-05-06", "10:20", "青山日报"),
    ("标题\n青山日报 2023年5月6日 第3版\n正文", "2023-05-06", "", "青山日报"),
    ("《四川日报》2015年12月3日第08版:川投携手", "2015-12-03", "", "四川日报"),
    ("正文。\n(湖北日报全媒记者 薛婷 通讯员 童勰 摄)", "", "", "湖北日报"),
])
def test_header_forms(reader, header, date, time, source):
    found, _ = reader.read(header)
    assert found.get("publish_date", "") == date
    assert found.get("publish_time", "") == time
    assert found.get("source", "") == source


def test_dateline_beats_a_later_picture_credit(reader):
    text = "深圳新闻网2024年8月20日讯(记者 甲)正文。\n(图片来源:某某公众号)"
    found, origin = reader.read(text)
    assert found["source"] == "深圳新闻网"
    assert origin["source"][0] == "meta.dateline_xun"


def test_title_skips_navigation():
    text = "您现在的位置是: 财经 > > 正文\n\n标题在这里\n\n时间:2024-07-26"
    assert title_of(text) == "标题在这里"


def test_labelled_header_source_outranks_a_dateline_below_it(reader):
    text = "标题\n发布时间：2024-05-08 10:15  来源：新华网\n\n新华社成都5月8日电（记者 李华）正文。"
    found, origin = reader.read(text)
    assert (found["source"], found["publish_date"], found["publish_time"]) == ("新华网", "2024-05-08", "10:15")
    assert origin["source"][0] == "meta.datetime_then_source"  # the labelled header line


def test_a_footer_source_does_not_beat_a_dateline(reader):
    text = "深圳新闻网2024年8月20日讯(记者 甲)正文。\n" + "正文。\n" * 20 + "来源:《某某画报》"
    found, _ = reader.read(text)
    assert found["source"] == "深圳新闻网"


def test_a_field_inside_a_sentence_is_not_a_source(reader):
    found, _ = reader.read("项目资金来源：市财政拨款。")
    assert "source" not in found
