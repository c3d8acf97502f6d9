"""Step 6c, ``place.village`` (bare stems): a register village written without its suffix
anywhere in a document that names its county (顺庄生态园, 梧垵校区, 朱家仙河片区,
纳洞村至桑什斗公路): the stem of one village (村, 社区) of a county the document names, of
``bare_stem_min_chars``..``bare_stem_max_chars`` characters (rule place.village), that is
no dictionary word and no other place's name, a jieba word where it stands, not opening
with a division's suffix character nor a function character, and followed by the head of
what is named after it: a Han character, not a function one (``bare_stem_not_next``:
黄家湾和凤山, 向南而行, “最美桌山”, 中洋2个), nor a head that makes it part of a longer
name (``bare_stem_not_before``: 阜民路, 越都新村, 留仙洞).
A stem ending in a toponym final (``toponym_finals`` of place.feature: 赤湾, 芭蕉沟, 蒲河)
is the feature the village is named after: level ``area``, named as written; not before
a settlement's head (朱家仙河片区: the village). At a route's end only
(``route_stem_max_chars``, on while the bare stems at large are off): 川陕界至王坪段.
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN_SUFFIX_CHARS, SETTLEMENT_HEADS, VILLAGE_LEFT, is_han


class BareStemsMixin:
    def _bare_village_stems(self, text: str, mentions: list[Mention]) -> list[Mention]:
        lo, hi = self.bare_stem_min_chars, self.bare_stem_max_chars
        if hi < lo or hi <= 0:
            return []
        counties = sorted({m.fields["adcode"][:6] for m in mentions
                           if m.fields["level"] in ("county", "town", "village") and len(m.fields["adcode"]) >= 6
                           and m.fields["adcode"][:6] in self.gz.div})
        if not counties:
            return []
        spans = [(m.start, m.end) for m in mentions]
        out = []
        for county in counties:
            for stem, (code, name) in self._bare_stems_of(county, lo, hi).items():
                i = text.find(stem)
                while i >= 0:
                    j = i + len(stem)
                    nxt = text[j:j + 1]
                    if (is_han(nxt) and nxt not in self.bare_stem_not_next
                            and not any(text.startswith(h, j) for h in self.bare_stem_not_before)
                            and not any(s < j and i < e for s, e in spans) and self.is_word(text, i, j)):
                        if stem[-1] in self.toponym_finals and not any(
                                text.startswith(h, j) for h in SETTLEMENT_HEADS):
                            e, rid = Entry(stem, "area", "", self.gz.path_names(county) + (stem,), "street"), "place.feature"
                        else:
                            e, rid = self.gz.village_entry(code, name), "place.village"
                        out.append(self._mention(i, j, text, rid, e))
                        spans.append((i, j))
                    i = text.find(stem, j)
        return out

    def _route_village_stems(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The same stems (bare_stem_min_chars..``route_stem_max_chars``) at a route's end
        only, where the route is the evidence a name stands there (川陕界至王坪段, 王坪至通江段,
        纳洞村至桑什斗公路): right after a connector (至, 到, —) with a route head right after
        the stem, or right before one with a route head after the other end's few characters
        (place_route). A stem that is also the short form of a town of another province only
        (王坪: 王坪乡 of 河南) is the village here."""
        lo, hi = self.bare_stem_min_chars, int(self.rules["place.village"].param("route_stem_max_chars", 0) or 0)
        conns = self.route_connectors
        if hi < lo or hi <= 0 or not any(c in text for c in conns):
            return []
        # the strings that stand at a route's end, found first: a county's stems are read
        # (and kept) only for a document that has one (most texts hold a 至 but no route end)
        ends: dict[str, list[int]] = {}
        at = sorted(k for ch in conns if len(ch) == 1 for k in _find_all(text, ch))  # (a connector is one character)
        for c in at:
            for i, j in [(c + 1, c + 1 + n) for n in range(lo, hi + 1)] + [(c - n, c) for n in range(lo, hi + 1)]:
                if 0 <= i and j <= len(text) and self._at_route_end(text, i, j):
                    ends.setdefault(text[i:j], []).append(i)
        if not ends:
            return []
        counties = sorted({m.fields["adcode"][:6] for m in mentions
                           if m.fields["level"] in ("county", "town", "village") and len(m.fields["adcode"]) >= 6
                           and m.fields["adcode"][:6] in self.gz.div})
        spans = [(m.start, m.end) for m in mentions]
        out = []
        for county in counties:
            # the county's one village of each stem at a route's end, in code order (as
            # _bare_stems_of reads them), looked up by name: no table of all its stems made
            found = sorted((row, stem) for stem in ends if (row := self._route_stem_village(county, stem)))
            for (code, name), stem in found:
                for i in sorted(set(ends[stem])):
                    j = i + len(stem)
                    if not any(s < j and i < e for s, e in spans) \
                            and self.is_word(text, i, j):  # (a route's end is the settlement: 王坪, not a 坪)
                        out.append(self._mention(i, j, text, "place.village", self.gz.village_entry(code, name)))
                        spans.append((i, j))
        return out

    def _route_stem_village(self, county: str, stem: str) -> tuple[str, str] | None:
        """(code, name) of the one village of ``county`` whose stem is ``stem`` (its name
        ``stem`` + 社区 or 村), where the stem is no word, no place (but a town's short form
        in another province) and opens with no suffix or function character; else None."""
        if stem[0] in ADMIN_SUFFIX_CHARS or stem[0] in VILLAGE_LEFT or self._freq.get(stem):
            return None
        rows = [(c, stem + s) for s in ("社区", "村") for c in self.gz.village_codes_named(county, stem + s)]
        if len(rows) != 1 or any(e.level != "town" or e.code[:2] == county[:2] for e in self.surfaces_get(stem)):
            return None
        return rows[0]

    def _at_route_end(self, text: str, i: int, j: int) -> bool:
        heads, conns = self._route_heads_t, self.route_connectors  # (startswith reads a tuple in C)
        if i and text[i - 1] in conns and text.startswith(heads, j):
            return True
        return text[j:j + 1] in conns and any(
            text.startswith(heads, j + 1 + k) for k in range(2, self.route_end_max_chars + 1))

    def _bare_stems_of(self, county: str, lo: int, hi: int) -> dict:
        """stem -> (code, name) of the county's villages whose stem no other village of
        the county shares and that is no word, no place and no suffix or function
        character first; kept across documents (with the county's village names)."""
        key = ("bare", county, lo, hi)
        got = self._register_memo.get(key)
        if got is None:
            seen: dict = {}
            for code, name in self.gz.villages_of(county):
                for suffix in ("社区", "村"):
                    if name.endswith(suffix) and lo <= len(name) - len(suffix) <= hi:
                        stem = name[:-len(suffix)]
                        seen.setdefault(stem, []).append((code, name))
                        break
            got = {stem: rows[0] for stem, rows in seen.items()
                   if len(rows) == 1 and stem[0] not in ADMIN_SUFFIX_CHARS and stem[0] not in VILLAGE_LEFT
                   and not self._freq.get(stem) and not self.surfaces_get(stem)}
            self._remember(key, got)  # lists.py: kept across documents, bounded
        return got


def _find_all(text: str, ch: str):
    """Every offset of ``ch`` in ``text``."""
    k = text.find(ch)
    while k != -1:
        yield k
        k = text.find(ch, k + 1)
