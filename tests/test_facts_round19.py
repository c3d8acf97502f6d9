"""Fact linking by error class, round 19 (issue 13; rules/facts/linking.yaml): exact facts on sentences written for
the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key or cue of the
rule file it exercises and fails with that key emptied."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # denominator_cues 居: the place a rank is taken in is a yardstick, the figure is the subject's
    ('rank_place_yardstick', '黄平县去年粮食产量达12万吨，位居黔东南州前列。',
     [('12万吨', 'output', None, '黄平县')]),
    # ... and with no other place the yardstick ties nothing
    ('rank_place_alone', '从增加值看，比2022年增加21.14亿斤，增量居东三省第一位。', []),
    # group_member_list_joiners: counts listed before 之一 are sizes of groups the subject is one of
    ('listed_group_sizes', '据了解，千岛湖配水工程是治淮38项、国家172项节水供水重大工程之一，项目建成后，将恢复千岛湖5平方公里水面。',
     [('5平方公里', 'area', None, '千岛湖')]),
    # threshold_prefix_keeps: a bound opening with 过/超 under a capacity or output cue measures the thing after it
    ('prefix_bound_capacity', '连云港港已经成为年吞吐能力过亿吨的大港。',
     [('过亿吨', 'capacity', '连云港港', '连云港市')]),
    # ... a suffix bound stays a level
    ('suffix_bound_level', '余杭区经营性收入50万元以上的行政村占比超过90%。',
     [('50万元以上', 'other', None, '余杭区'), ('超过90%', 'other', None, '余杭区')]),
    # cue_lookalikes: 作为 ends in the beneficiary's 为 but names what the subject is taken as; the place is the sentence's
    ('as_place_project', '作为石城县又一重大项目，该项目建成后可实现年税收3亿元，带动1500户农户增收。',
     [('3亿元', 'other', None, '石城县'), ('1500户', 'count', None, '石城县')]),
    # ... not 成为: a place after it describes what the subject becomes (成为华南…基地), no place of the figures
    ('becomes_place_described', '全面完善基础设施，累计出口汽车5万辆，成为华南新能源汽车滚装出口新基地。', []),
    # unit_cue_relations pp: a change in percentage points under a level's cue is growth
    ('points_under_level_cue', '衢州市去年提高森林覆盖率0.6个百分点。', [('0.6个百分点', 'growth', None, '衢州市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round19(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
