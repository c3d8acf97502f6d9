"""Where a name opens after a zone named by its kind alone (SPEC §6: the span leaves out a
leading place that is not part of the name): 高新区|某某国际产业园, 开发区|机器人产业港 name the
writer's own zone first, as 我区 or 本市 would (params.bare_zone_opening); the name starts after
it when the words that follow are not all generic."""
from __future__ import annotations

from .vocab import HAN


def after_bare_zone(ext, text: str, start: int, hs: int, words: list[str]):
    """(start, words) of the name text[start:hs] moved past a bare zone word opening it."""
    if ext.bare_zone_opening is None or start >= hs:
        return start, words
    m = ext.bare_zone_opening.match(text, start, hs)
    if m is None or m.end() >= hs or not HAN.match(text, m.end()):
        return start, words
    rest = [w for w, _s, _e in ext.seg.cut(text[m.end():hs], fast=True)]
    if not rest or ext._is_generic(rest):
        return start, words
    return m.end(), rest
