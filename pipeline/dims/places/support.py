"""The last pruning of the accepted names by the document's context (after the second
look, evidence.py): a county name no context supports gives way to an overlapping one the
context supports (山城区 in “坪山城区”), also where only its own mention supports it, and a
generic noun (place_generic_heads: 古城) right after a division it does not lie under is
none.
"""
from __future__ import annotations

from ...gazetteer import Entry
from .vocab import ADMIN, _Doc, _Hit


class SupportMixin:
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

    @staticmethod
    def _near(e: Entry, o: Entry) -> bool:
        """Does ``e`` lie under ``o``, or share a city with it?"""
        if e.path[:len(o.path)] == o.path:
            return True
        return bool(e.code and o.code) and o.level != "province" and e.code[:4] == o.code[:4]
