"""Fact linking by error class, round 27 (issue 13, branch facts30; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. The class cases fail at
main a12ac02 (a sentence opening with 项目 that names its division only after 成为/是 gave no row); the held cases pass
either way. Also capacity cues 多年平均供水量, 设计(年)供水量 and 可接纳."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # member_locator_cues: a clause saying what the subject becomes or is of a division locates it there
    ('becomes_division_later', '项目总投资约3.2亿元，占地面积约12公顷，建成后成为龙游县最大的净水厂，服务人口约20万人。',
     [('约3.2亿元', 'investment', None, '龙游县'), ('约12公顷', 'area', None, '龙游县'), ('约20万人', 'count', None, '龙游县')]),
    ('is_division_measure', '项目共设计安装18台风电机组，是龙游县推动能源转型的重要举措。',
     [('18台', 'count', None, '龙游县')]),
    # 可接纳 as 可容纳: how many a place takes in (capacity), and the division after 将成为 is its place
    ('will_become_division', '项目投产后，年可接纳商户500户，将成为龙游县最大的农贸市场。',
     [('500户', 'capacity', None, '龙游县')]),
    # held: a region after 成为 is no division the subject stands in
    ('becomes_region_held', '项目投产后，年可接纳商户500户，将成为华南最大的农贸市场。', []),
    # held: a place after another word than the cue stays out (a later clause's place is no place of the amount)
    ('later_place_without_cue_held', '项目投产后，年可接纳商户500户，带动龙游县农贸发展。', []),
    # capacity cues: what a water works is designed to supply; a year's supply stays output
    ('designed_mean_supply', '龙游县塔石水库工程的设计多年平均供水量达1.2亿立方米。',
     [('1.2亿立方米', 'capacity', '龙游县塔石水库工程', '塔石镇')]),
    ('yearly_supply_held', '龙游县塔石水库工程年供水量为3000万立方米。',
     [('3000万立方米', 'output', '龙游县塔石水库工程', '塔石镇')]),
    # held: a clause of 位于 locates the subject over a division it is one of
    ('locator_over_member_held', '此次开工的项目是龙游县规划的重要板块，工程位于塔石镇，总投资15亿元。',
     [('15亿元', 'investment', None, '塔石镇')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round27(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
