"""Step 5b: a short form read across a word boundary (“璧山西段”: 璧|山西 by jieba).

jieba splits some texts so that a province's or city's short form starts one character
into the name of another division (璧山西段 -> 璧|山西|段, 桃江西 -> 桃|江西, 白山东站 -> 白|山东);
the earlier name then fails its word check and the later one is taken. Where the document
names the earlier division elsewhere (璧山 accepted at another place, 桃江县 in a chain,
白山 alone), the earlier name is the place, and the later one gives way (check
``places.across_word``): the text is about the division it names, and a province's or
city's name glued onto the last character of it is a reading of the segmenter, not of the
writer. Levels of the later name: ``across_word_levels`` of rule place.short (empty: off).
"""
from __future__ import annotations

from .vocab import ADMIN, _Doc


class AcrossWordMixin:
    def _across_words(self, d: _Doc, keep: list) -> list:
        levels = self.across_word_levels
        if not levels:
            return keep
        late = [h for h in keep if h.rule == "place.short" and h.entry.level in levels and h.start]
        if not late:
            return keep
        # the readings the document gives each division surface elsewhere: an accepted name,
        # or a division named with certainty, or one under it (a chain, a full name)
        named: dict[str, object] = {}
        for h in keep:
            if h.entry.level in ADMIN and h.entry.code:
                named.setdefault(h.surface, h.entry)
        by_start: dict[int, list] = {}
        for h in d.free:
            if h.entry is None:
                by_start.setdefault(h.start, []).append(h)
        drop, add = set(), []
        for h in late:
            for o in by_start.get(h.start - 1, ()):
                if not (h.start < o.end < h.end):
                    continue  # the earlier name ends inside the later one (璧山|西)
                e = named.get(o.surface) or next(
                    (c for c in o.cands if c.level in ADMIN and c.code and c.code in d.certain), None)
                if e is None:
                    continue
                drop.add(id(h))
                h.why, h.note = "places.across_word", o.surface
                o.entry, o.rule, o.why = e, self._rule_of(e), ""
                add.append(o)
                break
        if not drop:
            return keep
        return [h for h in keep if id(h) not in drop] + add
