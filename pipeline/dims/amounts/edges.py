"""Step 3: generic filters on a normalized candidate, the same for every rule -- word
edges (jieba, on a small window and only where a dictionary word crosses an edge), a
qualifier that is the tail of a word, set labels and slogans, numerals opening a name.
See the package docstring for the cases."""
from __future__ import annotations

from .vocab import _RX_BARE_MAG_ONLY, _CLOSE_QUOTES, _CN_DIGITS, _CN_NUM_CHARS, _FIN_DIGITS, _OPEN_QUOTES, _RX_ARABIC, _RX_DIGIT, _RX_TIME_NEXT, _group, _is_han, _span


class EdgesMixin:
    """The filters of :class:`~pipeline.dims.amounts.AmountExtractor` (thresholds: the
    ``params:`` of rules/amounts.yaml, read at load)."""

    def _bounds(self, text, s, e, cache):
        """Word edges jieba draws in a small window around text[s:e]."""
        lo, hi = max(0, s - self.segment_window), min(len(text), e + self.segment_window)
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
        if words and words[0] in heads and (fields["kind"] != "count" or (
                _group(m, "unit") not in self.name_counters)):
            # (a count too where its measure word counts no such thing: 五眼|桥, not 三个|村)
            return True
        return len(words) > 1 and len(words[0]) == 1 and _is_han(words[0]) and words[1] in heads

    def _q1_ok(self, text, s, e, cache):
        """A one-character qualifier is not the tail of a dictionary word (签约, 附近,
        节约, 赶超): 占地约1200亩 keeps 约."""
        if e - s > 1 or s == 0:
            return True
        if not (_is_han(text[s - 1]) and (self._freq(text[s - 1:e]) or 0) >= self.word_freq):
            return True
        if s >= 2 and text[s - 2].isdigit():
            return True  # 92条|约512公里: the character before is a count's measure word, not 条约's
        # the pair is a word, but the character before may belong to a word of its own
        # (收入超3000万元: 收入 + 超, not 入超): jieba decides
        edges, _, _ = self._bounds(text, s, e, cache)
        return s in edges and e in edges

    def _counts_list(self, text, pos, unit):
        """Whether a list closed by 等 right before ``pos`` names items with the count's
        noun as their head (泸州港、宜宾港、乐山港等“六港”: the quotes count the list, as
        汕头、河源、汕尾、潮州4市 does without them)."""
        before = text[max(0, pos - self.list_item_reach):pos]
        return before.endswith("等") and (unit[-1] + "、") in before

    def _in_quote(self, text, start):
        """Whether a quotation opens within ``slogan_reach`` characters before ``start``
        and is not closed before it."""
        for i in range(start - 1, max(-1, start - 1 - self.slogan_reach), -1):
            if text[i] in _CLOSE_QUOTES or text[i] == "\n":
                return False
            if text[i] in _OPEN_QUOTES:
                return True
        return False

    def _numbered_slogan(self, text, end):
        """Whether the quotation a count opens goes on, within ``slogan_reach`` characters,
        to a second numbered part after 、 (“四个革命、一个合作”, “两个确立、两个维护”)."""
        for i in range(end, min(len(text), end + self.slogan_reach)):
            ch = text[i]
            if ch in _CLOSE_QUOTES or ch == "\n":
                return False
            if ch == "、" and text[i + 1:i + 2] in _CN_DIGITS:
                return True
        return False

    def _short_label(self, text, end, unit):
        """Whether the quotation a Chinese count opens closes within ``quoted_label_reach``
        characters after it (“两个确保”, “五项要求”): a set label, no count (SPEC §3's
        三大主导产业). 个 counting magnitudes (“三个千亿”) still counts."""
        for i in range(end, min(len(text), end + self.quoted_label_reach)):
            ch = text[i]
            if ch == "\n" or ch in _OPEN_QUOTES or ch in "，,。；;！!？?：:":
                return False  # a quoted sentence (“三个村都通了水，”), no label
            if ch in _CLOSE_QUOTES:
                # “三个千亿”, ‘三个千万千瓦级’: 个 counting numbered magnitudes
                return not (unit in self.magnitude_count_units and text[end] in _CN_NUM_CHARS)
        return False

    def _opens_word(self, text, pos, cache):
        """Whether jieba cuts a dictionary word of at least ``next_word_min`` characters
        starting at ``pos`` (五星级, 一体化): the numeral there is a word's, no label's."""
        edges, lo, hi = self._bounds(text, pos, pos + 1, cache)
        for n in range(self.next_word_min, 7):
            if pos + n <= hi and (pos + n) in edges and pos in edges and self._freq(text[pos:pos + n]):
                return True
        return False

    def _later_slogan_item(self, text, start):
        """Whether a count right after 、 inside a quotation follows an item that opens with
        a numeral (“一主、六双”, “十大行动、百项工程”): a slogan's parts, no counts."""
        if start < 2 or text[start - 1] != "、" or not self._in_quote(text, start):
            return False
        i = start - 2
        while i > 0 and text[i - 1] not in _OPEN_QUOTES and text[i - 1] != "、":
            i -= 1
        return text[i] in _CN_NUM_CHARS

    def _admin_run(self, text, start, end, unit):
        """Whether a count of administrative units stands in an unquoted run of such counts
        (湘鄂赣三省五市, 两市四县): each part counts; a quoted run is a label."""
        if unit not in self.admin_run_units or self._in_quote(text, start):
            return False
        i = end
        while i < len(text) and text[i] in _CN_DIGITS:
            i += 1
        if i > end and text.startswith(self.admin_run_units, i):
            return True  # 三省|四市
        for u in self.admin_run_units:
            if text.endswith(u, 0, start) and start - len(u) > 0 and text[start - len(u) - 1] in _CN_DIGITS:
                return True  # 三省|四市: the later part
        return False

    def _edges_ok(self, text, m, rule, start, end, fields, cache):
        if (start > 0 and text[start - 1] in "/／" and _RX_BARE_MAG_ONLY.fullmatch(_group(m, "num") or "")
                and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))):
            return False  # 4.85公里/百平方公里: a bare magnitude after a slash is a rate's denominator
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
            admin_run = noun and self._admin_run(text, start, end, unit)
            if (end < len(text) and text[end] in _CN_DIGITS and not _RX_TIME_NEXT.match(text, end)
                    and not self._opens_word(text, end, cache) and not admin_run
                    and unit not in self.numeral_count_units):
                return False  # 两区一中心 (but 五市一季度: the next numeral is a time; 三家|五星级)
            if chinese and self._later_slogan_item(text, start):
                return False  # “一主、六双”, “十大行动、百项工程”: a later part of a numbered slogan
            if (chinese and start > 1 and text[start - 2] in _CN_DIGITS
                    and _is_han(text[start - 1]) and text[start - 1] not in _CN_NUM_CHARS
                    and self.count_type.get(text[start - 1]) != "mw"  # “三个千亿” counts 千亿
                    and ((noun and not admin_run) or self._in_quote(text, start))):
                return False  # 四江六港, “五纵六横七条线”: a later part of a numbered label
            if (chinese and unit in self.label_magnitude_units and _RX_BARE_MAG_ONLY.fullmatch(num)
                    and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))):
                return False  # 百项重点工程, “千项万亿”: a bare round magnitude of projects names a programme
            if chinese and len(num) == 1 and num in _FIN_DIGITS:
                return False  # 国际陆港, 伍家: a lone financial numeral is a word's character
            quoted = start > 0 and text[start - 1] in _OPEN_QUOTES
            if quoted and noun and self._counts_list(text, start - 1, unit):
                quoted = False  # 乐山港等“六港”: the quotes count the list before them
            if quoted and noun:
                return False  # “两区”: a quoted label (but “四个中心” counts 四个)
            if quoted and text[end:end + 1] in _CLOSE_QUOTES:
                return False  # “三类”资金: the quotes hold nothing but the label
            if start > 0 and text[start - 1] in _OPEN_QUOTES and self._numbered_slogan(text, end):
                return False  # “四个革命、一个合作”: a slogan of numbered parts
            if quoted and chinese and self._short_label(text, end, unit):
                return False  # “两个确保”, “十项行动”: the label of a policy, as 十大行动计划
            if (noun and num in self.grade_digits and start > 0 and text[start - 1] == unit[-1]
                    and not (_group(m, "q1") or _group(m, "over") or _group(m, "q2"))):
                return False  # 工业加工区二区: a numbered part of the area just named
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
        if not ok_end and rule.label in ("measure", "area") and text.startswith(self.class_suffixes, end):
            ok_end = True  # 千吨|级码头: jieba holds the size class as one word
        if (not ok_end and rule.label in ("measure", "area") and unit
                and _span(m, "unit")[0] in edges and self.unit_glue_ok):
            ok_end = True  # 一|吨粮: jieba glues the unit to the noun it measures
        if chinese:
            ok_start = start in edges or start == lo
            # a qualifier or a sign before the numeral: the numeral itself must start a word
            ns = _span(m, "num")[0]
            if not ok_start and ns > start:
                ok_start = ns in edges
            if not ok_start and rule.label == "count" and start > 0 and text[start - 1] in self.demonstratives:
                ok_start = True  # 这三家: jieba's dictionary holds the demonstrative with the count
            if not ok_start:
                return False
        return ok_end
