"""Step 5a: the two ends of a route named by the divisions' short forms (谭家至鸡鸣段).

A route or a section of one is written by its ends (X至Y段, X—Y公路, X到Y高速; place_route:
the connectors and the heads), and a local road's ends are often towns written by their
short forms (谭家至鸡鸣段, 新田至高峰, 巫山至大昌, 靖西至龙邦), names shared by towns all
over the country whose county the document need not name. The two ends of one road lie
near each other: of the readings of the two names (a name the document has already
resolved, alone or in a chain, keeps its one reading), the pair that shares the smallest
division (a county, else a city; a province-level city counts as a city) picks both,
when exactly one reading of each end is in the best pairs and they share at least the
division of ``route_end_share`` (rule place.town_short). 新田 (eleven readings) and 高峰
(twelve) have one pair in one county (万州区); 大兴 and 思南 one in one city (铜仁).

A route's name: a route head right after the second name (段, 高速, 公路 …), or the pair is
an item of a list (、) whose clause holds a route head (新田至高峰、巫山至大昌、黔江过境高速
等项目), within ``route_list_window`` characters. An end is 2..``route_end_max_chars``
characters; a name already taken, or inside a chain, is never changed; an end that
overlaps a name taken otherwise, or is glued after one (安溪城厢|码头至金谷段: the town runs
on into its village, tails.py), is left alone.

Where neither end was resolved before, the pair must lie in a province (or city) the
document names with certainty (``route_end_anchored``): 石门至大桥 alone has one county
with both towns, and both are common words.

A 街道's short form at a route's end is the 街道 (level town; ``route_end_street: town``),
where elsewhere it names its urban area (towns.py): the end of a road is named by its
division.
"""
from __future__ import annotations

import re

from ...gazetteer import Entry
from .vocab import _Doc, _Hit

_CLAUSE_END = "。；;，,！!？?\n"
_MUNICIPALITIES = ("11", "12", "31", "50")  # province-level cities: their counties share a city
_SHARE_RANK = {"county": 3, "city": 2}


class RouteEndsMixin:
    def _route_ends(self, d: _Doc) -> None:
        need = _SHARE_RANK.get(self.route_end_share or "", 0)
        if not need:
            return
        text, conns = d.text, self.route_connectors
        if not any(c in text for c in conns):
            return
        spans: dict = {}  # (start, end) -> the hit taken there
        taken = bytearray(len(text) + 1)
        for h in d.accepted:
            if h.entry is not None:
                spans[(h.start, h.end)] = h
                taken[h.start:h.end] = b"\x01" * (h.end - h.start)
        pending = {(h.start, h.end): h for h in d.free if h.entry is None}
        if self._route_conn_re is None:
            self._route_conn_re = re.compile("[" + re.escape("".join(sorted(conns))) + "]")
        for m in self._route_conn_re.finditer(text, 2):
            i = m.start()
            b = self._route_second_end(text, i)
            if b is None:
                continue
            ends = [self._route_end(d, text, i - k, i, spans, taken, pending, i)
                    for k in range(self.route_end_max_chars, 1, -1)]
            a = next((e for e in ends if e is not None), None)
            if a is None:
                continue
            b_end = self._route_end(d, text, i + 1, i + 1 + b, spans, taken, pending, i + 1)
            if b_end is None:
                continue
            picks = self._route_pick(a[2], b_end[2], need)
            if picks is None and self.route_apart_ends:
                picks = self._route_apart(a, b_end, d)
            if picks is None:
                continue
            if self.route_end_anchored and not (a[3] or b_end[3]) and not all(
                    self.under(e, d.certain) for e in picks):
                continue  # neither end resolved before: the pair must lie in a province named
            for (start, end, _readings, fixed), e in zip((a, b_end), picks):
                if fixed:
                    h = spans.get((start, end))
                    if h is not None and h.entry.form == "street" and e.level == "town":
                        h.entry = e  # a 街道's short form taken as its area: the 街道 here
                    continue
                h = pending.pop((start, end), None)
                if h is None:  # a town's short form: in no automaton (index.py)
                    h = _Hit(start, end, text[start:end], self.surfaces_get(text[start:end]))
                    d.free.append(h)
                h.entry, h.rule, h.why = e, "place.town_short" if e.level == "town" else "place.short", ""
                d.accepted.append(h)
                spans[(start, end)] = h
                taken[start:end] = b"\x01" * (end - start)

    def _route_second_end(self, text: str, i: int) -> int | None:
        """The length of the name after the connector at ``i`` when a route head follows it,
        or a list separator with a route head later in its clause."""
        heads = self.route_heads
        for k in range(self.route_end_max_chars, 1, -1):
            j = i + 1 + k
            if j > len(text) or not self._route_readings(text[i + 1:j]):
                continue
            if any(text.startswith(hd, j) for hd in heads):
                return k
            if text[j:j + 1] in self.route_list_separators:
                rest = text[j:j + self.route_list_window]
                cut = min((p for p in (rest.find(c, 1) for c in _CLAUSE_END) if p >= 0), default=len(rest))
                if any(hd in rest[:cut] for hd in heads):
                    return k
        return None

    def _route_readings(self, surface: str) -> list:
        return [e for e in self.surfaces_get(surface)
                if e.level in ("city", "county", "town") and len(e.code) >= 6]

    def _route_end(self, d: _Doc, text, start, end, spans, taken, pending, edge):
        """(start, end, readings, fixed) of one end, or None: a name taken there or a chain
        ending (starting) at the connector keeps its reading; else the surface's readings."""
        chained = d.chain_at.get(edge)
        if chained is not None and d.in_chain[start:end].count(1) == end - start:
            return (start, end, [chained], True) if chained.code else None
        h = spans.get((start, end))
        if h is not None:
            if h.entry.form == "street" and self.route_end_street == "town":
                # a 街道's short form taken as the urban area it names (towns.py): its 街道
                towns = [e for e in h.cands if e.level == "town" and e.path[:-1] == h.entry.path[:-1]]
                return (start, end, towns, True) if len(towns) == 1 else None
            return (start, end, [h.entry], True) if len(h.entry.code) >= 6 else None
        if taken.find(1, start, end) >= 0 or d.in_chain.find(1, start, end) >= 0:
            return None
        if start and (taken[start - 1] or d.in_chain[start - 1]):
            return None  # glued after a name (安溪城厢|码头至金谷段): it runs on, no end of its own
        readings = self._route_readings(text[start:end])
        return (start, end, readings, False) if readings else None

    def _route_pick(self, left: list, right: list, need: int):
        """The one reading of each end in the pairs sharing the smallest division, or None."""
        best, pairs = 0, []
        for a in left:
            for b in right:
                r = _share(a, b)
                if r > best:
                    best, pairs = r, [(a, b)]
                elif r == best and r:
                    pairs.append((a, b))
        if best < need:
            return None
        picks = (_higher({a for a, _ in pairs}), _higher({b for _, b in pairs}))
        if picks[0] is None or picks[1] is None:
            return None
        return tuple(self._route_entry(e) for e in picks)

    def _route_apart(self, a, b, d: _Doc):
        """Ends sharing no division (兰州至海口, 瓜州至格尔木公路, 桐乡至德清联络线): a long
        road's ends are counties or cities of their own; each end taken before keeps its
        reading, each other end has one reading of county or city level (towns of the name
        left aside: 海口 the city, not a 海口镇), or None (the caller's anchoring applies).
        An end with no such reading but one town in a province the document names with
        certainty is that town, where the other end was resolved before in that province
        (临夏市至郎木寺 in a 甘肃 text: 郎木寺镇; ``route_end_province_town``)."""
        provinces = {c[:2] for c in d.certain} if self.route_end_province_town else set()
        picks = []
        for (_start, _end, readings, fixed), other in ((a, b), (b, a)):
            high = readings if fixed else [e for e in readings if e.level in ("city", "county")]
            if not high and provinces and other[3] and len(other[2]) == 1:
                # (the other end resolved before, in the same province: 黄桶至百色 crosses one)
                high = [e for e in readings if e.level == "town" and e.code[:2] in provinces
                        and e.code[:2] == other[2][0].code[:2]]
            if len(high) != 1:
                return None
            picks.append(high[0])
        return tuple(picks)

    def _route_entry(self, e: Entry) -> Entry:
        return e if e.level != "town" or e.form == "full" or self.route_end_street == "town" or not e.name.endswith("街道") \
            else Entry(e.path[-1][:-2], "area", "", e.path[:-1] + (e.path[-1][:-2],), "street")


def _higher(readings: set) -> Entry | None:
    """The one reading, or of a county and its own towns of the name (张家川: the county and
    its seat 张家川镇) the county: the higher division; else None."""
    if len(readings) == 1:
        return next(iter(readings))
    top = [e for e in readings if e.level in ("city", "county")]
    if len(top) == 1 and all(e is top[0] or e.code[:len(top[0].code)] == top[0].code and e.level == "town"
                             for e in readings):
        return top[0]
    return None


def _share(a: Entry, b: Entry) -> int:
    """3 when two readings lie in one county, 2 in one city (or province-level city), 0
    otherwise; a county and a town in it share the county."""
    if a.code[:6] == b.code[:6]:
        return 3
    if a.code[:2] == b.code[:2] and (a.code[:2] in _MUNICIPALITIES or a.code[:4] == b.code[:4]):
        return 2
    return 0
