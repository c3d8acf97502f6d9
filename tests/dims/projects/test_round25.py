"""Projects, round 23 (issue 11; docs/DECISIONS.md "Round 23: projects, precision", branch
projprec23): a speed or lane count before a road's kind, a grade a work is built to (…标准) and
verbs of the clause glued onto a name's left edge (提高, 充分认识, 始终保持, 按下, 作出) give no
project name. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_speed_before_a_road_kind_is_a_measure():
    text = "全线按设计速度80公里/小时高速公路建设,桥隧比约四成。"
    assert spans(text) == []


def test_a_lane_count_before_a_road_kind_is_a_measure():
    text = "新路采用双向六车道高速公路技术指标。"
    assert spans(text) == []


def test_a_grade_built_to_is_no_work():
    text = "老街片区将按4A景区标准改造升级。"
    assert spans(text) == []


def test_a_raised_supply_names_the_airport_without_the_verb():
    text = "新通道将提高星河机场供水能力。"
    assert [s[:3] for s in spans(text)] == [(6, 10, "星河机场")]


def test_adverbial_verbs_before_a_bare_wrapper_leave_no_name():
    assert spans("全市始终保持项目建设热度不减。") == []
    assert spans("要充分认识机场建设的重要性。") == []
    assert spans("全力按下项目建设快进键。") == []


def test_a_decision_made_leaves_the_zone_without_the_verb():
    text = "去年青禾市作出星河经济技术产业集聚区重大部署。"
    assert [s[:3] for s in spans(text)] == [(7, 18, "星河经济技术产业集聚区")]
