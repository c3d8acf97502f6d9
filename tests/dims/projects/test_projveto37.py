"""Projects, round 33 wave 1 (issue 11; docs/DECISIONS.md "Round 33 (projveto37)"): gold names some rule proposed
and something cut. project.exclude.project_plan: a plan word right after a project's wrapper (某项目|总体规划,
某项目|招标计划) is the plan of that project, and the longer span no longer wins the overlap from the project's
own name. PROJ_CAPACITY: a direct-current line's voltage written with its sign (±800千伏) is one unit of the
left walk, which no longer stops at ± and cuts the route off. All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_a_projects_master_plan_leaves_the_project_its_name():
    assert _cut("青河温泉度假项目总体规划范围约5平方公里。") == [(0, 8, "青河温泉度假项目")]


def test_a_projects_tender_plan_leaves_the_project_its_name():
    assert _cut("白鹭港冷链仓储配送项目招标计划已经发布。") == [(0, 11, "白鹭港冷链仓储配送项目")]


def test_a_named_programme_plan_after_gongcheng_stays_whole():
    assert _cut("实施“乡村焕新”工程计划,三年内完成。") == [(2, 12, "“乡村焕新”工程计划")]


def test_plan_as_the_verb_after_this_project_makes_no_name():
    assert _cut("据介绍,该项目规划用地约80亩,项目计划年内开工。") == []


def test_a_dc_line_keeps_its_route_before_the_signed_voltage():
    assert _cut("青禾—白河±660千伏柔性直流送电工程今年开工。") == [(0, 19, "青禾—白河±660千伏柔性直流送电工程")]


def test_a_dc_line_with_a_hyphen_route_keeps_it_too():
    assert _cut("星河-东湖±400千伏直流联网工程正式投运。") == [(0, 17, "星河-东湖±400千伏直流联网工程")]


def test_an_ac_line_without_a_sign_reads_as_before():
    assert _cut("白沙750千伏交流联网工程开工。") == [(0, 13, "白沙750千伏交流联网工程")]
