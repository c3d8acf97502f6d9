"""Projects, round 25 (issue 11; docs/DECISIONS.md "Round 25 (projspan25)"): span edges.
Numbered items sharing a head, written as a list or a range (1、2号机组, 2至4号泊位, 7-8#泊位),
are one unit of the left walk (PROJ_NUMBERED_SET), as SPEC §6's 轨道五期22、25、27号线 is one
name; digits before 弄 (a lane) are an address's identifier (params.identifier_finals). All
text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_numbered_items_listed_before_a_head_are_one_name():
    got = spans("星河核电3、4号机组工程项目已获核准。")
    assert (0, 14, "星河核电3、4号机组工程项目", "星河核电3、4号机组工程项目", "program") in got


def test_a_range_of_berths_is_one_name():
    got = spans("经省厅批复,5至7号泊位工程将于年内开工。")
    assert (6, 14, "5至7号泊位工程", "5至7号泊位工程", "program") in got


def test_a_dashed_range_with_hash_marks_keeps_the_port_area():
    got = spans("青湾港区南二突堤3-4#泊位工程已完工。")
    assert (0, 16, "青湾港区南二突堤3-4#泊位工程", "青湾港区南二突堤3-4#泊位工程", "infrastructure") in got


def test_a_lane_number_stays_in_a_housing_renewal_name():
    got = spans("启动长乐路215弄3—5号旧住房改造项目。")
    assert [(s, e, t) for s, e, t, _n, _c in got] == [(2, 20, "长乐路215弄3—5号旧住房改造项目")]


def test_a_day_range_is_no_numbered_item():
    # 8月3至5号 is a date: the name after it does not take it
    got = spans("8月3至5号,星河湾大桥工程举行开工仪式。")
    assert all(not t.startswith(("3", "至", "5")) for _s, _e, t, _n, _c in got)


def test_a_section_in_brackets_after_a_line_section_is_part_of_the_name():
    got = spans("星藏铁路青芝至雅河段(西藏段)正式开工。")
    assert [(s, e, t) for s, e, t, _n, _c in got] == [(0, 15, "星藏铁路青芝至雅河段(西藏段)")]


def test_a_bracketed_rebuild_of_a_road_section_is_part_of_the_name():
    got = spans("星县新生疏港大道(G348果梁村至黄岭段新改建工程)完工。")
    assert [(s, e, t) for s, e, t, _n, _c in got] == [(0, 26, "星县新生疏港大道(G348果梁村至黄岭段新改建工程)")]


def test_a_bracket_spelling_out_the_ends_or_listing_parts_is_left_out():
    assert [(s, e, t) for s, e, t, _n, _c in spans("星锡铁路(河北星子城至内蒙古锡林)开通。")] == [(0, 4, "星锡铁路")]
    got = spans("星河大桥(星河大桥主体工程、星河大桥至云岭大道连接线)开工。")
    assert (0, 4, "星河大桥") in [(s, e, t) for s, e, t, _n, _c in got]
    assert all(e <= 26 for _s, e, *_ in got)
