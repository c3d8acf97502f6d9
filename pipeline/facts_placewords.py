"""Which place a fact is about (rules/facts/linking.yaml): places that name a thing, an
origin or a source rather than where an amount is, lists of places, and the most specific of
several. A mixin of pipeline/facts_words.LinkWords, which reads the words it uses."""
from __future__ import annotations

from .model import Mention


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_LEVEL_DEPTH = {"country": 0, "region": -1, "province": 1, "city": 2, "special_zone": 3, "county": 3, "town": 4,
                "village": 5}


def _depth(place: Mention) -> int:
    """How specific a place is: by level; an area by the length of its path (黄河 with no
    chain above it is less specific than any division, 准东 under 昌吉州 is county-like)."""
    level = place.fields.get("level")
    if level != "area":
        return _LEVEL_DEPTH.get(level, -1)
    path = place.fields.get("path") or ""
    return path.count("/") + 1 if "/" in path else -1


class PlaceWords:
    """The place decisions of fact linking (the words are set by LinkWords.__init__)."""

    def thing_item(self, text: str, place: Mention, place_ends: set) -> bool:
        """A place naming one item of a list of things (剑川木雕、白族扎染等非遗工坊): the origin
        of the thing, not where the amount is — a short tail after it before 、, or 、 before
        it after a place with such a tail (资江漂流、八角寨景区; not 南郊区、新荣区 where 南郊区 is
        no place we know)."""
        if self._thing_rx is None:
            return False
        if self._thing_rx.match(text, place.end) and not (self.place_chains_hold and place.end in self._place_at) \
                and not (self.thing_full_suffixes and len(place.text) > 2 and place.text.endswith(self.thing_full_suffixes)):
            return True  # (宾县胜利、宁远…: the tail is a place the county holds, no thing's noun)
        b = place.start - 1
        return b > 0 and text[b] in self.thing_list_marks and _is_han(text[b - 1]) and b not in place_ends and \
            any(e in place_ends and not (self.thing_back_tail_words and self._tail_not_word(text, e, b))
                for e in range(b - self.thing_tail, b))

    def _tail_not_word(self, text: str, e: int, b: int) -> bool:
        """沈阳市200个、大连市186个: the tail between the place before and the 、 is no thing's noun where it holds a
        figure (an amount ends at the mark) or a character that is no Han one (``thing_back_tail_words``)."""
        return bool(self.amounts_ending_at(b)) or not all(_is_han(c) for c in text[e:b])

    def moved_from(self, text: str, place: Mention) -> bool:
        """从河北迁址宁城: a place after an origin cue and before a verb of moving is where
        something came from, not where it is (a report's source, 记者从…获悉, is not moved)."""
        return bool(self.origin_cues) and text.endswith(self.origin_cues, 0, place.start) and \
            text.startswith(self.origin_verbs, place.end)

    def drawn_from(self, text: str, place: Mention) -> bool:
        """年引黄河水6.2亿立方米: a river or lake named as the water drawn (cue + place + 水) is the source, not the
        place the clause speaks of."""
        return bool(self.source_cues) and text.endswith(self.source_cues, 0, place.start) and \
            text.startswith(self.source_tails, place.end)

    def counted_thing(self, text: str, place: Mention) -> bool:
        """2座长江大桥建成通车: a place written right after a count and before the head of a facility names the things
        counted (bridges over the river), not where they are (67家深圳知名品牌: brands of the city, still its); so is one
        after a length or an area of such things (修复50.48万平方米长江岸线, ``counted_thing_kinds``)."""
        return bool(self.counted_thing_heads) and text.startswith(self.counted_thing_heads, place.end) and any(
            m.fields.get("kind") in self.counted_thing_kinds for m in self.amounts_ending_at(place.start))

    def generic_level(self, place: Mention) -> str | None:
        """The level a 全省/全市/… is checked against: a province-level place whose name ends in
        one of ``municipality_suffixes`` (北京市, 重庆市: 直辖市) is a ``municipality``."""
        level = place.fields.get("level")
        if level == "province" and self.municipality_suffixes and \
                (place.fields.get("name") or "").endswith(self.municipality_suffixes):
            return "municipality"
        return level

    def _counted_place_list(self, text: str, c_places: list, amount: Mention) -> bool:
        """The clause's places are only the items of a list a count of places closes before the amount
        (…水库建成后，解决了甲、乙、丙3个乡镇2万人的饮水): they say whom the subject serves, not where the
        amount is, so the sentence's topic project keeps the amount (``topic_project_over_counted_places``)."""
        if not self.topic_over_counted_places or len(c_places) < 2:
            return False
        items = [m for _, m in c_places]
        if items[-1].end > amount.start or not all(self._joined(text, a, b) for a, b in zip(items, items[1:])):
            return False
        return any(items[-1].end <= x.start and x.end <= amount.start and x is not amount
                   and self.counts_places(text, x) for x in self._s_amounts)

    def _joined(self, text: str, a: Mention, b: Mention) -> bool:
        """b follows a as the next item of a list (南山、宝安区; 成都至自贡; 资江漂流、八角寨景区:
        a short Han tail of the first item before the joiner)."""
        if not 0 < b.start - a.end <= self._max_gap:
            return False
        gap = text[a.end:b.start]
        if gap in self.joiners:
            return True
        return any(gap.endswith(j) and 0 < len(gap) - len(j) <= self.item_tail
                   and all(_is_han(c) for c in gap[:-len(j)]) for j in self.tail_joiners)

    def _is_list(self, text: str, items: list[Mention]) -> bool:
        return any(self._joined(text, a, b) for a, b in zip(items, items[1:]))

    def ignored(self, place: Mention) -> bool:
        """A country or a continent: a yardstick (全国第三, 亚洲最高), never where a fact is."""
        return place.fields.get("level") in self.ignore_levels or place.fields.get("name") in self.ignore_names

    def top_places(self, cands: list[int], places: list[Mention]) -> list[int]:
        """The equally most specific of the candidate places."""
        depths = [self._depth_of(i, places) for i in cands]
        best = max(depths)
        top = [i for i, d in zip(cands, depths) if d == best]
        if self.division_over_area and any(places[i].fields.get("level") != "area" for i in top):
            top = [i for i in top if places[i].fields.get("level") != "area"]  # 淳安县 over 千岛湖
        return top

    def _depth_of(self, i: int, places: list[Mention]) -> int:
        d = self._depths.get(i) if places is self._depth_places else None
        if d is None:
            if places is not self._depth_places:
                self._depths, self._depth_places = {}, places
            d = self._depths[i] = _depth(places[i])
        return d

    def off_route(self, text: str, cs: int, idxs: list[int], places: list[Mention]) -> list[int]:
        """The places of a clause that are no point of a route (始于南宁市横州市西津库区, 经…):
        a place right after a route cue, or right after such a place, is left out."""
        out, prev_end = [], None
        for i in sorted(idxs, key=lambda i: places[i].start):
            m = places[i]
            if text.endswith(self.route_cues, cs, m.start) or m.start == prev_end:
                prev_end = m.end
                continue
            out.append(i)
        return out

    def most_specific(self, text: str, idxs: list[int], places: list[Mention], prefer: set[int] = frozenset(),
                      near: int | None = None, lists: bool = True):
        lv, nm = self.ignore_levels, self.ignore_names  # self.ignored, inline: called for every candidate
        cands = [i for i in idxs if places[i].fields.get("level") not in lv and places[i].fields.get("name") not in nm]
        if not cands:
            return None
        if lists and len(cands) > 1 and self._is_list(text, sorted((places[i] for i in cands),
                                                                    key=lambda m: m.start)):
            return None
        top = self.top_places(cands, places) if len(cands) > 1 else cands
        if prefer & set(top):
            top = [i for i in top if i in prefer]
        if near is not None:
            before = [i for i in top if places[i].end <= near]
            if before:
                return max(before, key=lambda i: places[i].start)
        return min(top, key=lambda i: places[i].start)
