"""Projects, round 16 (issue 11; docs/DECISIONS.md "Projects, round 16"): a name's first
character cut off by the segmenter at the left edge, on invented sentences, rules alone
(tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def names(text: str) -> list[str]:
    return [m.text for m in Pipeline.load().extract_text(text)["projects"]]


@pytest.mark.parametrize("text, expected", [
    # jieba cuts 中|俄 and 和|龙 though 中俄 (ns) and 和龙 (nz) are names of its dictionary
    ("青禾中俄跨境物流枢纽项目开工建设。", ["青禾中俄跨境物流枢纽项目"]),
    ("星河高速、和龙卧龙湖抽水蓄能电站等项目开工。", ["星河高速", "和龙卧龙湖抽水蓄能电站"]),
    # "along" a river or mountain names the belt or road along it, and opens the name
    ("启动了规划修编和沿淮风景带建设。", ["沿淮风景带"]),
    ("东乡县沿洮河经济带项目开工建设。", ["沿洮河经济带项目"]),
])
def test_split_first_character_kept(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a conjunction that makes no name with the character after it still joins two names
    ("新建滨河路和平安大道。", ["滨河路", "平安大道"]),
    # 与 opens no name: 与|汕头市…
    ("签约与汕头市星河产业园项目。", ["汕头市星河产业园项目"]),
])
def test_function_character_still_stops(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a section from a place of four characters after the road's name is part of it
    ("青禾高速城口鸡鸣至县城段全长约30公里，建成通车。", ["青禾高速城口鸡鸣至县城段"]),
    # between two places, ending its phrase without 段, after a road's head
    ("开工建设兰海高速临洮至渭源，建设里程62公里。", ["兰海高速临洮至渭源"]),
    # a longer form of the head before the name is the class it belongs to (国家高速公路|兰海高速)
    ("国家高速公路兰海高速临洮至渭源，总投资43亿元，年内开工。", ["兰海高速临洮至渭源"]),
])
def test_road_sections(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two roads naming an interchange: the first is no class (a name stands before its head)
    ("S32星河高速公路浦星公路出入口建成通车。", ["S32星河高速公路浦星公路"]),
    # X至Y inside a list of destinations (、 follows) is no section
    ("青禾高速至南昌、长沙的通道建成通车。", ["青禾高速"]),
])
def test_road_sections_refused(text, expected):
    assert names(text) == expected
