"""Round 21 (issue 11, branch meta21): header forms of the newest tuning pages (unseen78) and of
probes, as rules of rules/metadata.yaml. Names and texts are invented; the forms are the pages'."""
import pytest


@pytest.mark.parametrize("text, date, time, source, rule", [
    # a portal's stamp: the date-time, a dash between spaces, the outlet
    ("标题\n\n2019-04-02 08:15:30 - 青山经济网\n\n正文。", "2019-04-02", "08:15:30", "青山经济网", "meta.datetime_outlet"),
    ("标题\n2019年4月2日 — 青山日报\n正文。", "2019-04-02", "", "青山日报", "meta.datetime_outlet"),
    # ... its date labelled
    ("标题\n发稿时间：2019-04-02 08:15 | 青山网\n正文。", "2019-04-02", "08:15", "青山网", "meta.datetime_outlet"),
    # ... and a dash between spaces before the next field
    ("标题\n2019-04-02 08:15:30 - 青山日报客户端 - 张三\n正文。", "2019-04-02", "08:15:30", "青山日报客户端", "meta.datetime_outlet"),
    # ... and the outlet first
    ("标题\n青山日报 - 2019-04-02 08:15\n正文。", "2019-04-02", "08:15", "青山日报", "meta.outlet_datetime"),
    # the page's own stamp outranks a 转自 line under it; alone, the 转自 line still names the source
    ("标题\n\n2019-04-02 08:15:30 - 青山经济网\n\n转自:青山日报新闻客户端\n\n正文。",
     "2019-04-02", "08:15:30", "青山经济网", "meta.datetime_outlet"),
    ("标题\n\n转自:青山日报新闻客户端\n\n正文。", "", "", "青山日报新闻客户端", "meta.repost_from"),
    # a 转自 line still outranks a wire's dateline under it
    ("标题\n转自青山新闻网\n新华社青山4月2日电 正文。", "", "", "青山新闻网", "meta.repost_from"),
    # a page's counter glued after a labelled source
    ("标题\n   时间:2019-04-02 08:15 来源:青山晚报评论:0\n\n正文。", "2019-04-02", "08:15", "青山晚报", "meta.datetime_then_source"),
    ("标题\n来源：青山网阅读(305)\n正文。", "", "", "青山网", "meta.source_field"),
    # a reporter's credit glued after a labelled source; a reporters' station keeps its name
    ("标题\n正文。(来源:青山日报记者 张三 通讯员 李四)", "", "", "青山日报", "meta.source_field"),
    ("标题\n2023-04-20 16:04:24 来源:青山改革报某地记者站 \n正文。", "2023-04-20", "16:04:24", "青山改革报某地记者站",
     "meta.datetime_then_source"),
    # an outlet's 报道 lead in 【】 with its reporters inside
    ("标题\n【青山网报道 记者 张三】据报道,项目开工。", "", "", "青山网", "meta.bracket_outlet"),
    ("标题\n【青山时报综合报道】据报道,项目开工。", "", "", "青山时报", "meta.bracket_outlet"),
    # a name ending in 评论 with no counter stays whole
    ("标题\n来源:青山日报评论 编辑:张三\n正文。", "", "", "青山日报评论", "meta.source_field"),
])
def test_round21_header_forms(reader, text, date, time, source, rule):
    found, origin = reader.read(text)
    assert (found.get("publish_date", ""), found.get("publish_time", ""), found.get("source", "")) == (date, time, source)
    assert origin["source" if source else "publish_date"][0] == rule


@pytest.mark.parametrize("text", [
    "标题\n2019年4月2日 - 青山日报记者从会上获悉,项目开工。",  # a dash before running text
    "标题\n2019-04-02-青山日报\n正文。",  # a dash glued to the date
])
def test_round21_no_stamp(reader, text):
    _, origin = reader.read(text)  # (a reporter's credit may still name the paper)
    assert origin.get("source", ("",))[0] not in ("meta.datetime_outlet", "meta.outlet_datetime")


def test_round21_offsets(reader):
    text = "标题\n\n2019-04-02 08:15:30 - 青山经济网\n\n转自:青山日报新闻客户端\n正文。"
    _, origin = reader.read(text)
    assert origin["source"] == origin["publish_date"] == ("meta.datetime_outlet", 4, 31)
    assert text[4:31] == "2019-04-02 08:15:30 - 青山经济网"
    text = "时间:2019-04-02 08:15 来源:青山晚报评论:0"
    found, origin = reader.read(text)
    assert origin["source"] == ("meta.datetime_then_source", 3, 27)
    assert text[3:27] == "2019-04-02 08:15 来源:青山晚报"
