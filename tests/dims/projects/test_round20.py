"""Projects, round 20 (issue 11; docs/DECISIONS.md "Round 20: projects"): words that say what a
work is like or which of them (现有, 普通, 国省, 干线, 线上, 土建, 主体, 厂房, 工作, 新区, 高新技术,
产业链, 类) make no name before a head (project_generic.txt; the rules alone: tests/conftest.py
switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text", [
    "集团将实施新建码头、现有码头能级提升等工程。",
    "全区将提升普通铁路通达水平,国省干线公路里程达到300公里。",
    "消费者可通过线上平台直接订购,园区将建成全产业链枢纽。",
    "预计今年9月末完成土建工程,年底完成厂房主体工程施工。",
    "这是各级政府已经落实到位的工作行动。",
    "新区规划面积500平方公里,建设高新技术产业园。",
    "村里投入200万元用于民生类基础设施项目。",
])
def test_a_description_before_a_head_is_no_name(text):
    assert names(text) == []


def test_a_named_work_with_such_a_word_stands():
    # a proper name before the generic words keeps the name (星河 is no generic word)
    text = "星河高新技术产业园今年开工建设。"
    assert spans(text) == [(0, 9, "星河高新技术产业园", "星河高新技术产业园", "park")]


@pytest.mark.parametrize("text", [
    "全县巩固拓展脱贫攻坚成果,推进乡村振兴。",
    "电力供应安全可靠、脱贫攻坚成绩喜人。",
])
def test_tuopin_gongjian_alone_is_a_policy_field(text):
    # project_strategies.txt: 脱贫攻坚 flagged s, as 乡村振兴 (bare in 13 of 14 tuning
    # occurrences no gold name)
    assert names(text) == []


def test_tuopin_gongjian_with_its_word_stands():
    text = "坚决打赢脱贫攻坚战。"
    assert spans(text) == [(4, 9, "脱贫攻坚战", "脱贫攻坚战", "program")]


@pytest.mark.parametrize("text", [
    "援建的7个项目全部是文化教育类民生项目,分布在各乡镇。",
    "今年1—7月,生态系统修复治理类项目推进顺利。",
])
def test_a_class_of_works_is_no_name(text):
    # project.exclude.class_of_works
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "全区紧紧围绕“聚力聚势大抓项目狠抓招商”,加快发展。",
    "健全机制推项目,改革赋能促项目,以大项目支撑大发展。",
])
def test_a_slogan_of_working_on_projects_is_no_name(text):
    # project.exclude.project_slogan
    assert names(text) == []


def test_a_relocation_project_stands():
    text = "星河机场迁建项目今年开工建设。"
    assert spans(text) == [(0, 8, "星河机场迁建项目", "星河机场迁建项目", "infrastructure")]


def test_the_verb_of_a_short_name_is_no_part_of_it():
    # project_left_stops.txt: 称 (以下称|…) ends the short name on its left
    text = "星河长江岸线修复工程(一期)项目(以下称星河岸线修复一期工程)8日开工。"
    assert spans(text) == [
        (0, 16, "星河长江岸线修复工程(一期)项目", "星河长江岸线修复工程(一期)项目", "infrastructure"),
        (20, 30, "星河岸线修复一期工程", "星河岸线修复一期工程", "infrastructure"),
    ]
