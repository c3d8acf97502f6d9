"""The second look: a name that needs evidence (a common word, a county whose city is not
named) is taken when a list neighbour (、 和 与 —) lies under the same city, when it is one
end of a route (大理至瑞丽铁路, place_route), when the document names the same division with
certainty elsewhere, refers to itself by its suffix (全县 … 桦川), takes the same name
elsewhere, or writes it glued to another division with no separator.

The context it reads (step 3: what the document names with certainty) is context.py; the
pruning of the accepted names that follows it is support.py.
"""
from __future__ import annotations

from ...gazetteer import LEVEL_RANK, Entry
from .vocab import ADMIN, LIST_SEPARATORS, NAME_TAGS, PLACE_TAGS, TOWN_SUFFIXES, _Doc, _Hit

#: the tags of a glued pair's second name: a place or a proper name to jieba (义乌 nz)
GLUED_TAGS = PLACE_TAGS | NAME_TAGS
#: what ends the clause a route's list item must share with its route head
_CLAUSE_END = "。；;！!？?\n"


class EvidenceMixin:
    def _second_look(self, d: _Doc) -> None:
        """Until nothing changes: a pending name is taken on a neighbour, a route or the
        division named with certainty elsewhere (see the module's docstring)."""
        text, free, accepted, chain_at, certain = d.text, d.free, d.accepted, d.chain_at, d.certain
        # second look, until nothing changes: a name that needs evidence is taken when a
        # list neighbour (、 和 与 —) is a place under the same city (province for a
        # city), or when the document names the same division with certainty elsewhere
        pending = [h for h in free if h.entry is None and h.kind.startswith("needs")]
        if pending:
            ends: dict[int, list[_Hit]] = {}
            starts: dict[int, list[_Hit]] = {}
            for o in free:
                if o.entry is not None or o.kind.startswith("needs"):
                    ends.setdefault(o.end, []).append(o)
                    starts.setdefault(o.start, []).append(o)
            changed = True
            connectors = self.route_connectors
            # the kinds of division the text refers to itself as (全县, 县委: 县)
            selves = tuple(sfx for sfx, words in self.self_refs.items() if any(w in text for w in words))
            while changed:
                changed = False
                for h in pending:
                    if h.entry is not None:
                        continue
                    left = text[h.start - 1] if h.start >= 1 else ""
                    right = text[h.end:h.end + 1]
                    nbrs = []
                    if left in LIST_SEPARATORS:
                        nbrs += ends.get(h.start - 1, [])
                    if right in LIST_SEPARATORS:
                        nbrs += starts.get(h.end + 1, [])
                    if h.kind == "needs-town":
                        pick = self._town_by_neighbour(h, nbrs, certain) if nbrs else None
                        if pick is not None:
                            h.entry, h.rule = pick, "place.town"
                            accepted.append(h)
                            changed = True
                        continue
                    pick = self._by_neighbour(h, nbrs) if nbrs else None
                    # a route needs a connector beside the name (_by_route)
                    if pick is None and connectors and ((h.start >= 2 and left in connectors) or right in connectors):
                        pick = self._by_route(text, h, accepted, chain_at, certain, pending)
                    if pick is None and h.evidence:
                        # the division itself named with certainty, or (for a city) its province
                        pick = next((e for e in h.cands if e.level in ADMIN and (
                            e.code in certain or (e.level == "city" and self.under(e, certain)))), None)
                    if pick is None and selves and h.evidence:
                        pick = self._by_self_reference(text, h, selves, certain, accepted)
                    if pick is None and self.same_surface_taken and not self.commonness(h.surface):
                        # the same name taken elsewhere in the document, on a neighbour or a
                        # route (东港、凌海2座 … 营口、东港、凌海): the same division here; not a
                        # common word (资源, 城区: the word where no neighbour makes it a name)
                        pick = next((o.entry for o in accepted if o.surface == h.surface and o.entry in h.cands
                                     and o.entry.level in ADMIN), None)
                    if pick is None and self.glued_pair and h.kind == "needs-evidence":
                        pick = self._glued_pair(text, h, ends)
                    if pick is not None and h.kind == "needs-evidence":
                        common = self.commonness(h.surface)
                        ranked = max(self.under(e, certain) for e in h.cands if e.level in ADMIN)
                        if not self._word_ok(text, h, common, ranked):
                            h.kind = "rejected"
                            h.why = "places.common_word"
                            continue
                    if pick is not None:
                        h.entry = pick
                        h.rule = self._rule_of(pick)
                        accepted.append(h)
                        changed = True

    def _glued_pair(self, text: str, h: _Hit, ends: dict):
        """Two divisions written side by side with no separator (喀什|义乌: a city and a
        county of another province, a project of the pair): the second, a short form that
        is no common word and has one division's reading (a city or a county), is taken
        on the first, a division accepted right before it and not above it (a chain would
        hold them both) (``glued_pair`` of rule place.short; false: off)."""
        if self.commonness(h.surface) or self._tags.get(h.surface) not in GLUED_TAGS:
            return None
        admin = [e for e in h.cands if e.level in ADMIN]
        if len(admin) != 1 or len(h.cands) != 1 or admin[0].level not in ("city", "county"):
            return None
        e = admin[0]
        for o in ends.get(h.start, ()):
            if o.entry is not None and o.entry.level in ("province", "city", "county") and o.entry.code \
                    and len(o.surface) >= 2 and o.entry.code not in (self.gz.ancestors(e.code) if e.code in self.gz.div else ()):
                return e
        return None

    def _share(self, e: Entry, f: Entry) -> bool:
        """Do two readings lie under the same city (the same province for a city)?"""
        if e.form.startswith("curated") or f.form.startswith("curated"):
            return e.form.startswith("curated") and f.form.startswith("curated") and e.level == f.level
        if not e.code or not f.code:
            return False
        if "city" in (e.level, f.level) or "province" in (e.level, f.level):
            return e.code[:2] == f.code[:2]
        return e.code[:4] == f.code[:4]

    def _by_route(self, text, h: _Hit, accepted, chain_at, certain, pending=()) -> Entry | None:
        """A division's short form in a route name, across a connector from an accepted
        division, with a route head after the second name (大理至瑞丽铁路, 包头至惠农段);
        with ``route_pending_unique``, the other end may be a name still pending where both
        are no common word and each has one reading, a city or a county (甲市至乙县高速)."""
        if self.commonness(h.surface):
            return None
        both = self.route_pending_unique and self._route_unique(h)
        other_end = None
        if h.start >= 2 and text[h.start - 1] in self.route_connectors:
            left = h.start - 1
            if left in chain_at or any(o.end == left and o.entry is not None and o.entry.level in ADMIN
                                       for o in accepted) \
                    or both and any(o.end == left and o.entry is None and self._route_unique(o) for o in pending):
                other_end = h.end
        if other_end is None and text[h.end:h.end + 1] in self.route_connectors:
            right = h.end + 1
            o = next((o for o in accepted if o.start == right and o.entry is not None
                      and o.entry.level in ADMIN), None)
            if o is None and both:
                o = next((o for o in pending if o.start == right and o.entry is None and self._route_unique(o)), None)
            if o is not None:
                other_end = o.end
        if other_end is None:
            return None
        if self.route_note_max and text[other_end:other_end + 1] in "(（":
            # a note in brackets after the second end (乙县(两省界)段, 乙县(界)、): read past it
            close = min((p for p in (text.find(c, other_end + 1, other_end + 2 + self.route_note_max)
                                     for c in ")）") if p >= 0), default=-1)
            if close > 0 and not any(c in text[other_end + 1:close] for c in "(（" + _CLAUSE_END):
                other_end = close + 1
        if not any(text.startswith(hd, other_end) for hd in self.route_heads) \
                and not self._route_head_later(text, other_end):
            # a river or strait may stand before the head (兰考—东明黄河大桥)
            feat = next((k for k in range(4, 1, -1) if any(
                e.level == "area" and e.form.startswith("curated")
                for e in self.surfaces_get(text[other_end:other_end + k]))), 0)
            if not feat or not any(text.startswith(hd, other_end + feat) for hd in self.route_heads):
                return None
        admin = [e for e in h.cands if e.level in ("city", "county")]
        if not admin:
            return None
        admin.sort(key=lambda e: (-self.under(e, certain), e.form != "full", LEVEL_RANK[e.level], e.code))
        return admin[0]

    def _route_unique(self, h: _Hit) -> bool:
        """A pending short form that is no common word with one reading, a city or a county."""
        return h.kind == "needs-evidence" and len(h.cands) == 1 and h.cands[0].level in ("city", "county") \
            and not self.commonness(h.surface)

    def _route_head_later(self, text: str, end: int) -> bool:
        """Does the route end at ``end`` close an item of a list (``route_list_closers``:
        、，等) whose clause holds a route head within ``route_list_window`` characters
        (甲至乙、丙至丁等3条高速公路; ``route_list_evidence`` of rule place.short)?"""
        if not self.route_list_evidence or text[end:end + 1] not in self.route_list_closers:
            return False
        rest = text[end:end + self.route_list_window]
        cut = min((p for p in (rest.find(c, 1) for c in _CLAUSE_END) if p >= 0), default=len(rest))
        return any(hd in rest[:cut] for hd in self.route_heads)

    def _by_self_reference(self, text, h: _Hit, selves, certain, accepted) -> Entry | None:
        """A county's short form in a county's own report (全县 ... 桦川), which names no city:
        the one county reading whose full name ends in a suffix the text refers to itself
        by (and lies in the province, if one is named), a place word written at least
        ``self_reference_min`` times."""
        key = ("count", h.surface)
        if key not in self._doc_memo:
            self._doc_memo[key] = text.count(h.surface)
        if self.commonness(h.surface) or self._doc_memo[key] < self.self_reference_min:
            return None
        div = self.gz.div
        # the provinces and cities named, kept up to date incrementally (``certain`` holds
        # distinct codes only; ``accepted`` only grows): linear time on long texts
        memo = self._doc_memo.setdefault("levels", [-1, 0, {}, {}])
        if memo[0] != len(certain):
            memo[0], memo[2] = len(certain), {c: div[c][0] for c in certain if c in div}
        for o in accepted[memo[1]:]:
            if o.entry is not None and o.entry.level in ("province", "city") and o.entry.code:
                memo[3][o.entry.code] = o.entry.level
        memo[1] = len(accepted)
        levels = {**memo[2], **memo[3]}
        cities = {c[:2] for c, lvl in levels.items() if lvl == "city"}
        if len(cities) > 1:
            return None  # cities of several provinces named: not one county's report
        provinces = {c[:2] for c, lvl in levels.items() if lvl == "province"} | cities
        # a city named (贵阳 where the report sends help) must lie in the county's
        # province; its own city named, the county is found under it, not so
        fits = [e for e in h.cands if e.level == "county" and e.form != "full" and e.name.endswith(selves)
                and (not provinces or e.code[:2] in provinces) and e.code[:4] + "00" not in levels]
        return fits[0] if len(fits) == 1 else None

    def _town_by_neighbour(self, h: _Hit, nbrs, certain) -> Entry | None:
        """A town written in full, one of several of the name under the city the document
        names (上坪镇: 龙川县, 连平县), next to a town or county of the list it is in (大湖镇、
        上坪镇): the one in the neighbour's county."""
        towns = [e for e in h.cands if e.level == "town" and e.form == "full" and self.under(e, certain) == 2
                 and e.name.endswith(TOWN_SUFFIXES)]
        for o in nbrs:
            if o is h or o.entry is None or o.entry.level not in ("town", "county") or not o.entry.code:
                continue
            fits = [e for e in towns if e.code[:6] == o.entry.code[:6]]
            if len(fits) == 1:
                return fits[0]
        return None

    def _by_neighbour(self, h: _Hit, nbrs) -> Entry | None:
        mine = [e for e in h.cands if e.level in ADMIN or e.form.startswith("curated")]
        for o in nbrs:
            if o is h:
                continue
            theirs = [o.entry] if o.entry is not None else (
                [e for e in o.cands if e.level in ADMIN] if self.commonness(o.surface) == 0 else [])
            for e in sorted(mine, key=lambda e: (e.form.startswith("curated"), LEVEL_RANK[e.level], e.code)):
                if any(self._share(e, f) for f in theirs):
                    return e
        if self.list_county_province:
            # a province's list of its counties: a county accepted beside it (not a mere
            # candidate) under another city of the same province (list_county_province)
            counties = [e for e in mine if e.level == "county" and e.form != "full" and e.code]
            for o in nbrs:
                f = o.entry if o is not h else None
                if f is None or f.level != "county" or not f.code:
                    continue
                fits = [e for e in counties if e.code[:2] == f.code[:2]]
                if len(fits) == 1:
                    return fits[0]
        return None
