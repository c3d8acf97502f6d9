"""Step 7j: a short form read as the division of the same stem that the document writes in full.

A reader of 淮安医院 in a text that writes 淮安区 and never 淮安市 reads the district; of 横琴
in a text about 横琴粤澳深度合作区, the zone; of 汤池景区
in a text that writes 汤池镇, the town. So a mention whose surface is a short form (its text is
not its name) or a feature named by its bare name takes the reading of a division the document
writes in full under a longer name opening with that surface, where exactly one such division
is written, the mention's own reading is not written in full anywhere in the text, and:

- a province's or city's short form (吉林, 大理) gives way only to a division one suffix
  character longer (``written_full_city_suffixes``: 吉林市, 大理市) and lower in rank, but a
  city's never to its own district or county of its stem (``written_full_city_keeps_own``:
  荆州 beside 荆州区, 乌鲁木齐 beside 乌鲁木齐县 stay the city: the city's full name unwritten is
  no evidence, a city is mostly written short, and its seat district beside it in full);
- a town, village or feature (汤池, 横琴) to a town, village or special zone
  (``written_full_levels``), never to a county (梁子湖 the lake beside 梁子湖区); a feature
  to a town or village only where that division is written in full at least
  ``written_full_feature_min`` times and is the one division of its level written in full
  (a text about 汤池镇; a text naming many towns keeps 良渚 and 天目山 the features).

A mention in a list beside one of its own level (地市频道南昌 九江 景德镇: separated by at most
``written_full_list_gap`` of ``written_full_list_separators``) keeps its reading: a list of
cities names cities. Counties are left as read: a county's seat town often bears its name.
Rule place.short, param ``written_full`` (false: off).
"""
from __future__ import annotations

from ...gazetteer import LEVEL_RANK
from ...model import Mention

#: the levels of divisions (a region or an area is written in no "full" form)
_DIVISIONS = frozenset(("country", "province", "city", "county", "special_zone", "town", "village"))


class WrittenFullMixin:
    def _init_written_full(self) -> None:
        short = self.rules["place.short"]
        self.written_full = bool(short.param("written_full", False))
        self.written_full_city_suffixes = tuple(short.param("written_full_city_suffixes", []) or [])
        self.written_full_city_keeps_own = tuple(short.param("written_full_city_keeps_own", []) or [])
        self.written_full_levels = frozenset(short.param("written_full_levels", []) or [])
        self.written_full_feature_min = int(short.param("written_full_feature_min", 2) or 0)
        self.written_full_list_separators = str(short.param("written_full_list_separators", "") or "")
        self.written_full_list_gap = int(short.param("written_full_list_gap", 0) or 0)

    @staticmethod
    def _written_full_names(out: list[Mention]) -> tuple[dict, dict, set]:
        """(name -> fields of each division written in full (its surface is its name, or ends
        with it: 广东省珠海市横琴粤澳深度合作区), name -> times so written, the names that are the
        one division of their level so written)."""
        full, times, levels = {}, {}, {}
        for m in out:
            f = m.fields
            name = f.get("name") or ""
            if name and m.text.endswith(name) and f.get("level") in _DIVISIONS and f.get("level") != "country":
                full.setdefault(f["name"], dict(f))
                times[f["name"]] = times.get(f["name"], 0) + 1
                levels.setdefault(f["level"], set()).add(f["name"])
        alone = {name for names in levels.values() if len(names) == 1 for name in names}
        return full, times, alone

    def _written_full_reading(self, m: Mention, written: tuple, text: str):
        full, times, alone = written
        f, s = m.fields, m.text
        level = f.get("level")
        if len(s) < 2 or level not in ("province", "city", "town", "village", "area"):
            return None
        if level == "area":
            if f.get("name") != s:
                return None
        elif s == f.get("name") or f.get("name") in text:
            return None
        found = []
        for name, g in full.items():
            if name == f.get("name") or not name.startswith(s) or len(name) <= len(s):
                continue
            if level in ("province", "city"):
                if name[len(s):] not in self.written_full_city_suffixes \
                        or LEVEL_RANK[g["level"]] <= LEVEL_RANK[level]:
                    continue
                if level == "city" and name[len(s):] in self.written_full_city_keeps_own \
                        and (g.get("path") or "").startswith((f.get("path") or "\0") + "/"):
                    continue
            elif g["level"] not in self.written_full_levels:
                continue
            elif level == "area" and g["level"] != "special_zone" and (
                    times.get(name, 0) < self.written_full_feature_min or name not in alone):
                continue
            found.append(g)
        return found[0] if len(found) == 1 else None

    def _listed_same_level(self, order: list[Mention], text: str) -> set:
        """Mentions standing in a list beside one of their own level (地市频道南昌 九江 景德镇):
        a list of cities keeps its city."""
        gap = self.written_full_list_gap
        listed = set()
        for a, b in zip(order, order[1:]):
            between = text[a.end:b.start]
            if a.fields.get("level") == b.fields.get("level") and len(between) <= gap \
                    and all(c in self.written_full_list_separators for c in between):
                listed.update((id(a), id(b)))
        return listed

    def _written_full(self, out: list[Mention], text: str) -> list[Mention]:
        if not self.written_full:
            return out
        written = self._written_full_names(out)
        if not written[0]:
            return out
        got, order = [], sorted(out, key=lambda o: o.start)
        listed = self._listed_same_level(order, text)
        for m in out:
            g = None if id(m) in listed else self._written_full_reading(m, written, text)
            if g is not None:
                m = Mention(m.table, m.start, m.end, m.text, m.rule_id, dict(g), m.priority)
            got.append(m)
        return got
