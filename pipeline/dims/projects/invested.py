"""Normalizer ``invested``: a work the text introduces by its own investment.

``投资5亿元的|某某食品生产项目``: the amount and 的 say that what follows, up to its wrapper head
(项目, 工程: the rule's ``head`` group), is one work invested in (SPEC §6: invested in, even one
named after its company or by what it makes), so the words between 的 and the head are its
name even where the head rules' left walk refuses them (a numeral inside, 和 inside, an
activity word). The rule's ``name`` group is the span, less a leading place the text does not
use as the name's (address.py). Refused: a modifier shorter than ``min_chars``
(基建|项目), words that make no name (project_generic.txt: 重大|项目, 招商|项目), a clause (clause_tags,
clause_words, project_predicate_verbs.txt), a count of projects (六大|项目), the places table's
span as a whole. The guards and excludes of the table apply to it as to any candidate.
"""
from __future__ import annotations

import regex

from .mention import _mention, _no

COUNTED = regex.compile(r"[0-9一二两三四五六七八九十百]+[个大项批类座条]|等")


def norm_invested(ext, text: str, rule, m):
    start, end = m.span("name")
    hs = m.start("head")
    if hs - start < (rule.param("min_chars", 0) or 0):
        return _no(ext, "invested: too short a modifier to name a work (基建|项目, 人防|工程)", start)
    words = [w for w, _s, _e in ext.seg.cut(text[start:hs], fast=True)]
    # a leading place the text does not use as part of the name, as the head rules read it
    start, words = ext.last_level(text, start, hs, words, end)
    if not words or ext._is_generic(words) or ext._is_excluded(text[start:hs]):
        return _no(ext, "invested: only generic words or an activity before the head", start)
    tags, clause_words = rule.param("clause_tags", []) or [], rule.param("clause_words", []) or []
    if any(w in ext.predicate_verbs or w in clause_words or ext._tag(w) in tags for w in words):
        return _no(ext, "invested: a clause, no name (…基地|作为|龙头项目)", start)
    if COUNTED.search(text, start, hs):
        return _no(ext, "invested: a count of projects, not a name (六大|项目)", start)
    return _mention(ext, text, rule, start, end, m.group("head"), rule.label, 0)
