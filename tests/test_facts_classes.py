"""Fact linking by error class, continued (rules/facts/linking.yaml; tests/test_facts_linking.py holds the
older classes): exact facts on sentences written for the test — (amount, relation, project name, place name)
of every fact of the text. Each case fails without the key its comment names."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # relations: 斥资 and 引资 put capital in (investment), 捐赠 grants it (funding), 利税 is its own measure (other)
    ('cue_chizi', '岳阳市斥资8亿元改造老城区。',
     [('8亿元', 'investment', None, '岳阳市')]),
    ('cue_juanzeng', '常州市向灾区捐赠3000万元。',
     [('3000万元', 'funding', None, '常州市')]),
    ('cue_yinzi', '今年以来，宜兴市共签约项目12个，协议引资86.5亿元。',
     [('12个', 'count', None, '宜兴市'), ('86.5亿元', 'investment', None, '宜兴市')]),
    ('cue_lishui', '衢州市去年实现工业产值80亿元、利税9亿元。',
     [('80亿元', 'output', None, '衢州市'), ('9亿元', 'other', None, '衢州市')]),
    # unit_cue_relations: a power under the output cue 发电 is a capacity
    ('power_under_output_cue', '安吉县新增光伏发电50兆瓦。',
     [('50兆瓦', 'capacity', None, '安吉县')]),
    # dateline_after_place: a regional channel of an outlet between the place and the date is a dateline too, so
    # the one place left in the sentence is the event's
    ('dateline_channel', '湖北日报·新湖北客户端5月6日讯 第三届楚商大会宜昌市专场推介会上，共签约项目12个。',
     [('12个', 'count', None, '宜昌市')]),
    ('dateline_news_channel', '中新网安徽新闻3月5日电 第二届徽商大会芜湖市专场推介会上，共签约项目21个。',
     [('21个', 'count', None, '芜湖市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
