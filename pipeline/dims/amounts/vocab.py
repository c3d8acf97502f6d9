"""Constants of the amount extractor not (yet) moved into rules/amounts.yaml, and the
small helpers every step uses to read a match's named groups."""
from __future__ import annotations

import regex

TABLE = "amounts"
_CN_NUM_CHARS = set("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸兩倆十拾百佰千仟廿卅卌万萬亿億兆")
_MAG_TAIL = regex.compile(r"(?:[千仟百佰]?[万萬亿億兆]{1,2}|[千仟百佰])$")
_RX_DIGIT = regex.compile(r"[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩〇零]")
_RX_INNER = regex.compile(r"[多余几餘幾](?=[十拾百佰千仟万萬亿億兆]|$)")
_RX_UNITS_ONLY = regex.compile(r"[十拾百佰千仟万萬亿億兆]+")
#: a number that is a magnitude alone (百, 千, 万): after a slash, a rate's denominator
_RX_BARE_MAG_ONLY = regex.compile(r"[万萬][亿億]|[百佰千仟万萬亿億]")
_RX_YEAR = regex.compile(r"(?:19|20)[0-9]{2}")
_RX_BARE_CN = regex.compile(r"[十拾百佰千仟万萬亿億][十拾百佰千仟万萬]*")
_RX_SP_DUO = regex.compile(r"\s|多")
_RX_SP = regex.compile(r"\s")
_RX_ARABIC = regex.compile(r"[0-9０-９]")
_RX_TIME_NEXT = regex.compile(r"[零〇一二两三四五六七八九十]{1,3}(?:季度|个月|月|年|日|天|周|星期)")
#: a unit written after the low end of a range (not a separator: 至, 到, 一)
_RX_HAN_UNIT = regex.compile(r"[^\s至到~～—–\-－\u3000]")
_HAS_MAG = regex.compile(r"[十拾百佰千仟万萬亿億兆]")
_CN_DIGITS = set("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸兩倆")
_ARTICLE = {"一", "壹"}
#: the financial forms of the digits and of 十: alone before a unit they are a word's
#: character (陆港 "land port", 伍家), in a longer numeral a number (伍拾万元)
_FIN_DIGITS = set("壹贰叁肆伍陆柒捌玖拾貳參陸")
_BARE_MAG = {"万", "萬", "亿", "億", "万亿", "萬億", "万億", "萬亿"}  # (近万亿元: 一万亿)
_SCALE_END = set("十拾百佰千仟万萬亿億兆")
_LIST_SEP = regex.compile(r"(?:、|和|与|及|或|以及)$")
_LIST_ITEM = regex.compile(r"[0-9０-９万萬亿億]")
_BARE_PROBES = ("1230万", "1.6亿", "10多万", "千亿", "三千万", "3", "三", "2.5")
_BARE_PROBES_Q = ("近千", "超1.6亿", "近万", "约3", "超三")
_PROBE_TAIL = "丶"  # a Han character no rule names
#: characters whose presence after a numeral run is checked rule by rule
_TAIL_CHARS = regex.compile(r"[\p{Han}\p{P}]")
_NUMERAL_MACROS = ("NUM", "NUM_WIDE")  # what a numeral itself may hold
_NUMERAL_REF = regex.compile(r"\{(?:NUM\w*|DIGIT_\w+|UNIT_CN|MAG_CN|MAG_AR|AMT_LEFT|AMT_NUM)\}")
_SIGNS = {"负", "-", "－", "−"}
_HAN = regex.compile(r"\p{Han}")
_OPEN_QUOTES = set("“‘「『\"'《")
_CLOSE_QUOTES = set("”’」』\"'》")
#: defaults of the thresholds that are ``params:`` of rules/amounts.yaml (read at load)
#: jieba cuts this many characters either side of a candidate to find word edges
SEGMENT_WINDOW = 6
#: how far past its start a candidate match may look: no amount is longer, and a bound
#: keeps the scan linear on pathological runs (1-1-1-…, 1 1 1 …) that a rule's
#: separators and repeats could otherwise follow to the end of the text
MATCH_WINDOW = 200
#: jieba dictionary frequency from which "character + qualifier" is a word (签约 440,
#: 履约 35), not a chance pair with a junk entry (口约 3, 年近 3)
WORD_FREQ = 20
#: a list item sharing the unit of the amount after it ends within this many characters
#: before the separator (1200、1000、500万元)
LIST_ITEM_REACH = 24
#: how far past a count that opens a quotation a second numbered part is looked for
#: (“四个革命、一个合作” is a slogan, not a count)
SLOGAN_REACH = 12


def _is_han(ch: str) -> bool:
    return _HAN.match(ch) is not None


class Found:
    """A rule's match with its groups read once: ``regex`` looks a group up by name slowly
    (and raises for a name the rule lacks), and the steps ask for a dozen names per
    candidate (:func:`_group`, :func:`_span`). ``index`` is the pattern's group index."""

    __slots__ = ("match", "groups", "index", "string")

    def __init__(self, match, index: dict):
        self.match = match
        self.groups = match.groups()
        self.index = index
        self.string = match.string

    def span(self, group=0):
        return self.match.span(group)

    def start(self, group=0):
        return self.match.start(group)

    def end(self, group=0):
        return self.match.end(group)

    def group(self, group=0):
        return self.match.group(group)


def _group(m: Found, name):
    """The text of group ``name`` (None when the rule has no such group or it took nothing)."""
    i = m.index.get(name)
    return m.groups[i - 1] if i else None


def _span(m: Found, name):
    """The span of group ``name``, (-1, -1) when the rule has none or it took nothing."""
    i = m.index.get(name)
    return m.match.span(i) if i else (-1, -1)


def _clean(v):
    if v is None:
        return None
    v = round(float(v), 9)
    if v.is_integer() and abs(v) < 1e18:
        return int(v)
    return float(f"{v:.12g}")
