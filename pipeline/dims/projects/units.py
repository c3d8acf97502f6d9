"""The units the left walk (walk.py) reads: the window before a head cut into words with a
POS tag each (jieba's cut, its dictionary's tags; unknown Han words nz). A quoted part is
one unit (Q), a short bracket one (P, at most ``max_bracket`` characters; a byline or an
enumerator in brackets is a wall, W), a stray quotation mark a wall (W), a capacity or
numbered items sharing the head one (C: 60万千瓦, 1、2号)."""
from __future__ import annotations

from .vocab import ASCII_WORD, BRACKETS, DIGIT_CHARS, DIGITS, HAN, QUOTE_CLOSERS, QUOTES


class UnitsMixin:
    def _tag(self, word: str) -> str:
        tag = self._tags.get(word)
        if tag:
            return tag
        if DIGITS.fullmatch(word):
            return "m"
        if ASCII_WORD.fullmatch(word):
            return "eng"
        if HAN.fullmatch(word):
            return "nz"  # unknown word: most likely a name part
        return "x"

    def _units(self, text: str, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
        """Words of text[lo:hi] as (word, tag, start, end): quoted parts and short
        brackets are single units (tags Q, P), stray quotation marks are W (a wall),
        the rest is jieba's cut with a dictionary POS look-up."""
        units = []
        i = plain = lo
        digits = any(c in DIGIT_CHARS for c in text[lo:hi])
        caps = {m.start(): m.end() for m in self._capacity.finditer(text, lo, hi)} if digits else {}
        if digits and self._numbered_set is not None:
            # 1、2号|机组, 7-8#|泊位: numbered items sharing the head are one unit (C), as a capacity
            for m in self._numbered_set.finditer(text, lo, hi):
                if not any(a < m.end() and m.start() < b for a, b in caps.items()):
                    caps[m.start()] = m.end()
        while i < hi:
            c = text[i]
            close = None
            if i in caps:  # 60万千瓦, 年产10万吨: a capacity is one unit (C)
                if plain < i:
                    units.extend(self._cut(text, plain, i))
                units.append((text[i:caps[i]], "C", i, caps[i]))
                i = plain = caps[i]
                continue
            if c in QUOTES:
                j = text.find(QUOTES[c], i + 1, hi)
                close = j if j != -1 and c not in text[i + 1:j] else None
                kind = "Q"
            elif c in BRACKETS:
                j = text.find(BRACKETS[c], i + 1, min(hi, i + self.max_bracket + 2))
                close = j if j != -1 else None
                kind = "P"
                if close is not None and (any(b in text[i + 1:close] for b in self.byline_words) or (
                        self.enumerator_bracket and not (i and text[i - 1].isalnum())
                        and self.enumerator_bracket.fullmatch(text, i + 1, close))):
                    kind = "W"  # (记者王贤)呼南高铁…, (二)…: a byline or an enumerator is no part of the name
            elif c in QUOTE_CLOSERS:
                close, kind = i - 1, "W"  # handled below as a one-character wall
            else:
                i += 1
                continue
            if close is None:
                kind, close = "W", i
            if plain < i:
                units.extend(self._cut(text, plain, i))
            end = max(close + 1, i + 1)
            units.append((text[i:end], kind, i, end))
            i = plain = end
        if plain < hi:
            units.extend(self._cut(text, plain, hi))
        return units

    def _cut(self, text: str, lo: int, hi: int):
        out = []
        for w, s, e in self.seg.cut(text[lo:hi], lo, fast=True):
            if len(w) >= 2 and w not in self._tags and w[0] in self.stop_words:
                # 仅坪山: a word the segmenter guessed (no dictionary word) that opens with a
                # one-character stop word is that stop word and a word
                out.append((w[0], self._tag(w[0]), s, s + 1))
                w, s = w[1:], s + 1
            out.append((w, self._tag(w), s, e))
        return out
