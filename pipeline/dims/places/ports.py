"""Step 7i1 (after anchored regions, 天津港|东疆 no part of 新疆, and recurring new areas): the
part of a port named after a locality (天津港|东疆|港区, 忠县港区|新生|作业区,
福州港闽江口内港区|洋屿|作业区): the name of ``port_part_min_chars``..``port_part_max_chars``
characters written between a port (text ending in one of ``port_part_after`` of rule
place.feature: 港, 港区) and a port part's head (``port_part_heads``: 港区, 作业区). A port's
parts are named after the bay, island, town or village they lie at, so the name is that
place: a register town of a division the document names (江阴镇 of 福清市, 都京街道), else a
register village of a county it names itself (洋屿村, 高排村), else an area under the port's place
(东疆, 新东门), where it is no common word (综合港区, 两翼港区: jieba, ``common_freq``; 忠县港区|
新生|作业区 is 新生街道). No function character or division suffix inside, and nothing the
document has taken already. Where no port stands before it, a name opening a clause or a list's
item (after ``port_part_open_marks``) counts in a port's story (``port_part_open_min_heads``).
It runs twice: a register town or village before the recurring new areas (八所港高排港区 ×3:
高排村), an area after them (东疆港区 written again and again is one area: nested.py). No
division's short form (揭阳港|南海|作业区: 南海区 and the sea; the division steps judged it).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, is_han

_STOP = FUNCTION_CHARS | set("、，,。主内外")


class PortAreasMixin:
    def _port_parts(self, text: str, mentions: list[Mention], register_only: bool = False) -> list[Mention]:
        feat = self.rules["place.feature"]
        lo, hi = int(feat.param("port_part_min_chars", 0) or 0), int(feat.param("port_part_max_chars", 0) or 0)
        heads = tuple(feat.param("port_part_heads", []) or [])
        after = tuple(sorted(feat.param("port_part_after", []) or [], key=len, reverse=True))
        if not hi or not heads or not after or not any(h in text for h in heads):
            return []
        # (round 31) ... or right after one of port_part_open_marks (、江阴|港区, 。大榄坪|作业区) in a
        # document writing port parts' heads at least port_part_open_min_heads times (a port's story)
        marks = str(feat.param("port_part_open_marks", "") or "")
        least = int(feat.param("port_part_open_min_heads", 0) or 0)
        if marks and (not least or sum(text.count(h) for h in heads) < least):
            marks = ""
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        named = {m.fields["adcode"] for m in mentions if m.fields["adcode"]}
        out = []
        for head in heads:
            i = text.find(head)
            while i >= 0:
                for n in range(hi, lo - 1, -1):
                    a = i - n
                    if a <= 0:
                        continue
                    opened = not any(text.endswith(s, 0, a) for s in after)
                    if opened and text[a - 1] not in marks:
                        continue
                    name = text[a:i]
                    if covered.find(1, a, i) >= 0 or not self._port_part_name(name):
                        continue
                    if opened and any(self.commonness(name[:k]) for k in range(2, len(name))):
                        continue  # a clause's opening word (其中|北港区), no name
                    e, rid = self._port_part_entry(name, named, mentions, a)
                    if e is None or (register_only and e.level == "area"):
                        continue
                    out.append(self._mention(a, i, text, rid, e))
                    covered[a:i] = b"\x01" * (i - a)
                    break
                i = text.find(head, i + len(head))
        return out

    def _port_part_name(self, name: str) -> bool:
        return (all(is_han(c) and c not in _STOP for c in name) and name[-1] not in ADMIN_SUFFIX_CHARS
                and name[0] not in ADMIN_SUFFIX_CHARS and not self.info(name)[0])  # no division's short form (南海)

    def _port_part_entry(self, name: str, named: set, mentions: list[Mention], at: int):
        """The one register town, else the one village, of the name under the counties the
        document names (and those of the cities it names), else an area under the port's
        place (the mention nearest before); (None, "") for a common word none of these."""
        div = self.gz.div
        counties = sorted({c[:6] for c in named if c[:6] in div and div[c[:6]][0] == "county"})
        wide = set(counties)  # ... for towns, also those of the cities it names (厦门港古雷港区: 漳州)
        for c in named:
            if c[:6] in div and div[c[:6]][0] == "city":
                wide.update(k for k in self.gz.children.get(c[:6], ()) if div[k][0] == "county")
        hits = self._towns_of(sorted(wide)).get(name) or []
        if len({c for c, _n in hits}) == 1:
            return self._town_entry(hits[0][0]), "place.town_short"
        rows = self._stems_of("villages", counties).get(name) or []
        if len({c for c, _n in rows}) == 1:
            return self.gz.village_entry(*rows[0]), "place.village"
        if self.commonness(name):
            return None, ""  # a common word (综合港区, 两翼港区) only as a register's town or village
        before = max((m for m in mentions if m.end <= at and m.fields["path"]), key=lambda m: m.end, default=None)
        path = tuple(p for p in before.fields["path"].split("/") if p) if before is not None else ()
        if before is not None and before.fields["level"] not in ("province", "city", "county"):
            path = path[:-1]
        return Entry(name, "area", "", path + (name,), "street"), "place.feature"
