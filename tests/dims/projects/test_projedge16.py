"""Projects, round 16: edges and vetoes (issue 11; docs/DECISIONS.md "Round 16: project
edges and vetoes"), on invented sentences, rules alone (tests/conftest.py switches the span
model off for tests/dims). Each case asserts the exact spans (text and start offset)."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def spans(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.start) for m in Pipeline.load().extract_text(text)["projects"]]


@pytest.mark.parametrize("text, expected", [
    # project.exclude.plan_verb: 计划 before an amount, a time or a verb is "plans to"
    ("据了解,星河水库除险加固工程计划总投资2亿元。", [("星河水库除险加固工程", 4)]),
    ("青禾人民医院新院区二期项目计划明年底竣工。", [("青禾人民医院新院区二期项目", 0)]),
    # the noun stays where nothing of the kind follows (乡村CEO人才培养计划已在全县铺开)
    ("经两地联手培育,乡村CEO人才培养计划已在全县铺开。", [("乡村CEO人才培养计划", 8)]),
])
def test_plan_as_a_verb_ends_the_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # PROJ_PHASE: a lettered zone of a park or a wind farm is part of the name
    ("在星河工业园智能制造产业园A区施工现场,工人正忙。", [("星河工业园智能制造产业园A区", 1)]),
    ("青禾湾海上风电场F区项目开工建设。", [("青禾湾海上风电场F区项目", 0)]),
])
def test_lettered_zone_is_part_of_the_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # project.guard.descriptive_word: a size or level adjective with no proper name after it
    ("打造以治污为主要功能的大型环保产业园。", []),
    # before a wrapper head with a long name of its own the adjective opens the name
    # (params.descriptive_wrapped_min_chars) ...
    ("计划投资5亿元的高端运动蛋白制品生产项目将落户星河县。", [("高端运动蛋白制品生产项目", 8)]),
    # ... not over works joined before the head, and not a short one
    ("同时争取引进新的大型石化项目。", []),
])
def test_descriptive_word(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # governing verbs (project_predicate_verbs.txt) and a caption label (project_left_stops.txt)
    ("建设内容:租用青禾现代材料产业园标准化厂房2万平方米。", [("青禾现代材料产业园", 7)]),
    ("图片星河机场四期扩建工程。", [("星河机场四期扩建工程", 2)]),
])
def test_leading_verb_or_label_left_out(text, expected):
    assert spans(text) == expected


def test_recurring_inner_name_keeps_its_closing_bracket():
    # repeat._inner: the inner name ends inside a bracket, which closes it (not 百花社区(试点)
    text = "青禾城发竞得星河未来社区(试点)项目。星河未来社区(试点)的建设将助力青禾。"
    got = spans(text)
    assert all(t.count("(") == t.count(")") for t, _s in got)
