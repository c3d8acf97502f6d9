"""What the left walk (walk.py) leaves out at a name's left edge and what it keeps: lone
characters jieba leaves over from the word before (全区|重大…), verbs before a noun
(提升|小漠港), and the cases where a lone character opens a name after all (a toponym,
a character the next word follows every time the text writes it: 水|巷口)."""
from __future__ import annotations

from .vocab import HAN, NOMINAL_TAGS, QUOTES, COORD_CHARS


class LeftoverMixin:
    def _always_before(self, text: str, c: str, word: str) -> bool:
        """Does ``word`` follow ``c`` every time the text writes it, at least
        params.local_name_min_times times (水|巷口 …)? Then c is the first character of a
        name jieba does not know."""
        if not self.local_name_min_times or len(word) < 2:
            return False
        n, i = 0, text.find(word)
        while i != -1:
            if i == 0 or text[i - 1] != c:
                return False
            n += 1
            i = text.find(word, i + 1)
        return n >= self.local_name_min_times

    def _lone_pair(self, units, i: int) -> bool:
        right = units[i + 1] if i + 1 < len(units) else None
        return (len(units[i][0]) == 1 and right is not None and len(right[0]) == 1 and HAN.fullmatch(right[0])
                is not None and right[1].startswith("n") and not self._is_stop(right[0]))

    def _leftover(self, text: str, start: int, prev, nxt: str) -> bool:
        """Is the lone character at ``start`` a leftover of the word before it (全区|重大…)?
        Not when nothing stands before it in the clause (，广师大河源校区) or the word before
        is a whole word the character does not complete (做好|留仙洞)."""
        if text[start] in self.level_chars or self._tags.get(text[start] + nxt, "").startswith("v"):
            return True  # 建立|区重大…; 坚决|打|好黄河…攻坚战: a verb jieba split in two
        if prev is not None and prev[3] == start and text[start] in self.verb_complements and prev[1].startswith("v") \
                and len(prev[0]) >= 2:
            return True  # 发挥|好|鄂北工程: the verb's result complement (params.verb_complements)
        if prev is None or prev[3] != start or prev[1] == "W":
            # nothing before it: a lone verb still opens no name (打|好污染防治攻坚战), unless
            # it opens a toponym (，胜|天湖温汤…: 胜天湖)
            return self._tag(text[start]).startswith("v") and not (
                self._toponym is not None and self._toponym.fullmatch(text[start] + nxt))
        return self._leftover_unit(prev, text[start])

    def _leftover_unit(self, prev, c: str) -> bool:
        if prev[1] in ("Q", "P", "C") or not HAN.fullmatch(prev[0]):
            return False
        # (与|盐泰锡常宜铁路: a function word alone makes no word with the character after it)
        return (len(prev[0]) == 1 and prev[0] not in COORD_CHARS) or (prev[0][-1] + c) in self._tags

    def _split_name_start(self, units, i: int) -> bool:
        """Is the one-character stop word units[i] the first character of the name after it,
        cut off by the segmenter? Where it makes a proper name of params.split_name_tags with the
        lone character after it (中|俄, 和|龙), or it is an "along" word (params.along_words)
        before a place (沿|淮, 沿|洮河)."""
        w, right = units[i][0], units[i + 1] if i + 1 < len(units) else None
        if len(w) != 1 or right is None or not HAN.fullmatch(right[0]):
            return False
        if w in self.along_words:
            return self._placeish(right) or right[1].startswith("j")
        return len(right[0]) == 1 and self._cut_name(w + right[0])

    def _cut_name(self, two: str) -> bool:
        """Are the two characters a proper name of params.split_name_tags (和龙, 中俄)?"""
        return bool(self.split_name_tags) and self._tags.get(two, "").startswith(self.split_name_tags)

    def _verbish(self, unit) -> bool:
        return unit[1] in ("v", "vn") and len(unit[0]) >= 2 and not self._is_stop(unit[0])

    def _after_complement(self, units, i: int):
        """The unit after the verb units[i], past a lone result complement (组建|成|广西: 广西)."""
        k = i + 1
        if k + 1 < len(units) and units[k][0] in self.verb_complements and units[k][3] - units[k][2] == 1:
            k += 1
        return units[k]

    def _leading_junk(self, w: str, nxt: str) -> bool:
        if w in self.nominal_verbs:
            return False
        tag = self._tag(w)
        if len(w) == 1 and HAN.fullmatch(w) and tag not in ("ns", "nr", "nz", "j"):
            # 锰锌新材料: single nouns in a row are an unknown word, not junk
            return not (tag.startswith("n") and len(nxt) == 1 and self._tag(nxt).startswith("n"))
        if tag == "v":
            nt = "Q" if nxt[:1] in QUOTES else self._tag(nxt)
            return nt.startswith(NOMINAL_TAGS) and nxt not in self.nominal_verbs
        return False
