"""Step 4 (points): a point -- a day, month, year, part, week or clock time, written or
relative -- resolved against what the text has said so far and the publish date."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .lunar import LunarMixin
from .numbers import add_months, last_day, valid
from .structures import Point, Resolved, clock as _clock
from .vocab import PART_MONTHS


class PointsMixin(LunarMixin):
    """The point resolution of :class:`~pipeline.dims.dates.timeline.Timeline`."""

    def _text_years(self) -> set:
        """Years the text has named so far: the last year of any kind and the year it talks about."""
        ys = {self.ctx_year()}
        if self.cur is not None:
            ys.add(self.cur[0])
        return ys - {None}

    def _base_year(self, mode: str):
        """(year, how) for relative year words."""
        if mode == "story":  # 上年: the year the text last named, not 去年/明年 (they look away from it)
            if self.cur_story is not None:
                return self.cur_story[0], "context"
            mode = "ref"
        if mode == "prev":  # 次年: the year the text last named, of any kind
            if self.cur is not None:
                return self.cur[0], "context"
            mode = "ref"
        if mode == "ana":  # 当年, 同年: the year named just before, in the same paragraph
            unk = self.unk_year_at
            if (self.ex.ana_after_unknown_year and unk >= 0
                    and "\n" not in self.text[unk:self.at] and self.at - unk <= self.ex.ana_year_reach):
                return None, "unresolved"  # 今年9月开工当年完成 on a page with no date: XXXX
            if self.cur is not None and "\n" not in self.text[self.cur[1]:self.at] \
                    and self.at - self.cur[1] <= self.ex.ana_year_reach:
                return self.cur[0], "context"
            return None, "none"
        if mode == "text":  # 当年计划投资: the year the text named last, at any distance
            if self.cur is not None:
                return self.cur[0], "context"
            y = self.ctx_year()
            return (y, "context") if y is not None else (None, "unresolved")
        if mode == "ctx":
            if self.ex.ctx_fine_first and self.fine and self.fine[0] is not None:
                y = self.fine[0]  # SPEC §4's order: the nearest month or day, then the year
            else:
                y = self.year if self.year is not None else self.ctx_year()
            if y is not None and self.year is None:
                y = self._report_year(y)
            if y is not None:
                return y, "context"
            if self.pub:
                return self.pub.year, "reference"
            return None, "unresolved"
        if self.pub:
            if mode == "ref_or_text" and self.ex.bare_part_text_year_context \
                    and self.pub.year in self._text_years():
                return self.pub.year, "context"  # 2022年3月 … 一季度: the text named the year
            return self.pub.year, "reference"
        if self.dateline is not None:
            return self.dateline.year, "context"  # a wire story's own day (…日电)
        if mode != "ref_or_text":
            # SPEC §4: 今年 counts from the publish date; with none, from the day the text
            # last named with its year (a speech's 1月12日 … 去年), never from a bare year
            if (self.ex.ref_year_from_day and self.last_day is not None
                    and (self.ex.ref_year_from_written_day or not self.last_day_written)):
                return self.last_day.year, "context"
            return None, "unresolved"
        y = self.ctx_year()
        if y is not None:
            return y, "context"
        return None, "unresolved"

    def _report_year(self, y: int) -> int:
        """全年 of a statistical bulletin whose only date so far is its release day early in
        the next year (…统计局⏎2021年3月9日⏎初步核算，全年…): the year it reports, the year
        before (params.report_marks, report_release_months, report_reach)."""
        got = self.report_year
        if got is not None and got[1] == self.fine:
            return got[0]
        day = self.last_day
        if (not self.ex.report_marks or day is None or self.fine != (day.year, day.month)
                or day.month > self.ex.report_release_months
                or self.at - self.last_day_at > self.ex.report_reach):
            return y
        between = self.text[self.last_day_at:self.at]
        if not any(m in between for m in self.ex.report_marks):
            return y
        self.report_year = (day.year - 1, self.fine)
        return day.year - 1

    def _anchor_day(self):
        """(date, how) the relative day words count from: a wire story's dateline day,
        else the publish date, else the day the text last named."""
        if self.dateline:
            return self.dateline, "context"
        if self.pub:
            return self.pub, "reference"
        if self.last_day:
            return self.last_day, "context"
        return None, "unresolved"

    def resolve_point(self, p: Point, explicit_year=None) -> Resolved | None:
        how = "explicit"
        day = None
        if p.lunar and p.m is not None:  # 农历六月初三: converted in lunar.py
            r = self.resolve_lunar(p, explicit_year)
            if r is not None:
                return r
        # ---- day given relative to a day (昨天, 当天, 周三, 下周日)
        if p.drel is not None or p.ana is not None:
            if p.ana is not None:
                if self.last_day:
                    base, how = self.last_day, "context"
                elif self.pub:
                    base, how = self.pub, "reference"
                elif self.last_md and valid(2000, *self.last_md):
                    return self._yearless_day(p, p.ana)
                else:
                    return _unknown_day(p)
                day = base + dt.timedelta(days=p.ana)
            else:
                base, how = self._anchor_day()
                if base is None:
                    # the story's day is known but not its year: a yearless dateline first, ahead of
                    # any day the story names later (12月30日讯 … 今天下午; round 34, dates35), else a
                    # yearless day of the same paragraph (6月29日上午，… 今日)
                    if self.dateline_md and valid(2000, *self.dateline_md):
                        return self._yearless_day(p, p.drel, self.dateline_md)
                    if self.last_md and valid(2000, *self.last_md) and "\n" not in self.text[self.last_md_at:self.at]:
                        return self._yearless_day(p, p.drel)
                    return _unknown_day(p)
                day = base + dt.timedelta(days=p.drel)
            return self._day_result(day, p, how)
        if p.wrel is not None or p.wd is not None:
            base, how = self._anchor_day()
            if base is None:
                return Resolved("week" if p.wd is None else "date", "", resolved="unresolved")
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=p.wrel or 0)
            if p.wd is not None:
                day = monday + dt.timedelta(days=p.wd - 1)
                if p.wrel is None and day > base:
                    day -= dt.timedelta(weeks=1)  # 周三 alone: the last one
                return self._day_result(day, p, how)
            iso = monday.isocalendar()
            if p.we:
                sat = monday + dt.timedelta(days=5)
                return Resolved("week", f"{iso[0]}-W{iso[1]:02d}-WE", sat.isoformat(),
                                (sat + dt.timedelta(days=1)).isoformat(), how)
            return Resolved("week", f"{iso[0]}-W{iso[1]:02d}", monday.isoformat(),
                            (monday + dt.timedelta(days=6)).isoformat(), how)
        # ---- month relative to the publish month (本月, 上月十日)
        if p.mrel is not None:
            if self.pub:
                y, m = add_months(self.pub.year, self.pub.month, p.mrel)
                how = "reference"
            elif self.fine and self.fine[0] is not None and self.fine[1]:  # (an unknown year gives nothing)
                y, m = add_months(self.fine[0], self.fine[1], p.mrel)
                how = "context"
            elif self.dateline_md and valid(2000, *self.dateline_md):
                # a yearless dateline (新华社某地4月10日电 … 本月): the story's month is known but
                # not its year, as for a day counted from it (_yearless_day): XXXX-04
                _, m = add_months(2000, self.dateline_md[0], p.mrel)
                return self._calendar(replace(p, y=None, m=m, mrel=None), "unresolved")
            else:
                # 下个月 with nothing to count from: a month of unknown year and month
                # (SPEC §4 writes X for what is missing)
                return Resolved("month", "XXXX-XX", resolved="unresolved")
            p = replace(p, y=y, m=m, mrel=None)
            return self._calendar(p, "explicit" if how == "explicit" else how)
        # ---- the year
        y = p.y
        if explicit_year is not None:
            y = explicit_year
        elif y is None and p.yrel is not None:
            off, mode = p.yrel
            base, how = self._base_year(mode)
            if how == "none":
                if p.m is None and p.d is None and p.part is None:
                    return None  # 焦裕禄同志当年: "back then", no calendar value
                base, how = self._base_year("ctx")
            y = None if base is None else base + off
        elif y is None and (p.m is not None or p.d is not None or p.part is not None):
            if p.part is not None:
                base, how = self._base_year(self.ex.bare_part_base)
                y = base
            elif p.m is None:  # 12日: month and year from the text, else the publish date
                if self.fine and self.fine[1] and self.fine[0] is None:
                    how = "unresolved"
                    p = replace(p, m=self.fine[1])  # XXXX-11-21
                elif (self.ex.bare_day_month_from_day and self.last_day is not None
                      and self.fine and self.fine_at > self.last_day_at):
                    # a month named after the last day (1至4月, 9月底前) is a figure's or a
                    # plan's, not the story's: the day keeps the story's month
                    y, mo, how = self.last_day.year, self.last_day.month, "context"
                    p = replace(p, m=mo)
                elif self.fine and self.fine[1]:
                    y, mo = self.fine
                    how = "context"
                    p = replace(p, m=mo)
                elif self.pub:
                    y, mo = self.pub.year, self.pub.month
                    if p.d > self.pub.day or not valid(y, mo, p.d):
                        for _ in range(12):
                            y, mo = add_months(y, mo, -1)
                            if valid(y, mo, p.d):
                                break
                    how = "reference"
                    p = replace(p, m=mo)
                elif self.year is not None and p.d is not None:
                    y, how = self.year, "context"  # 2012年 … 17日: 2012-XX-17, its month unknown
                else:
                    how = "unresolved"
            else:
                ctx = self.ctx_year()
                if p.d is not None and (p.m, p.d) in self.days:
                    y, how = self.days[(p.m, p.d)], "context"  # the same day named again
                elif ctx is not None:
                    y, how = ctx, "context"
                elif self.pub:
                    how = "reference"
                    y = self.pub.year
                    if (p.m, p.d or 1) > (self.pub.month, self.pub.day):
                        y -= 1
                    if p.d and not valid(y, p.m, p.d):  # 2月29日: the last leap year
                        for _ in range(8):
                            y -= 1
                            if valid(y, p.m, p.d):
                                break
                        else:  # 2月30日 is in no year
                            y, how = None, "unresolved"
                else:
                    how = "unresolved"
        p = replace(p, y=y)
        if p.y is None and not p.has_date_part:
            # a clock time alone: on the day the text last named, when it named one (SPEC §4:
            # "a date-time when the day is known"); the publish date alone does not make it known
            if self.last_day is not None:
                d = self.last_day.isoformat()
                return Resolved("time", d + _clock(p), d, d, "context")
            return Resolved("time", _clock(p))
        return self._calendar(p, how)

    def _yearless_day(self, p: Point, offset: int, md=None) -> Resolved:
        """A day counted from the month-day the text last named with no year to be had
        (or from ``md``): XXXX-MM-DD (SPEC §4), counted in a leap year."""
        d = dt.date(2000, *(md or self.last_md)) + dt.timedelta(days=offset)
        value = f"XXXX-{d.month:02d}-{d.day:02d}" + (_clock(p) if p.has_time else "")
        return Resolved("datetime" if p.has_time else "date", value, resolved="unresolved")

    def _day_result(self, day: dt.date, p: Point, how: str) -> Resolved:
        if p.has_time:
            return Resolved("datetime", f"{day.isoformat()}{_clock(p)}", day.isoformat(), day.isoformat(), how,
                            day, day.year, day.month)
        return Resolved("date", day.isoformat(), day.isoformat(), day.isoformat(), how, day, day.year, day.month)

    def _calendar(self, p: Point, how: str) -> Resolved:
        ys = f"{p.y:04d}" if p.y is not None else "XXXX"
        if how == "unresolved" or p.y is None:
            how = "unresolved"
        ok_year = p.y is not None
        if p.wn is not None and ok_year:
            try:
                monday = dt.date.fromisocalendar(p.y, p.wn, 1)
            except ValueError:
                return None
            return Resolved("week", f"{ys}-W{p.wn:02d}", monday.isoformat(),
                            (monday + dt.timedelta(days=6)).isoformat(), how)
        if p.part is not None:
            if p.part in PART_MONTHS:
                a, b = PART_MONTHS[p.part]
                start = f"{ys}-{a:02d}-01" if ok_year else ""
                end = f"{ys}-{b:02d}-{last_day(p.y, b):02d}" if ok_year else ""
            else:
                start = end = ""
            return Resolved("part", f"{ys}-{p.part}", start, end, how, None, p.y, None)
        if p.m is None and p.d is not None and p.part is None:
            # a day whose month nothing gives (17日 with no month before it): a date with XX
            # for the month (SPEC §4 writes X for what is missing), not a year
            value = f"{ys}-XX-{p.d:02d}" + (_clock(p) if p.has_time else "")
            return Resolved("datetime" if p.has_time else "date", value, "", "", how, None, p.y, None)
        if p.m is None:
            if p.y is None:
                return Resolved("year", ys, resolved="unresolved")
            return Resolved("year", ys, f"{ys}-01-01", f"{ys}-12-31", how, None, p.y, None)
        if p.d is None:
            start = f"{ys}-{p.m:02d}-01" if ok_year else ""
            end = f"{ys}-{p.m:02d}-{last_day(p.y, p.m):02d}" if ok_year else ""
            return Resolved("month", f"{ys}-{p.m:02d}", start, end, how, None, p.y, p.m)
        value = f"{ys}-{p.m:02d}-{p.d:02d}"
        day = dt.date(p.y, p.m, p.d) if ok_year and valid(p.y, p.m, p.d) else None
        start = end = day.isoformat() if day else ""
        if p.has_time:
            return Resolved("datetime", value + _clock(p), start, end, how, day, p.y, p.m)
        return Resolved("date", value, start, end, how, day, p.y, p.m)


def _unknown_day(p) -> Resolved:
    """A day counted from a day the text never gives (昨日, 当天 with no publish date and no
    earlier day): every part unknown, XXXX-XX-XX (SPEC §4 writes X for what is missing)."""
    value = "XXXX-XX-XX" + (_clock(p) if p.has_time else "")
    return Resolved("datetime" if p.has_time else "date", value, resolved="unresolved")
