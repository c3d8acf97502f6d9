"""Step 7g, ``place.village`` (recurring stems): a village the document names in full
(沧源佤族自治县翁丁村, 永年县小西堡乡南大堡村) is the place wherever the document writes its
stem alone (翁丁原始部落景区, 南大堡高科技农业生态示范园): the same text, the same village.

The stem (the name without 村 or 社区, as the text writes it) needs at least
``recurring_village_min_chars`` characters (rule place.village; 0: off), no common word
(jieba frequency under ``common_freq`` or a name tag) and no place's name of its own; each
occurrence is a jieba word where it stands, not followed by the suffix (the full name, found
already) nor by a head that makes it part of another name (``bare_stem_not_before``:
翁丁路); a stem that ends in such a head names that (吉福路社区: the road 吉福路). A division on the village's path written right before the stem is one mention with
it, the village (沧源|翁丁, 临沧|翁丁: SPEC §5, a run of nested names); a province's or
city's short form straddling the stem's start (本|镇江|垅) gives way to it. A village
taken where the document writes only its stem -- a list item under a suffix word (古烟、崔庄、
泥河四个行政村), a route's end (高庄-祁川段) -- recurs the same way (古烟朝阳新型社区;
``recurring_listed_stems``).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .stemruns import stem_runs
from .vocab import ADMIN_SUFFIX_CHARS, VILLAGE_LEFT

_SUFFIXES = ("社区", "村")
_WRITTEN = {"社区": ("社区", "社區"), "村": ("村",)}


class RecurringVillagesMixin:
    def _recurring_villages(self, text: str, mentions: list[Mention]) -> list[Mention]:
        lo = self.rules["place.village"].param("recurring_village_min_chars", 0)
        if not lo:
            return mentions
        listed = bool(self.rules["place.village"].param("recurring_listed_stems", False))
        stems: dict[str, Entry] = {}
        for m in mentions:
            f = m.fields
            if f["level"] != "village":
                continue
            name = f["name"]
            suf = next((s for s in _SUFFIXES if name.endswith(s)), "")
            n = len(name)
            if suf and listed and m.text == name[:-len(suf)]:
                stem = m.text  # a list item written by its stem (古烟、崔庄、郭庄四个行政村)
            elif not suf or n > len(m.text) or not m.text.endswith(_WRITTEN[suf]):
                continue
            else:
                stem = m.text[len(m.text) - n:len(m.text) - len(suf)]  # as written (traditional too)
            if len(stem) < lo or stem[0] in ADMIN_SUFFIX_CHARS or stem[0] in VILLAGE_LEFT \
                    or self.commonness(stem) or self.surfaces_get(stem) or stem.endswith(self.bare_stem_not_before):
                continue  # (吉福路社区: a community named after its road; 吉福路 is the road)
            stems.setdefault(stem, Entry(name, "village", f["adcode"], tuple(p for p in f["path"].split("/") if p),
                                         "full"))
        if not stems:
            return mentions
        return stem_runs(self, text, mentions, stems, ("province", "city", "county", "town"),
                         lambda i, j, taken, drop: self._recurs_at(text, i, j, taken, mentions, drop),
                         "place.chain", "place.village")

    def _recurs_at(self, text, i, j, taken, mentions, drop) -> bool:
        """Is the stem at text[i:j] a word standing alone (not the full name, not in another
        name), free of mentions but a short form straddling its start (dropped then)?"""
        if text.startswith(("村", "社区", "社區"), j) or text.startswith(self.bare_stem_not_before, j):
            return False
        cross = [m for m in mentions if m.start < i < m.end < j and m.rule_id == "place.short"
                 and m.fields["level"] in ("province", "city")]
        if any(s < j and i < e for s, e in taken if not any(c.start == s and c.end == e for c in cross)):
            return False
        if not self.is_word(text, i, j, check_start=not cross):
            return False
        drop.update(id(c) for c in cross)
        return True
