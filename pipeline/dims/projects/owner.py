"""The owner before a name: a company's full name standing before a project it names
(山东齐都药业有限公司|年产100亿片粒口服制剂…技术改造项目, 交城义望铁合金有限责任公司|热态渣
再利用年产10万吨…项目). SPEC §6 counts such an item as a project "even one named after its
company", and the annotated names carry the company whole. The left walk stops inside the
description (a numeral, an adverb, 含 …); this step looks just before where it stopped for a
company suffix (params.owner_suffixes) at most params.owner_gap characters away, with no
clause punctuation and nothing of params.owner_gap_veto between (签约, 投资, 与 … mean the
company acts on the project, it does not name it), and opens the name where the company's
own name opens (the left walk run with the suffix as its head)."""
from __future__ import annotations

import regex

from .vocab import CLAUSE_PUNCT


class OwnerMixin:
    def _setup_owner(self, rules, table: str) -> None:
        suffixes = rules.param(table, "owner_suffixes", []) or []
        self._owner_suffix = regex.compile(
            "(?:" + "|".join(map(regex.escape, sorted(suffixes, key=len, reverse=True))) + ")") if suffixes else None
        self._owner_gap = int(rules.param(table, "owner_gap", 0) or 0)
        veto = rules.param(table, "owner_gap_veto", "")
        self._owner_veto = regex.compile(veto) if veto else None
        self._owner_stop_chars = set(rules.param(table, "owner_stop_chars", ""))

    def owner_company(self, text: str, start: int, hs: int, words: list[str]) -> tuple[int, list[str]]:
        if self._owner_suffix is None or start == 0:
            return start, words
        lo = max(0, start - self._owner_gap - 8)
        best = None
        for m in self._owner_suffix.finditer(text, lo, start):
            if start - m.end() <= self._owner_gap:
                best = m  # the last company suffix before the name
        if best is None:
            return start, words
        gap = text[best.end():start]
        if any(c in CLAUSE_PUNCT for c in gap) or (self._owner_veto is not None and self._owner_veto.search(gap)):
            return start, words
        cs = self._company_start(text, best.start())
        if cs >= best.start():
            return start, words  # no company name before the suffix (该公司, 有限公司 alone)
        return cs, [w for w, _s, _e in self.seg.cut(text[cs:start], fast=True)] + words

    def _company_start(self, text: str, end: int) -> int:
        """Where the company name ending at ``end`` (its suffix's start) opens: back over its
        words to clause punctuation, a character of params.owner_stop_chars or a word of two or
        more characters the left walk stops at (据悉, 签约) -- not at a lone character, as
        jieba splits unknown names into them (山东|齐|都|药业)."""
        lo = max(0, end - self.max_reach)
        cs = end
        for w, s, _e in reversed(self.seg.cut(text[lo:end], lo, fast=True)):
            if not all(c.isalnum() for c in w) or any(c in CLAUSE_PUNCT for c in w):
                break
            if (len(w) == 1 and w in self._owner_stop_chars) or (len(w) >= 2 and self._is_stop(w)):
                break
            cs = s
        return cs
