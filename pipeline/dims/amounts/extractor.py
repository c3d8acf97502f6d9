"""The amount extractor: wiring only. The steps live in their own modules (see the
package docstring); this class holds the lexicons and the thresholds they read, and runs
them in order over one document."""
from __future__ import annotations

import regex

from ... import trace as _trace
from ...engine import check_normalizers, resolve_overlaps
from ...model import Context, Mention
from ...rules import RuleSet
from ...segment import segmenter
from .edges import EdgesMixin
from .lists import ListsMixin
from .normalize import NORMALIZERS, NormalizeMixin
from .scan import ScanMixin
from .vocab import LIST_ITEM_REACH, MATCH_WINDOW, SEGMENT_WINDOW, TABLE, WORD_FREQ, _group, _span


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
        self.area = {r[0]: float(r[1]) for r in rules.lexicon("amount_area").entries}
        self.measure = {r[0]: (r[1], float(r[2])) for lex in ("amount_measure", "amount_measure_context", "amount_measure_liang")
                        for r in rules.lexicon(lex).entries}
        self.minor = {r[0]: (r[1], float(r[2])) for r in rules.lexicon("amount_currency_minor").entries}
        self.year_label = set(rules.lexicon("amount_count_year_label"))
        self.scale_words = set(rules.lexicon("amount_count_scale"))
        self.ordinal_next = {}
        for row in rules.lexicon("amount_count_ordinal_next").entries:
            if len(row) > 1:
                self.ordinal_next.setdefault(row[0], []).append(row[1])
        self.count_type = {r[0]: (r[1] if len(r) > 1 else "mw") for r in rules.lexicon("amount_count").entries}
        self.qual = {}
        for lex in ("amount_qualifier_pre", "amount_qualifier_post", "amount_qualifier_inner"):
            for r in rules.lexicon(lex).entries:
                self.qual[r[0]] = r[1]
        self.seg = segmenter()
        self.name_heads = set(rules.lexicon("amount_name_suffix"))
        # a list item right before a separator: a numeral that may start there
        self._item_before = regex.compile("{}(?>{})$".format(rules.macro("NUM_LEFT"), rules.macro("NUM")))
        self._freq = self.seg.freq.get  # jieba's dictionary: word -> frequency
        # thresholds that decide outcomes: rules/amounts.yaml `params:` (defaults in vocab.py)
        self.match_window = rules.param(TABLE, "match_window", MATCH_WINDOW)
        self.segment_window = rules.param(TABLE, "segment_window", SEGMENT_WINDOW)
        self.word_freq = rules.param(TABLE, "qualifier_word_freq", WORD_FREQ)
        self.list_item_reach = rules.param(TABLE, "list_item_reach", LIST_ITEM_REACH)
        self._setup_scan(rules)  # scan.py: numeral runs and what each rule can match

    # ------------------------------------------------------------------ driver
    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        found = []
        targets = {}  # id(mention) -> its number's text, for lists sharing a unit
        bounds_cache: dict = {}
        for rule, m in self._scan(text):
            fields = self.normalizers[rule.normalize or "amount"](self, m, rule)
            if fields is None:
                if _trace.current is not None:
                    _trace.drop(TABLE, *m.span(), m.group(), rule.id, f"normalizer {rule.normalize or 'amount'}",
                                "no value (unknown unit, unreadable numeral or a label)")
                continue
            start, end = m.span()
            q1s, q1e = _span(m, "q1")
            if q1s >= 0 and not self._q1_ok(text, q1s, q1e, bounds_cache):
                if fields.get("_need_q1"):
                    if _trace.current is not None:
                        _trace.drop(TABLE, start, end, m.group(), rule.id, "amounts.qualifier", "needs its qualifier")
                    continue
                start = q1e  # the span starts after the trimmed qualifier
                fields = self._requalify(m, fields, drop_q1=True)
            if not self._edges_ok(text, m, rule, start, end, fields, bounds_cache):
                if _trace.current is not None:
                    _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.edges",
                                "not at word edges (inside a word, a set label or a vague quantity)")
                continue
            if self._in_name(text, m, end, fields):
                if _trace.current is not None:
                    _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.in_name", "part of a name")
                continue
            fields.pop("_need_q1", None)
            factor = fields.pop("_factor", None)
            mention = Mention(TABLE, start, end, text[start:end], rule.id, fields, rule.priority)
            found.append(mention)
            if factor is not None and fields["unit"] and fields["value_max"] is None:
                targets[id(mention)] = (_group(m, "num"), factor)
        kept = resolve_overlaps(found)
        if targets:
            kept = self._distribute(text, kept, targets)
        return kept
