"""What may be written: a resolved value inside the calendar, the kind of a refused one,
the year a mention names, and the decision trace of the extractor's own vetoes."""
from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_left

from ... import trace as _trace
from .structures import Expr, Resolved
from .vocab import TABLE


def _year_in(r: Resolved) -> int | None:
    """The year a resolved mention names (the last one of a range), for 上年/当年."""
    if r.resolved == "unresolved" or r.kind == "duration" or not r.value:
        return None
    v = r.value.split("/")[-1]
    if v[:4].isdigit() and r.kind != "time":
        return int(v[:4])
    return None



def _in_calendar(r: Resolved) -> bool:
    """Every full date in ``r`` is a real day of years 1-9999 (no 2024-02-30, no 0000, no 10000)."""
    for v in (r.start, r.end, *r.value.split("/")):
        y = v[:v.index("-")] if "-" in v else v
        if y.isdigit() and not 1 <= int(y) <= 9999:
            return False
        if len(v) >= 10 and v[4] == "-" and v[7] == "-" and v[8:10].isdigit():
            # ValueError for 2月30日 (a day of unknown month, 2012-XX-17, is read in January)
            dt.date.fromisoformat(v[:10].replace("XXXX", "2000").replace("-XX-", "-01-"))
    return True


def _refused_kind(e: Expr) -> str:
    """The kind of a mention whose value cannot be written (out of the calendar)."""
    if e.what != "point":
        return "range" if e.what in ("range", "slice", "decade") else e.what
    p = e.a
    if any(v is not None for v in (p.d, p.drel, p.ana, p.wd)):
        return "datetime" if p.has_time else "date"
    if p.wrel is not None or p.wn is not None:
        return "week"
    if p.part is not None:
        return "part"
    return "month" if p.m is not None or p.mrel is not None else "year" if p.has_date_part else "time"


class Spans:
    """Spans (start, end) asked whether any overlaps [s, e): by bisection over the starts
    and the running maximum of the ends (a scan of every span per question was quadratic
    in a text of many bare years and amounts: 2024好，5元，… 4 s at 100,000 characters)."""

    def __init__(self, spans):
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.reach = list(itertools.accumulate((e for _, e in pairs), max))  # max end so far

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlap(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e)  # the spans starting before e
        return k > 0 and self.reach[k - 1] > s


def _trace_dates(cands, amounts: Spans) -> None:
    """explain --trace: bare years inside an amount, stop words (which win their span)."""
    for c in cands:
        if c.rule_id == "date.bare_year" and amounts.overlap(c.start, c.end):
            _trace.drop(TABLE, c.start, c.end, c.text, c.rule_id, "amounts", "a number the amounts table took")
        elif c.fields["_expr"].what == "stop":
            _trace.drop(TABLE, c.start, c.end, c.text, c.rule_id, c.rule_id, "a stop word: never a date")
