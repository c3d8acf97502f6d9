"""Step 4: the resolver walks the kept mentions in text order against the article's own
timeline (see the package docstring): ranges, slices, periods and decades here, points in
points.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...model import Mention
from .checks import _in_calendar, _refused_kind, _year_in
from .numbers import last_day, add_months
from .points import PointsMixin
from .structures import Expr, Point, Resolved


class Timeline(PointsMixin):
    """Resolves mentions in text order; keeps what the text has said so far."""

    def __init__(self, ex, publish_date: str, text: str = ""):
        self.ex = ex
        self.text = text
        self.cur = None  # (year, end offset) of the last mention that named a year, of any kind
        # ... not counting a comparison base (与去年相比, 比2019年, 由2020年的…调整为): the year
        # 上年 counts back from (base "story" of date_rel_year; params.compare_marks)
        self.cur_story = None
        self.report_year = None  # (year, fine) a bulletin's 全年 took from its release day
        self.at = 0  # start offset of the mention being resolved
        self.pub = None
        if publish_date:
            try:
                self.pub = dt.date.fromisoformat(publish_date[:10])
            except ValueError:
                self.pub = None
        self.fine = None  # (y, m) of the nearest earlier month/day expression (y None: unknown)
        self.year = None  # the nearest earlier year expression
        self.fine_at = self.year_at = 0  # where the text named them
        self.last_day = None  # dt.date the text last named
        self.last_day_at = -1  # where the text named it
        self.last_day_written = False  # the last day's year was written in its own mention
        self.last_md = None  # (month, day) the text last named with no year to be had
        self.last_md_at = 0  # where the text named it
        self.dateline_md = None  # (month, day) of a yearless dateline (八月二十日电)
        self.dateline = None  # dt.date of a wire story's dateline (…十月二十八日电)
        self.days = {}  # (month, day) -> year of a day the text named with its year known
        self.unk_year_at = -1  # end of the last mention if it was 今年/明年… of unknown year (今年9月, XXXX)

    # the text's current year, for relative words when there is no publish date
    def ctx_year(self):
        if self.fine:
            if (self.fine[0] is None and self.ex.year_after_unknown_fine and self.year is not None
                    and self.year_at > self.fine_at):
                return self.year  # 3月30日 … 2023年春季 … 3月18日: the year written since
            return self.fine[0]
        return self.year

    def resolve_all(self, mentions: list[Mention]) -> list[Mention]:
        out = []
        for mt in mentions:
            expr = mt.fields.pop("_expr")
            self.at = mt.start
            year_before, year_at_before = self.year, self.year_at
            had_timeline = self.cur is not None or self.fine is not None
            try:
                r = self.resolve(expr)
                if r is not None and not _in_calendar(r):
                    raise ValueError(r.value)
            except (OverflowError, ValueError):  # 0001-01-01 with 昨天, 9999-12-31 with 明天, 2月30日
                r = Resolved(_refused_kind(expr), "", resolved="unresolved")
            if r is None:
                continue
            y = _year_in(r)
            yrel = getattr(getattr(expr, "a", None), "yrel", None)
            if r.kind == "year" and had_timeline and self.ex.lookback_marks \
                    and self.text.startswith(self.ex.lookback_marks, mt.end):
                # 自2016年以来 after the story named its own day or year: a look back from that
                # year, not the year it talks about (a text opening with 2025年以来 has no other
                # timeline: the year is its own)
                self.year, self.year_at = year_before, year_at_before
            elif y is not None and not (yrel and yrel[1] in ("prev", "story")) \
                    and r.kind not in self.ex.no_timeline_kinds:
                # 上年 counts back from the year the text talks about; it does not become that
                # year itself (比上年增长 … 比上年下降 in one bulletin are the same year)
                self.cur = (y, mt.end)
                if not (self.ex.compare_marks and self.text.endswith(self.ex.compare_marks, 0, mt.start)):
                    self.cur_story = self.cur  # 今年…与去年相比…较上年: 上年 is 今年's year before
            # 今年9月 with no publish date right before: 当年 next refers to that unknown year
            self.unk_year_at = mt.end if (yrel and r.resolved == "unresolved") else -1
            if self.text.startswith(self.ex.dateline_marks, mt.end):
                if r.day is not None:
                    self.dateline = r.day
                elif r.kind == "date" and r.value.startswith("XXXX-") and self.last_md:
                    self.dateline_md = self.last_md
            elif r.kind == "date" and r.value.startswith("XXXX-") and self.last_md and self._byline_after(mt):
                # a yearless day before a reporter's credit: the story's day, year unknown
                # (with its year known the page's day is the publish date's, as the gold reads it)
                self.dateline_md = self.last_md
            mt.fields = {"kind": r.kind, "value": r.value, "start_date": r.start, "end_date": r.end,
                         "resolved": r.resolved}
            out.append(mt)
        return out

    def _byline_after(self, mt: Mention) -> bool:
        """A day after a place and before a bracketed reporter's credit: a dateline."""
        pat = self.ex.dateline_byline
        return bool(pat and mt.start > 0 and "\u4e00" <= self.text[mt.start - 1] <= "\u9fff"
                    and pat.match(self.text, mt.end))

    def resolve(self, e: Expr) -> Resolved | None:
        if e.what == "duration":
            return Resolved("duration", e.value)
        if e.what == "period":
            a, b = e.years
            return Resolved("period", f"{a}/{b}", f"{a:04d}-01-01", f"{b:04d}-12-31")
        if e.what == "decade":
            cent, dec, last_dec = e.years
            if cent:
                first = (cent - 1) * 100 + dec
            else:
                base = self.pub.year if self.pub else (self.ctx_year() or 2000)
                first = 2000 + dec if 2000 + last_dec <= base else 1900 + dec
            last = first + (last_dec - dec) + 9
            return Resolved("range", f"{first}/{last}", f"{first:04d}-01-01", f"{last:04d}-12-31")
        if e.what == "range":
            return self.resolve_range(e.a, e.b)
        if e.what == "slice":
            return self.resolve_slice(e)
        r = self.resolve_point(e.a)
        if r is not None:
            self.remember(e.a, r)
            a = e.a
            if (r.kind == "datetime" and self.ex.bare_day_clock_is_time and a.d is not None
                    and a.m is None and a.y is None and a.yrel is None and a.mrel is None):
                r = replace(r, kind="time")  # params.bare_day_clock_is_time: 17日晚上6时
        return r

    def remember(self, p: Point, r: Resolved, anchor: bool = True):
        """Note what a resolved point adds to the timeline: a month or day precision value
        becomes the nearest fine expression; a day becomes what 当天/同日 refer to (unless
        ``anchor`` is False, for the closing end of a range)."""
        if r.resolved == "unresolved" or r.y is None:
            if r.kind in ("date", "datetime") and p.m is not None and p.d is not None and anchor:
                self.last_md = (p.m, p.d)  # 当天 after an unresolved 5月6日 is XXXX-05-06
                self.last_md_at = self.at
            if r.kind in ("date", "datetime", "month") and p.m is not None:
                # SPEC §4: the nearest earlier month or day names the year -- here none
                # (10月20日 … 今年 is XXXX; 11月22日电 … 21日 is XXXX-11-21)
                self.fine, self.fine_at = (None, p.m), self.at
            return
        if r.kind in ("date", "datetime", "month"):
            self.fine, self.fine_at = (r.y, r.m), self.at
            if r.day and anchor:
                self.last_day, self.last_day_at = r.day, self.at
                self.last_day_written = r.resolved == "explicit"
                if r.resolved != "reference":
                    # a day named again keeps the year the text gave it; a year guessed from
                    # the publish date (a headline's 7月9日 before the page's date line) is
                    # no such year
                    self.days.setdefault((r.day.month, r.day.day), r.y)
        elif p.y is not None:  # a written year, alone or heading a part/week (2023年一季度)
            self.year, self.year_at = r.y, self.at

    def resolve_range(self, a: Point, b: Point) -> Resolved | None:
        ra = self.resolve_point(a)
        if ra is None:
            return None
        # b takes what it leaves out from a
        b = replace(b)
        inherited_year = False
        if not b.has_date_part and b.has_time:
            if ra.day is not None:
                b.y, b.m, b.d = ra.day.year, ra.day.month, ra.day.day
            elif a.has_date_part:
                return None
        else:
            if b.y is None and b.yrel is None and b.drel is None and b.wrel is None and b.wd is None:
                own_month = b.m is not None
                if b.m is None and b.d is not None:
                    b.m = ra.m
                b.y = ra.y
                inherited_year = b.y is not None
        rb = self.resolve_point(b, explicit_year=b.y if inherited_year else None)
        if rb is None:
            return None
        if inherited_year and ra.y is not None and rb.start and ra.start and rb.start < ra.start and b.m is not None:
            if own_month:
                b.y += 1  # 8月至2月: the end is in the next year
            else:  # 8月30日至2日: the end is in the next month
                b.y, b.m = add_months(b.y, b.m, 1)
            rb = self.resolve_point(b, explicit_year=b.y)
        resolved = ra.resolved if ra.resolved != "explicit" else rb.resolved if inherited_year is False else "explicit"
        if "unresolved" in (ra.resolved, rb.resolved):
            resolved = "unresolved"
        self.remember(a, ra)
        self.remember(b, rb, anchor=False)  # the range reaches to its end: 1至2月 is as fine as 2月
        out = Resolved("range", f"{ra.value}/{rb.value}", ra.start if rb.end else "", rb.end if ra.start else "",
                       resolved)
        if out.start and out.end and out.start > out.end:  # 2023年至2021年: ordered, earlier end first
            out = Resolved("range", f"{rb.value}/{ra.value}", rb.start, ra.end, resolved)
        return out

    def resolve_slice(self, e: Expr) -> Resolved | None:
        x = e.extra
        a = e.a
        if a.y is None and a.yrel is None and "from" in x:
            r = self.resolve_point(replace(a, m=x["to"]))  # 1—7月: the year of its last month
        elif a.y is None and a.yrel is None:  # 前三季度: this year
            r = self.resolve_point(replace(a, yrel=(0, self.ex.bare_part_base)))
        else:
            r = self.resolve_point(a)
        if r is None or r.y is None:
            if x["unit"] in ("M", "Q"):
                # 今年1-9月份 with no year to fill in: XXXX-01/XXXX-09 (SPEC §4: XXXX for the year)
                v = self._slice_value(x, 2000, "unresolved").value
                return Resolved("range", v.replace("2000-", "XXXX-"), resolved="unresolved")
            return Resolved("range", "", resolved="unresolved")
        y, how = r.y, r.resolved
        unit = x["unit"]
        out = self._slice_value(x, y, how)
        if a.y is not None and how != "unresolved":
            self.year, self.year_at = y, self.at  # 2023年前三季度 names a year
        if how != "unresolved" and unit in ("M", "D"):
            # a stretch of months or days (今年1至2月, 前10天) has month or day precision:
            # the timeline's nearest fine expression is its last month
            self.fine, self.fine_at = (int(out.end[:4]), int(out.end[5:7])), self.at
        return out

    def _slice_value(self, x: dict, y: int, how: str) -> Resolved:
        unit = x["unit"]
        if unit == "M" and "from" in x:
            lo, hi = x["from"], x["to"]
        elif unit in ("M", "Q"):
            span = 12 if unit == "M" else 4
            cnt = min(x["cnt"], span)
            lo, hi = (span - cnt + 1, span) if x["last"] else (1, cnt)
            if unit == "Q":
                return Resolved("range", f"{y}-Q{lo}/{y}-Q{hi}", f"{y:04d}-{3 * lo - 2:02d}-01",
                                f"{y:04d}-{3 * hi:02d}-{last_day(y, 3 * hi):02d}", how)
        else:
            if unit == "D":
                first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
                step = dt.timedelta(days=x["cnt"] - 1)
            else:  # weeks: whole ISO weeks of the year
                first = dt.date.fromisocalendar(y, 1, 1)
                last = dt.date.fromisocalendar(y + 1, 1, 1) - dt.timedelta(days=1)
                step = dt.timedelta(weeks=x["cnt"]) - dt.timedelta(days=1)
            lo_d, hi_d = (last - step, last) if x["last"] else (first, first + step)
            return Resolved("range", f"{lo_d.isoformat()}/{hi_d.isoformat()}", lo_d.isoformat(), hi_d.isoformat(), how)
        return Resolved("range", f"{y:04d}-{lo:02d}/{y:04d}-{hi:02d}", f"{y:04d}-{lo:02d}-01",
                        f"{y:04d}-{hi:02d}-{last_day(y, hi):02d}", how)
