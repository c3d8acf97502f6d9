"""Fact linking by error class, round 20 (issue 13; rules/facts/linking.yaml): exact facts on sentences written for
the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key or cue of the
rule file it exercises and fails with that key emptied (held_division_counts: false)."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # held_division_counts: a count of divisions right after one place is that place's figure
    ('held_divisions', '云南省怒江州4县得到了上海市2区的对口帮扶。',
     [('4县', 'count', None, '怒江傈僳族自治州'), ('2区', 'count', None, '上海市')]),
    # ... also after such a count of it (held_division_nouns between), and what follows takes the place too
    ('held_divisions_chained', '工程涉及大竹县3个乡15个行政村2.1万人。',
     [('3个', 'count', None, '大竹县'), ('15个', 'count', None, '大竹县'), ('2.1万人', 'count', None, '大竹县')]),
    # ... and a count in 个 before a division noun, whatever follows the noun (names_divisions)
    ('held_divisions_in_ge', '苏州市5个区结对帮扶铜仁市10个县。',
     [('5个', 'count', None, '苏州市'), ('10个', 'count', None, '铜仁市')]),
    # ... not a list's count (list_joiners before the place)
    ('held_divisions_not_list', '广州和佛山两市联合举办活动。', []),
    # ... nor that of two places of a level written side by side
    ('held_divisions_not_adjacent_list', '余杭区临平区两区联合举办招商会。', []),
    # ... nor a partner's (comitative_cues before the place)
    ('held_divisions_not_partner', '该市积极推进与阳江3县对口产业协作。', []),
    # ... nor a region's (held_division_levels)
    ('held_divisions_not_region', '粤西三市将共建物流枢纽。', []),
    # ... nor one after held_division_vetoes: where the subject lies
    ('held_divisions_not_spread', '新建水厂分布于江西省5个市(区)。', []),
    # direction_topic_cues 支援: the place helped is the topic of the clauses after it; helper_destination_cues emptied:
    # the helped place keeps the money of its own clause
    ('helped_place_topic', '今年，山东对口支援新疆年度资金总计20亿元，实施援疆项目150个。',
     [('20亿元', 'funding', None, '新疆维吾尔自治区'), ('150个', 'count', None, '新疆维吾尔自治区')]),
    # counted_thing_kinds + heads 岸线/堤防: a place after a length or an area of a river's works names the works
    ('measured_river_works', '荆州长江岸线整治工程位于荆州市沙市区，主要包括修复12万平方米长江岸线、加固长3.5公里长江堤防等。',
     [('12万平方米', 'area', None, '沙市区'), ('3.5公里', 'other', None, '沙市区')]),
    # denominator_cues 超越: the place compared with is a yardstick
    ('overtaken_place_yardstick', '成都市地铁运营里程达600公里，超越广州位居全国第四。',
     [('600公里', 'other', None, '成都市')]),
    # ... and with no other place the figure ties nothing
    ('overtaken_place_alone', '随着两条新线开通，地铁运营总里程达600公里，超越广州跃居全国第四。', []),
    # funding cue 筹资: money raised
    ('raised_money_funding', '大理市筹资2亿元建设生态廊道。', [('2亿元', 'funding', None, '大理市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round20(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
