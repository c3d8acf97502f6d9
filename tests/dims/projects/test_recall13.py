"""Projects: recall, round 13 (issue 11; docs/DECISIONS.md "Projects: recall, round 13"):
each test is one class of gold name no rule proposed before, on invented sentences, with the
rules alone (tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.fields.get("category")) for m in Pipeline.load().extract_text(text)["projects"]]


def names(text: str) -> list[str]:
    return [t for t, _c in found(text)]


@pytest.mark.parametrize("text, expected", [
    # a named plan is a program (规划: a name before it, no verb after it)
    ("星河铁路是湖南省中长期铁路网规划的重要组成部分。",
     [("星河铁路", "infrastructure"), ("湖南省中长期铁路网规划", "program")]),
    ("该工程是“十四五”星河水安全保障规划中的新建灌区项目。", [("“十四五”星河水安全保障规划", "program")]),
])
def test_named_plans(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 规划 as a verb (规划建设) heads nothing
    ("星河市规划建设一批公园。", []),
    # a place alone before 规划 names the place's plan, no plan of its own (like 文昌|项目)
    ("按照星河市规划的要求推进。", []),
    # the plan of a named work is that work (g: the inner name)
    ("青禾湿地公园规划已经完成。", ["青禾湿地公园"]),
    # being in a plan's period opens no name (处于 a left stop), and the period's label alone
    # names no plan (round 22: project.head.program params.period_alone)
    ("全市正处于“十四五”规划的关键时期。", []),
])
def test_plan_heads_refused_or_cut(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("标志着烟台市现代水网建设全面启动。", ["烟台市现代水网"]),
    ("考察了星河区滨江商务区规划建设。", ["星河区滨江商务区"]),
    ("主要规划建设青禾历史文化体验区。", ["青禾历史文化体验区"]),
])
def test_water_networks_and_districts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("为加速星河山生态旅游综合功能区建设,推出24个项目。", ["星河山生态旅游综合功能区"]),
    ("青禾(杜儿坪)生态修复样板区与某集团签约。", ["青禾(杜儿坪)生态修复样板区"]),
    ("加快打造星河风景线。", ["星河风景线"]),
    # a generic modifier alone is no name (flag n)
    ("沿河建设生态景观带。", []),
])
def test_belts_lines_and_zones(text, expected):
    assert names(text) == expected


def test_undertaking_cues_da_zao_and_chuang_jian():
    """打造 and 创建 present a resort or scenic area as an undertaking (flag u); without a cue
    the same name is a landmark."""
    assert names("星河集团投资打造青禾山度假区。") == ["青禾山度假区"]
    assert names("青禾山度假区成功创建国家4A级旅游景区。") == ["青禾山度假区"]
    assert names("游客来到青禾山度假区游玩。") == []


@pytest.mark.parametrize("text, expected", [
    # an enumerator in brackets opens a heading: the name starts after it
    ("(二)通州区宋庄镇水利配套设施项目\n该项目砌护渠道48米。", ["通州区宋庄镇水利配套设施项目"]),
    ("（三）通州区宋庄镇渠道改造项目\n该项目投资30万元。", ["通州区宋庄镇渠道改造项目"]),
])
def test_enumerator_brackets_are_walls(text, expected):
    assert names(text) == expected


def test_enumerator_bracket_inside_a_word_is_not_a_heading():
    """大(2)型水库 is a class of reservoir: the bracket follows a character, no heading opens."""
    assert names("青禾水库为大(2)型水库。") == ["青禾水库"]


@pytest.mark.parametrize("text, expected", [
    ("星河市举行开发区2024年第三次“三个一批”活动。", [("三个一批", "program")]),
    ("青禾县举行第四期“三个一批”项目建设活动,集中签约。", [("三个一批", "program")]),
])
def test_campaign_label_with_a_measure_word_before_huodong(text, expected):
    assert found(text) == expected


def test_campaign_label_with_a_measure_word_alone_is_no_campaign():
    assert names("按“三个五”要求推进。") == []


@pytest.mark.parametrize("text, expected", [
    # a road named by its route with 至 needs no undertaking cue (flag u)
    ("星河至青禾高速公路:经星河市、青禾县,全长149公里。", ["星河至青禾高速公路"]),
])
def test_route_named_roads_need_no_cue(text, expected):
    assert names(text) == expected


def test_road_without_a_route_still_needs_a_cue():
    assert names("沿星河高速公路行驶两小时。") == []
