"""Fact linking by error class, round 11 (issue 13; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each case
fails without the key its comment names."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # name_place_tiebreak after_area: a site named right after the river it stands on is the project's place
    ('site_after_river', '金沙江白鹤滩水电站总投资1700亿元。',
     [('1700亿元', 'investment', '金沙江白鹤滩水电站', '白鹤滩')]),
    ('site_after_river_both_named', '黄河小浪底水利枢纽总投资347亿元，是黄河干流上的控制性工程。',
     [('347亿元', 'investment', '黄河小浪底水利枢纽', '小浪底')]),
    # ... not between two cities, neither of them an area (the first stays)
    ('two_cities_first', '西安咸阳国际机场三期扩建工程总投资476亿元。',
     [('476亿元', 'investment', '西安咸阳国际机场三期扩建工程', '西安市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round11(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
