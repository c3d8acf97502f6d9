"""Projects, round 34 wave 2 (issue 11; docs/DECISIONS.md "Round 34 (proj40)"): two vetoes of names the gold
leaves out. An institute a report comes from (记者从…发展中心获悉, …监测中心发布周报) is an organization
speaking (project.exclude.reporting_institute); a railway or station a new line joins (自既有…铁路…站引出,
北接…铁路, 引入…站) is a reference in the network (project.exclude.reference_network). All text invented.
The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_a_centre_a_reporter_hears_from_is_no_project():
    assert _cut("记者昨日从青河省水运发展中心获悉:本年度拟建码头12座。") == []


def test_a_centre_publishing_figures_is_no_project():
    assert _cut("白鹭市蔬菜价格监测中心发布周报称菜价回落。") == []


def test_a_park_a_reporter_hears_from_stays_a_project():
    # only centres of research, development, data… are vetoed: a park stays (the tuning gold keeps it)
    got = _cut("记者从白鹭湾经济开发区青禾工业园区获悉,园区新签项目8个。")
    assert [e for _s, e, _t in got] == [17]


def test_a_data_centre_being_built_stays_a_project():
    assert _cut("青禾大数据中心项目昨日动工,投资12亿元。") == [(0, 9, "青禾大数据中心项目")]


def test_an_existing_railway_a_new_line_leaves_from_is_no_project():
    # the new line's own name stays (as the rules read it); the existing one is no project
    assert _cut("鹿鸣至星河铁路自既有青禾铁路白鹭站引出,全长80公里。") == [(3, 7, "星河铁路")]


def test_a_railway_joined_to_the_north_is_no_project():
    assert _cut("星河城际铁路北接白鹭铁路鹿鸣站,今年开工建设。") == [(0, 6, "星河城际铁路")]


def test_an_existing_railway_after_de_stays():
    # 与既有的某高铁…共同构成: the tuning gold keeps the items after 的
    assert _cut("新线建成后与既有的青禾高铁共同构成环线。") == [(9, 13, "青禾高铁")]


def test_a_station_joined_by_an_undertaking_stays():
    # a work's wrapper after the station in the clause: the name is the work's (…站引入工程)
    got = _cut("星河高铁白鹭站引入工程开工建设。")
    assert (0, 11, "星河高铁白鹭站引入工程") in got
