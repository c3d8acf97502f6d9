"""Projects, round 34 (proj38; docs/DECISIONS.md "Round 34 (proj38)"): span edges on mirror pages
whose characters carry a pinyin annotation in brackets. Invented sentences, rules alone."""
from __future__ import annotations

from pipeline.extract import Pipeline


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in Pipeline.load().extract_text(text)["projects"]]


def test_an_annotation_after_the_last_character_stays_in_the_name():
    assert spans("星河市建設的綠谷綜合保稅區(qū),已完成驗收。") == [(6, 17, "綠谷綜合保稅區(qū)")]


def test_a_wind_farm_keeps_the_annotation_of_its_last_character():
    text = "白沙灣20萬(wàn)千瓦風(fēng)電場(chǎng)全面建成投產。"
    assert spans(text) == [(0, 29, "白沙灣20萬(wàn)千瓦風(fēng)電場(chǎng)")]


def test_a_name_without_an_annotation_reads_as_before():
    text = "白沙灣20萬千瓦風電場全面建成投產。"
    assert spans(text) == [(0, 11, "白沙灣20萬千瓦風電場")]
