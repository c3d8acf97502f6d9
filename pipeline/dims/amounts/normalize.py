"""Step 2: each rule's normalizer turns the named groups of its match into the table's
columns (the group contract is at the head of rules/amounts.yaml). A normalizer returns
``None`` to drop a candidate (a numeral the parser cannot read, an unknown unit, a label).
"""
from __future__ import annotations

import regex

from ...numerals import DIGITS, parse_number
from .vocab import (_ARTICLE, _BARE_MAG, _HAS_MAG, _MAG_TAIL, _RX_BARE_CN, _RX_HAN_UNIT, _RX_INNER, _RX_SP,
                    _OPEN_QUOTES, _RX_SP_DUO, _RX_UNITS_ONLY, _RX_YEAR, _SCALE_END, _clean, _group, _span)


#: the generic 元 that a currency named before the number makes that currency's unit
_YUAN = {"元", "圆"}

#: two neighbouring digits written together as a range, a magnitude after them shared
#: (三四十家 30-40, 四五米 4-5, 两三万 2-3e4; SPEC §3: a range is one mention). Not 一二
#: (一二村, 一二期 are names) and not 五六 before 年代 (a decade: no amount rule reads it);
#: a count with no magnitude (两三个, 三四家) is "a few", vague (_count)
_ADJACENT = regex.compile(r"([两二三四五六七八])([三四五六七八九])([十百千]?[万亿]?)")
_SPACED_POINT = regex.compile(r"([0-9]+)[ \u3000]([0-9][万萬亿億])")


def _adjacent(num: str) -> tuple:
    """(low, high) of a numeral of two neighbouring digits (三四十 -> 30, 40), else (None, None)."""
    m = _ADJACENT.fullmatch(num.strip())
    if not m or DIGITS[m.group(2)] != DIGITS[m.group(1)] + 1:
        return None, None
    low, high = parse_number(m.group(1) + m.group(3)), parse_number(m.group(2) + m.group(3))
    return (low, high) if low is not None and high is not None else (None, None)


class NormalizeMixin:
    # ------------------------------------------------------------------ helpers
    def _qualifier(self, m, drop_q1=False):
        q = "exact"
        for name in self.qualifier_order:
            if drop_q1 and name == "q1":
                continue
            word = _group(m, name)
            if word:
                return self.qual.get(word, q)
        num = (_group(m, "num") or "") + (_group(m, "num2") or "")
        if _RX_INNER.search(num):
            return "over"
        return q

    def _requalify(self, m, fields, drop_q1):
        fields = dict(fields)
        fields["qualifier"] = self._qualifier(m, drop_q1=drop_q1)
        return fields

    @staticmethod
    def _range(m):
        """(low, high) of the num/num2 groups; the low end borrows the high end's
        magnitude when it has none (3至5亿元 -> 3e8, 5e8)."""
        a, b = _group(m, "num"), _group(m, "num2")
        if a and _SPACED_POINT.fullmatch(a):
            a = _SPACED_POINT.sub(r"\1.\2", a)  # money.spaced_point: 17 3亿 is 17.3亿
        if a in _BARE_MAG:
            a = "一" + a  # 万余人, 近万名
        low = parse_number(a) if a else None
        if low is None:
            return _adjacent(a) if a and not b else (None, None)
        if not b:
            return low, None
        high = parse_number(b)
        if high is None:
            return None, None
        # the low end borrows the high end's magnitude unless it has its own unit
        # (8000元至1.2万元) or borrowing would put it above the high end (8000至1.2万)
        between = m.string[_span(m, "num")[1]:_span(m, "num2")[0]]
        if not _HAS_MAG.search(a) and not _RX_HAN_UNIT.search(between):
            tail = _MAG_TAIL.search(b.strip())
            if tail and not _RX_UNITS_ONLY.fullmatch(b.strip()):
                factor = parse_number("1" + tail.group())
                if factor and low * factor <= high:
                    low = low * factor
        if high < low:
            return None, None
        return low, high

    def _fields(self, kind, value, value_max, unit, m):
        if value is None:
            return None
        if _group(m, "sign"):
            value, value_max = -value, (-value_max if value_max is not None else None)
            if value_max is not None:
                value, value_max = value_max, value
        return {"kind": kind, "value": _clean(value), "value_max": _clean(value_max), "unit": unit,
                "qualifier": self._qualifier(m)}

    # ------------------------------------------------------------------ normalizers
    def _amount(self, m, rule):
        """money, area and measure: number × the unit's factor, unit from the lexicon."""
        kind = rule.label
        low, high = self._range(m)
        if low is None:
            return None
        unit_word = _group(m, "unit")
        if kind == "money":
            code, factor = self.currency.get(unit_word, (None, 1.0))
            if code == "CNY" and unit_word in _YUAN:
                code = self._currency_before(m) or code  # 港币3亿元: 元 of the named currency
            unit = code
        elif kind == "area":
            factor, unit = self.area.get(unit_word), "m2"
        elif kind == "measure":
            unit, factor = self.measure.get(unit_word, (None, None))
        else:
            return None
        if unit is None or factor is None:
            return None
        num = (_group(m, "num") or "").strip()
        if len(num) == 1 and num in _SCALE_END and self._is_unit(kind, num + unit_word):
            return None  # 每千瓦时, 每千米: 千 is part of the unit word, not a number
        if len(num) > 1 and num[-1] in _SCALE_END and high is None and self._is_unit(kind, num[-1] + unit_word):
            # 千万千瓦: the last 千 opens the unit (千万 × 千瓦), not a third magnitude
            head = parse_number(num[:-1])
            if head is not None and kind == "measure":
                low = head
                unit, factor = self.measure[num[-1] + unit_word]
        if _group(m, "half"):
            low += 0.5
        fields = self._fields(kind, low * factor, None if high is None else high * factor, unit, m)
        if fields is not None and not _group(m, "half") and not _group(m, "sign"):
            fields["_factor"] = factor
        return fields

    def _currency_before(self, m):
        """The code of a currency other than CNY named right before the match (a space
        aside): 港币3亿元, 新台币500万元, 美金2000元."""
        text = m.string
        i = m.start()
        while i > 0 and text[i - 1] in " \u3000":
            i -= 1
        for n in range(min(4, i), 0, -1):
            word = text[i - n:i]
            code = self.currency_prefix.get(word) or self.currency.get(word, (None, 0))[0]
            if code and code != "CNY" and self.currency.get(word, (code, 1.0))[1] == 1.0:
                return code
        return None

    def _is_unit(self, kind, word):
        table = {"money": self.currency, "area": self.area, "measure": self.measure}.get(kind, {})
        return word in table

    def _amount_prefix(self, m, rule):
        value = parse_number(_group(m, "num"))
        code = self.currency_prefix.get(_group(m, "unit"))
        if value is None or code is None:
            return None
        return self._fields("money", value, None, code, m)

    def _composite(self, m, rule):
        """元/块 + 角/毛 + 分: 五元三角 = 5.3, 一块二 = 1.2, 两角五分 = 0.25; a range of
        two such sums (五块六到五块七毛八) fills value_max."""
        low = _sum(_group(m, "num"), _group(m, "jiao"), _group(m, "fen"))
        if low is None:
            return None
        high = None
        if _group(m, "num2"):
            high = _sum(_group(m, "num2"), _group(m, "jiao2"), _group(m, "fen2"))
            if high is None or high < low:
                return None
        code = self.currency.get(_group(m, "unit") or "", ("CNY", 1))[0]
        return self._fields("money", low, high, code, m)

    def _fen(self, m, rule):
        """A sum in 分 (cents of a 元): 5分钱 = 0.05, 二十五分 = 0.25 (under one 元)."""
        v = parse_number(_group(m, "fen"))
        if v is None or v <= 0 or v >= 100:
            return None
        return self._fields("money", v / 100, None, "CNY", m)

    def _minor(self, m, rule):
        """main + minor currency: 两美元又三美分 = 2.03 USD."""
        main = parse_number(_group(m, "num"))
        sub = parse_number(_group(m, "mnum"))
        code, factor = self.currency.get(_group(m, "unit"), (None, 1.0))
        mcode, mfactor = self.minor.get(_group(m, "minor"), (None, None))
        if main is None or sub is None or code is None or mcode != code:
            return None
        return self._fields("money", main * factor + sub * mfactor, None, code, m)

    def _count(self, m, rule):
        low, high = self._range(m)
        if low is None:
            return None
        num = (_group(m, "num") or "").strip()
        unit = _group(m, "unit") or ""
        if num in _BARE_MAG and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2")):
            return None
        few = _ADJACENT.fullmatch(num)
        if few and not few.group(3):
            return None  # 两三个, 三四家: "a few", vague; 三四十家 and 四五米 are ranges
        if unit in self.scale_words and num[-1:] in _SCALE_END:
            return None  # 千亿级, 100亿级: a scale label; the bare count rule keeps 千亿
        if (unit and num in _ARTICLE and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))
                and unit not in self.not_article):
            return None  # 一批, 一个: the article (not 一倍, 一个以上)
        if (num in self.grade_digits and unit and self.count_type.get(unit) == "mw"
                and unit not in self.grade_free_units
                and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))):
            return None  # 二类地区, 二级公路: a grade; a count of two says 两
        if (unit in self.level_units and not (_group(m, "q1") or _group(m, "over"))
                and not m.string.endswith(self.level_words, 0, m.start())):
            return None  # 三级大豆油, 三级航道: a grade (省、市、县三级 counts levels)
        if unit in self.year_label and _RX_YEAR.fullmatch(num):
            return None  # 2024届: a class named by its year
        ue = _span(m, "unit")[1]
        if unit in self.ordinal_next and any(m.string.startswith(w, ue) for w in self.ordinal_next[unit]):
            return None  # 十四届全国人大, 三次产业
        if unit in self.magnitude_free_units and num[-1:] in "万萬亿億":
            return None  # 投资2.5亿对…改造: the preposition 对 after a sum, no pairs
        if unit in self.session_units and self._session_body is not None and self._session_body.match(m.string, ue):
            return None  # 五届某某市委, 十四届某省人大: a session's number
        if unit in self.ordinal_prev and not _group(m, "q1") and any(
                m.string.endswith(w, 0, m.start()) for w in self.ordinal_prev[unit]):
            return None  # 十一届五次全会, 县十九届人大三次会议: a session's number
        fields = self._fields("count", low, high, unit, m)
        fields["_factor"] = 1  # a list before it may share its unit (3、5个)
        if not unit and _RX_BARE_CN.fullmatch(num):
            fields["_need_q1"] = True  # 近千 counts, 千 alone does not
        elif not unit and _RX_UNITS_ONLY.fullmatch(num) and not self._counted(m):
            # 突破千亿大关: a round magnitude alone is a milestone (超千亿, 三个千亿 count)
            if not (_group(m, "q1") or _group(m, "over") or _group(m, "q2")):
                return None
            fields["_need_q1"] = True
        return fields

    def _counted(self, m):
        """Whether a measure word of a count stands right before the match, an opening quote
        aside (连跨“三个千亿”大关: the magnitude is what 三个 counts)."""
        i = m.start()
        text = m.string
        while i > 0 and text[i - 1] in _OPEN_QUOTES:
            i -= 1
        return i > 0 and self.count_type.get(text[i - 1]) == "mw"

    def _money_bare(self, m, rule):
        """A bare number with 万/亿 after a word naming a sum of money (总投资约900万): money
        in the rule's ``currency`` param (the text's own currency goes unsaid: CNY)."""
        low, high = self._range(m)
        if low is None:
            return None
        factor = rule.param("factor", 1)  # 40个亿: the magnitude stands apart from the number
        if factor != 1:
            low, high = low * factor, (high * factor if high is not None else None)
        return self._fields("money", low, high, rule.param("currency", "CNY"), m)

    def _percent(self, m, rule):
        low, high = self._range(m)
        if low is None:
            return None
        word = _RX_SP_DUO.sub("", _group(m, "unit") or "%")
        unit = {"%": "%", "％": "%", "‰": "‰"}.get(word, "‰" if "千" in word else "pp")  # 个千分点: per mille
        fields = self._fields("percent", low, high, unit, m)
        if fields is not None and not _group(m, "sign"):
            fields["_factor"] = 1  # a list before it may share its unit (5.2和6.1个百分点)
        return fields

    def _fraction(self, m, rule):
        """X分之Y -> Y/X in percent (四分之一 = 25, 百分之五 = 5, 千分之二 = 0.2)."""
        den = _group(m, "den")
        den = parse_number("一" + den if den and set(den) <= {"万", "萬"} else den)  # 万分之, 万万分之
        if den in (None, 0):
            return None
        low, high = self._range(m)
        if low is None:
            return None
        if "/" in (m.group(0) or "") and low >= den:
            return None  # 5/3 over a slash: no share of a whole (percent.slash)
        f = 100.0 / den
        return self._fields("percent", low * f, None if high is None else high * f, "%", m)

    def _cheng(self, m, rule):
        """三成 = 30 %, 三成半 = 35 %, 七成六 = 76 %."""
        v = parse_number(_group(m, "num"))
        if v is None or v > 10:
            return None
        if _group(m, "half"):
            v += 0.5
        tenth = _group(m, "tenth")
        if tenth:  # 七成六 = 76 %
            v += parse_number(tenth) / 10
        return self._fields("percent", v * 10, None, "%", m)

    def _half(self, m, rule):
        """一半 bounded by a qualifier: 50 %."""
        return self._fields("percent", 50, None, "%", m)

    def _zhe(self, m, rule):
        """A discount as the share paid: 八折 = 80, 七五折 = 75, 9.9折 = 99, 半折 = 50."""
        raw = _RX_SP.sub("", _group(m, "num"))
        if raw in ("半", "对", "對"):
            return self._fields("percent", 50, None, "%", m)
        digits = [parse_number(c) for c in raw]
        if len(raw) == 2 and all(d is not None and d < 10 for d in digits):
            return self._fields("percent", digits[0] * 10 + digits[1], None, "%", m)  # 七五折
        v = parse_number(raw)
        if v is None or v <= 0:
            return None
        if v < 10:
            v *= 10
        if v >= 100:
            return None
        return self._fields("percent", v, None, "%", m)



#: normalizer name (a rule's ``normalize``) -> function (extractor, match, rule)
NORMALIZERS = {
    "amount": NormalizeMixin._amount,
    "amount_prefix": NormalizeMixin._amount_prefix,
    "money_bare": NormalizeMixin._money_bare,
    "amount_composite": NormalizeMixin._composite,
    "amount_minor": NormalizeMixin._minor,
    "count": NormalizeMixin._count,
    "percent": NormalizeMixin._percent,
    "fraction": NormalizeMixin._fraction,
    "cheng": NormalizeMixin._cheng,
    "half": NormalizeMixin._half,
    "fen": NormalizeMixin._fen,
    "zhe": NormalizeMixin._zhe,
}


def _sum(yuan, jiao, fen):
    y = parse_number(yuan) if yuan else 0
    j = parse_number(jiao) if jiao else 0
    f = parse_number(fen) if fen else 0
    if y is None or j is None or f is None or j >= 10 or f >= 10:
        return None
    return y + j / 10 + f / 100
