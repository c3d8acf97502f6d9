"""Lunar dates (农历六月初三, 正月初八, 腊月二十三, 农历2月2日): a point the normalizer marked
``lunar`` is a day (or a whole month) of the Chinese calendar. Its year is found as for any
point (written, relative, the text's timeline) and read as the Gregorian year the day falls
in (2024年腊月二十三 is 2 February 2024, lunar 2023's: ``gregorian_year_reading``); with only the
publish date, the latest such day on or before it. The day is converted to the Gregorian
calendar with the lunar table of the PyPI package ``lunardate`` (years 1900-2099). SPEC §4 writes Gregorian values, so a lunar date whose year
is unknown keeps its span and writes every part unknown (XXXX-XX-XX): its Gregorian month
and day depend on the year."""
from __future__ import annotations

import datetime as dt

from lunardate import LunarDate

from .structures import Point, Resolved, clock as _clock

#: the years the lunar table covers; a lunar date outside them (an era year, 神龙二年正月初一)
#: keeps the month and day as written, the historians' convention
FIRST_YEAR, LAST_YEAR = 1900, 2099


def solar(y: int, m: int, d: int, leap: bool = False) -> dt.date:
    """The Gregorian day of lunar year ``y``, month ``m`` (``leap``: its 闰 month), day ``d``;
    ValueError when the lunar year has no such day (三十 of a 29-day month)."""
    return LunarDate(y, m, d, leap).to_solar_date()


def month_days(y: int, m: int, leap: bool = False) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian day of a lunar month."""
    first = solar(y, m, 1, leap)
    try:
        last = solar(y, m, 30, leap)
    except ValueError:
        last = solar(y, m, 29, leap)
    return first, last


def gregorian_year_reading(y: int, m: int, d: int | None, leap: bool = False) -> int:
    """The lunar year of a lunar day written with (or given by the timeline) Gregorian year
    ``y``: the news says 2024年腊月二十三 for the day that falls in 2024 (lunar 2023's twelfth
    month, 2 February 2024), not for lunar 2024's (22 January 2025). Lunar year ``y`` where its
    day (a month alone: its 15th) falls in Gregorian ``y``, else ``y - 1`` where that one does;
    only the last lunar months can spill into the next Gregorian year."""
    def year_of(ly: int) -> int | None:
        if not FIRST_YEAR <= ly <= LAST_YEAR:
            return None
        try:
            return solar(ly, m, d or 15, leap).year
        except ValueError:
            return None
    if year_of(y) in (y, None):
        return y
    return y - 1 if year_of(y - 1) == y else y


class LunarMixin:
    """The lunar branch of :meth:`PointsMixin.resolve_point` (a Timeline mixin)."""

    def _lunar_year(self, p: Point, explicit_year=None):
        """(year, how) of a lunar point, as SPEC §4 fills a year the text leaves out: the
        written or context year (a Gregorian year, resolve_lunar reads it), or the lunar year
        that puts the day on or before the publish date (``reference``)."""
        if explicit_year is not None:
            return explicit_year, "explicit"
        if p.y is not None:
            return p.y, "explicit"
        if p.yrel is not None:
            off, mode = p.yrel
            base, how = self._base_year(mode)
            if how == "none":
                base, how = self._base_year("ctx")
            return (None, "unresolved") if base is None else (base + off, how)
        ctx = self.ctx_year()
        if ctx is not None:
            return ctx, "context"
        if self.pub:
            # a news report speaks of the past: the latest lunar year that puts the day on or
            # before the publish date
            for y in range(self.pub.year, self.pub.year - 3, -1):
                try:
                    if solar(y, p.m, p.d or 1, p.leap) <= self.pub:
                        return y, "reference"
                except ValueError:
                    continue
        return None, "unresolved"

    def resolve_lunar(self, p: Point, explicit_year=None) -> Resolved | None:
        """A lunar point resolved to Gregorian days; None hands it back to the written
        reading (a year outside the lunar table)."""
        y, how = self._lunar_year(p, explicit_year)
        if y is not None and how != "reference":
            y = gregorian_year_reading(y, p.m, p.d, p.leap)
        if y is None or how == "unresolved":
            if p.d is None:
                return Resolved("range", "XXXX-XX-XX/XXXX-XX-XX", resolved="unresolved")
            clock = _clock(p) if p.has_time else ""
            return Resolved("datetime" if p.has_time else "date", "XXXX-XX-XX" + clock, resolved="unresolved")
        if not FIRST_YEAR <= y <= LAST_YEAR:
            return None
        if p.d is None:  # 农历六月, 腊月: the month's Gregorian days
            first, last = month_days(y, p.m, p.leap)
            return Resolved("range", f"{first.isoformat()}/{last.isoformat()}", first.isoformat(),
                            last.isoformat(), how, None, last.year, None)
        return self._day_result(solar(y, p.m, p.d, p.leap), p, how)
