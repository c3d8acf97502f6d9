"""Fact linking by error class, round 29 wave 2 (issue 13, branch facts34; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 429dbe0; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # organisation_site_heads: a port group runs a port that stands in the place its name opens with
    ('port_group_subject', '今年以来，宁波港集团计划实施码头改造项目6个，总投资约80亿元。',
     [('6个', 'count', None, '宁波市'), ('约80亿元', 'investment', None, '宁波市')]),
    # held: a group whose name goes on with no site head stays an origin (四川省投资集团-style)
    ('investment_group_origin', '今年以来，湖南省交通投资集团计划实施码头改造项目6个。', []),
    # held at main, failing without organisation_site_investor_words: a port group investing in another place's works is the investor only
    ('port_group_investor', '厦门港集团投资的东山港区5号泊位工程今日开工，总投资约30亿元。',
     [('约30亿元', 'investment', '东山港区5号泊位工程', None)]),
    # output cue 总产: a harvest's total in its short form, as 总产量
    ('harvest_total', '沛县棉花总产8万吨，总产值12亿元。',
     [('8万吨', 'output', None, '沛县'), ('12亿元', 'output', None, '沛县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round29b(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
