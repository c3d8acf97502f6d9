"""Fact linking by error class, round 26 (issue 13, branch facts28; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. The class cases fail
with their key at its old value (the sum read other; the count of things 分别为 introduces left without a row; the connective's clause read
other); the
held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # money_after_project_count: a sum right after a count of projects, the noun before the count ...
    ('sum_after_projects_counted', '丰宁县新开工项目38个27.4亿元，续建项目12个8.1亿元。',
     [('38个', 'count', None, '丰宁满族自治县'), ('27.4亿元', 'investment', None, '丰宁满族自治县'),
      ('12个', 'count', None, '丰宁满族自治县'), ('8.1亿元', 'investment', None, '丰宁满族自治县')]),
    # ... or after it, a modifier before the noun
    ('sum_after_count_of_projects', '丰宁县首批23个重点项目9.6亿元。',
     [('23个', 'count', None, '丰宁满族自治县'), ('9.6亿元', 'investment', None, '丰宁满族自治县')]),
    # held: a sum after a count of villages is no cost of projects
    ('sum_after_count_of_villages_held', '丰宁县45个村3.6亿元。',
     [('45个', 'count', None, '丰宁满族自治县'), ('3.6亿元', 'other', None, '丰宁满族自治县')]),
    # group_intro_recap_cues: 分别为 introducing the items counted, nothing named before the count: the place's figure
    ('count_before_items_introduced', '目前丽水市境内在建的6条高速公路分别为：甲段、乙段。',
     [('6条', 'count', None, '丽水市')]),
    ('count_before_items_introduced_plain', '丽水市在建的2条公路分别为一级和二级标准。',
     [('2条', 'count', None, '丽水市')]),
    # held: a count after the items it counts still recaps them (no row)
    ('count_after_items_held', '丽水市新建的云和路、松阳路2条公路分别为一级和二级标准。', []),
    # cue_carry_connectives: a clause of 达/共计 and the amount alone reads the cue of the clause before it
    ('cue_carried_after_superlative', '其中，丽水续建项目投资额最高，达320亿元。',
     [('320亿元', 'investment', None, '丽水市')]),
    ('cue_carried_after_total', '丽水市今年下达省级预算内投资计划和专项资金，共计约95亿元。',
     [('约95亿元', 'funding', None, '丽水市')]),
    # held: a share before the connective is no cue of a percent after it (cue_carry_kinds: sums only)
    ('share_not_carried_held', '丽水市工业投资占比大幅增长，达六成。', [('六成', 'other', None, '丽水市')]),
    # held: a cue taken by an amount between stays that amount's
    ('cue_taken_not_carried_held', '丽水市工业产值增加2亿元，达10亿元。',
     [('2亿元', 'growth', None, '丽水市'), ('10亿元', 'other', None, '丽水市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round26(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
