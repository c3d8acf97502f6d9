"""Step 7d, ``place.village``: the villages of a document about one town.

A document that names one town only, at its start (``home_town_reach`` of rule
place.village: 曲阜市吴村镇立足本地实际 …), is about that town, and writes its villages as
a reader of the town would: by their stems (东岭“…”、泉头“…”; 白塔、李洼、西杨院等), or in
full where the register lacks them (林寺村“…”). As list items (a list separator, a
quotation, 等 or 为 around them: ``item_left`` / ``item_right``):

1. a name in 村 (a stem of 2-3 characters) the register of the town lacks, no dictionary
   word, no generic village word and no other place's name, is an unlisted village of the
   town;
2. the stem of a register village of the town, or of a village of step 1, is that village
   (not a common word: 车站 'station' stays none);
3. an item of a list next to a village of 1 or 2 (白塔、李洼、西杨院等), no dictionary word and
   no place's name, is an unlisted village (西杨院村).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import _Doc, is_han as _han


class HomeTownMixin:
    def _home_villages(self, d: _Doc, mentions: list) -> list:
        rule = self.rules["place.village"]
        reach = rule.param("home_town_reach", 0)
        if not reach:
            return mentions
        towns = [m for m in mentions if m.fields["level"] == "town" and m.fields["adcode"]]
        if len({m.fields["adcode"][:9] for m in towns}) != 1 or min(m.start for m in towns) > reach:
            return mentions
        text = d.text
        left, right = set(rule.param("item_left", "")), set(rule.param("item_right", ""))
        town = towns[0]
        path = tuple(p for p in town.fields["path"].split("/") if p)
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)

        def item(a, b):  # text[a:b] stands as a list item, and no mention covers it
            return (a == 0 or text[a - 1] in left) and text[b:b + 1] in right and covered.find(1, a, b) < 0

        def take(a, b, rid, e):
            out.append(self._mention(a, b, text, rid, e))
            covered[a:b] = b"\x01" * (b - a)

        stems: dict[str, Entry] = {}
        for code, name in self.gz.villages_of(town.fields["adcode"][:9]):
            n = 1 if name.endswith("村") else 2 if name.endswith("社区") else 0
            if n and len(name) - n >= 2:
                stems.setdefault(name[:-n], self.gz.village_entry(code, name))
        out: list[Mention] = []
        # 1. a name in 村 the register lacks (林寺村“…”)
        p = text.find("村")
        while p >= 0:
            for k in (2, 3):
                a = p - k
                stem = text[a:p] if a >= 0 else ""
                if not stem or not _han(stem) or not item(a, p + 1):
                    continue
                name = stem + "村"
                if stem in stems or self._unlisted_why(text, name, a, p + 1):
                    continue
                e = Entry(name, "village", "", path + (name,), "unlisted")
                stems[stem] = e
                take(a, p + 1, "place.village_unlisted", e)
                break
            p = text.find("村", p + 1)
        # 2. the stems of the town's villages (东岭“…”, 泉头“…”, 白塔、李洼)
        for stem, e in stems.items():
            freq = self._freq.get(stem) or 0
            if freq >= self.common_freq:
                continue
            rid = "place.village" if e.code else "place.village_unlisted"
            i = text.find(stem)
            while i >= 0:
                j = i + len(stem)
                if item(i, j):  # delimited on both sides: no word check (以|东岭: jieba reads 以东)
                    take(i, j, rid, e)
                i = text.find(stem, j)
        # 3. the other items of a list next to a village (西杨院 after 白塔、李洼)
        for m in sorted(out, key=lambda m: m.start):
            pos = m.end
            while text[pos:pos + 1] == "、":
                got = None
                for k in (2, 3):
                    a, b = pos + 1, pos + 1 + k
                    stem = text[a:b]
                    if _han(stem) and len(stem) == k and item(a, b) and not self._freq.get(stem) \
                            and not self.surfaces_get(stem) and not self._freq.get(stem + "村"):
                        got = (a, b, stem)
                        break
                if got is None:
                    break
                a, b, stem = got
                name = stem + "村"
                take(a, b, "place.village_unlisted", Entry(name, "village", "", path + (name,), "unlisted"))
                pos = b
        return mentions + out
