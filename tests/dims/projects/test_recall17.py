"""Projects: recall, round 17 (issue 11; docs/DECISIONS.md "Round 17: project recall on fresh
text"): each test is one class of gold name the rules did not propose, on invented sentences,
with the rules alone (tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text, expected", [
    # 长株|潭一体化: jieba cuts the last abbreviation off as a noun (params.region_glued_tags)
    ("推动“强省会”战略和长株潭一体化、促进运输结构调整。", (10, 16, "长株潭一体化", "长株潭一体化", "program")),
    ("推进呼包鄂一体化。", (2, 8, "呼包鄂一体化", "呼包鄂一体化", "program")),
])
def test_region_strategy_with_a_glued_abbreviation(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text", [
    "推进港产城一体化。",
    "全面推进城乡一体化。",
    "推广水肥一体化技术。",
])
def test_no_region_strategy(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a generic activity + 项目 named by a proper name that is no place (params.proper_named_heads)
    ("2023年4月21日,青禾湾城中村改造项目启动首批动迁对象签约。",
     [(11, 21, "青禾湾城中村改造项目", "青禾湾城中村改造项目", "program")]),
])
def test_activity_project_named_by_a_proper_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "开展新一轮城中村改造项目。",          # 新一轮 is no name (project_left_stops.txt)
    "这是华东地区招商引资项目。",          # a place's projects: place_named wants it in full
    "全市“百县百日”乡村振兴项目集中开工。",  # a quoted campaign's projects
    "星河县启动城中村改造项目25个。",
])
def test_activity_project_without_a_name(text):
    assert not any(n.endswith("改造项目") or n.endswith("引资项目") or n.endswith("振兴项目") for n in names(text))


def test_a_new_round_is_no_part_of_the_name():
    assert names("实施新一轮粮食产能提升行动的重要工作。") == ["粮食产能提升行动"]


def test_a_short_name_defined_in_brackets_recurs():
    # params.alias_pattern of project.repeat: the alias is the project's name, however short
    text = "星河高教科创园(以下简称星河园)正式启航。依托多所高等院校,星河园努力探索创新。"
    assert spans(text) == [(0, 7, "星河高教科创园", "星河高教科创园", "park"),
                           (12, 15, "星河园", "星河园", "park"), (30, 33, "星河园", "星河园", "park")]


def test_no_alias_after_a_firm():
    assert names("星河交通投资集团有限公司(简称星河交投)投资建设星河大道。") == ["星河大道"]
