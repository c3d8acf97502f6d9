"""Projects, round 29 (issue 11; docs/DECISIONS.md "Round 29 (projects31)"): span edges on fresh
text. (1) A road's or line's section between two places runs to its 段 whatever the places'
lengths (甲乙丙丁至戊己庚辛段, a county written in full, a 路段); a widening to lanes is no section.
(2) A zone named by its kind alone (高新区, 开发区) opening a name is the writer's own zone, left
out of the span (params.bare_zone_opening, zoneopen.py); a named zone is left as it was.
(3) A province's short form before its county's (江西赣县…) is the name's where the text never writes
the rest without it (params.province_short_by_use); left out where it does, and before a route.
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_section_between_two_four_character_places_runs_to_its_end():
    assert _cut("今年禾青高速星湖白沙至青川东岭段建成通车。") == [(2, 16, "禾青高速星湖白沙至青川东岭段")]


def test_a_section_ending_in_a_road_section_runs_to_its_end():
    assert _cut("东线高速公路青川至白云山路段正全速开建。") == [(0, 14, "东线高速公路青川至白云山路段")]


def test_a_section_from_a_county_written_in_full_runs_to_its_end():
    assert _cut("禾星高速青禾黎族苗族自治县至星河湾段主线正式通车。") == \
        [(0, 18, "禾星高速青禾黎族苗族自治县至星河湾段")]


def test_a_short_section_still_reads_as_before():
    assert _cut("禾川高速青川至星湖段开工建设。") == [(0, 10, "禾川高速青川至星湖段")]


def test_a_widening_to_lanes_is_no_section():
    assert _cut("禾川高速公路扩容至八车道路段全面完工。") == [(0, 6, "禾川高速公路")]


def test_a_bare_high_tech_zone_is_left_out_of_a_parks_name():
    assert _cut("高新区环禾星河国际产业园开工建设。") == [(3, 12, "环禾星河国际产业园")]


def test_a_bare_development_zone_is_left_out_and_still_names_the_work():
    assert _cut("星河县在本县开发区智能装备产业港成功举办签约会。") == [(9, 16, "智能装备产业港")]


def test_a_bare_zone_before_only_generic_words_gives_no_name():
    assert _cut("高新区建设项目开工。") == []


def test_a_named_zone_stays_as_before():
    assert _cut("青禾高新区环禾星河国际产业园开工建设。") == [(0, 14, "青禾高新区环禾星河国际产业园")]


def test_a_provinces_short_form_before_its_county_stays_where_written_so_throughout():
    assert _cut("投资5亿元的云南禄丰星河智能制造产业园项目已签约。") == \
        [(6, 21, "云南禄丰星河智能制造产业园项目")]


def test_a_provinces_short_form_is_left_out_where_the_rest_stands_alone():
    text = "云南禄丰星河智能制造产业园项目已签约。禄丰星河智能制造产业园项目总投资5亿元。禄丰星河智能制造产业园项目明年投产。"
    assert [t for _s, _e, t in _cut(text)][:1] == ["禄丰星河智能制造产业园项目"]


def test_a_provinces_short_form_before_a_route_is_left_out():
    assert _cut("今年，广西宜州至南丹高速公路正式投入运营。") == [(5, 14, "宜州至南丹高速公路")]
