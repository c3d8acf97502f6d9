"""Projects, round 26 wave 2 (docs/DECISIONS.md "Round 26 (projmiss26)"): the model's recurrence of a
rule's name stops where the name's last character and the next make one word of the segmenter's cut
(青禾港|口: the ports of the place, no recurrence of the port), params.recur_word_edge of project.crf.
Marked ``model`` (the span model's post-processing, with a stub tagger as in test_crf.py); the text is
invented. The first assertion fails on main at 86edabf, the second holds on both."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_crf import mention, model, revise  # noqa: F401 (the same fixture and helpers)

pytestmark = pytest.mark.model


def test_no_recurrence_ending_inside_a_word(model):
    text = "青禾港计划投资50亿元。当地港口运营良好，青禾港口货物增长。"
    found = [mention(text, 0, 3, "project.head.infrastructure", "infrastructure")]
    tags = [list("BIIOOOOOOOOO")]
    out = revise(model, text, found, tags)
    assert out == [(0, 3, "project.head.infrastructure", "infrastructure")]  # not 青禾港|口 at 21


def test_a_recurrence_at_a_word_edge_still_counts(model):
    text = "青禾港计划投资50亿元。青禾港今年扩建。"
    found = [mention(text, 0, 3, "project.head.infrastructure", "infrastructure")]
    out = revise(model, text, found, [list("BIIOOOOOOOOO")])
    assert out[1] == (12, 15, "project.crf", "infrastructure")
    assert model.recur_word_edge  # params.recur_word_edge of project.crf
