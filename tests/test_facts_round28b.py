"""Fact linking by error class, round 28 wave 2 (issue 13, branch facts32; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 265e78e; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # clause_aside_brackets: a short aside in brackets after an amount does not end its clause
    ('aside_in_brackets', '本月，总投资约120亿元（美元，下同）的9个产业项目于滨海新区同日开工。',
     [('约120亿元', 'investment', None, '滨海新区'), ('9个', 'count', None, '滨海新区')]),
    # destination_cues 视察/考察: the place a visit went to is not where the figures are
    ('visited_place', '过去一年，全区上下认真落实总书记视察福建时的重要讲话精神，以两个“一号工程”为抓手，建成52项民生实事。', []),
    # held: a place that is the subject still takes the count
    ('subject_place_held', '今年以来，江苏省全面完成了86项民生实事项目。', [('86项', 'count', None, '江苏省')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round28b(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
