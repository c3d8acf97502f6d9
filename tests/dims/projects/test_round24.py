"""Projects, round 22 wave 2 (issue 11; docs/DECISIONS.md "Round 22: projects, span edges",
branch projspan24): verbs and adverbs of the clause glued onto a name's left edge are left
out (SPEC §6: the span leaves out a leading verb) -- project_left_stops.txt now holds 助力,
突破, 宣布, 最终 and the one-character verb of motion 接 that jieba cuts alone. The rules
alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_verb_of_support_before_a_campaign_is_left_out():
    text = "沿线各地全力助力青溪大保护。"
    assert spans(text) == [(8, 13, "青溪大保护", "青溪大保护", "program")]


def test_a_verb_of_breakthrough_before_a_port_is_left_out():
    text = "今年将攻坚突破青禾综合门户港、星河快速通道等项目。"
    assert spans(text)[0] == (7, 14, "青禾综合门户港", "青禾综合门户港", "infrastructure")


def test_announcing_a_listed_project_is_no_part_of_its_name():
    text = "会上宣布星河智能装备生产项目等5个项目集中开工。"
    assert spans(text) == [(4, 14, "星河智能装备生产项目", "星河智能装备生产项目", "program")]


def test_a_listed_strategy_before_a_wrapper_is_the_strategy():
    # params.strategy_wrapped_heads: the wrapper speaks of the strategy's projects
    text = "沿江各市县全力推进长江大保护项目落地。"
    assert spans(text) == [(9, 14, "长江大保护", "长江大保护", "program")]


def test_a_listed_strategy_before_an_activity_and_a_wrapper_is_the_strategy():
    text = "海南自由贸易港建设项目第三批集中签约。"
    assert [(s, e, t) for s, e, t, _n, _c in spans(text)] == [(0, 7, "海南自由贸易港")]


def test_a_strategy_needing_its_own_word_and_a_works_head_keep_their_names():
    # 南水北调…工程 ends in a works head, not in a wrapper of the list: the work's own name
    text = "南水北调中线工程今年调水量创新高。"
    assert spans(text)[0][:3] == (0, 8, "南水北调中线工程")
