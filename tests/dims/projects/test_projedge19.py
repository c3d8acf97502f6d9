"""Projects, round 19 (issue 11; docs/DECISIONS.md "Round 19: project edges and list items"):
a verb or its complement before a name is no part of it, and a headless list of named spots
before 等…景点 (the rules alone: tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


def test_you_of_zhuyaoyou_ends_the_company_the_work_carries():
    # params.owner_stop_chars: 有 (the owner's walk stopped at no lone character before)
    text = "码头项目3个，主要有星河港务有限公司3号泊位码头改造工程。"
    assert spans(text) == [(10, 28, "星河港务有限公司3号泊位码头改造工程", "星河港务有限公司3号泊位码头改造工程",
                            "infrastructure")]


def test_tongbu_jinxing_governs_the_name():
    # project_left_stops.txt: 进行 (jieba's 同步进行 is one word, tagged j)
    text = "用视频连线方式，同步进行禾岭产业园建设项目集中开工。"
    assert spans(text) == [(12, 21, "禾岭产业园建设项目", "禾岭产业园建设项目", "park")]


def test_dalao_governs_the_name():
    # project_left_stops.txt: 打牢 (jieba guesses it, nz)
    assert spans("打牢星河水网重要结点，推进禾岭水库建设。") == [
        (2, 6, "星河水网", "星河水网", "infrastructure"), (13, 17, "禾岭水库", "禾岭水库", "infrastructure")]


@pytest.mark.parametrize("text, start, name", [
    ("要发挥好黄河工程的效益。", 4, "黄河工程"),  # 发挥|好: the lone complement goes with the verb
    ("随后组建成湖北星河湾港，吞吐量增长。", 5, "湖北星河湾港"),  # 随后|组建|成: the predicate, past 成
])
def test_a_verbs_result_complement_is_no_part_of_the_name(text, start, name):
    # params.verb_complements (好成)
    found = spans(text)
    assert [(s, n) for s, _e, _t, n, _c in found] == [(start, name)]


def test_a_name_opening_with_cheng_stays_whole():
    # 成 opens a name where jieba keeps it in a word (成渝…): no lone complement
    text = "加快建设成渝中线高铁。"
    assert names(text) == ["成渝中线高铁"]


def test_named_spots_listed_before_jingdian():
    # project.list_class: 景点 a class of named works; the governing 建成了 is the list's cue
    # (no part of its first item); the last item joined by 和 is two (last_and)
    text = "筹资2亿元建成了游客中心、鹿鸣街、禾岭楼和星巴田园等众多景点。"
    assert [(s, e, n) for s, e, _t, n, _c in spans(text)] == [
        (13, 16, "鹿鸣街"), (17, 20, "禾岭楼"), (21, 25, "星巴田园")]


def test_jingdian_without_an_undertaking_is_no_list_of_projects():
    assert names("游客可游览鹿鸣街、禾岭楼等众多景点。") == []


def test_parts_joined_by_he_stay_one_item():
    # last_and splits only where both halves hold a proper name (观光栈道和观景平台: parts)
    text = "今年建成了星河古镇、观光栈道和观景平台等景点。"
    assert spans(text) == [(5, 9, "星河古镇", "星河古镇", "facility")]


def test_a_verb_closed_into_a_toponym_is_no_activity():
    # names_only: 飞来|山 (jieba: v + 山) is a toponym, not an activity
    text = "推动酒泉瓜州、陇南飞来山等多座抽水蓄能电站开工建设。"
    assert (7, 12, "陇南飞来山", "陇南飞来山", "infrastructure") in spans(text)


def test_a_count_after_a_half_width_semicolon_counts_no_earlier_list():
    # project.list_counted: the gap between count and class holds no clause punctuation, ; too
    # (before: 3项;计划新开工重点项目 read as one count, its last item ran on over 等重点项目)
    text = "在星河续建禾岭港区矿石码头工程、星河港口金融中心项目等重点项目3项;计划新开工重点项目15项。"
    assert spans(text) == [
        (5, 15, "禾岭港区矿石码头工程", "禾岭港区矿石码头工程", "infrastructure"),
        (16, 26, "星河港口金融中心项目", "星河港口金融中心项目", "park")]


def test_strategic_cooperation_is_no_strategy():
    # project.strategy_quoted: 战略合作 (and 协议, 伙伴 …) after the marks is cooperation
    assert spans("双方签订“星河湾”战略合作框架协议。") == []
    # round 24 (projseed24): a quoted label before 战略 is no project, as the seed gold reads it
    assert spans("深入实施“强省会”战略,") == []
