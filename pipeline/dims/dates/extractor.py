"""The date extractor: wiring only. The steps live in their own modules (see the package
docstring); this class holds the lexicons and the thresholds they read, and runs them in
order over one document."""
from __future__ import annotations

import regex

from ... import trace as _trace
from ...prefilter import AnchoredScan
from ...engine import resolve_overlaps
from ...model import Context, Mention
from ...required import Requirements
from ...rules import RuleError, RuleSet
from .checks import Spans, _trace_dates
from .normalize import NORMALIZERS, NormalizeMixin
from .timeline import Timeline
from .vocab import ANA_YEAR_REACH, TABLE


class DateExtractor(NormalizeMixin):
    table = TABLE
    requires = ("amounts",)  # a bare number the amounts table took (2024家) is no year
    labels = ("date", "month", "year", "part", "week", "time", "range", "period", "duration", "stop")

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        self.normalizers = {name: fn.__get__(self) for name, fn in NORMALIZERS.items()}  # normalize.py
        for rule in self.rules:
            if rule.normalize is not None and rule.normalize not in self.normalizers:
                raise RuleError(f"{rule.source} rule {rule.id}: unknown normalizer {rule.normalize}")
        self.point_rules = [r for r in sorted(self.rules, key=lambda r: (-r.priority, r.index))
                            if r.normalize == "point" and r.regex is not None]
        def table(name, conv=lambda v: v[1]):
            return {row[0]: conv(row) for row in rules.lexicon(name).entries}

        self.rel_year = table("date_rel_year", lambda v: (int(v[1]), v[2] if len(v) > 2 else "ref"))
        self.rel_day = table("date_rel_day", lambda v: (int(v[1]), v[2] if len(v) > 2 else None))
        self.anaphor = table("date_anaphor", lambda v: (int(v[1]), v[2] if len(v) > 2 else None))
        self.rel_month = table("date_rel_month", lambda v: int(v[1]))
        self.rel_week = table("date_rel_week", lambda v: int(v[1]))
        self.pods = table("date_pod")
        self.parts = table("date_part")
        self.units = table("date_dur_unit")
        self.series = table("date_plan_series", lambda v: int(v[1]))
        self.eras = table("date_era", lambda v: int(v[1]))
        self.piece = regex.compile(rules.macro("DATE_DUR_PIECE"))
        # a match that starts on the last character of one of these words is no date
        self.overlap = {}
        for row in rules.lexicon("date_word_overlap").entries:
            self.overlap.setdefault(row[0][-1], set()).add(row[0])
        self.overlap_len = max((len(w) for ws in self.overlap.values() for w in ws), default=0)
        # thresholds that decide outcomes: rules/dates.yaml `params:` (defaults in vocab.py)
        self.ana_year_reach = rules.param(TABLE, "ana_year_reach", ANA_YEAR_REACH)
        # 今年/去年 with no publish date (and no dateline) count from the day the text last
        # named with its year (true) or stay XXXX (false); never from a bare year
        self.ref_year_from_day = bool(rules.param(TABLE, "ref_year_from_day", True))
        # ... also from a day whose year its own mention wrote (于2012年2月18日开工 … 今年: a
        # look back at a dated event, not the day the story is told on) (true), or only from
        # a day that took its year from the text around it (1月12日 after 2021年) (false)
        self.ref_year_from_written_day = bool(rules.param(TABLE, "ref_year_from_written_day", True))
        # what follows a wire story's dateline day (九江十月二十八日电): the day the story is
        # told on, which its 今日/昨日 count from
        self.dateline_marks = tuple(rules.param(TABLE, "dateline_marks", ["电", "讯"]))
        # ... or a reporter's credit in brackets right after a day that follows a place
        # (太原5月6日 (记者某某)): a dateline with no 电/讯 (params.dateline_byline)
        byline = rules.param(TABLE, "dateline_byline", "")
        self.dateline_byline = regex.compile(byline) if byline else None
        # a year followed by one of these (2016年以来) looks back from the story's own year:
        # it does not become the year 上年/全年 count from
        self.lookback_marks = tuple(rules.param(TABLE, "lookback_marks", []))
        self.compare_marks = tuple(rules.param(TABLE, "compare_marks", []))
        self.report_marks = tuple(rules.param(TABLE, "report_marks", []))
        self.report_release_months = int(rules.param(TABLE, "report_release_months", 4))
        self.report_reach = int(rules.param(TABLE, "report_reach", 60))
        # kinds of mention that name no year the text talks about (a plan period's span,
        # 十四五 = 2021/2025): 上年/当年 after one count from the year named before it
        self.no_timeline_kinds = frozenset(rules.param(TABLE, "no_timeline_kinds", []))
        # 全年, 这一年, 年末 (base ctx): the year of the nearest earlier month or day first
        # (true, SPEC §4's order for a year the text leaves out), else the nearest year
        self.ctx_fine_first = bool(rules.param(TABLE, "ctx_fine_first", False))
        self.year_after_unknown_fine = bool(rules.param(TABLE, "year_after_unknown_fine", False))
        # a bare day (12日) takes its month from the day the text last named, not from a month
        # named after that day (18日上午 … 9月底前 … 18日上午 is still August)
        self.bare_day_month_from_day = bool(rules.param(TABLE, "bare_day_month_from_day", False))
        self.bare_day_clock_is_time = bool(rules.param(TABLE, "bare_day_clock_is_time", False))
        self.ana_after_unknown_year = bool(rules.param(TABLE, "ana_after_unknown_year", False))
        # 三年半, 半年: half a year written in months (P3Y6M, P6M) or as a fraction (P3.5Y)
        self.half_year_in_months = bool(rules.param(TABLE, "half_year_in_months", True))
        # 一周, 两个星期: weeks written in days (P7D, P14D) as SPEC §4's units, or as P1W
        self.week_in_days = bool(rules.param(TABLE, "week_in_days", True))
        # the year of a bare part or slice of a year (上半年, 一季度, 前三季度): "ctx", the
        # year the text talks about, else the publish date; "ref_or_text", the other way round
        self.bare_part_base = rules.param(TABLE, "bare_part_base", "ctx")
        if self.bare_part_base not in ("ctx", "ref_or_text"):
            raise RuleError("rules/dates.yaml: params.bare_part_base must be ctx or ref_or_text")
        # ref_or_text: a bare part whose year the text named before is labelled context
        self.bare_part_text_year_context = bool(rules.param(TABLE, "bare_part_text_year_context", False))
        # Chinese numeral units that make a number of years a length, never a year (五千年)
        self.year_count_units = frozenset(rules.param(TABLE, "year_count_units", []))
        # what marks a month and day as lunar without 农历 before them (normalize.py)
        self.lunar_months = frozenset(rules.param(TABLE, "lunar_months", []))
        self.lunar_day_heads = tuple(rules.param(TABLE, "lunar_day_heads", []))
        self._requirements = Requirements([r.regex for r in self.rules])
        # each rule is tried only where its start paths allow (pipeline/anchors.py)
        self._scanner = AnchoredScan(self.rules, kind="anchors-dates")
        self._rule_by_id = {r.id: r for r in self.rules}

    # ------------------------------------------------------------ extraction
    def candidates(self, text: str) -> list[Mention]:
        out = []
        # a rule whose match needs a character the text lacks is not run (pipeline/required.py)
        alive, _ = self._requirements.read(text, None)
        for rule, m in self._scanner.scan(text, alive):
            norm = self.normalizers.get(rule.normalize or "point")
            s = m.start()
            ends = self.overlap.get(text[s:s + 1])
            if ends and s and any(text[max(0, s + 1 - k):s + 1] in ends for k in range(2, self.overlap_len + 1)):
                continue
            expr = norm(rule, m, text)
            if expr is None:
                continue
            out.append(Mention(TABLE, m.start(), m.end(), m.group(), rule.id, {"_expr": expr}, rule.priority))
        return out

    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        cands = self.candidates(text)
        # a bare number that the amounts table took (2024家) is no year
        amounts = Spans((a.start, a.end) for a in ctx.mentions.get("amounts", []))
        if _trace.current is not None:
            _trace_dates(cands, amounts)
        if amounts:
            cands = [c for c in cands if not (c.rule_id == "date.bare_year" and amounts.overlap(c.start, c.end))]
        kept = [c for c in resolve_overlaps(cands) if c.fields["_expr"].what != "stop"]
        return self._month_named(Timeline(self, ctx.doc.publish_date, text).resolve_all(kept))

    def _month_named(self, mentions):
        """Drops a label date (rule param ``needs_month_named``: “7·17”) whose month no
        earlier mention of the text has named with its year."""
        out, months = [], set()
        for mt in sorted(mentions, key=lambda x: x.start):
            value = str(mt.fields.get("value") or "")
            rule = self._rule_by_id.get(mt.rule_id)
            if rule is not None and rule.param("needs_month_named", False) and value[:7] not in months:
                if _trace.current is not None:
                    _trace.drop(TABLE, mt.start, mt.end, mt.text, mt.rule_id, "dates.month_named",
                                "a label's month the text has not named before")
                continue
            if len(value) >= 7 and value[4] == "-" and value[:4].isdigit() and mt.fields.get("kind") != "duration":
                months.add(value[:7])
            out.append(mt)
        return out
