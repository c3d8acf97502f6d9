"""Parse a numeral written in any form Chinese news uses into a number.

``parse_number(text) -> float | None`` accepts

* Arabic digits, half- or full-width, with thousands separators (``1,200``, ``４，５６５``),
  decimals (``.77``, ``01.10``), a sign (``-``, ``负``), scientific notation (``2e5``,
  ``-12e-1``), powers (``2^5``) and the Latin magnitude suffixes ``k``/``M``/``G``;
* Chinese numerals, simplified, traditional and financial (``三千万``, ``壹仟贰佰``,
  ``肆佰陸拾``, ``廿``/``卅``/``卌``), with ``点`` decimals (``一点二亿``), the big units
  ``万``/``亿``/``兆`` (``兆`` = 1e12) in any stacking (``万亿``, ``万万``), the spoken
  abbreviations (``二百五`` = 250, ``一万三`` = 13000, ``千三`` = 1300) and digit strings
  (``二〇三五`` = 2035);
* mixed forms (``1.5万``, ``3万4000``, ``5亿1万4千6百``) and approximators inside the
  numeral (``10多万``, ``十余万``, ``二十几万`` read as the stated round number);
* fractions (``四分之一`` = 0.25, ``3又一千分之23``, ``3/5``, ``1 3/5``), halves
  (``一半``, ``一个半``) and the counting words ``打`` (12), ``对``/``双`` (2).

Anything else, including vague numerals such as ``二三十`` and ill-formed ones such as
``百千万``, gives ``None``. Percent words (``百分之``) are fractions here: the amount
normalizers turn them into percent points.

cn2an was evaluated as the base parser: it rejects the spoken abbreviations (千三,
万九), ``兆``, stacked units (万万), fractions and mixed Arabic/Chinese with several big
units, so this module implements the grammar itself (one pass over the characters) and
uses cn2an nowhere.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

__all__ = ["parse_number", "DIGITS", "SMALL_UNITS", "BIG_UNITS"]

#: Chinese digit characters (simplified, traditional, financial) -> value
DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": None,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "倆": 2, "俩": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3, "弎": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
DIGITS = {k: v for k, v in DIGITS.items() if v is not None}
#: units below 万, which combine additively inside one section
SMALL_UNITS = {"十": 10, "拾": 10, "什": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: tens written as one character
TENS = {"廿": 20, "卅": 30, "卌": 40}
#: big units, which multiply everything before them
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

_TRAD = str.maketrans({"點": "点", "負": "负", "個": "个", "幾": "几", "對": "对", "雙": "双",
                       "餘": "余", "來": "来", "份": "分"})
_APPROX = re.compile(r"(?<=[0-9\u4e00-\u9fff])[多余几来](?=[万萬亿億兆千仟百佰十拾]|$)")
_SPACES = re.compile(r"\s+")
_AR_NUM = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]*)?|\.[0-9]+")
_SCI = re.compile(r"([+-]?)((?:[0-9]+(?:,[0-9]{3})*)?(?:\.[0-9]+)?|[0-9]+\.)([eE^])([+-]*)([0-9]+)")
_LATIN_MAG = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "g": 1e9, "G": 1e9, "b": 1e9, "B": 1e9}


def parse_number(text: str) -> float | None:
    """The value of the numeral ``text`` (int-valued results are returned as int)."""
    if not isinstance(text, str) or not text.strip():
        return None
    v = _parse_cached(text)
    if v is None:
        return None
    try:
        f = float(v)
    except OverflowError:  # a run of hundreds of digits is no amount
        return None
    if not math.isfinite(f):
        return None
    if f.is_integer() and abs(f) < 1e18:
        return int(v)
    return f


@lru_cache(maxsize=65536)
def _parse_cached(text: str):
    s = unicodedata.normalize("NFKC", text).translate(_TRAD).strip()
    # a mixed fraction with a space: "1 3/5", "4 6/3"
    m = re.fullmatch(r"([+-]?)([0-9]+)\s+([0-9]+)\s*/\s*([0-9]+)", s)
    if m:
        den = int(m.group(4))
        if den == 0:
            return None
        v = int(m.group(2)) + int(m.group(3)) / den
        return -v if m.group(1) == "-" else v
    s = _SPACES.sub("", s)
    if not s:
        return None
    return _signed(s)


def _signed(s: str):
    neg = False
    while s and s[0] in "-负+":
        if s[0] != "+":
            neg = not neg
        s = s[1:]
    if not s:
        return None
    v = _unsigned(s)
    if v is None:
        return None
    return -v if neg else v


def _unsigned(s: str):
    # scientific notation and powers: 2e5, 21.2E0, 2^5, 1.1^+23, -1.1^--23
    m = _SCI.fullmatch(s)
    if m and m.group(2) not in ("", "."):
        base = float(m.group(2).replace(",", ""))
        exp = int(m.group(5))
        if m.group(4).count("-") == 1:
            exp = -exp
        if m.group(3) in "eE":
            return base * 10.0 ** exp
        try:
            return base ** exp
        except (OverflowError, ZeroDivisionError):
            return None
    # fractions: a/b, A又B分之C, B分之C, 十份十一
    if "/" in s:
        num, _, den = s.partition("/")
        a, b = _signed(num), _signed(den)
        if a is None or b in (None, 0):
            return None
        return a / b
    if "又" in s:
        whole, _, frac = s.partition("又")
        a, b = _signed(whole), _signed(frac)
        if a is None or b is None or "分" not in frac:
            return None
        return a + b if a >= 0 else a - b
    if "分之" in s or re.search(r"分[^之]", s):
        sep = "分之" if "分之" in s else "分"
        den, _, num = s.partition(sep)
        if not den or not num:
            return None
        b, a = _signed(den), _signed(num)
        if a is None or b in (None, 0):
            return None
        return a / b
    # counting words
    if s[-1] == "个" and len(s) > 1:
        return _unsigned(s[:-1])
    if s[-1] == "打":
        base = _unsigned(s[:-1]) if len(s) > 1 else 1
        return None if base is None else base * 12
    if s[-1] in "对双" and len(s) > 1:
        base = _unsigned(s[:-1])
        return None if base is None else base * 2
    if "半" in s:
        return _half(s)
    # Latin magnitude suffix: 40k, 3M, .0012G
    if s[-1] in _LATIN_MAG and len(s) > 1:
        base = _unsigned(s[:-1])
        if base is None or not re.fullmatch(r"[0-9.,]+", s[:-1]):
            return None
        return base * _LATIN_MAG[s[-1]]
    s = _APPROX.sub("", s)
    if not s:
        return None
    m = _AR_NUM.fullmatch(s)
    if m:
        return _arabic(s)
    return _chinese(s)


def _half(s: str):
    if s == "半":
        return 0.5
    if s.startswith("半"):  # 半百 = 50
        rest = _unsigned(s[1:])
        return None if rest is None else rest / 2
    if s.endswith("半"):
        head = s[:-1].rstrip("半")
        if head.endswith("个"):  # 一个半 = 1.5
            head = head[:-1]
            base = _unsigned(head) if head else 1
            return None if base is None else base + 0.5
        if head in ("一", "1", "壹"):  # 一半 = 0.5
            return 0.5
        base = _unsigned(head)
        return None if base is None else base + 0.5
    return None


def _arabic(s: str) -> float | None:
    if s.startswith("."):
        s = "0" + s
    try:
        return float(s.replace(",", "")) if "." in s else int(s.replace(",", ""))
    except ValueError:
        return None


def _tokens(s: str):
    """Split into ('d', value), ('u', small unit), ('b', big unit), ('p', point), ('z', zero)."""
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        m = _AR_NUM.match(s, i)
        if m and m.end() > i:
            v = _arabic(m.group(0))
            if v is None:
                return None
            out.append(("a", v))
            i = m.end()
            continue
        if c in DIGITS:
            v = DIGITS[c]
            out.append(("z", 0) if v == 0 and c in "零〇○Ｏ" else ("d", v))
        elif c in SMALL_UNITS:
            out.append(("u", SMALL_UNITS[c]))
        elif c in TENS:
            out.append(("t", TENS[c]))
        elif c in BIG_UNITS:
            out.append(("b", BIG_UNITS[c]))
        elif c == "点":
            out.append(("p", None))
        else:
            return None
        i += 1
    return out


def _chinese(s: str):
    toks = _tokens(s)
    if not toks:
        return None
    kinds = [k for k, _ in toks]
    # digit string: 二〇三五, 一九九一 (three digits or more, no units); two digits in a
    # row are a vague pair (一两个, 三五天), not a number
    if len(toks) > 1 and all(k in "dz" for k in kinds):
        if len(toks) == 2 and "z" not in kinds:
            return None
        return int("".join(str(v) for _, v in toks))
    if "p" in kinds:
        i = kinds.index("p")
        head, tail = toks[:i], toks[i + 1:]
        # digits after the point, then optionally big units: 一点二亿
        j = 0
        while j < len(tail) and tail[j][0] in "dza":
            j += 1
        frac_toks, units = tail[:j], tail[j:]
        if not frac_toks or any(k != "b" for k, _ in units) or "p" in kinds[i + 1:]:
            return None
        if any(k == "a" for k, _ in frac_toks):
            if len(frac_toks) != 1 or not isinstance(frac_toks[0][1], int):
                return None
            frac = float("0." + str(frac_toks[0][1]))
        else:
            frac = float("0." + "".join(str(v) for _, v in frac_toks))
        whole = _integer(head) if head else 0
        if whole is None:
            return None
        v = whole + frac
        for _, u in units:
            v *= u
        return v
    return _integer(toks)


def _integer(toks):
    """Section grammar: digits, small units (十百千) and big units (万亿兆)."""
    if not toks or all(k == "b" for k, _ in toks):
        return None
    total = 0.0        # value of everything closed by a big unit
    max_big = 0        # largest big unit seen
    section = 0.0      # value inside the current section (below the next big unit)
    digit = None       # pending digit (or Arabic number) not yet multiplied
    last_unit = None   # last small unit in this section (for 二百五 and validation)
    last_big = None    # big unit just closed, when nothing followed yet (for 万九)
    zero = False       # a 零 since the last unit: no abbreviation
    prev = None
    for kind, val in toks:
        if kind in ("d", "a"):
            if digit is not None:
                return None  # two numbers in a row: 二三十 is vague
            digit = val
        elif kind == "t":
            if digit is not None or (last_unit is not None and last_unit <= 10):
                return None
            section += val  # 廿 = 二十, 卅 = 三十
            last_unit = 10
            zero = False
        elif kind == "z":
            if digit is not None:
                return None
            zero = True
        elif kind == "u":
            if last_unit is not None and val >= last_unit and digit is not None:
                return None  # units must decrease: 百千 is not a numeral
            if last_unit is not None and val >= last_unit and digit is None and not zero:
                return None
            if digit is None:
                digit = 1  # 十五, 百三, 千架
            section += digit * val
            digit = None
            last_unit = val
            zero = False
        elif kind == "b":
            if digit is None and section == 0 and total == 0 and prev is None:
                digit = 1  # 万九
            elif prev == "d" and not zero and last_unit is not None and section > 0 and digit < 10:
                digit = digit * last_unit / 10  # 百二万 = 1.2e6
            part = section + (digit or 0)
            if part == 0 and total == 0:
                return None
            if val > max_big or part == 0:
                total = (total + part) * val
                max_big = max(max_big, val)
            else:
                total += part * val
            section, digit, last_unit, zero = 0.0, None, None, False
            last_big = val
        prev = kind
    if digit is not None:
        # spoken abbreviation: 二百五 = 250, 一万三 = 13000, 万九 = 19000
        if not zero and isinstance(digit, int) and digit < 10 and prev in ("d",) and len(toks) > 1:
            if last_unit is not None and section > 0:
                return total + section + digit * last_unit / 10
            if last_unit is None and section == 0 and last_big:
                return total + digit * last_big / 10
        section += digit
    return total + section


def _is_int(v) -> bool:
    return isinstance(v, int) or (isinstance(v, float) and math.isfinite(v) and v.is_integer())
