"""The project-span model's own edge errors, round 24 (issue 11; docs/DECISIONS.md "Round 24:
the project-span model's own edge errors", branch crfedge24): a span of the model running past
the end of a rule's mention under it is a name only where it ends in a head or in one of
params.past_rule_ends (rule project.crf: past_rule_head); elsewhere it is no name and the rules'
mentions under it stay. All text invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.dims.projects.crf import SpanModel
from pipeline.extract import Pipeline
from pipeline.model import Mention

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def model() -> SpanModel:
    return next(e for e in Pipeline.load(ROOT / "rules").extractors if e.table == "projects").model


def rule(text: str, name: str, category: str = "infrastructure") -> Mention:
    s = text.index(name)
    return Mention("projects", s, s + len(name), name, "head.infrastructure", {"name": name, "category": category})


def test_the_params_are_on(model):
    assert model.past_rule_head is True
    assert {"段", "期", "延伸", "泊位", "改造"} <= set(model.past_rule_ends)


def test_a_span_running_past_the_rule_into_the_next_verb_is_no_name(model):
    text = "青禾湖大堤种树活动今天举行。"
    m, why = model._mention(text, 0, 6, [rule(text, "青禾湖大堤")])  # 青禾湖大堤种
    assert m is None and "past_rule_head" in why


def test_a_span_running_past_the_rule_into_a_bracketed_route_is_no_name(model):
    text = "地铁21号线南段(星河站至青禾站)年内开工。"
    m, why = model._mention(text, 0, 18, [rule(text, "地铁21号线南段")])
    assert m is None and "past_rule_head" in why


def test_a_span_running_past_the_rule_into_a_section_or_a_head_is_kept(model):
    text = "星河高速青禾至白石段及星河港二号泊位工程年内开工。"
    m, _ = model._mention(text, 0, 10, [rule(text, "星河高速")])  # ends in 段
    assert (m.start, m.end, m.text) == (0, 10, "星河高速青禾至白石段")
    m, _ = model._mention(text, 11, 20, [rule(text, "星河港")])  # ends in 工程, a head
    assert (m.start, m.end, m.fields["name"]) == (11, 20, "星河港二号泊位工程")


def test_a_span_starting_before_the_rule_and_ending_with_it_is_unchanged(model):
    # only a span running on past the rule's end is judged: one adding words in front is not
    text = "今年青禾县星河水库开工。"
    m, _ = model._mention(text, 2, 9, [rule(text, "星河水库")])
    assert (m.start, m.end) == (2, 9)


def test_without_the_param_the_span_past_the_rule_is_a_mention(model, monkeypatch):
    monkeypatch.setattr(model, "past_rule_head", False)
    text = "青禾湖大堤种树活动今天举行。"
    m, _ = model._mention(text, 0, 6, [rule(text, "青禾湖大堤")])
    assert (m.start, m.end, m.fields["category"]) == (0, 6, "infrastructure")


def test_a_span_the_model_is_sure_of_stands(model):
    # past_rule_score: only a span scored below it is judged (the model's score, asked lazily)
    assert 0 < model.past_rule_score <= 1
    text = "青禾湖大堤种树活动今天举行。"
    inside = [rule(text, "青禾湖大堤")]
    m, _ = model._mention(text, 0, 6, inside, lambda: model.past_rule_score)
    assert (m.start, m.end) == (0, 6)
    m, why = model._mention(text, 0, 6, inside, lambda: model.past_rule_score - 0.01)
    assert m is None and "past_rule_head" in why
