"""Where a name opens before its quoted part (SPEC §6: the span leaves out a leading place or
network that is not part of the name): a name whose words before its quoted part are all words of
params.generic_before_quote (国家|“八纵八横”高铁网, 中国|“四纵四横”高速铁路网: the nation whose work
it is) starts at the quote."""
from __future__ import annotations

from .vocab import QUOTES


def after_generic_opening(ext, text: str, start: int, hs: int, words: list[str]):
    """(start, words) of the name text[start:hs] moved to its first quotation mark when every
    word before that mark is one of params.generic_before_quote."""
    if not ext.generic_before_quote:
        return start, words
    q = next((i for i in range(start, hs) if text[i] in QUOTES), None)
    if q is None or q == start:
        return start, words
    pre = [w for w, _s, _e in ext.seg.cut(text[start:q], fast=True)]
    if not pre or not all(w in ext.generic_before_quote for w in pre):
        return start, words
    return q, [w for w, _s, _e in ext.seg.cut(text[q:hs], fast=True)]
