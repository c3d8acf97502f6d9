"""Round 30 (numbers30): an amount between a cue and the amount after it takes the cue only where
a cue of its own kind covers it (invented texts)."""
from tests.test_facts_linking import _facts


def test_harvested_mass_after_an_area_is_output(pipeline):
    out = _facts(pipeline, "宁远县高山蔬菜基地今年已收获蔬菜500亩4100吨。")
    assert [(a, r) for a, r, _, _ in out] == [("500亩", "area"), ("4100吨", "output")]


def test_a_longer_cue_of_the_sum_still_takes_it(pipeline):
    # 年产值 measures the sum; 年产 inside it is no cue of the count after the sum
    out = _facts(pipeline, "2023年底，宁远县年产值300万元以上的规模企业25家。")
    assert [(a, r) for a, r, _, _ in out if a == "25家"] == [("25家", "count")]
