"""Fact relations by error class, round 30 (issue 13, branch facts35; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 833d51c; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # level_carry_pattern: a clause of time words and a level verb alone states another level of the figure before it
    ('level_after_figure', '去年，沛县棉花总产量达到9万吨，连续4年稳定在8万吨以上。',
     [('9万吨', 'output', None, '沛县'), ('8万吨以上', 'output', None, '沛县')]),
    ('level_before_figure', '沛县棉花产量连续两年超过8万吨，去年达到9万吨。',
     [('超过8万吨', 'output', None, '沛县'), ('9万吨', 'output', None, '沛县')]),
    # held: no figure in the clause before, nothing to carry (a level, other)
    ('level_no_figure', '去年沛县棉花总产量创历史新高，达到9万吨。',
     [('9万吨', 'other', None, '沛县')]),
    # held: a figure of another unit before the level clause carries nothing
    ('level_other_unit', '沛县棉花种植面积达到20万亩，连续4年稳定在8万吨以上。',
     [('20万亩', 'area', None, '沛县'), ('8万吨以上', 'other', None, '沛县')]),
    # 总规模/生产规模 of a weight or volume: the works' scale
    ('total_scale_capacity', '沛县新开工的3个煤矿建成后生产总规模为600万吨。',
     [('3个', 'count', None, '沛县'), ('600万吨', 'capacity', None, '沛县')]),
    # 创收/创汇: money earned, output as 收入
    ('earned_output', '沛县去年旅游创汇1200万美元，乡村民宿年创收可达3亿元。',
     [('1200万美元', 'output', None, '沛县'), ('3亿元', 'output', None, '沛县')]),
    # unit_relations 锭: a mill's spindles are its capacity, as a power is a plant's
    ('spindles', '沛县今年新增纺纱能力之外，另有棉纺企业新上8万锭。', [('8万锭', 'capacity', None, '沛县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round30(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
