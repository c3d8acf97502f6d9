"""Projects, round 16 (lead; docs/DECISIONS.md "Round 16: the lead's changes"): a caption's
label ends a name on its left; a shopping mall is a head. Invented
sentences, rules alone (tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in Pipeline.load().extract_text(text)["projects"]]


@pytest.mark.parametrize("text, expected", [
    # a photo caption's label is no part of the name
    ("图为南岭高铁北山隧道。", [(2, 10, "南岭高铁北山隧道")]),
    ("資料圖為東湖高鐵北山隧道。", [(4, 12, "東湖高鐵北山隧道")]),
])
def test_left_stops(text, expected):
    assert spans(text) == expected


def test_shopping_mall_head():
    # a mall being rebuilt is an undertaking (head flags n and u: a name and a cue)
    assert spans("市民熟悉的东门百货商场正在进行改造。") == [(5, 11, "东门百货商场")]
    # a mall as an address is no project (no undertaking cue in its sentence)
    assert spans("他在东门百货商场买了一件衣服。") == []
