"""Amounts (amounts.csv, SPEC §3): money, area, percent, measure and count mentions.

The rules of ``rules/amounts.yaml`` find candidates in the raw text; a normalizer named
by each rule turns the named groups of its match into the table's columns. The group
contract (see the head of amounts.yaml):

    q1, q2   qualifier words before the number / after the unit
    sign     minus sign          num, num2   the number, the high end of a range
    over     余/多/几 between number and unit
    unit     unit word (looked up in the lexicon of the rule's kind)
    half     半 after the unit   den         denominator (四分之一)
    jiao, fen (jiao2, fen2)  角 and 分 of a composite sum of money (and its high end)
    mnum, minor  number and minor currency after a main one (两美元又三美分)

Normalizers return ``None`` to drop a candidate (a numeral the parser cannot read).
Generic filters, the same for every rule:

* a count whose number is the article 一 (一批, 一个) is dropped (SPEC §3);
* a Chinese numeral must start and its unit must end on a jieba word edge (李四人民币,
  千家万户, 五角大楼, 两位数); so must a noun standing as a measure word (人, 市, 地)
  after any numeral (10万人口 is 10万 + 人口), and 成/折. jieba runs only on a small
  window, and only where a dictionary word crosses the edge at all;
* a one-character qualifier that ends a dictionary word with the character(s) before
  it (签约3个, 附近5家) is trimmed from the span;
* a Chinese numeral with its unit that opens a place or landmark name is dropped
  (八角寨, 三道堰镇: a head of amount_name_suffix follows, see :meth:`_in_name`);
* set labels and slogans are not counts: a noun measure word after a numeral with no
  digit (百县千镇), right after an opening quote (“两区”), or a count followed at once
  by another Chinese numeral (两区一中心).

Speed: the rules are not run over the whole text. A match starts at a numeral, or at
a qualifier, currency or sign right before one, so :meth:`AmountExtractor._scan` finds
numeral runs with one cheap pattern and tries each rule anchored there, skipping rules
that cannot match the character after the run. Its result equals ``engine.scan`` (a
test checks this on the corpus).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from . import trace as _trace
from .engine import check_normalizers, resolve_overlaps
from .model import Context, Mention
from .numerals import parse_number
from .rules import RuleSet
from .segment import segmenter

TABLE = "amounts"
_CN_NUM_CHARS = set("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸兩倆十拾百佰千仟廿卅卌万萬亿億兆")
_MAG_TAIL = regex.compile(r"(?:[千仟百佰]?[万萬亿億兆]{1,2}|[千仟百佰])$")
_RX_DIGIT = regex.compile(r"[0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩〇零]")
_RX_INNER = regex.compile(r"[多余几餘幾](?=[十拾百佰千仟万萬亿億兆]|$)")
_RX_UNITS_ONLY = regex.compile(r"[十拾百佰千仟万萬亿億兆]+")
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
_BARE_MAG = {"万", "萬", "亿", "億"}
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
_WINDOW = 6
#: how far past its start a candidate match may look: no amount is longer, and a bound
#: keeps the scan linear on pathological runs (1-1-1-…, 1 1 1 …) that a rule's
#: separators and repeats could otherwise follow to the end of the text
MATCH_WINDOW = 200
#: jieba dictionary frequency from which "character + qualifier" is a word (签约 440,
#: 履约 35), not a chance pair with a junk entry (口约 3, 年近 3)
_WORD_FREQ = 20


def _is_han(ch: str) -> bool:
    return _HAN.match(ch) is not None


def _strip_negative(pattern: str) -> str:
    """``pattern`` without its negative look-arounds ``(?!...)`` and ``(?<!...)``."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith("(?!", i) or pattern.startswith("(?<!", i):
            depth, j, in_class = 0, i, False
            while j < n:
                c = pattern[j]
                if c == "\\":
                    j += 2
                    continue
                if in_class:
                    in_class = c != "]"
                elif c == "[":
                    in_class = True
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def _group(m, name):
    try:
        return m.group(name)
    except (IndexError, regex.error):
        return None


def _span(m, name):
    try:
        return m.span(name)
    except (IndexError, regex.error):
        return (-1, -1)


class AmountExtractor:
    table = TABLE
    requires = ()  # tables whose mentions extract() reads (ctx.mentions)
    labels = ("money", "area", "count", "percent", "measure")  # a rule's label is the amount kind

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        self.normalizers = {
            "amount": self._amount,
            "amount_prefix": self._amount_prefix,
            "amount_composite": self._composite,
            "amount_minor": self._minor,
            "count": self._count,
            "percent": self._percent,
            "fraction": self._fraction,
            "cheng": self._cheng,
            "half": self._half,
            "fen": self._fen,
            "zhe": self._zhe,
        }
        check_normalizers(self.rules, self.normalizers)
        self.currency = {r[0]: (r[1], float(r[2]) if len(r) > 2 else 1.0)
                         for lex in ("currency", "amount_currency_context") for r in rules.lexicon(lex).entries}
        self.currency_prefix = {r[0]: r[1] for r in rules.lexicon("amount_currency_prefix").entries}
        self.area = {r[0]: float(r[1]) for r in rules.lexicon("amount_area").entries}
        self.measure = {r[0]: (r[1], float(r[2])) for lex in ("amount_measure", "amount_measure_context", "amount_measure_liang")
                        for r in rules.lexicon(lex).entries}
        self.minor = {r[0]: (r[1], float(r[2])) for r in rules.lexicon("amount_currency_minor").entries}
        self.year_label = set(rules.lexicon("amount_count_year_label"))
        self.scale_words = set(rules.lexicon("amount_count_scale"))
        self.ordinal_next = {}
        for row in rules.lexicon("amount_count_ordinal_next").entries:
            if len(row) > 1:
                self.ordinal_next.setdefault(row[0], []).append(row[1])
        self.count_type = {r[0]: (r[1] if len(r) > 1 else "mw") for r in rules.lexicon("amount_count").entries}
        self.qual = {}
        for lex in ("amount_qualifier_pre", "amount_qualifier_post", "amount_qualifier_inner"):
            for r in rules.lexicon(lex).entries:
                self.qual[r[0]] = r[1]
        self.seg = segmenter()
        self.name_heads = set(rules.lexicon("amount_name_suffix"))
        # a list item right before a separator: a numeral that may start there
        self._item_before = regex.compile("{}(?>{})$".format(rules.macro("NUM_LEFT"), rules.macro("NUM")))
        self._freq = self.seg.freq.get  # jieba's dictionary: word -> frequency
        # fast scan (see _scan): numeral runs, and the words a match may start with
        # a run: digits with their separators (where NUM_LEFT lets no number start),
        # Chinese digits, units and magnitudes
        self._anchor = regex.compile("[半对對]|(?:[0-9]+(?:[.．,][0-9]+)*|[０-９]+(?:[.．,，][０-９]+)*|{}|{}|{})+".format(
            *(rules.macro(n) for n in ("DIGIT_CN", "UNIT_CN", "MAG_CN"))))
        self._starters = set(rules.lexicon("amount_qualifier_pre")) | set(rules.lexicon("amount_currency_prefix"))
        self._starters |= _SIGNS
        self._max_starter = max(map(len, self._starters)) + 1  # + one space
        # the Han characters each rule can match (lexicon entries and literal characters;
        # negative look-arounds left out): a rule is not tried after a numeral run whose
        # next Han character it cannot match (统一规划, 对口, 2024年, 6个 for percents)
        # (numeral macros left out, then the characters that can continue a numeral after
        # a run added back: a comma cannot, the run has taken its digit groups)
        numeral = "".join(rules.macro(n) for n in _NUMERAL_MACROS)
        cont = set(_TAIL_CHARS.findall(_strip_negative(numeral))) - set(",，")
        self._rule_han, self._rule_own = [], []
        self._by_char = {}
        for r in self.rules:
            raw = _NUMERAL_REF.sub("", r.data.get("pattern") or "")
            own = set(_TAIL_CHARS.findall(_strip_negative(rules.expand(raw))))
            self._rule_han.append(own | cont)
            self._rule_own.append(own)
        units = set()
        for lex in ("currency", "amount_currency_context", "amount_area", "amount_measure",
                    "amount_measure_context", "amount_measure_liang", "amount_count"):
            units |= set(rules.lexicon(lex))
        # a unit written wholly in numeral characters (两 = 50 g) may end inside a run:
        # runs holding one are tried with every rule
        self._run_keep = set("".join(u for u in units if self._anchor.fullmatch(u)))
        # rules that can end right after the number (bare counts: 1230万, 近千) are tried
        # whatever follows the run; found by probing each rule with bare numerals
        # (1: after any run; 2: only where a qualifier starts the match, 近千)
        self._bare = [0 if r.regex is None else 1 if any(r.regex.match(p + _PROBE_TAIL) for p in _BARE_PROBES)
                      else 2 if any(r.regex.match(p + _PROBE_TAIL) for p in _BARE_PROBES_Q) else 0
                      for r in self.rules]
        self._every = [i for i, r in enumerate(self.rules) if r.regex is not None]

    # ------------------------------------------------------------------ driver
    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        found = []
        targets = {}  # id(mention) -> its number's text, for lists sharing a unit
        bounds_cache: dict = {}
        for rule, m in self._scan(text):
            fields = self.normalizers[rule.normalize or "amount"](m, rule)
            if fields is None:
                if _trace.current is not None:
                    _trace.drop(TABLE, *m.span(), m.group(), rule.id, f"normalizer {rule.normalize or 'amount'}",
                                "no value (unknown unit, unreadable numeral or a label)")
                continue
            start, end = m.span()
            q1s, q1e = _span(m, "q1")
            if q1s >= 0 and not self._q1_ok(text, q1s, q1e, bounds_cache):
                if fields.get("_need_q1"):
                    if _trace.current is not None:
                        _trace.drop(TABLE, start, end, m.group(), rule.id, "amounts.qualifier", "needs its qualifier")
                    continue
                start = q1e  # the span starts after the trimmed qualifier
                fields = self._requalify(m, fields, drop_q1=True)
            if not self._edges_ok(text, m, rule, start, end, fields, bounds_cache):
                if _trace.current is not None:
                    _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.edges",
                                "not at word edges (inside a word, a set label or a vague quantity)")
                continue
            if self._in_name(text, m, end, fields):
                if _trace.current is not None:
                    _trace.drop(TABLE, start, end, text[start:end], rule.id, "amounts.in_name", "part of a name")
                continue
            fields.pop("_need_q1", None)
            factor = fields.pop("_factor", None)
            mention = Mention(TABLE, start, end, text[start:end], rule.id, fields, rule.priority)
            found.append(mention)
            if factor is not None and fields["unit"] and fields["value_max"] is None:
                targets[id(mention)] = (_group(m, "num"), factor)
        kept = resolve_overlaps(found)
        if targets:
            kept = self._distribute(text, kept, targets)
        return kept

    def _distribute(self, text, mentions, targets):
        """A list whose items share the last item's unit (分别为5亿和7.5亿元, 1200、1000、
        500万元): one mention per item, each with the unit (and the magnitude, when
        the item has none) of the last one. Items hold an Arabic digit or 万/亿; a bare
        count on an item's span gives way."""
        out = list(mentions)  # sorted, non-overlapping: overlaps found by bisection (linear time)
        starts = [x.start for x in out]
        for m in mentions:
            num, factor = targets.get(id(m), (None, None))
            if not num:
                continue
            tail = _MAG_TAIL.search(num.strip())
            mag = parse_number("1" + tail.group()) if tail and not _RX_UNITS_ONLY.fullmatch(num.strip()) else 1
            pos = m.start
            while True:
                sep = _LIST_SEP.search(text, max(0, pos - 3), pos)
                if sep is None:
                    break
                item = self._item_before.search(text, max(0, sep.start() - 24), sep.start())
                if item is None or not _LIST_ITEM.search(item.group()):
                    break
                s, e = item.span()
                at = j = bisect_left(starts, e)
                while j > 0 and out[j - 1].end > s:
                    j -= 1
                old = out[j:at]
                if any(not (x.fields["kind"] == "count" and not x.fields["unit"] and (x.start, x.end) == (s, e))
                       for x in old):
                    break
                v = parse_number(item.group())
                if v is None:
                    break
                if mag != 1 and not _HAS_MAG.search(item.group()):
                    v *= mag
                fields = {"kind": m.fields["kind"], "value": _clean(v * factor), "value_max": None,
                          "unit": m.fields["unit"], "qualifier": "over" if _RX_INNER.search(item.group()) else "exact"}
                out[j:at] = [Mention(TABLE, s, e, text[s:e], m.rule_id, fields, m.priority)]
                starts[j:at] = [s]
                pos = s
        return out

    def _scan(self, text):
        """What ``engine.scan(self.rules, text)`` returns, faster: a match of an amount
        rule starts at a numeral, or at a qualifier word (amount_qualifier_pre), a
        currency (amount_currency_prefix) or a sign right before one (an optional space
        between). So one cheap pass finds the numeral runs, and each rule is only tried,
        anchored, at those start positions, keeping finditer's leftmost, non-overlapping
        order per rule."""
        starts = {}  # position -> the Han character after its numeral run, or None: try every rule
        starters, kmax, keep, n = self._starters, self._max_starter, self._run_keep, len(text)
        for r in self._anchor.finditer(text):
            s, e = r.span()
            starter = False
            frontier = [s]
            while frontier:  # starters may stack: 近-5%, 约 ￥300
                q = frontier.pop()
                for k in range(1, min(kmax, q) + 1):
                    seg = text[q - k:q]
                    if seg in starters or (seg[-1] in " \u3000" and seg[:-1] in starters):
                        if q - k not in starts or starts[q - k] is not None:
                            starts[q - k] = None
                            if s - (q - k) < 3 * kmax:
                                frontier.append(q - k)
                        starter = True
            nxt = None
            if not starter and e < n:
                c = text[e] if text[e] not in " \u3000" or e + 1 >= n else text[e + 1]
                if _TAIL_CHARS.match(c):
                    kept = "".join(ch for ch in r.group() if ch in keep)
                    nxt = (c, kept)
            if s not in starts:
                starts[s] = nxt
        if not starts:
            return []
        rules, every, by_char = self.rules, self._every, self._by_char
        last = [-1] * len(rules)
        found = []  # (rule index, match), in position order
        for p in sorted(starts):
            nxt = starts[p]
            if nxt is None:
                cand = every
            else:
                c, kept = nxt
                cand = by_char.get((c, kept))
                if cand is None:
                    cand = by_char[(c, kept)] = self._candidates(c, kept)
            for i in cand:
                if p < last[i]:
                    continue
                m = rules[i].regex.match(text, p, min(n, p + MATCH_WINDOW))
                if m is not None and m.end() > p:
                    found.append((i, m))
                    last[i] = m.end()
        found.sort(key=lambda x: x[0])  # rule order, then start (stable): as engine.scan
        out = [(rules[i], m) for i, m in found]
        return out

    def _candidates(self, c, kept):
        """Indices of the rules worth trying after a numeral run followed by ``c``."""
        out = []
        for i, (rule, rhan, own, bare) in enumerate(zip(self.rules, self._rule_han, self._rule_own, self._bare)):
            if rule.regex is None or bare == 2:
                continue
            if bare or c in rhan or (kept and any(ch in own for ch in kept)):
                out.append(i)
        return out

    # ------------------------------------------------------------------ filters
    def _bounds(self, text, s, e, cache):
        """Word edges jieba draws in a small window around text[s:e]."""
        lo, hi = max(0, s - _WINDOW), min(len(text), e + _WINDOW)
        key = (lo, hi)
        if key not in cache:
            edges = set()
            for _, ws, we in self.seg.cut(text[lo:hi], lo, fast=True):
                edges.add(ws)
                edges.add(we)
            cache[key] = (edges, lo, hi)
        return cache[key]

    def _crossed(self, text, pos):
        """Whether a dictionary word (up to 6 characters) runs across ``pos``."""
        if pos <= 0 or pos >= len(text):
            return False
        freq = self._freq
        for a in range(max(0, pos - 5), pos):
            for b in range(pos + 1, min(len(text), a + 6) + 1):
                if freq(text[a:b]):
                    return True
        return False

    def _in_name(self, text, m, end, fields):
        """A Chinese numeral with its unit that opens a place or landmark name (八角寨,
        十里河, 三道堰镇): a name head (amount_name_suffix) follows as a word of its own
        (not for counts: 三个村 counts villages), or after one one-character word."""
        heads = self.name_heads
        if end >= len(text) or not (text[end] in heads or text[end + 1:end + 2] in heads):
            return False
        num = _group(m, "num") or _group(m, "jiao") or ""
        if not num or num[0] not in _CN_NUM_CHARS or _RX_ARABIC.search(num):
            return False
        if _group(m, "q1") or _group(m, "over") or _group(m, "q2") or not _group(m, "unit"):
            return False
        words = [w for w, _, _ in self.seg.cut(text[end:end + 4], fast=True, hmm=False)]
        if words and words[0] in heads and fields["kind"] != "count":
            return True
        return len(words) > 1 and len(words[0]) == 1 and _is_han(words[0]) and words[1] in heads

    def _q1_ok(self, text, s, e, cache):
        """A one-character qualifier is not the tail of a dictionary word (签约, 附近,
        节约, 赶超): 占地约1200亩 keeps 约."""
        if e - s > 1 or s == 0:
            return True
        if not (_is_han(text[s - 1]) and (self._freq(text[s - 1:e]) or 0) >= _WORD_FREQ):
            return True
        # the pair is a word, but the character before may belong to a word of its own
        # (收入超3000万元: 收入 + 超, not 入超): jieba decides
        edges, _, _ = self._bounds(text, s, e, cache)
        return s in edges and e in edges

    def _edges_ok(self, text, m, rule, start, end, fields, cache):
        num = _group(m, "num") or _group(m, "den") or _group(m, "jiao") or ""
        unit = _group(m, "unit") or ""
        chinese = bool(num) and num[0] in _CN_NUM_CHARS
        noun = rule.label == "count" and self.count_type.get(unit) == "noun"
        word_unit = rule.normalize in ("cheng", "zhe")
        if rule.label == "count" and (noun or chinese):
            # set labels and slogans: 百县千镇万村, “两区”, 两区一中心, 千家万户
            if (noun and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))
                    and not _RX_DIGIT.search(num)):
                return False
            if end < len(text) and text[end] in _CN_DIGITS and not _RX_TIME_NEXT.match(text, end):
                return False  # 两区一中心 (but 五市一季度: the next numeral is a time)
            if noun and start > 0 and text[start - 1] in _OPEN_QUOTES:
                return False  # “两区”: a quoted label (but “四个中心” counts 四个)
        if not (chinese or noun or word_unit):
            return True
        # jieba is asked only where a dictionary word crosses an edge of the candidate
        if not (self._crossed(text, end) or (chinese and self._crossed(text, start)
                                             and self._crossed(text, _span(m, "num")[0]))):
            return True
        edges, lo, hi = self._bounds(text, start, end, cache)
        # a bare count after a qualifier (近千深企): jieba often glues the next unknown
        # word to the numeral, and the qualifier already marks it as a quantity
        ok_end = end in edges or end == hi or (not unit and _group(m, "q1") is not None)
        if chinese:
            ok_start = start in edges or start == lo
            # a qualifier or a sign before the numeral: the numeral itself must start a word
            ns = _span(m, "num")[0]
            if not ok_start and ns > start:
                ok_start = ns in edges
            if not ok_start:
                return False
        return ok_end

    # ------------------------------------------------------------------ helpers
    def _qualifier(self, m, drop_q1=False):
        q = "exact"
        for name in ("q2", "over") + (() if drop_q1 else ("q1",)):
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
        if a in _BARE_MAG:
            a = "一" + a  # 万余人, 近万名
        low = parse_number(a) if a else None
        if low is None:
            return None, None
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
        if unit in self.scale_words and num[-1:] in _SCALE_END:
            return None  # 千亿级, 100亿级: a scale label; the bare count rule keeps 千亿
        if unit and num in _ARTICLE and not _group(m, "q1") and not _group(m, "over"):
            return None  # 一批, 一个: the article
        if unit in self.year_label and _RX_YEAR.fullmatch(num):
            return None  # 2024届: a class named by its year
        ue = _span(m, "unit")[1]
        if unit in self.ordinal_next and any(m.string.startswith(w, ue) for w in self.ordinal_next[unit]):
            return None  # 十四届全国人大, 三次产业
        fields = self._fields("count", low, high, unit, m)
        fields["_factor"] = 1  # a list before it may share its unit (3、5个)
        if not unit and _RX_BARE_CN.fullmatch(num):
            fields["_need_q1"] = True  # 近千 counts, 千 alone does not
        return fields

    def _percent(self, m, rule):
        low, high = self._range(m)
        if low is None:
            return None
        word = _RX_SP_DUO.sub("", _group(m, "unit") or "%")
        unit = {"%": "%", "％": "%", "‰": "‰"}.get(word, "pp")
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


def _sum(yuan, jiao, fen):
    y = parse_number(yuan) if yuan else 0
    j = parse_number(jiao) if jiao else 0
    f = parse_number(fen) if fen else 0
    if y is None or j is None or f is None or j >= 10 or f >= 10:
        return None
    return y + j / 10 + f / 100


def _clean(v):
    if v is None:
        return None
    v = round(float(v), 9)
    if v.is_integer() and abs(v) < 1e18:
        return int(v)
    return float(f"{v:.12g}")
