"""Names broken by a layout space (污染防治攻 坚战, 恒利集团等企 业).

Text copied from a printed page or a PDF carries single spaces inside words where a line
was wrapped. The project steps read words, so such a space cuts a name or its head in two.
Where a space stands between two Han characters and jieba, reading the text without it,
makes one word across it (攻坚战, 企业), the steps run on a compact view of the text without
that space; the mentions they find are mapped back to the original offsets (their ``text``
keeps the space, their ``name`` drops it as SPEC §6 says). A space between two words
(记者 张三, 标题 副题) stays: no word runs across it.

A view is its text and the sorted original offsets of the spaces it drops (pipeline/textview.py).
"""
from __future__ import annotations

import re

from ...textview import drop

_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def compact_view(text: str, seg, reach: int) -> tuple[str, list[int]] | None:
    """(text without the in-word spaces, the original offsets of the spaces dropped), or
    None where no space stands inside a word."""
    if " " not in text:
        return None
    gaps = []
    for m in _GAP.finditer(text):
        i = m.start()
        lo, hi = max(0, i - reach), min(len(text), i + 1 + reach)
        k = i - lo
        if any(s < k < e for _w, s, e in seg.cut(text[lo:i] + text[i + 1:hi], fast=True)):
            gaps.append(i)
    if not gaps:
        return None
    return drop(text, gaps), gaps
