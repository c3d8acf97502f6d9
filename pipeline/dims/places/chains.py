"""Step 2, ``place.chain``: hits written together where each lies under the one before
(广东省河源市连平县, 河源连平县大湖镇湖东村, 广西资源) are one mention resolved to the last,
most specific name, also with the county skipped (长沙黄花 -> 黄花镇, 昆明长水 -> 长水街道);
a chain that ends in a town may run on into one of its villages (``village_min_chars``
of rule place.chain)."""
from __future__ import annotations

from ...gazetteer import Entry
from .vocab import ADMIN_SUFFIX_CHARS, CHAIN_CACHE_MAX, DICT_FEATURE, TOWN_SUFFIXES, _Doc, _Hit


class ChainsMixin:
    def _chains(self, d: _Doc) -> None:
        """Every chain of the document, into ``d.out``; its names are ``d.in_chain`` and,
        with their ancestors, context (``d.certain``)."""
        # a town starts none: its parent would come first; hits by start, the longest
        # first (by_start's lists are so sorted)
        text, by_start, redundant, in_chain = d.text, d.by_start, d.redundant, d.in_chain
        town_only = self._town_only
        town_short_two = self._town_short_two
        for pos in sorted(by_start):
            for h in by_start[pos]:
                if in_chain[pos] or h.surface in town_only:
                    continue
                if h.end not in by_start and text[h.end:h.end + 2] not in town_short_two:
                    continue  # nothing that could continue a chain follows
                if redundant and id(h) in redundant:
                    continue
                self._chain_from(text, h, by_start, d.out, d.tails, d.chain_at, in_chain, d.certain, d.named_codes)

    def _chain_from(self, text, h, by_start, out, tails, chain_at, in_chain, certain, named_codes):
        chain = self._chain(text, h, by_start)
        if chain is None:
            return
        start, end, entry, parts = chain
        out.append(self._mention(start, end, text, "place.chain", entry))
        tails[(start, end)] = parts[-1].start if end == parts[-1].end else start
        chain_at[start], chain_at[end] = entry, entry
        for p in parts:
            in_chain[p.start:p.end] = b"\x01" * (p.end - p.start)
        self._note(entry, certain, named_codes)

    def _verb_next(self, text, end) -> bool:
        """Does a word jieba tags as one of ``common_town_after_full_not_next`` (verbs,
        adverbs: 宾县胜利|召开) follow ``end``?"""
        tags = self.chain_common_after_full_not_next
        words = self._tokens(text, end, min(len(text), end + self.word_window))
        nxt = text[end:words.get(end, end)]
        return bool(nxt) and self._tags.get(nxt, "") in tags

    def _chain(self, text, first: _Hit, by_start):
        """The longest run of hits from ``first`` where each lies under the one before."""
        best = None

        cache = self._chain_ok

        def walk(hit, prev_entries, parts, skey):
            nonlocal best
            nexts = by_start.get(hit.end, [])
            two = text[hit.end:hit.end + 2]
            for p in prev_entries:  # town short forms under a county (海淀区中关村, 东莞松山湖)
                if p.level in ("county", "city"):
                    county = p.code
                    for surface in self._town_shorts_at.get((county, two), ()):
                        if text.startswith(surface, hit.end):
                            nexts = nexts + [_Hit(hit.end, hit.end + len(surface), surface, self.surfaces_get(surface))]
                            break
            extended = False
            for nh in nexts:
                if nh.surface in self.site_heads:
                    continue  # 丽江古城 is the old town, not 丽江|古城区
                if self.chain_word_head and not any(e.form == "full" for e in nh.cands) and self._in_word(text, nh):
                    continue  # 云南|普洱茶: the tea, no chain (word_head_ends_chain)
                if self.street_heads and text.startswith(self.street_heads, nh.end) and all(
                        e.level in ("town", "village") and e.form != "full" for e in nh.cands):
                    continue  # 东城区|建国门内大街: the street named after the town (street_heads)
                common = self.commonness(nh.surface)
                # right after its county written in full (宾县|胜利、, 忠县|新生), a word there:
                # the town, however common the word (common_town_after_full of place.chain)
                if self.chain_common_after_full and hit.surface[-1:] in ADMIN_SUFFIX_CHARS and any(
                        p.level == "county" and p.form == "full" for p in prev_entries) and self.is_word(
                        text, nh.start, nh.end) and any(e.level == "town" and e.form != "full" and any(
                        e.code.startswith(p.code[:6]) for p in prev_entries if p.level == "county") for e in nh.cands) \
                        and not self._verb_next(text, nh.end):
                    common = 0
                elif self._tags.get(nh.surface, "") in self.town_short_not_pos and all(
                        e.level == "town" and e.form != "full" for e in nh.cands):
                    continue  # 白山|抽水|蓄能: a town's short form that jieba reads as a verb joins no chain
                # a town's short form that is a very common word joins no chain
                # (广东人民出版社); a common one only where it is a word before a work's
                # head (长沙黄花机场; common_town_before_work_only of rule place.chain)
                # ... unless one of its register villages follows, its office between
                # them or not (城郊|街|东风村: the village is the evidence a town stands there)
                village_next = common and self._village_follows(text, nh, prev_entries)
                if common and not village_next and all(e.level == "town" or e.form.startswith("curated")
                                                       for e in nh.cands if e.form != "full"):
                    if not any(e.form == "full" for e in nh.cands) and (
                            common == 2 or not self.is_word(text, nh.start, nh.end)):
                        continue
                # the readings that continue the chain depend on its surfaces only: cached
                key = skey + (nh.surface,)
                ok = cache.get(key)
                if ok is None:
                    if len(cache) > CHAIN_CACHE_MAX:
                        cache.clear()
                    # a town follows its own county or, a level skipped, its city (南宁吴圩,
                    # 昆明长水) — unless the name is also a curated feature (济南黄河: the river)
                    # (a feature only jieba's dictionary lists does not: 延安南泥湾 is the town)
                    skip_ok = not any(e.form.startswith("curated") and e.form != DICT_FEATURE for e in nh.cands)
                    # only a division (or a zone) continues a chain: 横州市|西津库区 are two names
                    # a town-level zone without a town suffix (经济技术开发区, 高新区) is a park,
                    # not a place (SPEC §5): it continues no chain (南宁|经济技术开发区)
                    ok = cache[key] = [
                        e for e in nh.cands if e.level not in ("region", "country", "area")
                        and (e.level != "town" or e.name.endswith(TOWN_SUFFIXES))
                        and any(len(e.path) > len(p.path) and e.path[:len(p.path)] == p.path
                                and (e.level != "town" or len(e.path) == len(p.path) + 1
                                     or (skip_ok and p.level == "city" and len(e.path) == len(p.path) + 2))
                                for p in prev_entries)]
                if ok and common and not village_next and self.chain_common_work_only and all(
                        e.level == "town" and e.form != "full" for e in ok) and not any(
                        text.startswith(hd, nh.end) for hd in self.named_work_heads):
                    ok = None  # 汝州|温泉, 九江|港口: the noun; 长沙黄花机场: the town's work
                if ok:
                    extended = True
                    walk(nh, ok, parts + [nh], key)
            if not extended and len(parts) >= 2:
                # a chain ending in a town may run on into one of its villages
                ents = prev_entries
                end = hit.end
                towns = [e for e in ents if e.level == "town" and e.code]
                if towns:
                    v = self._village_after(text, end, towns)
                    if v is not None:
                        ents, end = [v], end + len(v.name)
                    else:  # 子午|街办|递午村: the town's office between them (office_suffixes)
                        off = next((o for o in self.office_suffixes if text.startswith(o, end)), "")
                        v = self._village_after(text, end + len(off), towns) if off else None
                        if v is not None:
                            ents, end = [v], end + len(off) + len(v.name)
                if best is None or end > best[1]:
                    # a county beats a town of the same short form under the same city (广州白云:
                    # 白云区, not 越秀区's 白云街道; the 街道 only where the text writes 街道)
                    ents = sorted(ents, key=lambda e: (e.form != "full", e.level == "town", e.code))
                    e = ents[0]
                    # a level skipped (昆明长水): the 街道 itself, as written after its city
                    skipped = e.level == "town" and any(
                        c.path == e.path[:-2] for c in parts[-2].cands) and end == hit.end
                    head = self._new_area_head(text, end) if (
                        e.level == "town" and e.form != "full" and end == hit.end) else ""
                    if head:
                        # a town's short form before a new-area head (襄阳市东津新区): the new
                        # area named after it, under the division written before it
                        name = hit.surface + head
                        above = next((c.path for c in parts[-2].cands if e.path[:len(c.path)] == c.path), e.path[:-1])
                        e, end = Entry(name, "area", "", above + (name,), "street"), end + len(head)
                    elif e.level == "town" and e.form != "full" and e.name.endswith("街道") and not skipped \
                            and self.street_short_area:
                        # a 街道's short form names its urban area (海淀区中关村)
                        e = Entry(hit.surface, "area", "", e.path[:-1] + (hit.surface,), "street")
                    elif end == hit.end and e.form != "full" and self._cued(text, end):
                        # a famous feature before a feature cue (南平市武夷山景区): the feature
                        cur = next((c for c in hit.cands if c.level == "area" and c.form.startswith("curated")), None)
                        if cur is not None:
                            e = cur
                    best = (parts[0].start, end, e, parts)

        first_ok = [e for e in first.cands if e.level not in ("region", "country", "area")]
        if first_ok:
            walk(first, first_ok, [first], (first.surface,))
        walk = None  # the closure refers to itself: unbound, refcounting frees it (no collection)
        return best

    def _new_area_head(self, text, pos) -> str:
        """The new-area head (``new_area_heads`` of rule place.chain: 新区, 新城) at ``pos``
        that ends a word there, or ''."""
        for head in self.new_area_heads:
            if text.startswith(head, pos) and self.is_word(text, pos, pos + len(head)):
                return head
        return ""

    def _village_follows(self, text, nh, prev_entries) -> bool:
        """Whether a register village of a town ``nh`` can be under the chain so far
        follows it, right after it or after the town's office (office_suffixes of rule
        place.chain; ``common_town_village_next``, false: off)."""
        if not self.common_town_village_next:
            return False
        towns = [e for e in nh.cands if e.level == "town" and e.code and e.name.endswith(TOWN_SUFFIXES)
                 and any(len(e.path) > len(p.path) and e.path[:len(p.path)] == p.path for p in prev_entries)]
        if not towns:
            return False
        for off in ("",) + self.office_suffixes:
            if text.startswith(off, nh.end) and self._village_after(text, nh.end + len(off), towns) is not None:
                return True
        return False

    def _village_after(self, text, pos, towns):
        for t in towns:
            rows = self.gz.villages_of(t.code[:9])
            for code, name in sorted(rows, key=lambda r: -len(r[1])):
                if len(name) >= self.chain_village_min_chars and text.startswith(name, pos):
                    return self.gz.village_entry(code, name)
        return None
