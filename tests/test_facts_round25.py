"""Fact linking by error class, round 25 (issue 13, branch facts27; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key
it exercises and fails with that key at its old value; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # organisation_heads 集团: 6 — a holding group's name may run six characters between the place and 集团
    # (某省某某投资控股集团): the place names the company, not where the plant is built
    ('holding_group', '日前，福建华宁投资控股集团投资30亿元的纺纱项目在宁夏开工。',
     [('30亿元', 'investment', None, '宁夏回族自治区')]),
    # held: a plain group within four characters, as before
    ('group_held', '日前，福建华宁集团投资30亿元的纺纱项目在宁夏开工。',
     [('30亿元', 'investment', None, '宁夏回族自治区')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round25(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
