"""Steps 4 and 5: decide every free hit (outside the chains) on its own and the context.

``place.full`` / ``place.short``: names of province, city and county. A full name
followed by a suffix-breaker word (河源市民) is the short form. A short form must be a
jieba word where it stands (a place-like one may begin a longer word: 北京大学). A
county's short form needs its city named in the document; without it, or when it is a
common word (jieba's dictionary: a non-place tag and a frequency of at least
``common_freq``), it waits for evidence (evidence.py; from ``very_common_freq`` on,
context alone is not enough: 资源). A short form shared by a division and one under it
(长沙: 长沙市/长沙县) is the higher one. A short form inside a dictionary word with a
head of place_word_heads (中山路, 普洱茶) is none. A region of place_regions_cued (西南,
中欧) counts only before a place_region_cue word.

``place.town`` / ``place.town_short`` (towns.py): towns need a parent in reach (a county
the document names, a chain, a special zone's members) or an unambiguous suffixed name that
is a word where it stands. The short form of a 街道 names the urban area it is called
after (蛇口, 西丽): level ``area`` under the county; short forms of 镇/乡 stay towns.

What the words around a hit say (cues, word heads, a place word across its start) is
cues.py; when a short form stands without its city named (a word where it stands, a
well-known county, a city of a named province, a county's outlet) is shortforms.py.
"""
from __future__ import annotations

from ...gazetteer import LEVEL_RANK, Entry
from .vocab import ADMIN, SUFFIXED, CUED, DICT_FEATURE, NAME_TAGS, SETTLEMENT_HEADS, PLACE_TAGS, _Doc, _Hit, _start_end


class DecideMixin:
    def _decide_free(self, d: _Doc) -> None:
        """Every free hit decided (into ``d.accepted``), then the town short forms of the
        counties in reach looked for (they are in no automaton: index.py)."""
        text, free, accepted, certain, named_codes, zone_members, in_chain = (
            d.text, d.free, d.accepted, d.certain, d.named_codes, d.zone_members, d.in_chain)
        town_only = self._town_only
        self._doc_memo["in_chain"] = in_chain  # words.py: _always_after
        self._doc_memo["named_codes"] = named_codes  # _word_ok: a short form named already
        self._doc_memo["certain"] = certain  # _word_ok: a county written in full (in a chain too)
        for h in sorted(free, key=_start_end):
            counties = town_only.get(h.surface)
            if counties is not None and certain.isdisjoint(counties) and (
                    not zone_members or not any(e.code in zone_members for e in h.cands)) and (
                    len(h.cands) > 1 or h.cands[0].form != "full") and not (
                    h.cands[0].form == "full" and not certain.isdisjoint(self._cities_of(counties))) and not (
                    h.cands[0].form == "full" and self._town_by_county_short(text, h.cands) is not None):
                h.why = "places.town_no_parent"
                continue  # a town name with no county (nor, written in full, city) of it in reach
            self._decide(text, h, certain, zone_members)
            if h.entry is not None:
                accepted.append(h)
                if h.entry.level in ADMIN and (h.entry.form in self.certain_forms or h.evidence):
                    self._note(h.entry, certain, named_codes)
        # town short forms of the counties in reach (and of special zones' members)
        counties = {c for c in certain if len(c) == 6 and c in self._town_shorts}
        counties.update(m[:6] for m in zone_members if m[:6] in self._town_shorts)
        # ... and of the counties of a city named with certainty (a document that names only
        # its city): those short forms pass only as place words, one town of the city (_decide_town)
        div = self.gz.div
        surfaces = {s for c in counties for s in self._town_shorts[c]}
        for c in d.named_codes:
            if c in div and div[c][0] == "city":
                surfaces.update(self._city_town_shorts(c))
            elif c in div and div[c][0] == "province":
                surfaces.update(self._province_town_shorts(c))
        if surfaces:
            found = []  # every occurrence (str.find beats building an automaton per document)
            chars = set(text)  # skip forms the text cannot hold (cheaper than finding them)
            for surface in [s for s in surfaces if s[0] in chars and s[1] in chars]:
                i = text.find(surface)
                while i >= 0:
                    found.append((i + len(surface) - 1, -len(surface), surface))
                    i = text.find(surface, i + 1)
            found.sort()
            taken = bytearray(len(text) + 1)  # the names accepted so far
            for h in accepted:
                taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            for end_idx, _n, surface in found:
                start = end_idx + 1 - len(surface)
                if in_chain[start] or taken.find(1, start, end_idx + 1) >= 0:
                    continue
                h = _Hit(start, end_idx + 1, surface, self.surfaces_get(surface))
                self._decide(text, h, certain, zone_members)
                if h.entry is not None:
                    accepted.append(h)
                    free.append(h)
                else:
                    d.extra_hits.append(h)

    @staticmethod
    def _rule_of(e: Entry) -> str:
        if e.form.startswith("curated"):
            return {"special_zone": "place.zone", "region": "place.region", "country": "place.country",
                    "province": "place.zone"}.get(e.level, "place.area")
        return "place.full" if e.form == "full" else "place.former" if e.form == "former" else "place.short"

    def _dinfo(self, surface: str):
        """What ``_decide`` asks of a surface's readings, worked out once per process."""
        admin, curated, towns, _full = self.info(surface)
        common = self.commonness(surface)
        full = any(e.form in SUFFIXED for e in admin)  # 龙胜县: suffixed alias; 南郊区
        got = self._dinfos[surface] = (
            admin, towns, common, full,
            # may be a street's or a product's name (中山路, 普洱茶)
            not full and not curated and not any(e.form == "full" for e in towns),
            next((e for e in curated if e.level == "region"), None),
            [e for e in curated if e.form != CUED],  # 中欧班列, 西南 'south-west'
            # every suffixed reading a county's or a town's (海城市); not vacuously (湘西州:
            # a prefecture's alias, no full reading)
            any(e.form in SUFFIXED for e in admin) and all(
                e.level in ("county", "town") for e in admin if e.form in SUFFIXED),
            any(e.level in ("province", "city") for e in admin))
        return got

    def _decide(self, text, h: _Hit, certain: set, zone_members: set) -> None:
        d = self._dinfos.get(h.surface)
        if d is None:
            d = self._dinfo(h.surface)
        admin, towns, common, full, wordy, region, curated, low_full, provcity = d
        if wordy and self._in_word(text, h):
            h.why = "places.word_head"
            return  # a street's or a product's name (中山路, 普洱茶)
        if full and h.start and self._inside_place_word(text, h):
            h.why = "places.inside_place_word"
            return  # 大南昌|都市圈 holds 南昌, not 昌都市: the name starts inside another place's word
        if region is not None and (self._region_cue(text, h) or self._compass_free(text, h)):
            # a region before a region cue (关中地区, 西南地区, 中欧国家): jieba may join them
            h.entry, h.rule = region, "place.region"
            return
        if not full and not admin and not curated and towns and self._fused_abbreviation(h.surface, towns):
            h.why = "places.fused_abbreviation"
            return  # 闽宁|协作 'Fujian and Ningxia': not 闽宁镇's short form (SPEC §5)
        if curated and not full and admin and not self._cued(text, h.end) and not (
                h.start and text[h.start - 1] in self.precues) and not self._about_feature(text, h.surface, admin) and any(
                self.under(e, certain) >= 2
                # a feature of no one province (大兴安岭, the range) yields to a division
                # whose province the document names (大兴安岭地区 in a 黑龙江 report)
                or (len(curated[0].path) <= 1 and e.level == "city" and self.under(e, certain) >= 1)
                for e in admin if not (curated[0].level == "region" and e.level in self.region_over_levels)):
            curated = []  # the division the context supports (崂山实验室 in Qingdao: 崂山区)
        if curated and admin and not full and curated[0].level == "region" and h.surface in self.anchored_regions \
                and not {c[:2] for c in certain if c[:2].isdigit()} & set(self.anchored_regions[h.surface]):
            curated = []  # an anchored region none of whose provinces is named (海西 in a 青海 text): the division
        if not curated and not admin and not towns:
            return
        if curated and not full:
            # a curated line is explicit: it wins over a rule-made short form (泰山 the
            # mountain, not 泰山区), not over a full official name; a feature cue after it
            # (径山脚下, 崂山风景区) settles it
            if curated[0].level == "area" and self._always_after(text, h):
                h.why = "places.curated_not_word"
                return  # 富|华山 every time: the text's own 富华山, not the famous 华山
            if self._cued(text, h.end) and curated[0].level == "area":
                h.entry, h.rule = curated[0], "place.area"
                return
            if len(h.surface) <= 2 and not self.is_word(text, h.start, self._fend(text, h) or h.end,
                                                         prefix_ok=common == 0) and not (
                    common == 0 and self._broken_name(text, h.start, h.end)) and not self._names_pair(text, h) \
                    and not self._water_of(text, h):
                h.why = "places.curated_not_word"
                return  # 华中 in 龙华中心
            if len(h.surface) <= 2 and self._stranded_before(text, h.start):
                h.why = "places.curated_not_word"
                return  # 远|古巴人: 远古 is the word jieba's longer guess took apart
            if curated[0].form == DICT_FEATURE and (not self.is_word(text, h.start, h.end) or any(
                    text.startswith(s, h.end) for s in SETTLEMENT_HEADS)):
                h.why = "places.curated_not_word"
                return  # a dictionary's feature only where it is a word, not a village's name (凤凰山自然村)
            if common == 2:
                h.kind = "needs-evidence-curated"
                h.why = "places.needs_evidence"
                return
            e = curated[0]
            if e.level == "region" and len(h.surface) > 2 and h.surface[0] in self.compass_chars and (any(
                    c + h.surface[1:] in text for c in self.compass_chars if c != h.surface[0])
                    or (h.start and text[h.start - 1] in self.region_part_after)):
                h.why = "places.compass_part"
                return  # 中部地区 beside 东部地区, 北部地区, or after 海南省: the parts of a smaller unit (a province's)
            h.entry = e
            h.rule = {"special_zone": "place.zone", "region": "place.region", "country": "place.country",
                      "province": "place.zone"}.get(e.level, "place.area")
            return
        if admin:
            # a full name of three characters or more is a common word only by a tagging slip
            # (公安县 nr, frequency 527: the county): its suffix makes it the division
            if full and (common == 0 or (common == 1 and len(h.surface) >= 3)):
                # 河源市民保: 市民 is the word, so the name is 河源, not 河源市 (but 深圳市委)
                if self._breaks(text, h.end):
                    h.why = "places.suffix_breaker"
                    return
                if self.former_own_province and self._former_elsewhere(h, admin, certain):
                    h.why = "places.former_elsewhere"
                    return  # 新建|县直 in a 中牟县 report: the former 新建县 of 南昌 read across words
                if low_full and max(
                        self.under(e, certain) for e in admin) < 2 and not self.is_word(text, h.start, h.end):
                    h.why = "places.county_not_word"
                    return  # 海城市 in 沿海城市: a county whose city is not named must be a word
                if low_full and len(h.surface) == 2 and h.surface[0] in self.compass_chars and not any(
                        len(e.path) > 1 and e.path[-2][:2] in text for e in admin):
                    # 西区 'west part' (鉴湖新村西区): 攀枝花's 西区 only with its city written in
                    # the text (the context has the city from the full name itself)
                    h.why = "places.compass_county"
                    return
                self._resolve_admin(h, certain)
                return
            ranked = max(self.under(e, certain) for e in admin)
            if ranked < 2 and towns and not full and common == 0:
                # the short form of a town the document names in full (大邑县安仁镇 … 安仁古镇),
                # where no division of the name has its city named: the town (before a site
                # or a feature cue, the area named after it); not a common word (港口)
                named = [e for e in towns if e.code in certain and e.name in text]
                if len(named) == 1 and self.is_word(text, h.start, h.end, prefix_ok=True):
                    e = named[0]
                    if any(text.startswith(s, h.end) for s in self.site_heads) or self._cued(text, h.end):
                        h.entry = Entry(h.surface, "area", "", e.path[:-1] + (h.surface,), "street")
                    else:
                        h.entry = e
                    h.rule = "place.town_short"
                    return
            if ranked < 2 and towns and not full and common == 0 and not provcity:
                # a county's short form no context supports, also the short form of a town
                # of a county the document names (双河: 新疆's 双河市, 钟祥市's 双河镇 in a
                # 钟祥 story): the town
                inside = [e for e in towns if self.under(e, certain) >= 3]
                if len(inside) == 1:
                    self._decide_town(text, h, inside, certain, zone_members, common)
                    if h.entry is not None:
                        return
                    h.why = ""
            if provcity and self.dateline.match(text, h.end):
                self._resolve_admin(h, certain)  # a dateline (新华社合肥5月1日电): named with certainty
                h.evidence = True
                return
            if self.outlet_after is not None and common == 0 and self._tags.get(h.surface) in PLACE_TAGS and len(
                    [e for e in admin if e.level == "county"]) == 1 and self.outlet_after.match(text, h.end) \
                    or self._labelled_outlet(text, h, admin, common):
                # 昆山日报讯: a county's own paper or channel names it with certainty; a
                # province's short form stays the province (河北日报讯: not 天津's 河北区)
                h.entry = next((e for e in admin if e.level == "province"), None) or next(
                    e for e in admin if e.level == "county")
                h.rule = self._rule_of(h.entry)
                h.evidence = True
                return
            # its city named in the document, or a province or city itself; a county's
            # short form with no city above it named needs a neighbour (兴业 in 投资兴业,
            # 古城 in 南头古城), and so does a common word (光明, 资源, 城区)
            # a name-tagged short form (文昌 nr) whose city (or province, for a county right
            # under it) the document names is the county, like a place-like one
            strong = (common == 0 or (common == 1 and (
                self._fend(text, h) or (ranked >= 2 and self._tags.get(h.surface) in NAME_TAGS)
                or self._city_in_named_province(text, admin, certain)))) and (
                ranked >= 2 or provcity or self._well_known(text, h, ranked, certain))
            if not strong:
                h.kind = "needs-evidence"  # the word check comes on acceptance
                h.why = "places.needs_evidence"
                h.evidence = common < 2 and not full
                return
            if not self._word_ok(text, h, common, ranked):
                h.why = "places.not_word"
                return
            self._resolve_admin(h, certain)
            return
        if towns:
            self._decide_town(text, h, towns, certain, zone_members, common)

    def _resolve_admin(self, h: _Hit, certain: set, force: bool = False) -> None:
        admin = [e for e in h.cands if e.level in ADMIN]
        if not admin:
            return
        # a reading does not support another of the same name: 长沙 is 长沙市 though
        # 长沙县 lies under it, 吉林 the province though 吉林市 lies under it; the lower
        # reading needs context of its own (its city named for a county of another
        # city's name, 朝阳 in a Beijing report); a reading named with certainty elsewhere
        # (河北省 written in full) beats one whose city alone is named (天津's 河北区), and a
        # province's short form is the province
        if len(admin) > 1:
            own = {e.code for e in admin} & certain
            ctx = certain - own if own else certain
            ranked = sorted(admin, key=lambda e: (
                -(5 if e.level == "province" else 4 if e.code in own else self.under(e, ctx)),
                e.form != "full", LEVEL_RANK[e.level], e.code))
        else:
            ranked = admin
        h.entry = ranked[0]
        h.rule = self._rule_of(h.entry)
