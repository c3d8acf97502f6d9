"""What the characters around a free hit say of it (step 4, read by decide.py): a region
cue after it (关中地区, place_region_cue; a pre-cue before it: 地处西北), a feature cue
(place_feature_cue: 脚下, 流域, 风景区) and a document about the feature rather than the
division of its name, a street's or a product's head (place_word_heads: 中山路, 普洱茶),
a place's jieba word running across its start, and two fused province abbreviations
(闽宁, SPEC §5: no place).
"""
from __future__ import annotations

from .vocab import _Hit


class CuesMixin:
    def _inside_place_word(self, text: str, h: _Hit) -> bool:
        """Does a jieba word that is a place's name run across the start of ``h``?"""
        lo = max(0, h.start - 4)
        for ws, we in self._tokens(text, lo, min(len(text), h.end + 2)).items():
            if ws < h.start < we and ws >= lo and self.surfaces_get(text[ws:we]):
                return True
        return False

    def _fused_abbreviation(self, surface: str, towns) -> bool:
        """Is ``surface`` two one-character province abbreviations (闽宁, 川浙), every reading
        of it a short form of a level of ``fused_abbreviation_levels`` (SPEC §5: no place)?"""
        return bool(self.fused_abbreviation_levels) and len(surface) == 2 \
            and all(c in self.province_abbr_chars for c in surface) \
            and all(e.level in self.fused_abbreviation_levels and e.form != "full" for e in towns)

    def _region_cue(self, text, h) -> int:
        """Length of a region cue (地区, 三省) right after ``h`` where the name before it
        starts a word (0: none); also right after a second cued region sharing it (西南中南
        地区: both regions), and 1 after a region pre-cue (place_region_precue: 我国西南部,
        地处西北) where the name starts a word."""
        end = h.end
        for other in self.cued_regions:
            if text.startswith(other, end):
                end += len(other)  # 西南|中南|地区: one cue for the pair
                break
        for cue in self.region_cues:
            if text.startswith(cue, end):
                return len(cue) if self.is_word(text, h.start, h.end + len(cue), prefix_ok=True) or (
                    end > h.end and self.is_word(text, h.start, h.end, prefix_ok=True)) else 0
        if any(text.startswith(p, h.start - len(p)) for p in self.region_precues if h.start >= len(p)):
            return int(self.is_word(text, h.start, h.end, prefix_ok=True))
        return 0

    def _compass_free(self, text, h) -> bool:
        """Is a compass region with no cue (西北, 东南) the macro-region where it stands: a
        word there, no direction word before or after it, no division's or province's
        one-character name right before it (place.region param compass_free)?"""
        if h.surface not in self.compass_free:
            return False
        before = text[h.start - 1] if h.start else ""
        after = text[h.end:h.end + 1]
        if before and (before in self.compass_not_before or before in self.province_abbr_chars):
            return False
        if after and after in self.compass_not_after:
            return False
        return self.is_word(text, h.start, h.end)

    def _in_word(self, text, h) -> bool:
        """Is the name part of a street's or a product's name (place_word_heads.txt)?"""
        for head in self.word_heads.get(text[h.end:h.end + 1], ()):
            if not text.startswith(head, h.end):
                continue
            if self._freq.get(h.surface + head) and self.is_word(text, h.start, h.end + len(head)):
                return True
        return False

    def _about_feature(self, text, surface, admin) -> bool:
        """Is the document about the feature rather than the division of the same
        characters: ``surface`` before a feature cue (武夷山景区, 庐山风景名胜区) somewhere,
        and the division never written in full (崂山区 … 崂山风景区 … 崂山实验室: both, so
        context decides each)? Then every bare occurrence is the feature. Asked once per
        surface and document (the per-document cache: linear time on long texts)."""
        key = ("about", surface)
        got = self._doc_memo.get(key)
        if got is None:
            got = False
            if not any(e.name in text for e in admin):
                i = text.find(surface)
                while i >= 0 and not got:
                    got = self._cued(text, i + len(surface))
                    i = text.find(surface, i + 1)
            self._doc_memo[key] = got
        return got

    def _cued(self, text, end) -> bool:
        """Does a feature cue (place_feature_cue.txt: 脚下, 流域, 风景区) start at ``end``?"""
        return any(text.startswith(c, end) for c in self.cues.get(text[end:end + 1], ()))
