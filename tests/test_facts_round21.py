"""Fact linking, round 20b (issue 13, branch facts21; rules/facts/linking.yaml doc_anaphors): an anaphoric place
word before an amount whose clause names no place refers to the nearest earlier place of the document of its level,
across sentences. Exact facts (amount, relation, project name, place name) of every fact of texts written for the
test; each case fails with doc_anaphors emptied (except the held cases)."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # 全县 in the amount's clause: the county of the sentence before
    ('whole_county', '镇雄县位于云南省东北部。全县今年新建茶园5000亩，茶农达3万户。',
     [('5000亩', 'area', None, '镇雄县'), ('3万户', 'count', None, '镇雄县')]),
    # 全市 passes over a county named after the city (doc_anaphor_county_kinds: a 县 is no 市)
    ('whole_city_skips_county', '昭通市召开会议，彝良县代表参加。全市新开工项目45个。',
     [('45个', 'count', None, '昭通市')]),
    # 该镇 across a sentence: the town
    ('that_town', '记者来到宁洱县磨黑镇。该镇今年投入资金1200万元。',
     [('1200万元', 'funding', None, '磨黑镇')]),
    # held: no place of the level before the word, no row
    ('no_antecedent', '会议在北京召开。全县新建茶园5000亩。', []),
    # held: the clause names its own place
    ('own_place_first', '镇雄县位于云南省东北部。全县中，坡头镇新建茶园500亩。', [('500亩', 'area', None, '坡头镇')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_round21(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
