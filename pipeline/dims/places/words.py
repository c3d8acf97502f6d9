"""Word boundaries and commonness: what jieba's dictionary says of a name where it
stands. Shared by every step; jieba is asked only when a decision needs it, over
``word_window`` characters each side (rules/places.yaml ``params``)."""
from __future__ import annotations

from ...gazetteer import Entry
from .vocab import ADMIN, NAME_TAGS, PLACE_TAGS, _Hit


class WordsMixin:
    def surfaces_get(self, surface: str) -> list[Entry]:
        return self.surfaces.get(surface, [])

    def info(self, surface: str):
        """The readings of a surface split once per process: (admin, curated, towns, full
        admin readings)."""
        got = self._info.get(surface)
        if got is None:
            cands = self.surfaces_get(surface)
            admin = [e for e in cands if e.level in ADMIN]
            got = self._info[surface] = (
                admin, [e for e in cands if e.form.startswith("curated")],
                [e for e in cands if e.level == "town"], [e for e in admin if e.form == "full"])
        return got

    def commonness(self, surface: str) -> int:
        """0 a place-like word, 1 a common word, 2 a very common word (jieba's dictionary)."""
        c = self._common.get(surface)
        if c is None:
            freq = self._freq.get(surface) or 0
            tag = self._tags.get(surface, "")
            c = 0 if tag in PLACE_TAGS or freq < self.common_freq else (1 if freq < self.very_common_freq else 2)
            if c == 1 and tag in NAME_TAGS and any(e.level in ("province", "city") for e in self.surfaces_get(surface)):
                c = 0  # jieba tags many cities as person or other names (桂林 nr, 石家庄 nr)
            self._common[surface] = c
        return c

    def _tokens(self, text: str, lo: int, hi: int) -> dict:
        """jieba words of text[lo:hi] as {start: end}, without the HMM guesser: an unknown
        name (坪山) then stays apart instead of fusing with a neighbour (仅坪山, 坪/山用).
        jieba-rs through the segmenter (its words without HMM are jieba's exactly);
        tests/dims/places/test_words.py checks them against jieba. The words tile the window, so
        their starts (and ``hi``) are its boundaries."""
        key = (lo, hi)
        got = self._tok_cache.get(key)
        if got is None:
            fast = self.seg._fast
            if fast is not None:
                got = {s + lo: e + lo for _w, s, e in fast.tokenize(text[lo:hi], "default", False)}
            else:  # pragma: no cover - without jieba-rs
                got = {s: e for _w, s, e in self.seg.cut(text[lo:hi], lo, hmm=False, fast=True)}
            self._tok_cache[key] = got
        return got

    def _breaks(self, text: str, end: int) -> bool:
        """Does a suffix-breaker word (市民, 区域) start at the name's last character, and
        is it a word there? Where jieba reads a word of two or more characters right after
        the suffix (福田区|位列, 泉州市|民营), the suffix is the name's and the full name
        stands (连平县|城 still breaks: 城 alone is no word taking 县城 apart)."""
        if not any(text[end - 1:end - 1 + n] in self.breakers for n in self._breaker_lens):
            return False
        window = self.word_window
        lo = end - 1 - window if end - 1 > window else 0
        words = self._tokens(text, lo, min(len(text), end + window))
        return not (end in words and words[end] - end >= 2)

    def _fend(self, text: str, h: _Hit) -> int:
        """End of <name> + feature head when that compound is a word here, else 0."""
        if h.feature_end is None:
            h.feature_end = 0
            if h.end < len(text) and text[h.end] in self.feature_first:
                for suf in self.features:
                    if text.startswith(suf, h.end):
                        if self.is_word(text, h.start, h.end + len(suf)):
                            h.feature_end = h.end + len(suf)
                        break
        return h.feature_end

    def _water_of(self, text: str, h) -> bool:
        """A river's or lake's name right before 水 that jieba fuses into 河水/江水/湖水
        (年引黄|河水, 西|江水): the water of that river, the name a word once 水 is read
        with it, whatever word takes its front (引黄 'divert the Yellow River') (rule place.feature param ``water_after``; empty: off)."""
        after = self.water_after
        if not after or not text.startswith(after, h.end) or h.surface[-1] not in self.water_finals:
            return False
        window = self.word_window
        lo = h.start - window if h.start > window else 0
        words = self._tokens(text, lo, min(len(text), h.end + len(after) + window))
        return words.get(h.end - 1) == h.end + len(after)  # 引黄|河水: 引黄 may take its front

    def _fused_head(self, text: str, h) -> bool:
        """A city's or province's short form that jieba reads as one word with a head of
        ``fused_heads`` (rule place.short) right after it (烟台|港 read 烟台港): the port named
        after the city, the short form a word once the head is read with it (empty: off)."""
        head = next((x for x in self.fused_heads if text.startswith(x, h.end)), "")
        if not head or not any(e.level in ("city", "province") for e in h.cands):
            return False
        window = self.word_window
        lo = h.start - window if h.start > window else 0
        words = self._tokens(text, lo, min(len(text), h.end + len(head) + window))
        return words.get(h.start) == h.end + len(head)

    def _broken_name(self, text: str, start: int, end: int) -> bool:
        """Does jieba start a word at ``start`` and end it inside the name (径|山茶 for 径山
        in 径山茶)? It does not know the name and split it; a curated name is trusted then
        (but not one that starts inside a word: 龙华|中心 holds no 华中)."""
        window = self.word_window
        lo = start - window if start > window else 0
        words = self._tokens(text, lo, min(len(text), end + window))
        if start in words and words[start] == start + 1 and self._tags.get(text[start], "")[:1] in self.broken_not_pos:
            return False  # 工程|中|东海: a function word broken off is no part of a name
        return start == lo or (start in words and words[start] < end)

    def _word_around(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the jieba word in which ``start`` falls (its words of a small
        window around text[start:end]), or None."""
        window = self.word_window
        lo = start - window if start > window else 0
        words = self._tokens(text, lo, min(len(text), end + window))
        ws = max((s for s in words if s <= start), default=None)
        return None if ws is None else (ws, words[ws])

    def _glued_front(self, text: str, start: int, end: int) -> bool:
        """Does jieba glue the character before the name, a preposition or a verb of motion
        (``glued_front_chars`` of rule place.short), to the name's first character (柳州经|合山
        read 经合, 回|合山 read 回合), while the name is a word once that character is left
        off (the text from ``start`` read on its own)?"""
        if not start or text[start - 1] not in self.glued_front_chars:
            return False
        window = self.word_window
        lo = start - 1 - window if start - 1 > window else 0
        hi = min(len(text), end + window)
        if not start < self._tokens(text, lo, hi).get(start - 1, 0) < end:
            return False
        return end == hi or end in self._tokens(text, start, hi)

    def _lone(self, text: str, i: int) -> bool:
        """Is text[i] a word of one character where it stands (jieba leaves it alone)?"""
        got = self._word_around(text, i, i + 1)
        return got is not None and got == (i, i + 1)

    def _in_named_work(self, text: str, h) -> bool:
        """Is the jieba word holding the name a work named after places (拉萨贡嘎机场: the
        name, a place before it and a head of params.named_work_heads after it)?"""
        if not self.named_work_heads:
            return False
        got = self._word_around(text, h.start, h.end)
        if got is None or got[1] <= h.end:
            return False
        before, after = text[got[0]:h.start], text[h.end:got[1]]
        return after in self.named_work_heads and (not before or bool(self.surfaces_get(before)))

    def _always_after(self, text: str, h) -> bool:
        """Does every occurrence of the name (at least params.local_name_min_times) follow
        the same Han character, one jieba leaves alone and that is no function word or verb
        (富|华山 … 富|华山)? Then the text's name is that character and the name: a local
        feature, not the famous one."""
        if not self.local_name_min_times or h.start == 0:
            return False
        c = text[h.start - 1]
        in_chain = self._doc_memo.get("in_chain")
        if in_chain is not None and in_chain[h.start - 1]:
            return False  # the last character of a chain of places (宁乡灰汤|乌江): a place before it
        if not ("\u4e00" <= c <= "\u9fff") or self._tags.get(c, "")[:1] in ("v", "p", "c", "u", "d", "r", "f", "m", "q"):
            return False
        starts, i = [], text.find(h.surface)
        while i != -1:
            starts.append(i)
            i = text.find(h.surface, i + 1)
        if len(starts) < self.local_name_min_times or any(i == 0 or text[i - 1] != c for i in starts):
            return False
        if (c + h.surface) in self._tags:
            return False  # a dictionary word (泰山 in 东泰山?): jieba reads it whole and decides
        return self._lone(text, h.start - 1)

    def _names_pair(self, text: str, h) -> bool:
        """Is the jieba word holding the name two curated names side by side (长江黄河: 长江
        and 黄河)? Each is a name then, though jieba reads them as one word."""
        got = self._word_around(text, h.start, h.end)
        if got is None or got[1] < h.end:
            return False
        ws, we = got
        rest = text[ws:h.start] or text[h.end:we]
        return bool(rest) and (ws == h.start or we == h.end) and bool(self.info(rest)[1])

    def _stranded_before(self, text: str, start: int) -> bool:
        """Is the character before ``start`` left alone by jieba while it and the name's
        first character make a word of jieba's dictionary at least params.stranded_pair_freq
        frequent (远|古巴人: 远古)? The name then starts inside
        that word, and jieba's longer word after it is a misreading."""
        if start == 0:
            return False
        pair = text[start - 1:start + 1]
        if (self._freq.get(pair) or 0) < self.stranded_pair_freq or \
                self._tags.get(text[start - 1], "")[:1] in self.broken_not_pos:
            return False  # 从|中国…: a function word (params.broken_not_pos) stands alone by right
        return self._lone(text, start - 1)

    def is_word(self, text: str, start: int, end: int, check_start: bool = True, prefix_ok: bool = False) -> bool:
        """Does jieba put word boundaries at ``start`` and ``end`` (a small window)?
        ``prefix_ok``: the name may also begin a longer word (北京大学, 深圳特区报)."""
        key = (start, end, check_start, prefix_ok)
        got = self._word_cache.get(key)
        if got is None:
            window = self.word_window
            lo = start - window if start > window else 0
            hi = end + window
            if hi > len(text):
                hi = len(text)
            words = self._tokens(text, lo, hi)
            if check_start and start != lo and start not in words:
                got = False
            elif end >= hi or end in words:
                got = True
            else:
                got = prefix_ok and words.get(start, 0) > end
            self._word_cache[key] = got
        return got
