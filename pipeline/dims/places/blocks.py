"""Step 7i3, ``place.feature``: a named block of a town or city, written before a block head
(``block_heads``: 片区) — 黄花园片区, 观音寺片区, 沙朗、彩虹片区 — is that locality, an
``area`` (the head stays out of the name, as the gold reads 黄花园, 观音寺).

The stem is ``block_min_chars``..``block_max_chars`` Han characters right before the head,
the longest that: starts a word where it stands, after a mark, the text's start or a place
division's end written in full (渝中区|黄花园片区; not 重点支持|苍洱片区, 巍山|古城片区); holds no division suffix, no function
character and no final of ``block_stem_not_finals`` (roads, works: 吉福路片区, 机床厂片区); is
no dictionary word as common as ``common_freq`` of another kind than a place or a name (铁路,
西部) and opens with no verb, adverb, measure or common noun (还|通过, 古城); does not open with a compass character of ``block_stem_not_opening`` (西扩, 东部: a
part named by its side); and is no mention already. Items of a 、-list right before such a
stem that pass the same test share the head (沙朗、彩虹片区: two areas, SPEC §5). The stem
written again elsewhere as a word is the same area. Params of rule place.feature (0: off).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .toponyms import _FIRST_NOT as _TOPONYM_FIRST_NOT, _LONE_NOT
from .vocab import ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, NAME_TAGS, PLACE_TAGS, is_han

_FIRST_NOT = _TOPONYM_FIRST_NOT - {"a"}  # toponyms' openers, an adjective allowed (彩虹, 新城)
_LEFT_MARKS = set("、，,。；;：:（(“\"《 \n\t")


class BlockStemsMixin:
    def _init_blocks(self) -> None:
        feat = self.rules["place.feature"]
        self.block_heads = tuple(feat.param("block_heads", []) or [])
        self.block_min_chars = int(feat.param("block_min_chars", 2) or 2)
        self.block_max_chars = int(feat.param("block_max_chars", 0) or 0)
        self.block_stem_not_finals = str(feat.param("block_stem_not_finals", "") or "")
        self.block_stem_not_opening = str(feat.param("block_stem_not_opening", "") or "")

    def _block_stem_ok(self, text, start, end, ends) -> bool:
        stem = text[start:end]
        if not is_han(stem) or any(c in ADMIN_SUFFIX_CHARS or c in FUNCTION_CHARS for c in stem):
            return False
        if stem[-1] in self.block_stem_not_finals or stem[0] in self.block_stem_not_opening:
            return False
        if (self._freq.get(stem) or 0) >= self.common_freq and self._tags.get(stem, "") not in PLACE_TAGS | NAME_TAGS:
            return False
        if not (start == 0 or text[start - 1] in _LEFT_MARKS or start in ends):
            return False
        if not self.is_word(text, start, end):
            return False
        words = self._tokens(text, max(0, start - self.word_window), min(len(text), end + self.word_window))
        first = text[start:words.get(start, end)]
        tag = self._tags.get(first, "")[:1]
        if (tag in _FIRST_NOT if len(first) > 1 else tag in _LONE_NOT) or (first == stem and self._tags.get(first, "") == "n"):
            return False  # a verb, adverb or measure opening it (湖南|还通过片区), a common noun (古城)
        return True

    def _block_stems(self, out: list[Mention], text: str) -> list[Mention]:
        """渝中区黄花园片区: 黄花园, an area (and 沙朗 of 沙朗、彩虹片区)."""
        if not self.block_max_chars or not any(h in text for h in self.block_heads):
            return out
        covered = bytearray(len(text) + 1)
        for m in out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        ends = {m.end for m in out if text[m.end - 1] in ADMIN_SUFFIX_CHARS}  # a division in full
        found: dict[str, list[int]] = {}
        lo, hi = self.block_min_chars, self.block_max_chars
        for head in self.block_heads:
            i = text.find(head)
            while i >= 0:
                end = i
                while True:  # the stem before the head, then the items of a 、-list before it
                    got = next((end - k for k in range(hi, lo - 1, -1) if end - k >= 0
                                and covered.find(1, end - k, end) < 0 and self._block_stem_ok(text, end - k, end, ends)), None)
                    if got is None:
                        break
                    found.setdefault(text[got:end], []).append(got)
                    if not got or text[got - 1] != "、":
                        break
                    end = got - 1
                i = text.find(head, i + len(head))
        if not found:
            return out
        got_out = list(out)
        for stem, starts in found.items():  # ... and wherever the document writes it again as a word
            got_out += self._feature_recurrences(text, Entry(stem, "area", "", (), "feature"), set(starts), covered)
        return got_out
