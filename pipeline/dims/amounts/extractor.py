"""The amount extractor: wiring only. The steps live in their own modules (see the
package docstring); this class holds the lexicons and the thresholds they read, and runs
them in order over one document."""
from __future__ import annotations

import heapq
from functools import cached_property

import regex

from ... import trace as _trace
from ...engine import check_normalizers, resolve_overlaps
from ...model import Context, Mention
from ...rules import RuleError, RuleSet
from ...segment import segmenter
from .edges import EdgesMixin
from .lists import ListsMixin
from .normalize import NORMALIZERS, NormalizeMixin
from .scan import ScanMixin
from .vocab import LIST_ITEM_REACH, MATCH_WINDOW, SLOGAN_REACH, SEGMENT_WINDOW, TABLE, WORD_FREQ, Found, _group, _span


class AmountExtractor(ScanMixin, NormalizeMixin, EdgesMixin, ListsMixin):
    table = TABLE
    requires = ()  # tables whose mentions extract() reads (ctx.mentions)
    labels = ("money", "area", "count", "percent", "measure")  # a rule's label is the amount kind

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        self.normalizers = NORMALIZERS
        check_normalizers(self.rules, self.normalizers)
        self.currency = {r[0]: (r[1], float(r[2]) if len(r) > 2 else 1.0)
                         for lex in ("currency", "amount_currency_context") for r in rules.lexicon(lex).entries}
        self.currency_prefix = {r[0]: r[1] for r in rules.lexicon("amount_currency_prefix").entries}
        self.area = {r[0]: float(r[1]) for lex in ("amount_area", "amount_area_context")
                     for r in rules.lexicon(lex).entries}
        self.measure = {r[0]: (r[1], float(r[2])) for lex in ("amount_measure", "amount_measure_context",
                                                              "amount_measure_liang", "amount_measure_fang",
                                                              "amount_measure_rate", "amount_measure_flow",
                                                              "amount_measure_volt")
                        for r in rules.lexicon(lex).entries}
        self.minor = {r[0]: (r[1], float(r[2])) for r in rules.lexicon("amount_currency_minor").entries}
        self.year_label = set(rules.lexicon("amount_count_year_label"))
        self.scale_words = set(rules.lexicon("amount_count_scale"))
        self.ordinal_next = {}
        for row in rules.lexicon("amount_count_ordinal_next").entries:
            if len(row) > 1:
                self.ordinal_next.setdefault(row[0], []).append(row[1])
        self.ordinal_prev = {}
        for row in rules.lexicon("amount_count_ordinal_prev").entries:
            if len(row) > 1:
                self.ordinal_prev.setdefault(row[0], []).append(row[1])
        self.count_type = {r[0]: (r[1] if len(r) > 1 else "mw") for r in rules.lexicon("amount_count").entries}
        self.qual = {}
        for lex in ("amount_qualifier_pre", "amount_qualifier_post", "amount_qualifier_inner"):
            for r in rules.lexicon(lex).entries:
                self.qual[r[0]] = r[1]
        self.seg = segmenter()
        self.name_heads = set(rules.lexicon("amount_name_suffix"))
        self.name_counters = set(rules.param(TABLE, "name_counters", []) or [])
        # a list item right before a separator: a numeral that may start there
        # an item of a list (1200、1000、500万元; a sign kept: 0.15、-5.64、1.34个百分点)
        self._item_before = regex.compile("{}(?:(?<![0-9０-９.．])(?P<sign>[-－−]))?(?P<n>(?>{}))$".format(rules.macro("NUM_LEFT"), rules.macro("NUM")))
        # an item of a list of percentage points (2.3个、7个百分点): the number and its 个
        self._item_before_pp = regex.compile("{}(?:(?<![0-9０-９.．])(?P<sign>[-－−]))?(?P<n>(?>{}))[个個]$".format(rules.macro("NUM_LEFT"), rules.macro("NUM")))
        # thresholds that decide outcomes: rules/amounts.yaml `params:` (defaults in vocab.py)
        self.match_window = rules.param(TABLE, "match_window", MATCH_WINDOW)
        self.segment_window = rules.param(TABLE, "segment_window", SEGMENT_WINDOW)
        self.word_freq = rules.param(TABLE, "qualifier_word_freq", WORD_FREQ)
        # which qualifier wins where a span holds two (近150多种: q1 近 before the inner 多)
        self.qualifier_order = tuple(rules.param(TABLE, "qualifier_order", ["q2", "over", "q1"]))
        if sorted(self.qualifier_order) != ["over", "q1", "q2"]:
            raise RuleError("rules/amounts.yaml: params.qualifier_order must order q1, over and q2")
        self.list_item_reach = rules.param(TABLE, "list_item_reach", LIST_ITEM_REACH)
        # measure words after 一 that make a number, never the article (一倍 = once more)
        self.not_article = set(rules.param(TABLE, "article_free_units", ["倍"]))
        # a lone numeral that before a measure word names a grade, not a count (二类, 二级)
        self.grade_digits = set(rules.param(TABLE, "grade_digits", ["二"]))
        # measure words that never name a grade: 二个 counts two (a local page's 两个)
        self.grade_free_units = set(rules.param(TABLE, "grade_free_units", []) or [])
        # measure words never read after 万/亿 (投资2.5亿对…改造: the preposition 对, no pairs)
        self.magnitude_free_units = set(rules.param(TABLE, "magnitude_free_units", []) or [])
        # a session's number before its body (五届某市委, 十届三次全会): an ordinal
        self.session_units = set(rules.param(TABLE, "session_units", []) or [])
        bodies = rules.param(TABLE, "session_bodies", []) or []
        self._session_body = regex.compile(r"\p{{Han}}{{0,{}}}?(?:{})".format(
            int(rules.param(TABLE, "session_reach", 6)), "|".join(map(regex.escape, bodies)))) if bodies else None
        # how far a quotation opened by a count is read for a second numbered part
        self.slogan_reach = rules.param(TABLE, "slogan_reach", SLOGAN_REACH)
        self.quoted_label_reach = rules.param(TABLE, "quoted_label_reach", 0)
        self.magnitude_count_units = set(rules.param(TABLE, "magnitude_count_units", []) or [])
        # a numeral after a count opening a word this long is no numbered label (三家|五星级)
        self.next_word_min = rules.param(TABLE, "next_word_min_chars", 3)
        # ... nor a count whose measure word counts what the numeral after it opens (两个|五万吨级)
        self.numeral_count_units = set(rules.param(TABLE, "numeral_count_units", []) or [])
        # a bare round magnitude counting these names a programme list (百项工程, 千项万亿)
        self.label_magnitude_units = set(rules.param(TABLE, "label_magnitude_units", []) or [])
        # a demonstrative before a count ends a word there (这|三家)
        self.demonstratives = set(rules.param(TABLE, "demonstratives", []) or [])
        self.admin_run_units = tuple(sorted(rules.param(TABLE, "admin_run_units", []) or [], key=len, reverse=True))
        # a measure or area ends before a size class's 级 (千吨级码头)
        self.class_suffixes = tuple(rules.param(TABLE, "class_suffixes", []) or [])
        self.unit_glue_ok = bool(rules.param(TABLE, "unit_glue_ends_measure", False))
        # a count of levels stands right after the levels it counts (省、市、县三级)
        self.level_units = set(rules.param(TABLE, "level_units", []) or [])
        self.level_words = tuple(rules.param(TABLE, "level_words", []) or [])
        self._setup_scan(rules)  # scan.py: numeral runs and what each rule can match

    # ------------------------------------------------------------------ driver
    @cached_property
    def _freq(self):
        """jieba's dictionary: word -> frequency (``.get``), bound on first use: the
        extractor is made without the word table by a cold start's helper (pipeline/prefill.py)."""
        return self.seg.freq.get

    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        targets: dict = {}  # id(mention) -> its number's text, for lists sharing a unit
        cache: dict = {}  # jieba's word edges per window
        found = self._scan(text)  # scan.py
        if _trace.current is None:
            kept = self._settle(text, found, cache, targets)
        else:  # explain --trace: every candidate is read, so that every loser shows why
            mentions = []
            for rule, m in found:
                got = self._candidate(text, rule, Found(m, rule.regex.groupindex), cache)
                if got is not None:
                    mentions.append(got[0])
                    if got[1] is not None:
                        targets[id(got[0])] = got[1]
            kept = resolve_overlaps(mentions)
        if targets:
            kept = self._distribute(text, kept, targets)  # lists.py
        return kept

    def _settle(self, text, found, cache, targets) -> list[Mention]:
        """``resolve_overlaps`` of the candidates of ``found`` (longest, then priority, then
        scan order), reading a candidate only when it can still win: it is taken in ranking
        order, and one whose span, even with its qualifier trimmed, overlaps a kept mention
        is dropped unread. A candidate ranks by its match until read, then by its span (a
        trimmed qualifier makes it shorter): the same greedy choice as reading them all
        first (tests/dims/amounts/test_settle.py), without normalizing and filtering the
        candidates that lose anyway (1万 under 1万元)."""
        heap = []
        for idx, (rule, m) in enumerate(found):
            s, e = m.span()
            heap.append((s - e, -rule.priority, idx, None))
        heapq.heapify(heap)
        taken = bytearray(len(text) + 1)
        kept = []
        while heap:
            neg_len, neg_priority, idx, mention = heapq.heappop(heap)
            if mention is None:
                rule, m = found[idx]
                q1 = rule.regex.groupindex.get("q1")
                q1s, q1e = m.span(q1) if q1 else (-1, -1)
                if taken.find(1, q1e if q1s >= 0 else m.start(), m.end()) >= 0:
                    continue  # a kept mention ranks higher and overlaps it whatever its span
                got = self._candidate(text, rule, Found(m, rule.regex.groupindex), cache)
                if got is None:
                    continue
                mention, target = got
                if target is not None:
                    targets[id(mention)] = target
                if mention.start - mention.end != neg_len:  # shorter than its match: rank again
                    heapq.heappush(heap, (mention.start - mention.end, neg_priority, idx, mention))
                    continue
            if mention.end <= mention.start or taken.find(1, mention.start, mention.end) >= 0:
                continue
            taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            kept.append(mention)
        kept.sort(key=lambda x: (x.start, x.end))
        return kept

    def _candidate(self, text, rule, m, cache):
        """(mention, list target or None) of one match, or None when a step drops it:
        normalize.py, then the filters of edges.py."""
        fields = self.normalizers[rule.normalize or "amount"](self, m, rule)
        if fields is None:
            if _trace.current is not None:
                _trace.drop(TABLE, *m.span(), m.group(), rule.id, f"normalizer {rule.normalize or 'amount'}",
                            "no value (unknown unit, unreadable numeral or a label)")
            return None
        start, end = m.span()
        q1s, q1e = _span(m, "q1")
        if q1s >= 0 and not self._q1_ok(text, q1s, q1e, cache):
            if fields.get("_need_q1"):
                if _trace.current is not None:
                    _trace.drop(TABLE, start, end, m.group(), rule.id, "amounts.qualifier", "needs its qualifier")
                return None
            start = q1e  # the span starts after the trimmed qualifier and the space AMT_PRE let
            while start < end and text[start] in " \u3000":  # follow it (意向签约 160亿元)
                start += 1
            fields = self._requalify(m, fields, drop_q1=True)
        if not self._edges_ok(text, m, rule, start, end, fields, cache):
            if _trace.current is not None:
                _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.edges",
                            "not at word edges (inside a word, a set label or a vague quantity)")
            return None
        if self._in_name(text, m, end, fields):
            if _trace.current is not None:
                _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.in_name", "part of a name")
            return None
        fields.pop("_need_q1", None)
        factor = fields.pop("_factor", None)
        mention = Mention(TABLE, start, end, text[start:end], rule.id, fields, rule.priority)
        target = None
        if factor is not None and fields["unit"] and fields["value_max"] is None:
            target = (_group(m, "num"), factor)
        return mention, target
