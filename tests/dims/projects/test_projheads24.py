"""Projects, round 24 (issue 11; docs/DECISIONS.md "Round 24: project head words the rules do not
know"): heads added to the lexicons -- parks named by their trade (制造园, 商品园), themed tourism
parks (风情园), branch lines of a water or rail network (支线) -- each a named work only where a
name stands before it and the text presents it as an undertaking (flags n, u). Invented text.
The rules alone: tests/conftest.py switches the span model off here."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text, expected", [
    ("湖北省星河农机制造园开工建设。",
     [(0, 10, "湖北省星河农机制造园", "湖北省星河农机制造园", "park")]),
    ("投资2亿元建设鹿鸣旅游商品园。",
     [(7, 14, "鹿鸣旅游商品园", "鹿鸣旅游商品园", "park")]),
    ("投资3000万元建设禾山民俗风情园。",
     [(10, 17, "禾山民俗风情园", "禾山民俗风情园", "facility")]),
    ("南干渠鹿鸣支线开工建设。",
     [(0, 7, "南干渠鹿鸣支线", "南干渠鹿鸣支线", "infrastructure")]),
])
def test_a_named_work_with_a_new_head_is_a_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "机场新开通三条支线航线。",
    "周末一家人去禾山民俗风情园游玩。",
    "新建农机制造园、旅游商品园等园区。",
])
def test_a_bare_head_or_a_visit_is_no_name(text):
    assert names(text) == []
