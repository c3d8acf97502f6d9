"""Step 7b (after lists.py), ``place.village``: a list of villages sharing a suffix in a
document that names their city but not their county (鹤壁 … 涉及古烟、崔庄、郭庄、泥河四个
行政村; 高村、王屯两个行政村).

lists.py reads such a list under the counties the document names; with only the city
named, a city holds too many villages for one stem to name one. The items of one list
lie together, though: where exactly one town of the city's counties holds a register
village (stem + 村 or 社区) for every item (at least ``city_list_min_items`` of them,
rule place.village; 0: off), the items are those villages.
"""
from __future__ import annotations

from .lists import _HAN_RUN, _ITEM, _VILLAGE_SUFFIXES
from .vocab import _Doc


class CityVillageListsMixin:
    def _city_village_lists(self, d: _Doc, mentions: list) -> list:
        least = int(self.rules["place.village"].param("city_list_min_items", 0) or 0)
        if not least:
            return mentions
        text, div = d.text, self.gz.div
        if any(len(c) == 6 and div.get(c, ("",))[0] == "county" for c in d.certain):
            return mentions  # a county named: lists.py reads its lists
        counties = sorted({k for c in d.named_codes if div.get(c, ("",))[0] == "city"
                           for k in self.gz.children.get(c, ()) if div[k][0] == "county"})
        if not counties:
            return mentions
        seps, tail_re = self._list_seps, self._list_tail
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        i = text.find("、")
        while i >= 0:
            j = i + 1
            i = text.find("、", j)
            if i >= 0 and i - j <= 4:
                continue  # not the last item: its list is read from the last one
            for n in (2, 3, 4):
                mt = tail_re.match(text, j + n)
                if mt is None or mt.group("suffix") not in _VILLAGE_SUFFIXES or not _HAN_RUN.fullmatch(text, j, j + n):
                    continue
                items = self._city_list_items(text, j + n, seps)
                if len(items) >= least:
                    out.extend(self._one_town_villages(text, items, counties, mt.group("suffix"), covered))
                break
        return mentions + out if out else mentions

    @staticmethod
    def _city_list_items(text, end, seps) -> list:
        """(start, end) of each item of the list that ends at ``end``, last first."""
        items = []
        while True:
            mi = _ITEM.search(text[max(0, end - 14):end])
            if mi is None or mi.group() != mi.group(1):
                break
            a = end - len(mi.group(1))
            items.append((a, end))
            if a < 1 or text[a - 1] not in seps:
                break
            end = a - 1
        return items

    def _one_town_villages(self, text, items, counties, suffix, covered) -> list:
        rows = []
        for a, b in items:
            stem = text[a:b]
            got = self._villages_of_stem(stem, counties) if covered.find(1, a, b) < 0 else []
            if not got and (a, b) == items[-1]:
                # the first item may run on from the text before it (涉及古烟): its last characters
                for k in range(b - a - 1, 1, -1):
                    got = self._villages_of_stem(text[b - k:b], counties)
                    if got:
                        a = b - k
                        break
            if not got or covered.find(1, a, b) >= 0:
                return []
            rows.append((a, b, got))
        towns = None
        for _a, _b, got in rows:
            held = {code[:9] for code, _n in got}
            towns = held if towns is None else towns & held
        if not towns or len(towns) != 1:
            return []
        town = next(iter(towns))
        out = []
        for a, b, got in rows:
            mine = [r for r in got if r[0][:9] == town]
            mine = [r for r in mine if r[1].endswith(suffix)] or mine
            if len(mine) != 1:
                return []
            out.append(self._mention(a, b, text, "place.village", self.gz.village_entry(*mine[0])))
        return out
