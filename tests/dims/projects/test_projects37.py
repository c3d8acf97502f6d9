"""Projects, round 33 wave 1 (issue 11; docs/DECISIONS.md "Round 33 (proj37)"): named zones of a regional or
national strategy (示范区, 先行区, 试验区, 实验区, 合作区, 创新区, 经济区) that no rule proposed. Heads flagged b:
a project (SPEC §6) only where the text builds the zone at its name (params.zone_build_before right before it,
zone_build_after right after it); a zone named as a place, a title or a landmark stays no project. All text
invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_a_zone_built_after_its_name_is_a_project():
    assert _cut("加快青禾湖区承接外资转移示范区建设。") == [(2, 15, "青禾湖区承接外资转移示范区")]


def test_a_zone_founded_by_a_verb_before_it_is_a_project():
    assert _cut("省里提出打造星河湾蓝色经济区。") == [(6, 14, "星河湾蓝色经济区")]


def test_a_cooperation_zone_built_together_is_a_project():
    assert _cut("两市携手共建青禾(星河)产业合作区。") == [(6, 17, "青禾(星河)产业合作区")]


def test_a_zone_as_a_place_is_no_project():
    assert _cut("星河湾蓝色经济区位于沿海一带。") == []


def test_a_zone_in_an_address_is_no_project():
    assert _cut("公司总部设在青禾湖区承接外资转移示范区内。") == []


def test_a_city_building_itself_into_a_title_is_no_project():
    # a bare 建设 before the name is left out: a city becoming a title (某市建设…示范区)
    assert _cut("为星河市建设全国生态文明先行示范区贡献力量。") == []


def test_a_pilot_zone_of_a_building_pilot_is_no_project():
    assert _cut("星河县入选全省绿色发展先行区建设试点。") == []


def test_a_quoted_zone_named_as_an_honour_is_no_project():
    assert _cut("该县获评“全国休闲农业发展示范区”。") == []
