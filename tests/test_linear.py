"""Extraction time grows linearly with the document (issue 14).

Ratios, not wall times: each shape is run at two sizes ten times apart and the CPU time
of the larger must stay under LIMIT times that of the smaller. Linear code gives about
10; the quadratic spots this guards (amount matches reaching to the end of the text,
list items scanning every mention, projects scanning every place) gave 23-38 at these
sizes. A ratio over the limit is measured once more before it counts (noise).
"""
import time
from pathlib import Path

import pytest

from pipeline.ingest import _document

LIMIT = 18.0
FLOOR = 0.05  # seconds: below this the small run is noise

PATHOLOGICAL = ["1-", "1 ", "1%-", "-1", "1至", "12-34-", "1、2万元，", "一二三四五六七八九十百千万亿", "1万元",
                "省市县区镇乡村", "，。！？、", "项目", "“A”项目", "2024年", "星岳小区、",
                "总投资1亿元的星河水库、"]


def _cpu(pipeline, text: str) -> float:
    doc = _document("t", "<test>", text)
    t0 = time.process_time()
    pipeline.process(doc)
    spent = time.process_time() - t0
    assert doc.status == "ok", doc.error
    return spent


def _ratio(pipeline, unit: str, small: int, large: int) -> tuple[float, float, float]:
    def text(n):
        return (unit * (n // len(unit) + 1))[:n]

    _cpu(pipeline, text(1000))  # warm per-process caches
    a, b = _cpu(pipeline, text(small)), _cpu(pipeline, text(large))
    return a, b, b / max(a, FLOOR)


def _assert_linear(pipeline, unit, small, large):
    a, b, r = _ratio(pipeline, unit, small, large)
    if r > LIMIT:
        a, b, r = _ratio(pipeline, unit, small, large)
    assert r <= LIMIT, f"{unit[:10]!r}: {small} chars {a:.2f}s, {large} chars {b:.2f}s, ratio {r:.1f}"


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_pathological_runs_take_linear_time(pipeline, unit):
    _assert_linear(pipeline, unit, 10_000, 100_000)


def test_an_ordinary_article_repeated_takes_linear_time(pipeline, root):
    article = sorted((Path(root) / "corpus").glob("*.txt"))[0].read_text(encoding="utf-8")
    _assert_linear(pipeline, article, 30_000, 300_000)
