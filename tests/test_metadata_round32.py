"""Round 32 (meta33): source and publish forms of fresh pages. A signed notice's close (a name line
and a date line after a sentence's end: params.signature_block) gives neither field; a site's
name and its own domain before the header stamp; a stamp line with reporters' names and the outlet
as its last field; a portal's dot channel before 讯 and a local channel before 消息; 来源:某某报讯;
the summing-up 这是 before a reporter's outlet. Texts are invented."""
import pytest

from pipeline.metadata import MetadataReader

from tests.metadata_texts import BODY


NOTICE = ("关于印发《青山区绿道建设三年行动计划》的通知\n\n青府办发〔2024〕7号\n\n各街道办事处:\n\n"
          "经区政府同意,现将计划印发给你们,请认真组织实施。\n\n   \n\n"
          "          青山市青山区人民政府办公室\n\n          2024年3月8日\n\n")


def test_signed_notice_gives_no_source_and_no_date(reader):
    found, _ = reader.read(NOTICE + "青山区绿道建设三年行动计划\n\n" + BODY)
    assert found.get("source") is None and found.get("publish_date") is None


def test_signed_notice_leaves_a_closing_source_field(reader):
    found, origin = reader.read(NOTICE + BODY + "\n来源:青山区政府网\n")
    assert found.get("source") == "青山区政府网" and origin["source"][0] == "meta.source_field"
    assert found.get("publish_date") is None


def test_bulletin_issuer_under_its_title_still_read(reader):
    text = "青山县2023年统计公报\n青山县统计局\n2024年3月20日\n" + BODY
    found, origin = reader.read(text)
    assert (found["source"], found["publish_date"]) == ("青山县统计局", "2024-03-20")
    assert origin["source"][0] == "meta.issuer_line"


def test_signature_block_param_off_reads_the_signer(rules):
    r = MetadataReader(rules)
    r.signature = None
    found, origin = r.read(NOTICE + BODY)
    assert found["source"] == "青山市青山区人民政府办公室" and found["publish_date"] == "2024-03-08"


def test_site_name_glued_to_its_domain_before_the_stamp(reader):
    text = "青山水厂扩建工程开工\n\n青山市水务局swj.qingshan.gov.cn 发布时间:2019-03-02 10:00 【 字体: \n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2019-03-02", "publish_time": "10:00", "source": "青山市水务局"}
    assert origin["source"][0] == "meta.site_domain_datetime"


def test_site_name_and_domain_yield_to_a_source_field(reader):
    text = "青山水厂扩建工程开工\n\n青山政府门户网站 www.example.gov.cn   2015-08-10 08:22 来源: 青山日报\n\n" + BODY
    assert reader.read(text)[0]["source"] == "青山日报"


@pytest.mark.parametrize("line", [
    "2021-03-04 08:10:22     张三 李小四    青山日报",
    "本报记者 王五 赵六    2021-03-04 08:10:22    青山日报",
])
def test_stamp_and_reporters_with_the_outlet_last(reader, line):
    found, origin = reader.read("青山新建三座水库\n\n" + line + "\n\n" + BODY)
    assert found == {"publish_date": "2021-03-04", "publish_time": "08:10:22", "source": "青山日报"}
    assert origin["source"][0] == "meta.byline_stamp_outlet"


def test_stamp_and_names_without_an_outlet_give_no_source(reader):
    found, _ = reader.read("青山新建三座水库\n\n2021-03-04 08:10:22     张三 李小四    字体大小\n\n" + BODY)
    assert found.get("source") is None


def test_portal_dot_channel_before_xun(reader):
    found, origin = reader.read("青山网·滨河新区讯 7月2日上午,青山县召开推进会。\n" + BODY)
    assert found["source"] == "青山网·滨河新区" and origin["source"][0] == "meta.outlet_xun"


def test_local_channel_before_xiaoxi(reader):
    found, _ = reader.read("会场一角(张三 摄)\n青山在线南岭频道消息(张三):第五届博览会开幕。\n" + BODY)
    assert found["source"] == "青山在线"


def test_xun_glued_in_a_source_field(reader):
    found, origin = reader.read("标题\n扫一扫\n来源:青山晚报讯 (记者张某)\n4月2日,青山县召开会议。\n" + BODY)
    assert found["source"] == "青山晚报" and origin["source"][0] == "meta.source_field_xun"


def test_xun_inside_a_source_value_name_kept(reader):
    assert reader.read("标题\n来源:钢联资讯\n" + BODY)[0]["source"] == "钢联资讯"


def test_summing_up_zheshi_before_the_reporter_outlet(reader):
    text = "青山街区更新\n今年青山将打造精品街区。这是青山日报记者从前天举行的推进会上获悉的。\n" + BODY
    found, origin = reader.read(text)
    assert found["source"] == "青山日报" and origin["source"][0] == "meta.lead_reporter_credit"
