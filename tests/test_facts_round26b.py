"""Fact linking by error class, round 26 wave 2 (issue 13, branch facts29; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class cases
fail at main 86edabf (the measure before 级 read other; the sum per mu read growth); the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # class_mark_relations: a measure right before 级 names the class of the berth or ship, its scale (capacity)
    ('tonnage_class_of_berth', '丽水港区两个泊位改扩建为10万吨级散货泊位，设计年通过能力为300万吨。',
     [('两个', 'count', None, '丽水市'), ('10万吨', 'capacity', None, '丽水市'), ('300万吨', 'capacity', None, '丽水市')]),
    ('tonnage_class_of_ship', '龙游县新建3个5000吨级多用途泊位，航道可通航3000吨级船舶。',
     [('3个', 'count', None, '龙游县'), ('5000吨', 'capacity', None, '龙游县'), ('3000吨', 'capacity', None, '龙游县')]),
    # held: a measure with no class mark after it stays a level
    ('tonnage_without_mark_held', '龙游县今年疏浚航道淤泥3000吨。', [('3000吨', 'other', None, '龙游县')]),
    # per_unit_change_kinds: a sum per mu or head under a change cue is a level (other), as 户均增收 reads
    ('sum_per_mu_changed', '龙游县推广稻鱼共生模式，预计每亩年收益增加800元。', [('800元', 'other', None, '龙游县')]),
    # held: a percent change per head stays growth; a sum changed with no per-unit cue stays growth
    ('percent_per_head_held', '龙游县居民人均收入增长7.5%。', [('7.5%', 'growth', None, '龙游县')]),
    ('sum_changed_held', '龙游县农业产值增加3亿元。', [('3亿元', 'growth', None, '龙游县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round26b(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
