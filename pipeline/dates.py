"""Dates (dates.csv, SPEC §4): find time expressions with the rules of rules/dates.yaml,
then resolve them in text order against the article's own timeline.

Rules only find and take apart; this module turns the named groups into a small
structure (:class:`Point`, or a range / duration / period) and a resolver walks the
document once:

* a written year is ``explicit``;
* a month-day with no year takes the year of the nearest earlier expression of month or
  day precision, else of the nearest earlier year (a dateline included): ``context``;
* else the publish date, with a past bias (the date is on or before it): ``reference``;
* else ``XXXX`` and ``unresolved``.

Relative words (昨日, 今年, 上周) count from the publish date (``reference``), or, with
none, from the text's current year (``context``). Anaphors (当天, 同日, 次日) count from
the date the text last named. The group names each normalizer reads are listed at the
top of rules/dates.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field, replace

import regex

from . import trace as _trace
from .engine import resolve_overlaps, scan
from .model import Context, Mention
from .rules import RuleError, RuleSet

try:  # the shared numeral parser (issue 3)
    from .numerals import parse_number as _parse_number
except ImportError:  # pragma: no cover - only while the numerals module is missing
    _parse_number = None

TABLE = "dates"
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_DIGIT.update({"零": 0, "○": 0, "Ｏ": 0, "两": 2})
FW = str.maketrans("０１２３４５６７８９．：", "0123456789.:")
MONTH_WORDS = {"正": 1, "腊": 12, "冬": 11}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
PART_MONTHS = {"H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
DUR_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


def num(s: str | None):
    """A numeral (Arabic, full-width, Chinese) as int/float; None if unreadable."""
    if s is None or s == "":
        return None
    s = s.translate(FW).strip()
    if s.isdigit():
        return int(s)
    if s in ("两",):
        return 2
    v = _parse_number(s) if _parse_number else None
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def year_of(s: str) -> int | None:
    """2024, ２０２４, 二〇三五, 零八, 07, 18 (two digits: 20xx up to 2049, else 19xx)."""
    s = s.translate(FW).strip()
    if all(c in CN_DIGIT for c in s):
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


# ---------------------------------------------------------------------------- structures
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


# ---------------------------------------------------------------------------- extractor
class DateExtractor:
    table = TABLE
    requires = ("amounts",)  # a bare number the amounts table took (2024家) is no year
    labels = ("date", "month", "year", "part", "week", "time", "range", "period", "duration", "stop")

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        self.normalizers = {"point": self._norm_point, "range": self._norm_range, "duration": self._norm_duration,
                            "period": self._norm_period, "slice": self._norm_slice, "decade": self._norm_decade, "stop": self._norm_stop}
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

    # ------------------------------------------------------------ normalizers
    def _point_from(self, g: dict) -> Point | None:
        p = Point()
        if g.get("y"):
            p.y = year_of(g["y"])
            if p.y is None:
                return None
        if g.get("era"):
            first = self.eras.get(g["era"])
            n = 1 if g.get("eyear") == "元" else num(g.get("eyear"))
            if first is None or not n:
                return None
            p.y = first + n - 1
        if g.get("yrel"):
            p.yrel = self.rel_year.get(g["yrel"])
        if g.get("mn"):
            p.m = num(g["mn"])
            if not p.m or not 1 <= p.m <= 12:
                return None
        if g.get("wn"):
            p.wn = num(g["wn"])
            if not p.wn or not 1 <= p.wn <= 53:
                return None
        if g.get("m"):
            p.m = month_of(g["m"])
            if not p.m or not 1 <= p.m <= 12:
                return None
        if g.get("mrel"):
            p.mrel = self.rel_month.get(g["mrel"])
        if g.get("d"):
            p.d = day_of(g["d"])
            if not p.d or not 1 <= p.d <= 31:
                return None
        if g.get("drel"):
            p.drel, pod = self.rel_day[g["drel"]]
            p.pod = pod or p.pod
        if g.get("ana"):
            p.ana, pod = self.anaphor[g["ana"]]
            p.pod = pod or p.pod
        if g.get("wrel"):
            p.wrel = self.rel_week.get(g["wrel"], 0)
        if g.get("wd"):
            w = g["wd"].translate(FW)
            p.wd = int(w) if w.isdigit() else WEEKDAY[w]
        if g.get("we"):
            p.we = True
        if g.get("part"):
            p.part = self.parts.get(g["part"])
        if g.get("pod"):
            p.pod = self.pods.get(g["pod"], p.pod)
        if g.get("hh"):
            hh = num(g["hh"])
            if hh is None or hh > 24:
                return None
            mi = 0
            if g.get("half"):
                mi = 30
            elif g.get("qtr"):
                mi = 15 if g["qtr"][0] == "一" else 45
            elif g.get("mi"):
                mi = num(g["mi"])
            if mi is None or mi > 59:
                return None
            ss = num(g["ss"]) if g.get("ss") else None
            if ss is not None and ss > 59:
                return None
            ampm = (g.get("ampm") or "").lower().replace(".", "")
            pod = "pm" if ampm == "pm" else "am" if ampm == "am" else p.pod
            if pod == "pm" and hh < 12:
                hh += 12
            elif pod == "noon" and hh < 5:
                hh += 12
            elif pod == "am" and hh == 12 and ampm:
                hh = 0
            p.hh, p.mi, p.ss = hh, mi, ss
        return p

    def _norm_point(self, rule, m, text):
        p = self._point_from(m.groupdict())
        return Expr("point", a=p) if p else None

    def parse_side(self, s: str) -> Point | None:
        """Read one end of a range with the point rules (the whole string must match)."""
        s = s.strip()
        for rule in self.point_rules:
            mm = rule.regex.fullmatch(s)
            if mm:
                return self._point_from(mm.groupdict())
        # a bare day closing a range (11日, 十二日) or a bare year (2011)
        mm = _SIDE_DAY.fullmatch(s)
        if mm:
            d = day_of(mm.group(1))
            return Point(d=d) if d and d <= 31 else None
        return None

    def _norm_range(self, rule, m, text):
        a = self.parse_side(m.group("a"))
        b = self.parse_side(m.group("b"))
        if a is None or b is None:
            return None
        if not a.has_date_part and not a.has_time:
            return None
        # b's part of day follows a's when b names none (下午五点到六点)
        if b.has_time and not b.has_date_part and b.pod is None and a.pod in ("pm",) and b.hh is not None \
                and b.hh < 12 and a.hh is not None and a.hh >= 12:
            b.hh += 12
        return Expr("range", a=a, b=b)

    def _norm_duration(self, rule, m, text):
        span = m.group()
        if m.groupdict().get("n2"):
            n1, n2, u = num(m.group("n")), num(m.group("n2")), self.units.get(m.group("u"))
            if n1 is None or n2 is None or u is None or n1 >= n2 or (u == "Y" and n2 >= 1000):
                return None
            return Expr("duration", value=f"{_iso_dur({u: n1})}/{_iso_dur({u: n2})}")
        parts = {}
        for pm in self.piece.finditer(span):
            g = pm.groupdict()
            u = self.units.get(g["u"])
            if u is None:
                return None
            if g.get("h0"):
                n = 0.5
            else:
                raw = g["n"]
                if u == "Y" and (all(c in CN_DIGIT for c in raw) and len(raw) > 1 and "十" not in raw):
                    return None  # 二〇三五年 is a year
                if len(raw) > 1 and raw[0] in "0０零〇":
                    return None  # 07年 is a year
                n = num(raw)
                if n is None:
                    return None
                if g.get("h1") or g.get("h2"):
                    n += 0.5
            if u == "Y" and n >= 1000:
                return None  # 2023年 is a year, not a duration
            if n <= 0:
                return None
            parts[u] = parts.get(u, 0) + n
        if not parts:
            return None
        return Expr("duration", value=_iso_dur(parts))

    def _norm_period(self, rule, m, text):
        n = num(m.group("n"))
        if not n:
            return None
        series = m.groupdict().get("series")
        if series and series in self.series:
            first = self.series[series] + 5 * (n - 1)
        else:  # national five-year plans: 1953, 1958, (1963-65 adjustment), then every 5 years
            first = {1: 1953, 2: 1958}.get(n, 1966 + 5 * (n - 3))
        return Expr("period", years=(first, first + 4))

    def _norm_decade(self, rule, m, text):
        dec_raw = m.group("dec")
        dec = 0 if dec_raw[0] in "零〇" else num(dec_raw)
        if dec is None or dec % 10:
            return None
        cent = num(m.group("cent")) if m.group("cent") else None
        return Expr("decade", years=(cent, dec))

    def _norm_slice(self, rule, m, text):
        """A stretch of a year: 今年前7个月, 2023年前三季度, 1—7月 (first and last month)."""
        g = m.groupdict()
        head = self._point_from({k: g.get(k) for k in ("y", "yrel")}) or Point()
        if g.get("m2"):
            m1, m2 = month_of(g["m"]), month_of(g["m2"])
            if not m1 or not m2 or not 1 <= m1 < m2 <= 12:
                return None
            return Expr("slice", a=head, extra={"unit": "M", "from": m1, "to": m2})
        cnt = num(g["cnt"])
        unit = {"个月": "M", "個月": "M", "个季度": "Q", "季度": "Q", "天": "D", "日": "D"}.get(g["cu"], "W")
        if not cnt or cnt <= 0:
            return None
        return Expr("slice", a=head, extra={"unit": unit, "cnt": cnt, "last": g["fl"] != "前"})

    def _norm_stop(self, rule, m, text):
        return Expr("stop")

    # ------------------------------------------------------------ extraction
    def candidates(self, text: str) -> list[Mention]:
        out = []
        for rule, m in scan(self.rules, text):
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
        amounts = [(a.start, a.end) for a in ctx.mentions.get("amounts", [])]
        if _trace.current is not None:
            _trace_dates(cands, amounts)
        if amounts:
            cands = [c for c in cands if not (c.rule_id == "date.bare_year"
                                               and any(s < c.end and c.start < e for s, e in amounts))]
        kept = [c for c in resolve_overlaps(cands) if c.fields["_expr"].what != "stop"]
        return Timeline(self, ctx.doc.publish_date, text).resolve_all(kept)


_SIDE_DAY = regex.compile(r"([12][0-9]|3[01]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]?")


def _fmt_num(n) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def _iso_dur(parts: dict) -> str:
    date = "".join(f"{_fmt_num(parts[u])}{u}" for u in ("Y", "M", "W", "D") if u in parts)
    time = "".join(f"{_fmt_num(parts[u])}{u[0]}" for u in ("H", "MIN", "S") if u in parts)
    return "P" + date + ("T" + time if time else "")


# ---------------------------------------------------------------------------- resolver
class Timeline:
    """Resolves mentions in text order; keeps what the text has said so far."""

    def __init__(self, ex: DateExtractor, publish_date: str, text: str = ""):
        self.ex = ex
        self.text = text
        self.cur = None  # (year, end offset) of the last mention that named a year, of any kind
        self.at = 0  # start offset of the mention being resolved
        self.pub = None
        if publish_date:
            try:
                self.pub = dt.date.fromisoformat(publish_date[:10])
            except ValueError:
                self.pub = None
        self.fine = None  # (y, m) of the nearest earlier month/day expression
        self.year = None  # the nearest earlier year expression
        self.last_day = None  # dt.date the text last named
        self.last_md = None  # (month, day) the text last named with no year to be had

    # the text's current year, for relative words when there is no publish date
    def ctx_year(self):
        if self.fine:
            return self.fine[0]
        return self.year

    def resolve_all(self, mentions: list[Mention]) -> list[Mention]:
        out = []
        for mt in mentions:
            expr = mt.fields.pop("_expr")
            self.at = mt.start
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
            if y is not None and not (yrel and yrel[1] == "prev"):
                # 上年 counts back from the year the text talks about; it does not become that
                # year itself (比上年增长 … 比上年下降 in one bulletin are the same year)
                self.cur = (y, mt.end)
            mt.fields = {"kind": r.kind, "value": r.value, "start_date": r.start, "end_date": r.end,
                         "resolved": r.resolved}
            out.append(mt)
        return out

    def resolve(self, e: Expr) -> Resolved | None:
        if e.what == "duration":
            return Resolved("duration", e.value)
        if e.what == "period":
            a, b = e.years
            return Resolved("period", f"{a}/{b}", f"{a:04d}-01-01", f"{b:04d}-12-31")
        if e.what == "decade":
            cent, dec = e.years
            if cent:
                first = (cent - 1) * 100 + dec
            else:
                base = self.pub.year if self.pub else (self.ctx_year() or 2000)
                first = 2000 + dec if 2000 + dec <= base else 1900 + dec
            return Resolved("range", f"{first}/{first + 9}", f"{first:04d}-01-01", f"{first + 9:04d}-12-31")
        if e.what == "range":
            return self.resolve_range(e.a, e.b)
        if e.what == "slice":
            return self.resolve_slice(e)
        r = self.resolve_point(e.a)
        if r is not None:
            self.remember(e.a, r)
        return r

    def remember(self, p: Point, r: Resolved, anchor: bool = True):
        """Note what a resolved point adds to the timeline: a month or day precision value
        becomes the nearest fine expression; a day becomes what 当天/同日 refer to (unless
        ``anchor`` is False, for the closing end of a range)."""
        if r.resolved == "unresolved" or r.y is None:
            if r.kind in ("date", "datetime") and p.m is not None and p.d is not None and anchor:
                self.last_md = (p.m, p.d)  # 当天 after an unresolved 5月6日 is XXXX-05-06
            return
        if r.kind in ("date", "datetime", "month"):
            self.fine = (r.y, r.m)
            if r.day and anchor:
                self.last_day = r.day
        elif p.y is not None:  # a written year, alone or heading a part/week (2023年一季度)
            self.year = r.y

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
            r = self.resolve_point(replace(a, yrel=(0, "ref")))
        else:
            r = self.resolve_point(a)
        if r is None or r.y is None:
            return Resolved("range", "", resolved="unresolved")
        y, how = r.y, r.resolved
        unit = x["unit"]
        out = self._slice_value(x, y, how)
        if a.y is not None and how != "unresolved":
            self.year = y  # 2023年前三季度 names a year
        if how != "unresolved" and unit in ("M", "D"):
            # a stretch of months or days (今年1至2月, 前10天) has month or day precision:
            # the timeline's nearest fine expression is its last month
            self.fine = (int(out.end[:4]), int(out.end[5:7]))
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

    # ------------------------------------------------------------ points
    def _base_year(self, mode: str):
        """(year, how) for relative year words."""
        if mode == "prev":  # 上年, 次年: the year the text last named, of any kind
            if self.cur is not None:
                return self.cur[0], "context"
            mode = "ref"
        if mode == "ana":  # 当年, 同年: the year named just before, in the same paragraph
            if self.cur is not None and "\n" not in self.text[self.cur[1]:self.at] \
                    and self.at - self.cur[1] <= ANA_YEAR_REACH:
                return self.cur[0], "context"
            return None, "none"
        if mode == "ctx":
            y = self.year if self.year is not None else self.ctx_year()
            if y is not None:
                return y, "context"
            if self.pub:
                return self.pub.year, "reference"
            return None, "unresolved"
        if self.pub:
            return self.pub.year, "reference"
        y = self.ctx_year()
        if y is not None:
            return y, "context"
        return None, "unresolved"

    def _anchor_day(self):
        """(date, how) the relative day words count from."""
        if self.pub:
            return self.pub, "reference"
        if self.last_day:
            return self.last_day, "context"
        return None, "unresolved"

    def resolve_point(self, p: Point, explicit_year=None) -> Resolved | None:
        how = "explicit"
        day = None
        # ---- day given relative to a day (昨天, 当天, 周三, 下周日)
        if p.drel is not None or p.ana is not None:
            if p.ana is not None:
                if self.last_day:
                    base, how = self.last_day, "context"
                elif self.pub:
                    base, how = self.pub, "reference"
                elif self.last_md and valid(2000, *self.last_md):
                    # the day is known but not its year: XXXX-MM-DD (a leap year to count in)
                    d = dt.date(2000, *self.last_md) + dt.timedelta(days=p.ana)
                    value = f"XXXX-{d.month:02d}-{d.day:02d}" + (_clock(p) if p.has_time else "")
                    return Resolved("datetime" if p.has_time else "date", value, resolved="unresolved")
                else:
                    return Resolved("date", "", resolved="unresolved")
                day = base + dt.timedelta(days=p.ana)
            else:
                base, how = self._anchor_day()
                if base is None:
                    return Resolved("date", "", resolved="unresolved")
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
            elif self.fine and self.fine[1]:
                y, m = add_months(self.fine[0], self.fine[1], p.mrel)
                how = "context"
            else:
                return Resolved("month", "", resolved="unresolved")
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
                base, how = self._base_year("ref")
                y = base
            elif p.m is None:  # 12日: month and year from the text, else the publish date
                if self.fine and self.fine[1]:
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
                else:
                    how = "unresolved"
            else:
                ctx = self.ctx_year()
                if ctx is not None:
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


ANA_YEAR_REACH = 200  # characters an anaphoric year word (当年) may look back for its year


def _year_in(r: Resolved) -> int | None:
    """The year a resolved mention names (the last one of a range), for 上年/当年."""
    if r.resolved == "unresolved" or r.kind == "duration" or not r.value:
        return None
    v = r.value.split("/")[-1]
    if v[:4].isdigit() and r.kind != "time":
        return int(v[:4])
    return None


def _clock(p: Point) -> str:
    s = f"T{p.hh:02d}:{p.mi or 0:02d}"
    if p.ss is not None:
        s += f":{p.ss:02d}"
    return s


def _in_calendar(r: Resolved) -> bool:
    """Every full date in ``r`` is a real day of years 1-9999 (no 2024-02-30, no 0000, no 10000)."""
    for v in (r.start, r.end, *r.value.split("/")):
        y = v[:v.index("-")] if "-" in v else v
        if y.isdigit() and not 1 <= int(y) <= 9999:
            return False
        if len(v) >= 10 and v[4] == "-" and v[7] == "-" and v[8:10].isdigit():
            dt.date.fromisoformat(v[:10].replace("XXXX", "2000"))  # ValueError for 2月30日
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


def _trace_dates(cands, amounts) -> None:
    """explain --trace: bare years inside an amount, stop words (which win their span)."""
    for c in cands:
        if c.rule_id == "date.bare_year" and any(s < c.end and c.start < e for s, e in amounts):
            _trace.drop(TABLE, c.start, c.end, c.text, c.rule_id, "amounts", "a number the amounts table took")
        elif c.fields["_expr"].what == "stop":
            _trace.drop(TABLE, c.start, c.end, c.text, c.rule_id, c.rule_id, "a stop word: never a date")
