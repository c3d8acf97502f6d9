"""Fact linking by error class, round 24 (issue 13, branch facts26; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each class was chosen by
leaving annotators out: the newest fact sets (tune12–18, written under the current docs/ANNOTATING.md) read it one way
and no older fact gold reads it the other. The class cases fail with their key at its old value; the held cases pass
either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # place_count_noun_of_projects: a place noun (城市) opening a noun of projects: the count counts works, the clause's
    # place's figure
    ('city_noun_of_projects', '会上，临沂签约12个城市燃气改造工程，总投资46亿元。',
     [('12个', 'count', None, '临沂市'), ('46亿元', 'investment', None, '临沂市')]),
    # held: a count of cities beside a count of projects still counts cities
    ('cities_listed_held', '该计划覆盖临沂等12个城市、3个项目。', [('3个', 'count', None, '临沂市')]),
    # openers 本次/此次: the batch's subject opens after them, and the segment after the semicolon keeps it
    ('batch_opener_semicolon', '本次湖南省集中开工项目520个，总投资2180亿元；集中复工续建项目860个，总投资4300亿元。',
     [('520个', 'count', None, '湖南省'), ('2180亿元', 'investment', None, '湖南省'),
      ('860个', 'count', None, '湖南省'), ('4300亿元', 'investment', None, '湖南省')]),
    ('batch_opener_ci', '此次江西省开工项目300个；续建项目700个，年度计划投资900亿元。',
     [('300个', 'count', None, '江西省'), ('700个', 'count', None, '江西省'),
      ('900亿元', 'investment', None, '江西省')]),
    # growth cues of a multiple 是去年的 / 是上年同期…的: a multiple of the year before's figure is a growth
    ('multiple_of_last_year', '今年，丽水市新开工项目820个，是去年的两倍。',
     [('820个', 'count', None, '丽水市'), ('两倍', 'growth', None, '丽水市')]),
    ('multiple_of_same_period', '今年以来，台州市落实省级补助资金36亿元，是上年同期落实补助资金的2.5倍。',
     [('36亿元', 'funding', None, '台州市'), ('2.5倍', 'growth', None, '台州市')]),
    # held: a multiple with no such cue stays a level (other)
    ('multiple_level_held', '丽水市的森林覆盖率是全国平均水平的3倍。', [('3倍', 'other', None, '丽水市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round24(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
