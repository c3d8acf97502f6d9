"""Fact linking by error class, round 34 wave 1 (issue 13, branch facts41; rules/facts/linking.yaml route_end_levels):
exact facts on sentences written for the test — (amount, relation, project name, place name) of every fact of the
text. The class cases fail at main cdd706c; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # route_end_levels: a name running from a city to a county under it stands at the more specific end
    ('route_county_end', '徐州至沛县高速公路全长60公里，总投资80亿元。',
     [('60公里', 'other', '徐州至沛县高速公路', '沛县'), ('80亿元', 'investment', '徐州至沛县高速公路', '沛县')]),
    # the section a longer route name ends with: its first end (two county-level ends)
    ('route_section_first', '南京至杭州高速公路溧阳至宜兴段项目总投资45亿元。',
     [('45亿元', 'investment', '南京至杭州高速公路溧阳至宜兴段项目', '溧阳市')]),
    # held: two prefecture ends -> the first
    ('route_equal_ends_held', '徐州至连云港铁路总投资300亿元。',
     [('300亿元', 'investment', '徐州至连云港铁路', '徐州市')]),
    # held: a town end leaves the name's first place
    ('route_town_end_held', '沛县至龙固镇公路改建工程总投资2亿元。',
     [('2亿元', 'investment', '沛县至龙固镇公路改建工程', '沛县')]),
    # held: a route read for a short name, or from a longer mention before it, stands at its first place
    ('route_short_name_held', '徐沛铁路即徐州至沛县铁路，全长60公里。', [('60公里', 'other', '徐沛铁路', '徐州市')]),
    ('route_longer_mention_held', '徐沛铁路徐州至沛县段正式开工，徐沛铁路全长60公里。',
     [('60公里', 'other', '徐沛铁路', '徐州市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts41(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
