"""Projects, round 34 wave 1 (issue 11; docs/DECISIONS.md "Round 34 (proj39)"): the items of a list the text
counts as works of a kind (SPEC §6: counted among projects) where the kind is a power plant, a railway or a
theme park (rules/lexicons/project_list_classes.txt), a total (共) or 已有/现有 between the list and its
neighbours, and a tally of kinds (四条省道、两条铁路) that names nothing. All text invented. The rules alone:
tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_wind_farms_counted_after_their_list_are_projects():
    assert _cut("项目包括青禾岭、白鹭山和星河湾三个风电场。") == [
        (4, 7, "青禾岭"), (8, 11, "白鹭山"), (12, 15, "星河湾")]


def test_wind_farms_closed_by_etc_and_a_count_are_projects():
    assert _cut("全省现已建成鹿鸣北风、青禾东岭等2座风电场。") == [(6, 10, "鹿鸣北风"), (11, 15, "青禾东岭")]


def test_metro_lines_counted_after_a_total_are_projects():
    # 共 before the count is no part of the last item (params.totals)
    assert _cut("新区将建设K7、M3、M5共3条地铁线路。") == [(5, 7, "K7"), (8, 10, "M3"), (11, 13, "M5")]


def test_railways_by_route_counted_after_their_list_are_projects():
    assert _cut("规划建设星河至青禾、白鹭至鹿鸣2条城际铁路。") == [(4, 9, "星河至青禾"), (10, 15, "白鹭至鹿鸣")]


def test_theme_parks_counted_after_their_list_are_projects():
    assert _cut("度假区规划建设星空水乐园、恐龙谷、海底王国三大主题公园。") == [
        (7, 12, "星空水乐园"), (13, 16, "恐龙谷"), (17, 21, "海底王国")]


def test_already_having_is_no_part_of_the_first_item():
    # 已有 governs the list like 已 and 有 (project_left_stops.txt)
    assert _cut("目前已有鹿鸣北风、青禾东岭等2座风电场并网。") == [(4, 8, "鹿鸣北风"), (9, 13, "青禾东岭")]


def test_a_tally_of_kinds_is_no_list_of_names():
    # every item opens with a count of its own (params.count_items)
    assert _cut("县境内有四条省道、三座港口、两条铁路。") == []


def test_a_count_of_railways_not_equal_to_the_items_names_none():
    assert _cut("星河至青禾、白鹭至鹿鸣3条城际铁路开工。") == []
