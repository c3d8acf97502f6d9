"""Step 3: the document's context, what it names with certainty.

Context is the divisions named with certainty (chains, unambiguous full names,
unambiguous province/city short forms, special zones and their member towns, the one
county of which the document writes several towns in full) and their ancestors; an
ambiguous name resolves to the candidate under it (``under``: the rank of the nearest
context division above a reading).
"""
from __future__ import annotations

from ...gazetteer import LEVEL_RANK, Entry
from .vocab import TOWN_SUFFIXES, _Doc


class ContextMixin:
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
