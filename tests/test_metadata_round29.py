"""Round 29 (branch meta29): header forms of unseen102–105's arrival errors, as general forms.
A registered news client whose name ends in no outlet word opens a 讯 lead (lexicons/
meta_news_outlets.txt); an outlet's 报道 before a colon and its reporter's `某某报记者某某报道`
lead name the outlet; a read counter may stand between an outlet and its stamp. Texts are invented."""


from tests.metadata_texts import BODY


def test_registered_client_xun_lead(reader):
    found, origin = reader.read("青山县林场完成验收\n\n交汇点讯 " + BODY)
    assert found.get("source") == "交汇点"
    assert origin["source"][0] == "meta.outlet_xun"


def test_unregistered_word_before_xun_is_no_source(reader):
    found, _ = reader.read("青山县林场完成验收\n\n青山讯 " + BODY)
    assert "source" not in found


def test_outlet_baodao_before_a_colon(reader):
    text = "青山县林场完成验收\n日期:2019-11-28\n青山农业网报道: 据县林业局介绍," + BODY
    found, origin = reader.read(text)
    assert found["source"] == "青山农业网"
    assert found["publish_date"] == "2019-11-28"
    s, a, b = origin["source"]
    assert (s, text[a:b]) == ("meta.outlet_xun", "青山农业网报道")


def test_outlet_baodao_before_a_comma_stays_no_source(reader):
    found, _ = reader.read("青山县林场完成验收\n青山日报报道,全县" + BODY)
    assert "source" not in found


def test_outlet_reporter_baodao_lead(reader):
    found, _ = reader.read("2021.04.02\n青山县林场完成验收\n\n青山晚报记者张某报道 " + BODY)
    assert found == {"publish_date": "2021-04-02", "publish_time": "", "source": "青山晚报"}


def test_read_counter_between_outlet_and_stamp(reader):
    text = "青山县林场完成验收\n\n青山新闻网 阅读:12 2024-06-01 08:05:10 评论:3\n\n" + BODY
    found, origin = reader.read(text)
    assert found == {"publish_date": "2024-06-01", "publish_time": "08:05:10", "source": "青山新闻网"}
    assert origin["source"][0] == "meta.outlet_datetime"


def test_round30_source_field_in_tortoise_shell_brackets(reader):
    # round 30 (meta30): a field line inside 〔〕 reads its 来源 value like any labelled field
    found, origin = reader.read("〔来源:青山镇 作者:王五 点击:31 更新时间:2013-04-02〕\n" + BODY)
    assert found.get("source") == "青山镇"
    assert origin["source"][0] == "meta.source_field"
