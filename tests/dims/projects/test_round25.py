"""Projects, round 23 (issue 11; docs/DECISIONS.md "Round 23: projects, lists by class",
branch projects24): routes listed before 等 and the road class they share (project.list_routes),
a sub-list counted after 其中 in the sentence of a total count (project.list_sub_colon), a list
closed by 等 and a comma (list_uncounted: only 项目 or 这些项目 right after the comma takes the
list up) and the parts of one work after 将主要建设 (parts_after). All text invented. The rules
alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_routes_listed_before_a_shared_road_class_are_each_a_work():
    text = "今年将开工建设青禾至星河、白岭至鹿鸣至石湾、禾山至青川等高速公路,总里程500公里。"
    assert spans(text) == [
        (7, 12, "青禾至星河", "青禾至星河", "infrastructure"),
        (13, 21, "白岭至鹿鸣至石湾", "白岭至鹿鸣至石湾", "infrastructure"),
        (22, 27, "禾山至青川", "禾山至青川", "infrastructure"),
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
    text = "集团今年推进的风电场有鹿鸣一期、青禾二期、白岭上社等,这些项目年内并网。"
    assert [(s, e, t) for s, e, t, _n, _c in spans(text)][:2] == [(11, 15, "鹿鸣一期"), (16, 20, "青禾二期")]


def test_parts_of_one_work_after_a_modal_and_main_construction_are_no_works():
    assert spans("二期总投资1.2亿元,将主要建设质检楼、绿化等工程。") == []


def test_sub_lists_counted_after_qizhong_in_the_sentence_of_a_total_count():
    text = "全市今年新开工9个项目,其中高新区4个:鹿鸣精密轴承、禾丰智能仓储、青岳医疗器械、星拓电子;空港新区3个:白鹭冷链物流园、金穗食品、岳川新材料。"
    got = [(s, e, t) for s, e, t, _n, _c in spans(text)]
    assert (20, 26, "鹿鸣精密轴承") in got and (27, 33, "禾丰智能仓储") in got
    assert (53, 60, "白鹭冷链物流园") in got and (61, 65, "金穗食品") in got and (66, 71, "岳川新材料") in got


def test_a_sub_count_without_a_total_count_names_nothing():
    assert spans("其中高新区2个:鹿鸣精密轴承、禾丰智能仓储。") == []
