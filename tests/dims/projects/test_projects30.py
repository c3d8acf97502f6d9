"""Projects, round 28 wave 2 (issue 11; docs/DECISIONS.md "Round 28 (projects30)"): extras
that are no names on fresh text. (1) A site's boundary (四至: 东至某路，西至某大道) names no
undertaking (project.exclude.boundary). (2) A division that plans (某省|计划新开工) is the
subject of the verb 计划 (project.exclude.plan_verb). (3) A state's approval list (核准计划) is
a document (project.exclude.budget_plan). (4) A governing verb opening a clause (畅通, 通往,
涉及) is no part of a name (project.exclude.governing_verb). All text invented. The rules
alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_sites_boundary_names_no_road_as_a_project():
    assert _cut("园区面积3.2平方公里，四至范围调整为：东至青禾路，西至星湖大道，北至白石路。") == []


def test_a_route_with_a_bearing_inside_a_place_stays_a_name():
    # (靖西至那坡: the bearing is the place's last character, not a clause's first word)
    assert _cut("今年建成青西至禾坡高速公路。") == [(4, 13, "青西至禾坡高速公路")]


def test_a_province_that_plans_is_no_programme():
    assert _cut("2024年，青川省计划新开工建设棚户区安置房3000套。") == []


def test_a_named_plan_of_a_province_stays():
    assert _cut("青川省启动“星火人才”培养计划。") == [(5, 15, "“星火人才”培养计划")]


def test_a_states_approval_list_is_no_programme():
    assert _cut("全州已纳入国家核准计划的风电项目18项。") == []


def test_a_governing_verb_opens_no_name():
    assert _cut("昨日，通往禾木山南景区的首条高速公路正式开通。") == []
    assert _cut("着力畅通青禾山区对外通道，带动沿线旅游。") == []


def test_an_office_named_after_a_programme_is_no_programme():
    # (project.guard.office_after: 办 and an office's verb after the name)
    assert _cut("记者从禾州市星湖引水工程办获悉，明年开工。") == []
    assert _cut("近日，星川省化工专项行动办公示了扩区名单。") == []
