"""Fact linking by error class, round 30 wave 2 (issue 13, branch facts36; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 5db86ba; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # generic_sentence_level_only: a 全省 figure takes the sentence's one province, a conference city beside it no name
    ('generic_level_only', '5月9日，果业推介会在兰州举行，据甘肃省林草局负责人介绍，去年全省苹果种植面积达600万亩。',
     [('600万亩', 'area', None, '甘肃省')]),
    # held: two provinces in the sentence are still two names of that level: no place
    ('generic_two_provinces', '据甘肃省和宁夏回族自治区有关部门介绍，去年全省苹果种植面积达600万亩。', []),
    # held: a figure with no 全省/全市 is read as before (the venue clause's city, as at main)
    ('no_generic_as_before', '5月9日，果业推介会在兰州举行，据甘肃省林草局负责人介绍，苹果种植面积达600万亩。',
     [('600万亩', 'area', None, '兰州市')]),
    # level_carry_verb_in_amount: the level verb opens the amount's span (超过…), the clause carries the figure before
    ('level_verb_in_span', '去年，沛县棉花总产量达到9万吨，连续两年超过8万吨。',
     [('9万吨', 'output', None, '沛县'), ('超过8万吨', 'output', None, '沛县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts36(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
