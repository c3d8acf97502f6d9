"""Towns decided on their own and the context (step 5 of decide.py): ``place.town`` and
``place.town_short`` need a parent in reach (a county the document names, a chain, a special
zone's members), an unambiguous suffixed name that is a word where it stands, or, for a name
several counties share, the short form of one of those counties written in the text."""
from __future__ import annotations

from ...gazetteer import Entry
from .vocab import PLACE_TAGS, TOWN_SUFFIXES


class TownsMixin:
    def warm(self) -> None:
        """Before a process pool forks (engines._preload): every province's town short
        forms (~0.05 s and ~3 MB made once and shared, instead of ~0.2 s in each worker;
        the answers are the same whenever they are made)."""
        for code, (level, _name, _parent) in self.gz.div.items():
            if level == "province":
                self._province_town_shorts(code)

    def _city_town_shorts(self, city: str) -> tuple:
        """Town short forms of a city's counties that may count with only the city named:
        rare place words (jieba tag ns, frequency below common_freq; see _decide_town)."""
        got = self._city_shorts.get(city)
        if got is None:
            tags, freq, limit = self._tags, self._freq, self.common_freq
            got = self._city_shorts[city] = tuple(sorted({
                s for k in self.gz.children.get(city, ()) for s in self._town_shorts.get(k, ())
                if (tags.get(s) in PLACE_TAGS or (self.city_town_unknown and s not in freq))
                and (freq.get(s) or 0) < limit}))
        return got

    def _province_town_shorts(self, province: str) -> tuple:
        """Town short forms of a province that may count with only the province named: at
        least province_town_min_chars long, unknown to jieba's dictionary, one reading in
        the whole register (see _decide_town)."""
        got = self._province_shorts.get(province)
        if got is None:
            n, freq = self.province_town_min_chars, self._freq
            got = self._province_shorts[province] = tuple(sorted({
                s for c, forms in self._town_shorts.items() if c[:2] == province[:2] for s in forms
                if len(s) >= n and s not in freq and len(self.surfaces_get(s)) == 1})) if n else ()
        return got

    def _county_before(self, text, h, towns) -> bool:
        """Is one of the towns' county (or city) written right before the short form?"""
        for e in towns:
            for name in e.path[-3:-1]:
                for n in {name, name[:2]}:
                    if len(n) >= 2 and text.endswith(n, 0, h.start):
                        return True
        return False

    def _decide_town(self, text, h, towns, certain, zone_members, common) -> None:
        full = any(e.form == "full" for e in towns)
        if not full and (common or self._tags.get(h.surface, "") in self.town_short_not_pos):
            h.why = "places.town_common"
            return  # (抽水 v: a town's short form jieba reads as a verb is that verb)
        if not full and (self._freq.get(h.surface) or 0) >= self.common_freq and not self._county_before(text, h, towns):
            # 永嘉高山温泉: 高山 'high mountain' (a frequent word, even tagged ns) is a town's
            # short form only right after its county
            h.why = "places.town_common"
            return
        members = [e for e in towns if e.code in zone_members]
        # a short form under a city the document names, no county of it: a rare place word
        # (jieba tag ns, frequency below common_freq: not 大桥 'bridge') that names one town
        # of the city
        city_short = not full and (self._tags.get(h.surface) in PLACE_TAGS or (
            self.city_town_unknown and h.surface not in self._freq and self._unknown_stands(text, h))) and (
            self._freq.get(h.surface) or 0) < self.common_freq and len(
            [e for e in towns if self.under(e, certain) == 2]) == 1
        # a name of at least province_town_min_chars that jieba's dictionary lacks and that
        # names one town in the whole register (糯扎渡), its province named with certainty
        province_short = not full and not city_short and self.province_town_min_chars and len(
            h.surface) >= self.province_town_min_chars and h.surface not in self._freq and len(
            h.cands) == 1 and len(towns) == 1 and self.under(towns[0], certain) == 1 and self._unknown_stands(text, h)
        if full and not members and not any(self.under(e, certain) >= 2 for e in towns):
            by_county = self._town_by_county_short(text, towns)
            if by_county is not None and self.is_word(text, h.start, h.end):
                h.entry, h.rule = by_county, "place.town"
                return
        # a town written in full, the only one of its name, counts with no parent in reach,
        # unless jieba knows the name as a word of another kind (小城镇 nr 'small towns';
        # param `alone_not_other_word` of rule place.town)
        alone = len(towns) == 1 and full and len(h.surface) >= 3 and common == 0 and not (
            self.town_alone_not_other_word and self._freq.get(h.surface)
            and self._tags.get(h.surface) not in PLACE_TAGS)
        if not members and not city_short and not province_short and not any(
                self.under(e, certain) >= (2 if full else 3) for e in towns) and not alone:
            h.why = "places.town_no_county"
            return  # no parent in reach: decided before asking jieba
        if not full and not self.is_word(text, h.start, self._fend(text, h) or h.end):
            h.why = "places.town_not_word"
            return
        if members:
            e = members[0]
            zone = next((z for z in self._zones_of(e.code)), None)
            path = (zone.path + (e.name,)) if zone else e.path
            e = Entry(e.name, "town", e.code, path, e.form)
        else:
            inside = [e for e in towns if self.under(e, certain) >= 3]  # its county is named
            if inside:
                inside.sort(key=lambda e: (e.form != "full", e.code))
                e = inside[0]
            elif alone and self.is_word(text, h.start, h.end):  # not 龙胜乡 in 龙胜乡村
                e = towns[0]
            elif full and len(h.surface) >= 3 and common == 0 and len(
                    in_city := [e for e in towns if e.form == "full" and self.under(e, certain) == 2]) == 1 \
                    and self.is_word(text, h.start, h.end):
                e = in_city[0]  # written in full, the only one of the name under a city in reach
            elif city_short and h.surface not in self.city_town_not_heads:
                e = next(e for e in towns if self.under(e, certain) == 2)
            elif province_short and h.surface not in self.city_town_not_heads:
                e = towns[0]
            else:
                h.why = "places.town_no_county"
                if full and len(h.surface) >= 3 and common == 0 and self.is_word(text, h.start, h.end):
                    h.kind = "needs-town"  # several of the name under the city: a list neighbour may tell
                return
        if e.form == "full" and not e.name.endswith(TOWN_SUFFIXES):
            h.why = "places.town_no_suffix"
            return  # a town-level zone without a town suffix (高新产业园) is a park, no place
        if e.form == "full":
            h.entry, h.rule = e, "place.town"
        elif e.name.endswith("街道") and (self.street_short_area or any(
                text.startswith(s, h.end) for s in self.street_area_heads)) or self._cued(text, h.end) \
                or self._river_cued(text, h):
            # a 街道's short form names its urban area (street_short_area; else only before a
            # site head or street_area_heads: 南头古城, 高笋塘片区); before a feature cue
            # (大围山国家森林公园) the short form names the feature
            area = Entry(h.surface, "area", "", e.path[:-1] + (h.surface,), "street")
            h.entry, h.rule = area, "place.town_short"
        else:
            h.entry, h.rule = e, "place.town_short"

    def _river_cued(self, text: str, h) -> bool:
        """A town's short form in a river's final (凯江 of 凯江镇) before a river cue
        (place_river_cue.txt: 凯江上游段), or before a list's other river and its cue (凯江、郪江
        流域): the river the town is named after (``town_river_finals`` of rule place.town_short;
        empty: off)."""
        finals = self.town_river_finals
        if not finals or h.surface[-1] not in finals:
            return False
        end = h.end
        if text.startswith("、", end):  # 凯江、郪江流域: the other item's river, then the cue
            end = next((j for j in range(end + 3, min(len(text), end + 6))
                        if text[j - 1] in finals and any(text.startswith(c, j) for c in self.river_cues)), 0)
            if not end:
                return False
        return any(text.startswith(c, end) for c in self.river_cues)

    def _unknown_stands(self, text: str, h) -> bool:
        """Does a short form jieba's dictionary lacks stand as a name of its own: not the
        first word of a street, estate or feature named after it (潘州|大道, 洪格尔|草原: heads
        of bare_stem_not_before and place_locality_head.txt) and not the end of a longer
        unknown name (珠恩|嘎达布其: a lone Han character before it that is no function word)?"""
        if any(text.startswith(x, h.end) for x in self.bare_stem_not_before) or any(
                text.startswith(x, h.end) for x in self.locality_heads):
            return False
        if h.start and "\u4e00" <= text[h.start - 1] <= "\u9fff" and self._lone(text, h.start - 1):
            return self._tags.get(text[h.start - 1], "")[:1] in self.broken_not_pos + ("v",)
        return True

    def _town_by_county_short(self, text: str, towns) -> Entry | None:
        """The one town of several of the name (横林镇: 常州's 武进区 and 天门市) whose county
        the text writes by its short form (武进, at least two characters), or None."""
        hits = []
        for e in towns:
            if e.form != "full" or len(e.path) < 2:
                continue
            county = e.path[-2]
            short = county[:-1] if len(county) > 2 and county[-1] in "区县市旗" else ""
            if len(short) >= 2 and short in text:
                hits.append(e)
        return hits[0] if len(hits) == 1 else None

    def _cities_of(self, counties) -> set:
        """The parents of the given county codes (a city, or a province for a county
        right under one)."""
        return {self.gz.div[c][2] for c in counties if c in self.gz.div}

    def _zones_of(self, code):
        z = self._zone_of.get(code)  # made with the index (index.py)
        return [z] if z is not None else []
