"""Rule ``project.list_sibling`` (SPEC §6, context): the items of a list beside a recognized
name that end in the same head (滨河小区、幸福家园小区), routes between two places beside a road
(咸宁至九江、…大桥), and items standing between two recognized names are names too."""
from __future__ import annotations

from bisect import bisect_left

from ...model import Mention
from .coordination import ROUTE_JOINS
from .items import first_item_start
from .vocab import CLAUSE_PUNCT, COORD_CHARS, HAN, ORDINAL, ROUTE_ENDS, TABLE


class SiblingsMixin:
    def _siblings(self, text: str, kept: list[Mention], blocked, seeds: tuple = ()) -> list[Mention]:
        """Rule ``project.list_sibling``: the items of a list (its pattern: the separators)
        beside a recognized name that end in the same head are names too (滨河小区、幸福家园小区、
        …): the list presents them alike. An item needs min_item..max_item characters, no
        clause punctuation, no stop word and a word before the head that is not generic."""
        rule = self.sibling
        lo_n, hi_n = int(rule.param("min_item", 3)), int(rule.param("max_item", 12))
        sep = rule.regex
        taken = bytearray(len(text) + 1)
        for m in kept:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        extra, todo = [], [m for m in kept if m.rule_id.startswith("project.head.") or m.rule_id in seeds]
        while todo:
            m = todo.pop()
            head = self._ends_with_head.search(m.text)
            h = head.group() if head is not None else ""
            if head is None and m.rule_id == rule.id:  # a sibling found by its compound ending carries the list on
                h = next((f for f in self.compound_finals if m.text.endswith(f)), "")
            # 项目, 工程 wrap any work: items ending in them are not alike by that
            alike_ok = bool(h) and not any(f in self.heads.get(h, ("", ""))[1] for f in "ig")
            # a road's list holds routes whatever the road ends in (…长江大桥及接线)
            routes = m.fields["category"] == "infrastructure" and rule.param("route_items", False)
            if not alike_ok and not routes:
                continue
            # a compound's list mixes the endings of compound names (阳光花园、锦绣苑、东门新村)
            alike = (self.compound_finals if h.endswith(self.compound_finals) else (h,)) if alike_ok else ()
            for start, end in self._beside(text, m.start, m.end, sep, hi_n):
                start = self._after_label(text, start, end)
                route = self._route_item(text, start, end) if routes else None
                if route is not None and not any(taken[route:end]) and not any(blocked[route:end]):
                    # 建设咸宁至九江、赤壁长江大桥东延段高速公路: a route between two places beside
                    # a road is a road of the list too (SPEC §6 coordinated names)
                    new = Mention(table=TABLE, start=route, end=end, text=text[route:end], rule_id=rule.id,
                                  fields={"name": text[route:end], "category": "infrastructure"},
                                  priority=rule.priority)
                    taken[route:end] = b"\x01" * (end - route)
                    extra.append(new)
                    continue
                if not alike_ok:
                    continue
                item = text[start:end]
                fin = next((f for f in alike if item.endswith(f)), None)
                if not (lo_n <= len(item) <= hi_n) or fin is None or len(item) <= len(fin) \
                        or any(taken[start:end]) or any(blocked[start:end]) or not HAN.fullmatch(item) \
                        or (start, end) in self._place_spans:
                    continue  # (a village the places table holds is a place, not a compound)
                words = [w for w, _s, _e in self.seg.cut(item[: len(item) - len(fin)], fast=True)]
                # (a body's housing is named by the body: 粮食局|家属院, 电力公司|宿舍)
                stop = (lambda w: w in self.stop_words) if len(alike) > 1 else self._is_stop
                if any(stop(w) for w in words) or (self._is_generic(words) and not (len(alike) > 1 and len(words) > 1)):
                    continue  # (two generic words name a compound beside compounds: 水利|综合|小区)
                if rule.param("named_heads_need_proper", False) and len(alike) == 1 \
                        and "n" in self.heads.get(fin, ("", ""))[1] and not self._proper_words(words):
                    continue  # 运输中心、配送中心: a head that needs a name needs it in a sibling too
                    # (not a compound's: 水利综合小区、种子公司小区 are named by common words)
                new = Mention(table=TABLE, start=start, end=end, text=item, rule_id=rule.id,
                              fields={"name": item, "category": m.fields["category"]}, priority=rule.priority)
                taken[start:end] = b"\x01" * (end - start)
                extra.append(new)
                todo.append(new)
        extra += self._sandwiched(text, sorted(kept + extra, key=lambda x: x.start), taken, blocked, rule, lo_n, hi_n)
        extra += self._run_items(text, sorted(kept + extra, key=lambda x: x.start), taken, blocked, rule, lo_n, hi_n)
        return sorted(kept + extra, key=lambda x: (x.start, x.end)) if extra else kept

    def _route_item(self, text: str, start: int, end: int) -> int | None:
        """Where a route item (咸宁至九江) ending the span text[start:end] starts: both its
        ends are place mentions (governing words before it stay out: 建设|咸宁至九江)."""
        for a in range(max(start, end - 9), end - 4):
            if ROUTE_ENDS.fullmatch(text, a, end) and self._place_ends_at.get(a) and end in self._place_ends:
                mid = text.find("至", a, end)
                if mid in self._place_ends and self._place_ends[mid] == a:
                    return a
        return None

    def _proper_words(self, words: list[str]) -> bool:
        """Does a list item hold a proper word (a place, person or abbreviation by jieba's tag,
        or an unknown word), or is it lone characters of a name jieba does not know (安|缦)?"""
        return any(self._proper_word(w) for w in words) or (len(words) > 1 and all(len(w) == 1 for w in words))

    def _after_label(self, text: str, start: int, end: int) -> int:
        """Where an item starts after the ordinal label that opens it (第四标段|水利综合小区):
        past the last word of project_left_stops.txt in it, where an ordinal stands before."""
        cut = self.seg.cut(text[start:end], start, fast=True)
        last = max((k for k, (w, _s, _e) in enumerate(cut[:-1]) if w in self.stop_words), default=None)
        if last is None or not any(ORDINAL.fullmatch(w) for w, _s, _e in cut[:last]):
            return start  # (包括|展览中心: a verb opening an item keeps it out, as before)
        return cut[last][2]

    def _sandwiched(self, text, found, taken, blocked, rule, lo_n, hi_n) -> list[Mention]:
        """Items of a list standing between two recognized names (六中新校区、三中初中部、新兴小学、
        第五幼儿园): the list presents them alike, whatever their heads."""
        out = []
        for a, b in zip(found, found[1:]):
            gap = text[a.end:b.start]
            if len(gap) < 4 or gap[0] != "、" or gap[-1] != "、" or not all(c == "、" or HAN.match(c) for c in gap):
                continue
            pos = a.end + 1
            for item in gap[1:-1].split("、"):
                start, end = pos, pos + len(item)
                pos = end + 1
                words = [w for w, _s, _e in self.seg.cut(item, fast=True)]
                if not (lo_n - 1 <= len(item) <= hi_n) or any(taken[start:end]) or any(blocked[start:end]) \
                        or (start, end) in self._place_spans or self._is_generic(words) \
                        or any(self._is_stop(w) for w in words):
                    continue
                head = self._ends_with_head.search(item)
                if head is None and rule.param("sandwich_proper", False) and not self._proper_words(words):
                    # 高原杜鹃、水上运动、冷水鱼养殖: activities between two works name nothing (安|缦:
                    # lone characters are a name jieba does not know)
                    continue
                category = self.heads[head.group()][0] if head else b.fields["category"]
                taken[start:end] = b"\x01" * (end - start)
                out.append(Mention(table=TABLE, start=start, end=end, text=item, rule_id=rule.id,
                                   fields={"name": item, "category": category}, priority=rule.priority))
        return out

    def _run_items(self, text, found, taken, blocked, rule, lo_n, hi_n) -> list[Mention]:
        """Items of a 、-list in which at least ``run_min_found`` items are recognized names, at its
        ends too (此外,渝遂扩能二期、铜梁城区至永川金龙高速、汉南大泸城际铁路、渝遂绵城际铁路前期工作…):
        the list presents them alike. The list runs over its clause, up to 等; its first item starts
        after the governing words before it (主要规划建设|…), its last one ends at the clause's end
        or 等. An item needs a proper word or a head, no stop word, and lo_n..hi_n characters.
        (Linear: each clause is read once, each piece looked up by bisection, two sweeps.)"""
        least = int(rule.param("run_min_found", 0))
        if not least or not found:
            return []
        out, last = [], 0
        ends = {m.end: m for m in found}
        starts = [m.start for m in found]
        for m in found:
            if m.start < last:
                continue  # (a clause already read)
            cs = m.start
            while cs > last and text[cs - 1] not in CLAUSE_PUNCT:
                cs -= 1
            ce = m.end
            while ce < len(text) and text[ce] not in CLAUSE_PUNCT and text[ce] != "等":
                ce += 1
            last = ce
            if "、" not in text[cs:ce]:
                continue
            inside = found[bisect_left(starts, cs):bisect_left(starts, ce)]
            # (names with a proper word: 传统商圈、低效产业园区 describe kinds, they make no list of works)
            if sum(1 for x in inside if x.end <= ce and self._proper_words(
                    [w for w, _s, _e in self.seg.cut(x.text, fast=True)])) < least:
                continue
            pieces, pos = [], cs
            for piece in text[cs:ce].split("、"):
                pieces.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            named = [self._covered(text, a, b, found[bisect_left(starts, a):bisect_left(starts, b)],
                                   k == 0, k == len(pieces) - 1) for k, (a, b) in enumerate(pieces)]
            if sum(named) < least:
                continue
            for order in (range(len(pieces)), range(len(pieces) - 1, -1, -1)):
                for k in order:  # (an item found makes its neighbour an item next to a name)
                    a, b = pieces[k]
                    if named[k] or not ((k and named[k - 1]) or (k + 1 < len(pieces) and named[k + 1])):
                        continue  # (an item next to a recognized one)
                    new = self._run_item(text, k, a, b, taken, blocked, lo_n, hi_n)
                    if new is None:
                        continue
                    near = next((ends[b2] for _a2, b2 in pieces[max(0, k - 1):k + 2] if b2 in ends), m)
                    new.fields["category"] = new.fields["category"] or near.fields["category"]
                    new.rule_id, new.priority = rule.id, rule.priority
                    taken[new.start:new.end] = b"\x01" * (new.end - new.start)
                    ends[new.end] = new
                    out.append(new)
                    named[k] = True
        return out

    def _run_item(self, text, k, a, b, taken, blocked, lo_n, hi_n) -> Mention | None:
        """The item text[a:b] of a list (the first one, k == 0, after its governing words) as a name,
        if it is one: lo_n..hi_n Han characters, free, no place, no generic words, no stop word but
        a route's 至, and a proper word."""
        if k == 0:
            a = first_item_start(self, text, a, b)
        item = text[a:b]
        if not (lo_n <= len(item) <= hi_n) or not HAN.fullmatch(item) or any(taken[a:b]) \
                or any(blocked[a:b]) or (a, b) in self._place_spans:
            return None
        words = [w for w, _s, _e in self.seg.cut(item, fast=True)]
        if self._is_generic(words) or any(self._is_stop(w) and w not in ROUTE_JOINS for w in words) \
                or not self._proper_words(words):
            return None
        head = self._ends_with_head.search(item)
        return Mention(table=TABLE, start=a, end=b, text=item, rule_id="",
                       fields={"name": item, "category": self.heads[head.group()][0] if head else ""})

    @staticmethod
    def _covered(text: str, a: int, b: int, found, first: bool, last: bool) -> bool:
        """Is the list piece text[a:b] a recognized name, or names joined by 和/及/与? The first
        piece may open with the clause's words (主要规划建设|…), the last one close with them
        (…城际铁路|前期工作也在稳步推进中)."""
        inside = [m for m in found if m.start < b and m.end > a]  # (those starting in the piece, in order)
        if not inside or inside[-1].end > b:
            return False
        lo = a if not first else inside[0].start
        hi = b if not last else inside[-1].end
        rest = set(range(lo, hi))
        for m in inside:
            rest -= set(range(m.start, m.end))
        return (inside[0].start == lo or first) and (inside[-1].end == hi) and all(text[i] in COORD_CHARS for i in rest)

    @staticmethod
    def _beside(text: str, start: int, end: int, sep, reach: int):
        """The spans of the list items right before and right after text[start:end] (layout
        spaces around a separator are no part of an item: 904 小区 ; 建委小区)."""
        e = end
        while e < len(text) and text[e] in " \u3000":
            e += 1
        if e < len(text) and sep.match(text, e):
            j = e + 1
            while j < len(text) and text[j] in " \u3000":
                j += 1
            k = j
            while k < len(text) and k - j <= reach and text[k] not in "，。；：！？、,;:!?\n（(“”" \
                    and not sep.match(text, k) and text[k] != "等":
                k += 1
            while k > j and text[k - 1] in " \u3000":
                k -= 1
            yield j, k
        s = start
        while s > 0 and text[s - 1] in " \u3000":
            s -= 1
        if s > 0 and sep.match(text, s - 1):
            k = s - 1
            while k > 0 and text[k - 1] in " \u3000":
                k -= 1
            j = k
            while j > 0 and k - j <= reach and text[j - 1] not in "，。；：！？、,;:!?\n（)）“”" \
                    and not sep.match(text, j - 1):
                j -= 1
            while j < k and text[j] in " \u3000":
                j += 1
            yield j, k
