"""Step 2: each rule's normalizer takes its match apart into an :class:`Expr` (a point,
range, duration, period, slice, decade or stop word); ``None`` drops the candidate. The
group names each normalizer reads are listed at the top of rules/dates.yaml."""
from __future__ import annotations

from .numbers import _iso_dur, day_of, month_of, num, year_of
from .structures import Expr, Point
from .vocab import _SHARED_UNIT, _SIDE_DAY, CN_DIGIT, FW, WEEKDAY


class NormalizeMixin:
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
        if g.get("budget"):  # 当年计划投资: the year the text talks about (rule date.budget_year)
            p.yrel = (0, "text")
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
        # a lunar day or month (rules/dates.yaml params lunar_months, lunar_day_heads): the
        # rule's lunar/leap group (农历, 闰), a month only the lunar calendar names (正月,
        # 腊月), or a day written the lunar way (初三, 廿五)
        if p.m is not None and (g.get("lunar") or g.get("leap") or g.get("m") in self.lunar_months
                                or (g.get("d") or "")[:1] in self.lunar_day_heads):
            p.lunar, p.leap = True, bool(g.get("leap"))
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

    def _norm_range_shared(self, rule, m, text):
        """上午9—11时, 9月24至28日: the opening end borrows the closing end's 点/时 or 日."""
        unit = _SHARED_UNIT.search(m.group("b"))
        return self._norm_range(rule, m, text, m.group("a") + unit.group()) if unit else None

    def _norm_range(self, rule, m, text, a_text=None):
        a = self.parse_side(a_text or m.group("a"))
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
            if u == "Q":  # a quarter is three months (ISO 8601 has no quarter designator)
                n1, n2, u = n1 * 3, n2 * 3, "M"
            if u == "W" and self.week_in_days:  # 两到三周 = P14D/P21D
                n1, n2, u = n1 * 7, n2 * 7, "D"
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
            if u == "Y" and n >= 1000 and not any(c in "多余餘" for c in pm.group()[len(raw):]) \
                    and not (raw[0] not in self.year_count_units and any(c in self.year_count_units for c in raw)):
                # 2023年 is a year, not a duration (1700余年 is one: no year takes 余; nor is a
                # year written with a digit and a unit of thousand, hundred: 五千年 = P5000Y;
                # a bare 千年, 千年古镇, stays out: "age-old", as before)
                return None
            if n <= 0:
                return None
            if u == "Q":
                u, n = "M", n * 3  # 13个季度 = P39M
            if u == "W" and self.week_in_days:
                u, n = "D", n * 7  # 一周 = P7D: SPEC §4 writes durations in Y, M, D and hours
            if u == "Y" and n != int(n) and self.half_year_in_months:
                # 三年半 = P3Y6M, 半年 = P6M: half a year is written in months
                if int(n):
                    parts["Y"] = parts.get("Y", 0) + int(n)
                u, n = "M", round((n - int(n)) * 12, 6)
            parts[u] = parts.get(u, 0) + n
        if not parts:
            return None
        if m.groupdict().get("mn"):  # 1小时24分: minutes with a bare 分 (DATE_DUR_MIN_TAIL)
            mn = num(m.group("mn"))
            if not mn or mn >= 60:
                return None
            parts["MIN"] = parts.get("MIN", 0) + mn
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
        first = num(m.group("dec0")) * 10 if m.groupdict().get("dec0") else dec
        if first > dec:
            return None
        return Expr("decade", years=(cent, first, dec))  # 五六十年代: from the 50s through the 60s

    def _norm_slice(self, rule, m, text):
        """A stretch of a year: 今年前7个月, 2023年前三季度, 1—7月 (first and last month)."""
        g = m.groupdict()
        head = self._point_from({k: g.get(k) for k in ("y", "yrel")}) or Point()
        if g.get("m2"):
            m1, m2 = month_of(g["m"]), month_of(g["m2"])
            if not m1 or not m2 or not 1 <= m1 < m2 <= 12:
                return None
            if g.get("pair") and m2 != m1 + 1:
                return None  # 3、5月 lists two months apart, not a stretch
            return Expr("slice", a=head, extra={"unit": "M", "from": m1, "to": m2})
        cnt = num(g["cnt"])
        cu = "个月" if g["cu"].startswith("月") else g["cu"]  # 前8月, 前两月份: months with no 个
        unit = {"个月": "M", "個月": "M", "个季度": "Q", "季度": "Q", "季": "Q", "天": "D", "日": "D"}.get(cu, "W")
        if not cnt or cnt <= 0:
            return None
        return Expr("slice", a=head, extra={"unit": unit, "cnt": cnt, "last": g["fl"] != "前"})

    def _norm_stop(self, rule, m, text):
        return Expr("stop")


#: normalizer name (a rule's ``normalize``) -> function (extractor, rule, match, text)
NORMALIZERS = {
    "point": NormalizeMixin._norm_point,
    "range": NormalizeMixin._norm_range,
    "range_shared": NormalizeMixin._norm_range_shared,
    "duration": NormalizeMixin._norm_duration,
    "period": NormalizeMixin._norm_period,
    "slice": NormalizeMixin._norm_slice,
    "decade": NormalizeMixin._norm_decade,
    "stop": NormalizeMixin._norm_stop,
}
