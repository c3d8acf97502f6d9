"""A text read without some of its characters, with offsets mapped back.

Two kinds of characters get in the way of reading words and are dropped from a *view*:
a mirror site's pinyin annotations after a character (灌區(qū)工程, 發(fā)揮: rules/metadata.yaml
``reading_skip``), which every extractor reads through (pipeline/extract.py), and layout
spaces inside words (攻 坚战), which the project steps read through (dims/projects/spaced.py).

A view is its text and the sorted original offsets of the characters it drops; offsets
map between the two by bisection (no per-character table). Mentions found on a view are
mapped back to the original offsets; their ``text`` is the original span (the dropped
characters included), their other fields are what the view gave.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace


def drop(text: str, gaps: list[int]) -> str:
    """``text`` without the characters at the sorted offsets ``gaps``."""
    pieces, pos = [], 0
    for g in gaps:
        pieces.append(text[pos:g])
        pos = g + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def skipped(text: str, pattern) -> list[int]:
    """The offsets of the characters of every match of ``pattern`` (a compiled regex)."""
    gaps: list[int] = []
    for m in pattern.finditer(text):
        gaps.extend(range(m.start(), m.end()))
    return gaps


def view_of(gaps: list[int], i: int) -> int:
    """The view offset of original offset ``i`` (of the next kept character where ``i`` is dropped)."""
    return i - bisect_left(gaps, i)


def orig_of(gaps: list[int]):
    """A function from a view offset to the original offset (each gap j sits at g_j - j in
    the view, before the character after it)."""
    shifted = [g - j for j, g in enumerate(gaps)]
    return lambda v: v + bisect_right(shifted, v)


def to_view(items: list, gaps: list[int]) -> list:
    """Spans (mentions, sentences) of the original text with offsets into the view."""
    return [replace(m, start=view_of(gaps, m.start), end=view_of(gaps, m.end - 1) + 1) if m.end > m.start else m
            for m in items]


def from_view(items: list, gaps: list[int], text: str, tail: bool = False) -> list:
    """Spans found on the view, with the offsets and ``text`` of the original; with ``tail``,
    a span also takes the dropped characters right after its last one (区(qū) ending a name)."""
    orig = orig_of(gaps)
    out = []
    for m in items:
        s = orig(m.start)
        e = orig(m.end - 1) + 1 if m.end > m.start else s
        if tail and m.end > m.start:
            k = bisect_left(gaps, e)
            while k < len(gaps) and gaps[k] == e:
                e, k = e + 1, k + 1
        out.append(replace(m, start=s, end=e, text=text[s:e]))
    return out
