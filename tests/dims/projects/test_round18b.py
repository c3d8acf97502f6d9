"""Projects, round 18b (issue 11; docs/DECISIONS.md "Round 18b: projects"): a span of the
model with no head and no rule mention under it (rule project.crf, params headless_*)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.dims.projects.crf import NO_CATEGORY
from pipeline.extract import Pipeline

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def model():
    ex = next(e for e in Pipeline.load(ROOT / "rules").extractors if e.table == "projects")
    return ex.model


def test_headless_params(model):
    assert model.headless_min == 0.8
    assert model.headless_reach == 16
    assert model.headless_category == "program"
    assert model.headless_seps == "、"


def test_a_short_name_takes_the_category_of_the_head_its_list_shares(model):
    text = "推动玉门昌马、张掖盘道山等多座抽水蓄能电站开工建设。"
    m, why = model._headless(text, 2, 6, len(text), 0.9)
    assert why == ""
    assert (m.start, m.end, m.text, m.rule_id) == (2, 6, "玉门昌马", "project.crf")
    assert m.fields == {"name": "玉门昌马", "category": "infrastructure"}


def test_no_head_in_reach_gives_the_default_category(model):
    text = "包括海花岛、博鳌,各类文体设施陆续落地。"
    m, _why = model._headless(text, 2, 5, len(text), 0.85)
    assert (m.start, m.end) == (2, 5)
    assert m.fields == {"name": "海花岛", "category": "program"}


def test_a_head_past_a_clause_mark_is_not_read(model):
    text = "天荒坪、桐柏,在建仙居抽水蓄能电站"
    m, _why = model._headless(text, 0, 3, len(text), 0.84)
    assert m.fields == {"name": "天荒坪", "category": "program"}


def test_below_the_score_no_mention(model):
    m, why = model._headless("海花岛、华夏影视基地", 0, 3, 10, 0.79)
    assert m is None and why.startswith(NO_CATEGORY)


def test_no_list_separator_beside_it_no_mention(model):
    m, why = model._headless("看延安苹果如何香飘世界", 1, 5, 11, 0.95)
    assert m is None and "headless_seps" in why
