"""Projects, round 30 wave 2 (issue 11; docs/DECISIONS.md "Round 30 (projects34)"): precision on fresh text.
(1) project.list_counted: the text between a count and its class holds no second count (甲山、乙山等3座名山
6个景区 counts mountains, then scenic areas) and no industry (…三大支柱产业布局的项目 counts industries).
(2) project.list_class: a list closed by 等为一体/等于一体 lists what one work gathers, no works.
(3) 码头 kept flag u after the gate read (a listed 邮轮码头 before 等项目 is a project).
(4) 风景道, a scenic route of the national programme, is a road head (flags nu).
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_mountains_counted_before_a_second_count_of_scenic_areas_are_no_works():
    assert _cut("本市有青岭山、白岩山、紫峰山等3座名山6个4A级景区,游客逐年增加。") == []


def test_a_count_of_scenic_areas_right_after_the_list_still_makes_works():
    assert _cut("今年将建设青岭山景区、白岩湖景区2个景区,总投资5亿元。") == \
        [(5, 10, "青岭山景区"), (11, 16, "白岩湖景区")]


def test_industries_counted_before_their_projects_are_no_works():
    assert _cut("这些项目都是围绕星河新区航运物流、智能制造和数字服务三大支柱产业布局的重点项目。") == []


def test_functions_gathered_into_one_park_are_no_works():
    got = [t for _s, _e, t in _cut("星河软件园拟打造集软件研发、成果转化、人才培训等为一体的软件产业园。")]
    assert "集软件研发" not in got and "成果转化" not in got


def test_a_bare_wharf_kind_listed_among_projects_stays_a_work():
    # 码头 keeps flag u (round 30, lead): a listed 邮轮码头 before 等项目 is a project (fresh gate 3)
    got = [t for _s, _e, t in _cut("新开工星河港三号泊位、邮轮码头等项目。")]
    assert "邮轮码头" in got


def test_a_ports_named_wharf_stays_a_work():
    assert _cut("青禾港公共码头正式开工建设。") == [(0, 7, "青禾港公共码头")]


def test_a_scenic_route_named_by_its_mountain_is_a_work():
    assert _cut("重点建设串联青岭山-白岩山的青岭山国家风景道。") == [(14, 22, "青岭山国家风景道")]


def test_a_second_count_joined_by_and_shares_the_class():
    got = [t for _s, _e, t in _cut("重点推进青岭新机场、白岩、紫峰3座支线机场和1座通用机场项目前期工作。")]
    assert "白岩" in got and "紫峰" in got


def test_a_hub_as_a_citys_aim_is_no_work():
    assert _cut("星河港将逐步形成沿江物流枢纽,服务周边城市。") == []


def test_a_hub_under_construction_stays_a_work():
    assert _cut("青禾高铁站综合交通枢纽正式开工建设。") == [(0, 11, "青禾高铁站综合交通枢纽")]
