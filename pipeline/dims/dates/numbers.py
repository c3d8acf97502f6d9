"""Numerals and calendar arithmetic of the date extractor: years, months and days as
written (Arabic, full-width, Chinese), ISO durations."""
from __future__ import annotations

import calendar
import datetime as dt

from ...numerals import parse_number as _parse_number
from .vocab import CN_DIGIT, FW, MONTH_WORDS


def num(s: str | None):
    """A numeral (Arabic, full-width, Chinese) as int/float; None if unreadable."""
    if s is None or s == "":
        return None
    s = s.translate(FW).strip()
    if s.isdigit():
        return int(s)
    if s in ("两",):
        return 2
    v = _parse_number(s)
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def year_of(s: str) -> int | None:
    """2024, ２０２４, 二〇三五, 零八, 07, 18 (two digits: 20xx up to 2049, else 19xx)."""
    s = s.translate(FW).strip()
    if not s.isdigit() and all(c in CN_DIGIT for c in s):
        s = "".join(str(CN_DIGIT[c]) for c in s)
    if not s.isdigit():
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


def day_of(s: str) -> int | None:
    s = s.strip()
    if s.startswith("初"):
        return num(s[1:])
    if s.startswith("廿"):
        return 20 + (num(s[1:]) or 0)
    return num(s)


def month_of(s: str) -> int | None:
    return MONTH_WORDS.get(s) or num(s)


def valid(y, m, d=1) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except (TypeError, ValueError):
        return False


def last_day(y, m) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1



def _fmt_num(n) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def _iso_dur(parts: dict) -> str:
    date = "".join(f"{_fmt_num(parts[u])}{u}" for u in ("Y", "M", "W", "D") if u in parts)
    time = "".join(f"{_fmt_num(parts[u])}{u[0]}" for u in ("H", "MIN", "S") if u in parts)
    return "P" + date + ("T" + time if time else "")
