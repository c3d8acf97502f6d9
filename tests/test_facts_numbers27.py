"""Round 27 (branch numbers27): the prefecture-level units a region's register counts together (地州, 市地,
州市, 盟市) are read as counts now, and like 4市 or 两地 such a count is about the list of places, not a fact of
the region before it (rules/facts/linking.yaml place_count_units). Sentences written for the test."""
from tests.test_facts_linking import _facts


def test_prefecture_count_is_no_fact_of_the_region(pipeline):
    assert _facts(pipeline, "北疆三地州电网改造项目总投资12亿元。") == [('12亿元', 'investment', '北疆三地州电网改造项目', None)]
