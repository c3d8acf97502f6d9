"""Projects, round 19 (issue 11; docs/DECISIONS.md "Round 19: projects"): budget and annual
plans are no projects, a strategy word inside the quotation marks, 推进 before a strategy, a
headquarters building built as a work (the rules alone: tests/conftest.py switches the span
model off for tests/dims)."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text", [
    "已下达星河县2024年中央预算内投资计划,安排资金3亿元。",
    "会同水利厅转发下达投资计划,下一步将加强项目管理。",
    "本次集中开工重点项目年度计划投资额大。",
])
def test_a_budget_plan_is_no_project(text):
    # project.exclude.budget_plan
    assert names(text) == []


def test_a_work_before_its_budget_plan_stands():
    text = "星河水库除险加固工程投资计划已下达。"
    assert spans(text) == [(0, 10, "星河水库除险加固工程", "星河水库除险加固工程", "infrastructure")]


def test_a_strategy_word_inside_the_quotes():
    # project.strategy_quoted, group inner: the marks are left out of the span
    text = "锚定目标,深入实施“八项战略”,全力以赴拼经济。"
    assert spans(text) == [(10, 14, "八项战略", "八项战略", "program")]


def test_a_slogan_inside_the_quotes_stays_out():
    assert names("实施“一县一战略”。") == []


def test_a_strategy_after_tuijin():
    # project.strategy_governed: 推进 carries a strategy out as 实施 does
    text = "今年全区继续推进工业强区战略,共有30个项目开工。"
    assert spans(text) == [(8, 14, "工业强区战略", "工业强区战略", "program")]


def test_a_headquarters_building_under_construction():
    # 总部 (project_heads_facility.txt, nu): a named group's building where works are in reach
    text = "目前,长江能源集团总部正开展装饰装修,青禾科技大厦已竣工交付。"
    assert (3, 11, "长江能源集团总部", "长江能源集团总部", "facility") in spans(text)


@pytest.mark.parametrize("text", ["长江能源集团总部位于青禾市。", "吸引了30家企业总部入驻园区。"])
def test_a_headquarters_as_a_seat_is_no_project(text):
    assert names(text) == []
