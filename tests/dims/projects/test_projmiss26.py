"""Projects, round 26 wave 2 (docs/DECISIONS.md "Round 26 (projmiss26)"), three classes of the
rules alone:
- the writer's own division (我区, 本市) before only generic words and a head names the division's
  works of a kind, no one work (params.self_place_names);
- a port jieba knows by name as one word (its city a common word the places table leaves without
  evidence) is named where the text presents it as an undertaking (params.glued_place_word_tags);
- a province's short form before 工业园/产业园 names a park for investors from there, not the
  province's parks (params.origin_park_heads).
tests/conftest.py switches the span model off. Every text is invented; the tests of each class
fail on main at 86edabf (rules alone) but those named "still"/"stays", which guard what the
changes must leave alone and pass on both."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def names(text: str) -> list[str]:
    return [s[2] for s in spans(text)]


# params.self_place_names
def test_our_district_and_its_expressways_are_no_name():
    assert spans("截至十月，我区高速公路和国省干道累计完成投资80亿元。") == []


def test_this_city_and_its_airport_are_no_name():
    assert spans("本市机场改扩建工作正在加快推进。") == []


def test_a_named_work_after_the_pronoun_still_counts():
    found = names("本市青禾机场今年开工建设。")
    assert len(found) == 1 and found[0].endswith("青禾机场")


# params.glued_place_word_tags
def test_a_port_jieba_knows_by_name_invested_in_is_a_work():
    assert spans("到2030年，盐田港计划投资50亿元。") == [(7, 10, "盐田港", "盐田港", "infrastructure")]


def test_a_port_jieba_knows_by_name_stays_out_where_only_operating():
    assert spans("盐田港货物吞吐量去年增长5%。") == []


# params.origin_park_heads
def test_a_park_named_by_its_investors_origin_is_a_work():
    assert spans("园区今年新建江西工业园，首批10家赣商企业入驻。") == [(6, 11, "江西工业园", "江西工业园", "park")]


def test_a_province_written_in_full_before_a_zone_still_is_no_name():
    assert names("山东省开发区今年新开工项目200个。") == []
