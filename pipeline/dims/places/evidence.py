"""Step 3 and the second look: what the document itself says of its places.

Context is the divisions named with certainty (chains, unambiguous full names,
unambiguous province/city short forms, special zones and their member towns) and their
ancestors; an ambiguous name resolves to the candidate under it. A name that needs
evidence (a common word, a county whose city is not named) is taken on a second look
when a list neighbour (、 和 与 —) lies under the same city, when it is one end of a
route (大理至瑞丽铁路, place_route), or when the document names the same division with
certainty elsewhere. Last, a county name no context supports gives way to an
overlapping one the context supports (山城区 in “坪山城区”), and a generic noun
(place_generic_heads: 古城) right after a division it does not lie under is none.
"""
from __future__ import annotations

from ...gazetteer import LEVEL_RANK, Entry
from .vocab import ADMIN, LIST_SEPARATORS, NAME_TAGS, PLACE_TAGS, TOWN_SUFFIXES, _Doc, _Hit

#: the tags of a glued pair's second name: a place or a proper name to jieba (义乌 nz)
GLUED_TAGS = PLACE_TAGS | NAME_TAGS


class EvidenceMixin:
    def _context(self, d: _Doc) -> None:
        """Step 3: context from certain names (full admin names, unique shorts, curated
        zones) among the free hits, into ``d.certain``, ``d.named_codes``, ``d.zone_members``."""
        text, certain, named_codes, zone_members = d.text, d.certain, d.named_codes, d.zone_members
        ctxs = self._ctxs
        for h in d.free:
            c = ctxs.get(h.surface)
            if c is None:
                c = self._ctx_of(h.surface)
            if not c:
                continue
            kind, e, needs_word = c
            if kind == 1:  # a special zone: its parents, its member towns
                certain.update(e)
                zone_members.update(needs_word)
            elif not needs_word or self.is_word(text, h.start, h.end) or (
                    self.fused_context and self._fused_head(text, h)):
                # not 海城市 in 沿海城市; a city fused with its port (青岛|港 read 青岛港) is
                # named there as it is taken there (fused_context of place.short)
                self._note(e, certain, named_codes)
        if self.county_of_towns:
            self._county_of_towns(d)

    def _county_of_towns(self, d: _Doc) -> None:
        """The one county of which the document writes at least ``county_of_towns`` (rule
        place.short) different towns in full (西塘镇, 魏塘街道, 干窑镇: 嘉善县) is named with
        certainty: its short form and its towns' short forms then count."""
        towns: dict[str, set] = {}
        for h in d.free:
            if h.surface.endswith(TOWN_SUFFIXES):
                for e in h.cands:
                    if e.level == "town" and e.form == "full" and e.code:
                        towns.setdefault(e.code[:6], set()).add(h.surface)
        fits = [c for c, names in towns.items() if len(names) >= self.county_of_towns]
        if len(fits) == 1 and fits[0] not in d.certain:
            e = self.gz.entry_of.get(fits[0])
            if e is not None:
                self._note(e, d.certain, d.named_codes)

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
                        pick = self._by_route(text, h, accepted, chain_at, certain)
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

    def _supported(self, d: _Doc) -> list[_Hit]:
        """The accepted hits less those the document's context does not support."""
        accepted, certain, chain_at = d.accepted, d.certain, d.chain_at
        # a county name with nothing of its own above it named (山城区 in 坪山城区) gives
        # way to an overlapping name the document's context supports (坪山)
        keep = accepted
        unsupported = [h for h in accepted if h.entry.level in ("county", "town") and not self.under(h.entry, certain)]
        if unsupported:
            supported = [h for h in accepted if h.entry.level not in ADMIN or self.under(h.entry, certain)
                         or h.entry.level == "province"]
            # (not a name written in full around a shorter area: 西塘镇 holds the site 西塘)
            drop = {id(h) for h in unsupported if any(
                o is not h and o.start < h.end and h.start < o.end
                and not (o.entry.level == "area" and h.start <= o.start and o.end < h.end) for o in supported)}
            if drop:
                keep = [h for h in accepted if id(h) not in drop]
                for h in accepted:
                    if id(h) in drop:
                        h.why = "places.unsupported"
                        h.note = next(o.surface for o in supported if o is not h and o.start < h.end and h.start < o.end)
        keep = self._own_support(d, keep)
        # a generic noun that is also a county's or town's short form (place_generic_heads:
        # 古城, 新城), right after a division it does not lie under, nor shares a city
        # with, is part of that name (巍山古城: not 丽江's 古城区)
        # (written in full, 老城区 after 蓬江: the old town of 蓬江, not 洛阳's 老城区)
        generic = self.generic_heads

        def generic_name(h):
            if h.rule == "place.full":
                return h.surface.endswith("区") and h.surface[:-1] in generic
            return h.rule in ("place.short", "place.town_short") and h.surface in generic

        if any(h.surface in generic or h.surface[:-1] in generic for h in keep):
            before = dict(chain_at)
            before.update((o.end, o.entry) for o in keep if o.entry.level in ADMIN)
            kept = []
            for h in keep:
                if (h.entry.level in ("county", "town") and generic_name(h)
                        and h.start in before and before[h.start].level in ADMIN
                        and before[h.start].code and (h.surface in self.site_heads
                                                      or not self._near(h.entry, before[h.start]))):
                    h.why, h.note = "places.generic_head", before[h.start].name
                elif (h.entry.level == "county" and h.rule == "place.full" and generic_name(h)
                      and self.under(h.entry, self._noted_besides(d, keep, h.surface)) < 2):
                    # 老城区, 新城区 written in full with their city named nowhere: the old or
                    # new town of the place the text is about, not 洛阳's or 西安's district
                    h.why, h.note = "places.generic_head", "its city is named nowhere"
                else:
                    kept.append(h)
            keep = kept
        return keep

    def _noted_besides(self, d: _Doc, keep: list, surface: str) -> set:
        """The codes (and their ancestors) of the divisions the document names other than
        by ``surface``: chains and every other accepted name."""
        codes: set = set()
        for e in [o.entry for o in keep if o.surface != surface] + list(d.chain_at.values()):
            if e.code in self.gz.div:
                codes.update((e.code, *self.gz.ancestors(e.code)))
        return codes

    def _own_support(self, d: _Doc, keep: list) -> list:
        """Of two overlapping names (“坪山城区”: 坪山 | 山城区), a county or town that only its
        own mention supports gives way to one the rest of the document supports: a full
        name notes its own city, so the context is taken without the name's own note."""
        spans = sorted(keep, key=lambda h: (h.start, h.end))
        pairs = [(a, b) for i, a in enumerate(spans) for b in spans[i + 1:i + 4]
                 if b.start < a.end and a.entry.level in ADMIN and b.entry.level in ADMIN]
        if not pairs:
            return keep
        counts: dict[str, int] = {}
        own: dict[int, set] = {}

        def codes_of(e):
            return set(self._anc_codes.get(e.code) or (
                (e.code, *self.gz.ancestors(e.code)) if e.code in self.gz.div else ()))

        for h in keep:
            own[id(h)] = codes_of(h.entry)
        for codes in [own[id(h)] for h in keep] + [codes_of(e) for e in {
                id(e): e for e in d.chain_at.values()}.values()]:
            for c in codes:
                counts[c] = counts.get(c, 0) + 1
        others = d.certain - set(counts)  # chains, zones, names decided before

        def support(h) -> int:
            if h.entry.level == "province":
                return 1
            ctx = others | {c for c, n in counts.items() if n > (1 if c in own[id(h)] else 0)}
            return self.under(h.entry, ctx)

        drop = set()
        for a, b in pairs:
            for x, y in ((a, b), (b, a)):
                if x.entry.level in ("county", "town") and not support(x) and support(y):
                    drop.add(id(x))
                    x.why, x.note = "places.unsupported", y.surface
        return [h for h in keep if id(h) not in drop] if drop else keep

    def under(self, entry: Entry, context: set) -> int:
        """Rank of the nearest context division above the entry: 1 province, 2 city,
        3 county (0: none)."""
        anc = self._anc.get(entry.code)
        if anc is None:
            if entry.code not in self.gz.div:
                return 0
            anc = self._anc[entry.code] = tuple((c, LEVEL_RANK[self.gz.div[c][0]])
                                                for c in self.gz.ancestors(entry.code))
        for code, rank in anc:
            if code in context:
                # a county right under a province-level city (北京市朝阳区) or under a
                # province directly (仙桃市) has that province as its city
                if rank == 1 and entry.level in ("county", "town") and len(anc) == (1 if entry.level == "county" else 2):
                    return 2
                return rank
        return 0

    def _note(self, entry: Entry, certain: set, named: set) -> None:
        """Record a division named with certainty (its code, its ancestors)."""
        code = entry.code
        anc = self._anc_codes.get(code)
        if anc is None and code in self.gz.div:
            anc = self._anc_codes[code] = (code, *self.gz.ancestors(code))
        if anc is not None:
            named.add(code)
            certain.update(anc)
        else:
            certain.update(self._codes_of_path(entry.path[:-1]))

    def _codes_of_path(self, names) -> list[str]:
        """Codes of a path of names from the province down (curated parents)."""
        out, parent = [], None
        for name in names:
            cands = [c for c in self.name_code.get(name, ()) if parent is None or self.gz.div[c][2] == parent]
            if len(cands) != 1:
                break
            parent = cands[0]
            out.append(parent)
        return out

    def _ctx_of(self, surface: str):
        """What a free hit of ``surface`` tells of the document's context (step 3), worked
        out once per process: () nothing; (1, parent codes, member codes) a special zone;
        (2, entry, needs_word) a division named with certainty if it is a word there."""
        admin, curated, _towns, full = self.info(surface)
        c = ()
        if curated and not admin:
            e = curated[0]
            if e.level == "special_zone":
                c = (1, tuple(self._codes_of_path(e.path[:-1])), e.members)
        elif admin and self.commonness(surface) == 0:
            if len(full) == 1:
                c = (2, full[0], full[0].level not in ("province", "city"))
            elif len(admin) == 1 and not curated and admin[0].level in ("province", "city"):
                c = (2, admin[0], True)
            elif self.city_over_own_county and not curated and not full:
                # a city's short form that is also a county's under it (湘潭: 湘潭市 and its
                # 湘潭县) names the city, as _resolve_admin reads it
                top = [e for e in admin if e.level == "city"]
                if len(top) == 1 and top[0].code and all(
                        e is top[0] or (e.level == "county" and e.code[:4] == top[0].code[:4]) for e in admin):
                    c = (2, top[0], True)
        self._ctxs[surface] = c
        return c

    def _share(self, e: Entry, f: Entry) -> bool:
        """Do two readings lie under the same city (the same province for a city)?"""
        if e.form.startswith("curated") or f.form.startswith("curated"):
            return e.form.startswith("curated") and f.form.startswith("curated") and e.level == f.level
        if not e.code or not f.code:
            return False
        if "city" in (e.level, f.level) or "province" in (e.level, f.level):
            return e.code[:2] == f.code[:2]
        return e.code[:4] == f.code[:4]

    @staticmethod
    def _near(e: Entry, o: Entry) -> bool:
        """Does ``e`` lie under ``o``, or share a city with it?"""
        if e.path[:len(o.path)] == o.path:
            return True
        return bool(e.code and o.code) and o.level != "province" and e.code[:4] == o.code[:4]

    def _by_route(self, text, h: _Hit, accepted, chain_at, certain) -> Entry | None:
        """A division's short form in a route name, across a connector from an accepted
        division, with a route head after the second name (大理至瑞丽铁路, 包头至惠农段)."""
        if self.commonness(h.surface):
            return None
        other_end = None
        if h.start >= 2 and text[h.start - 1] in self.route_connectors:
            left = h.start - 1
            if left in chain_at or any(o.end == left and o.entry is not None and o.entry.level in ADMIN
                                       for o in accepted):
                other_end = h.end
        if other_end is None and text[h.end:h.end + 1] in self.route_connectors:
            right = h.end + 1
            o = next((o for o in accepted if o.start == right and o.entry is not None
                      and o.entry.level in ADMIN), None)
            if o is not None:
                other_end = o.end
        if other_end is None:
            return None
        if not any(text.startswith(hd, other_end) for hd in self.route_heads):
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
        return None
