"""What a normalizer makes of a match (:class:`Expr` holding :class:`Point` ends) and
what the timeline makes of it (:class:`Resolved`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Point:
    y: int | None = None
    yrel: tuple | None = None  # (offset, base) from date_rel_year
    m: int | None = None
    mrel: int | None = None
    d: int | None = None
    drel: int | None = None
    ana: int | None = None
    wrel: int | None = None
    wd: int | None = None
    we: bool = False
    part: str | None = None
    hh: int | None = None
    mi: int | None = None
    ss: int | None = None
    pod: str | None = None  # am | pm | noon
    wn: int | None = None  # week number in the year (2021年的第一周)
    lunar: bool = False  # a day or month of the Chinese calendar (农历六月初三, 腊月二十三)
    leap: bool = False  # the lunar year's 闰 month (闰四月)

    @property
    def has_time(self) -> bool:
        return self.hh is not None

    @property
    def has_date_part(self) -> bool:
        return any(v is not None for v in (self.y, self.yrel, self.m, self.mrel, self.d, self.drel, self.ana,
                                            self.wrel, self.wd, self.part))


@dataclass(slots=True)
class Resolved:
    kind: str
    value: str
    start: str = ""
    end: str = ""
    resolved: str = "explicit"
    day: dt.date | None = None  # the calendar day, for anaphora and ranges
    y: int | None = None
    m: int | None = None


@dataclass(slots=True)
class Expr:
    what: str  # point | range | duration | period | decade | stop
    a: Point | None = None
    b: Point | None = None
    value: str = ""
    years: tuple | None = None  # period / decade: (first, last) or (None, dec) for decades
    extra: dict = field(default_factory=dict)


def clock(p: Point) -> str:
    """The ISO time part of a point with a clock time (T09:00, T09:30:15)."""
    s = f"T{p.hh:02d}:{p.mi or 0:02d}"
    if p.ss is not None:
        s += f":{p.ss:02d}"
    return s
