"""Fact linking by error class, round 28 (issue 13, branch facts31; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. The class case fails at
main 596b724 (a place written in full before a list of sectors was read as the origin of a product: no row); the held
case passes either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # thing_origin_not_suffixes: a place written with its level's character before a list names its own sectors
    ('full_name_sector_list', '上半年，龙游县造纸、食品、机械行业产值分别为60亿元、25亿元、18亿元。',
     [('60亿元', 'output', None, '龙游县'), ('25亿元', 'output', None, '龙游县'), ('18亿元', 'output', None, '龙游县')]),
    # held: a bare name before a product and 、 stays the product's origin, no place of the amount
    ('bare_name_product_held', '龙游发糕、衢州鸭头等特产年销售额达5亿元。', []),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round28(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
