"""Projects, round 23 (issue 11; docs/DECISIONS.md "Round 23: projects, lists by class",
branch projects24): routes listed before 等 and the road class they share (project.list_routes),
a sub-list counted after 其中 in the sentence of a total count (project.list_sub_colon), a list
closed by 等 and a comma (list_uncounted: only 项目 or 这些项目 right after the comma takes the
list up) and the parts of one work after 将主要建设 (parts_after). All text invented. The rules
alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_routes_listed_before_a_shared_road_class_are_each_a_work():
    text = "今年计划开工的项目分别为青禾至星河、白岭至鹿鸣至石湾、禾山至青川等高速公路,总里程500公里。"
    assert spans(text) == [
        (12, 17, "青禾至星河", "青禾至星河", "infrastructure"),
        (18, 26, "白岭至鹿鸣至石湾", "白岭至鹿鸣至石湾", "infrastructure"),
        (27, 32, "禾山至青川", "禾山至青川", "infrastructure"),
    ]


def test_routes_listed_before_a_railway_class():
    text = "加快建设鹿城至禾川、石湾至青山等铁路。"
    assert spans(text) == [
        (4, 9, "鹿城至禾川", "鹿城至禾川", "infrastructure"),
        (10, 15, "石湾至青山", "石湾至青山", "infrastructure"),
    ]


def test_one_route_before_a_road_class_is_no_list():
    assert spans("加快建设禾山至青川等高速公路。") == []


def test_a_class_after_the_comma_opens_a_clause_of_its_own():
    # 白岭村、青禾乡 are partners named before 等; 建设项目 after the comma is the next clause's subject
    assert spans("合作方包括白岭村、青禾乡等,建设项目年内开工。") == []


def test_these_projects_after_the_comma_take_the_list_up():
    text = "省内规划的抽水蓄能电站有鹿鸣一期、青禾二期、白岭上社等,这些项目总投资超百亿。"
    assert [(s, e, t) for s, e, t, _n, _c in spans(text)][:2] == [(12, 16, "鹿鸣一期"), (17, 21, "青禾二期")]


def test_parts_of_one_work_after_a_modal_and_main_construction_are_no_works():
    assert spans("项目总投资3000万元,将主要建设研发大楼、人防等工程。") == []
