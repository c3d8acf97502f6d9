"""Lookups by position into one sentence's amounts and project spans (pipeline/facts.py).

A sentence may hold hundreds of amounts and projects in one clause (a list written as
总投资1亿元的某水库、总投资1亿元的某水库、…); every question asked once per amount — the amounts
between two positions, the amount ending at a position, the project names over a stretch of
text — is answered by bisection over the sorted starts, not by a scan of the sentence, so
linking stays linear in the text. The answers are the scans' own, in the same order.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .model import Mention


class SentenceIndex:
    """Mixed into the linker; ``index_sentence`` is called once per sentence by ``link``."""

    _s_amounts: list = []
    _s_am_starts: list = []
    _s_am_by_end: dict | None = None
    _s_project_spans: list = []
    _s_pj_span_starts: list = []
    _s_pj_longest: int = 0

    def index_sentence(self, s_amounts: list[Mention], project_spans: list[tuple[int, int]]) -> None:
        """``s_amounts``: the sentence's amounts by start; ``project_spans``: its projects'
        (start, end) by start."""
        self._s_amounts = s_amounts
        self._s_am_starts = [m.start for m in s_amounts]
        self._s_am_by_end = None  # built when first asked (few sentences ask)
        self._s_project_spans = project_spans
        if len(project_spans) > 8:  # indexed only where a scan would cost (project_spans_over)
            self._s_pj_span_starts = [s for s, _ in project_spans]
            self._s_pj_longest = max(e - s for s, e in project_spans)

    def amounts_width(self, lo: int, hi: int) -> int:
        """What the sentence's amounts within [lo, hi) add to its length over one character each, when
        ``modifier_amounts_as_one`` (总建筑面积达4000平方米的奎苏镇中学综合教学楼: the figure is one word of the
        modifier); else 0."""
        if not self.modifier_amounts_one:
            return 0
        return sum(m.end - m.start - 1 for m in self.amounts_in(lo, hi) if m.end <= hi)

    def amounts_in(self, lo: int, hi: int) -> list[Mention]:
        """The sentence's amounts starting in [lo, hi), in order."""
        starts = self._s_am_starts
        return self._s_amounts[bisect_left(starts, lo):bisect_left(starts, hi)]

    def amounts_ending_at(self, pos: int) -> list[Mention]:
        if self._s_am_by_end is None:
            self._s_am_by_end = {}
            for m in self._s_amounts:
                self._s_am_by_end.setdefault(m.end, []).append(m)
        return self._s_am_by_end.get(pos, [])

    def project_spans_over(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The sentence's project spans that overlap [lo, hi) (start < hi and end > lo), in order:
        only those starting at most the longest name's length before ``lo`` can."""
        if len(self._s_project_spans) <= 8:  # the usual sentence: a scan is cheaper than bisection
            return [(s, e) for s, e in self._s_project_spans if s < hi and e > lo]
        starts = self._s_pj_span_starts
        i, j = bisect_left(starts, lo - self._s_pj_longest), bisect_left(starts, hi)
        return [(s, e) for s, e in self._s_project_spans[i:j] if e > lo]

    def _places_in(self, s_places: list, lo: int, hi: int) -> list:
        """The sentence's places (``s_places``, as ``link`` indexed them) starting in [lo, hi)."""
        return s_places[bisect_left(self._sp_starts, lo):bisect_left(self._sp_starts, hi)]

    def around_amount(self, text: str, k: int, named: list, amount: Mention) -> tuple[list, list]:
        """Of the projects ``named`` in clause ``k`` (by start): the indexes of those whose name
        holds the amount, and those right before it with a list joiner between (…海南分院和15家…),
        looked up by position, once indexed per clause."""
        if len(named) <= 8:  # the usual clause: a scan is cheaper than an index
            return ([i for i, p in named if p.start <= amount.start and amount.end <= p.end],
                    [(i, p) for i, p in named if p.end <= amount.start and text[p.end:amount.start] in self.joiners])
        key = ("around", k)
        if key not in self._memo:
            ends: dict = {}
            for x in named:
                ends.setdefault(x[1].end, []).append(x)
            self._memo[key] = [p.start for _, p in named], max((p.end - p.start for _, p in named), default=0), ends
        starts, longest, ends = self._memo[key]
        holder = [i for i, p in named[bisect_left(starts, amount.start - longest):bisect_right(starts, amount.start)]
                  if p.start <= amount.start and amount.end <= p.end]
        beside = [x for n in self._joiner_lens for x in ends.get(amount.start - n, ())
                  if text[x[1].end:amount.start] in self.joiners] if ends else []
        return holder, beside
