"""Step 7b: towns and villages named by a suffix they share, or by another suffix.

A town's short form + a settlement head (甜水堡: ``settlement_heads`` of rule
place.town_short) is the locality so called, an ``area`` under the county.

A town's short form written with a town suffix that is not its own (皋埠镇 for the
register's 皋埠街道, 鉴湖镇 for 鉴湖街道: towns become 街道, 乡 become 镇, and texts keep
the old name) is that town, under a county the document names (``place.town``,
param ``renamed_suffixes``).

A list sharing a suffix (SPEC §5: 南山、宝安、龙岗、龙华、罗湖区) names one town or village
per item: ``念亩头、横桥、东湖等村``, ``吼山、坝内两个“精品村”``, ``东湖、鉴湖镇``. The
suffix stands after the last item (``list_tail`` of rule place.village: 等村, N个村, 等乡镇)
or ends the last item, a town or village already found (鉴湖镇). Each item is the stem of
the register's one village (stem + 村 or 社区: villages become 社区) or town (stem + a
town suffix) under the counties the document names; the list stops at the first item
that is none. An item found so replaces a reading of the same span (东湖 the lake of
Wuhan in a list of 绍兴's villages).
"""
from __future__ import annotations

import regex

from ...gazetteer import Entry
from ...model import Mention
from .villages import _holds
from .vocab import TOWN_SUFFIXES, _Doc

_HAN_RUN = regex.compile(r"\p{Han}+")  # (compiled once: it is asked per candidate stem)
#: the item of a suffix-sharing list: a stem, then perhaps a bracketed note (念亩头(一期))
_ITEM = regex.compile(r"(\p{Han}{2,4})(?:[（(][^（()）]{1,8}[)）])?$")
#: villages: a register village's suffix, either of which the text may write
_VILLAGE_SUFFIXES = ("村", "社区")


# counties whose town stems (~2.3 KB each: a stem -> its code) are kept across documents,
# the least recently made dropped first (village stems are read from the counties' indexed
# names, villages.py). 2 MB of the bench text asks 14,520 times for 2,650 counties: 4096
# keep them all (6 MB); 1024 made ~6,000 more, +0.6-1.6 s of ~18 s CPU in paired runs (a
# county's made in ~15 us alone, ~65 us in a run)
TOWN_STEMS_KEPT = 4096


class _VillageStems:
    """stem -> [(code, name)] of the register villages (stem + 村 or 社区) under some
    counties, answered as :class:`_Stems` answers for town stems, one stem at a time
    (:meth:`ListsMixin._villages_of_stem`)."""

    __slots__ = ("ext", "counties")

    def __init__(self, ext, counties: tuple):
        self.ext, self.counties = ext, counties

    def get(self, stem):
        return self.ext._villages_of_stem(stem, self.counties) or None


class _Stems:
    """The town stems of several counties as one look-up: ``get(stem)`` -> [(code, name)]
    of the towns of every county holding it, county by county in code order (a new list).
    A county's stems (:meth:`ListsMixin._county_stems`) map a stem to its town's code, or
    to a tuple of codes: the rows are made when asked for (kept as lists of (code, name)
    they took ~2.5x the memory)."""

    __slots__ = ("parts", "div")

    def __init__(self, parts: list, div: dict):
        self.parts, self.div = parts, div

    def get(self, stem):
        out, div = [], self.div
        for p in self.parts:
            v = p.get(stem)
            if v is None:
                continue
            if v.__class__ is str:
                out.append((v, div[v][1]))
            else:
                out.extend((k, div[k][1]) for k in v)
        return out or None


class ListsMixin:
    def _lists(self, d: _Doc, mentions: list) -> list:
        """Settlements named after a town, renamed towns, then suffix-sharing lists; the
        mentions, with those they replace dropped."""
        mentions = self._settlements(d.text, mentions)
        self._doc_stems = {}  # (kind, counties) -> their _Stems, for this document's items
        div = self.gz.div
        counties = sorted(c for c in d.certain if len(c) == 6 and div.get(c, ("",))[0] == "county")
        # the counties of a city the document names (a document naming only its city)
        in_city = sorted({k for c in d.named_codes if div.get(c, ("",))[0] == "city"
                          for k in self.gz.children.get(c, ()) if div[k][0] == "county"} - set(counties))
        if counties:
            mentions = self._renamed_towns(d.text, mentions, counties)
        for scope in (counties, in_city):
            if scope:
                mentions = self._renamed_free(d.text, mentions, scope)
        if counties:
            mentions = self._suffix_lists(d.text, mentions, counties)
        if in_city and self.list_city_towns:
            # a list of towns (织里、旧馆、千金等乡镇) in a document naming only their city:
            # one town of the city per item, villages not (a city holds too many)
            mentions = self._suffix_lists(d.text, mentions, in_city, towns_only=True)
        return mentions

    def _renamed_free(self, text, mentions, counties) -> list:
        """A stem no mention covers + a town suffix not its own (皋埠镇 in a document that
        names only 绍兴市): the one town of the stem under ``counties``, where the stem, or
        stem and suffix, is a word to jieba (皋埠|镇西 joins the suffix to the next word)."""
        suffixes = tuple(self.rules["place.town"].param("renamed_suffixes", list(TOWN_SUFFIXES)))
        towns = self._towns_of(counties)
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        # a feature or urban area read on the stem alone gives way (良渚镇: not 良渚 the site)
        stems = {(m.start, m.end): m for m in mentions
                 if m.fields["level"] == "area" or m.rule_id == "place.town_short"}
        out, drop = [], set()
        for suf in suffixes:
            p = text.find(suf)
            while p >= 0:
                for k in (3, 2):
                    a = p - k
                    stem = text[a:p]
                    old = stems.get((a, p))
                    if a < 0 or covered.find(1, a if old is None else p, p + len(suf)) >= 0 \
                            or not _HAN_RUN.fullmatch(stem):
                        continue
                    hits = towns.get(stem)
                    if hits and len(hits) == 1 and hits[0][1] != stem + suf \
                            and (self.is_word(text, a, p) or self.is_word(text, a, p + len(suf))):
                        out.append(self._mention(a, p + len(suf), text, "place.town", self._town_entry(hits[0][0])))
                        covered[a:p + len(suf)] = b"\x01" * (p + len(suf) - a)
                        if old is not None:
                            drop.add(id(old))
                        break
                p = text.find(suf, p + len(suf))
        return [m for m in mentions if id(m) not in drop] + out if out else mentions

    def _settlements(self, text, mentions) -> list:
        """A town's short form + a settlement head (``settlement_heads`` of rule
        place.town_short: 甜水堡, not 甜水镇) names the locality so called, an ``area`` under
        the town's county, unless the dictionary knows the pair as a word."""
        heads = self.settlement_heads
        out, drop = [], set()
        for m in mentions:
            if m.rule_id != "place.town_short" or text[m.end:m.end + 1] not in heads:
                continue
            name = m.text + text[m.end]
            if self._freq.get(name) or self.surfaces_get(name):
                continue
            if any(e.form.startswith("curated") for e in self.surfaces_get(text[m.end:m.end + 2])):
                continue  # the head opens a feature's name (…|沱江)
            path = tuple(p for p in m.fields["path"].split("/") if p)[:-1] + (name,)
            out.append(self._mention(m.start, m.end + 1, text, "place.town_short",
                                     Entry(name, "area", "", path, "street")))
            drop.add(id(m))
        if not out:
            return mentions
        return [m for m in mentions if id(m) not in drop] + out

    # ---------------------------------------------------------------- towns
    def _remember(self, key, value) -> None:
        """Stems depend on the county only: kept across documents (documents of one region
        share counties), the oldest dropped beyond TOWN_STEMS_KEPT."""
        memo = self._register_memo
        memo[key] = value
        keys = self._stem_keys.setdefault(key[0], [])
        keys.append(key)
        if len(keys) > TOWN_STEMS_KEPT:
            memo.pop(keys.pop(0), None)

    def _towns_of(self, counties) -> "_Stems":
        """stem -> [(code, name)] of the towns under ``counties`` (one per suffix form)."""
        return self._stems_of("towns", counties)

    def _stems_of(self, kind: str, counties) -> "_Stems":
        """The stems of ``counties``, made once per document (a list's items ask for the
        same counties again and again; with more counties than the memo keeps, asking the
        memo each time rebuilt them all). Village stems (kind ``villages``) are read per
        stem (:meth:`_villages_of_stem`)."""
        if kind == "villages":
            return _VillageStems(self, tuple(counties))
        key = (kind, tuple(counties))
        got = self._doc_stems.get(key)
        if got is None:
            got = self._doc_stems[key] = _Stems([self._county_stems(kind, c) for c in sorted(counties)], self.gz.div)
        return got

    def _county_stems(self, kind: str, county: str) -> dict:
        """One county's town stems (kind ``towns``): stem -> the code of its town, or a
        tuple of the codes of the towns sharing it, in the county's order (read through
        :class:`_Stems`); kept across documents (they depend on the register only)."""
        key = (kind, county)
        got = self._register_memo.get(key)
        if got is not None:
            return got
        got = {}
        div = self.gz.div
        for k in self.gz.children.get(county, ()):
            lvl, name, _p = div[k]
            if lvl != "town" or not name.endswith(TOWN_SUFFIXES):
                continue
            for suf in TOWN_SUFFIXES:  # (a name ends in one of them at most)
                if name.endswith(suf):
                    if len(name) > len(suf) + 1:
                        stem = name[:-len(suf)]
                        had = got.get(stem)  # a code, or the codes of towns sharing the stem
                        got[stem] = k if had is None else (had + (k,) if had.__class__ is tuple else (had, k))
                    break
        self._remember(key, got)
        return got

    def _town_entry(self, code: str) -> Entry:
        e = self.gz.entry_of.get(code)
        if e is not None:
            return e
        _lvl, name, _p = self.gz.div[code]
        return Entry(name, "town", code, self.gz.path_names(code), "full")

    def _renamed_towns(self, text, mentions, counties) -> list:
        """A town's stem (a mention or free text) + a town suffix not its own, under a county
        the document names: the town (皋埠镇 -> 皋埠街道)."""
        suffixes = tuple(self.rules["place.town"].param("renamed_suffixes", list(TOWN_SUFFIXES)))
        towns = self._towns_of(counties)
        out, drop = [], set()
        for m in mentions:
            if m.fields["level"] not in ("town", "area") or m.rule_id == "place.town":
                continue
            suf = next((s for s in suffixes if text.startswith(s, m.end)), "")
            hits = towns.get(m.text) if suf else None
            if not hits or len(hits) != 1 or hits[0][1] == m.text + suf:
                continue
            out.append(self._mention(m.start, m.end + len(suf), text, "place.town", self._town_entry(hits[0][0])))
            drop.add(id(m))
        if not out:
            return mentions
        return [m for m in mentions if id(m) not in drop] + out

    # ---------------------------------------------------------------- lists
    def _villages_of_stem(self, stem: str, counties) -> list:
        """[(code, name)] of the register villages named ``stem`` + 村 or 社区 under
        ``counties`` (county by county, each in code order). Read from each county's
        names, indexed (villages.py, kept across documents), instead of a table of every
        stem of the counties: a document asks for a few stems, and most of those tables
        were made for one look-up."""
        if len(stem) < 2:
            return []
        want = tuple(stem + s for s in _VILLAGE_SUFFIXES)
        out = []
        for county in sorted(counties):
            if self.village_min_chars <= len(want[0]):  # (names that short are not indexed)
                joined = self._county_villages(county)[0][1]
                if not any(_holds(joined, w) for w in want):
                    continue  # the county holds neither name: its rows are not read
            out.extend(r for r in self.gz.villages_of(county) if r[1] in want)  # code order
        return out

    def _item_entry(self, stem: str, suffix: str, counties, towns_only: bool = False) -> Entry | None:
        """The one register village or town of ``stem`` + ``suffix`` under ``counties``."""
        if suffix in _VILLAGE_SUFFIXES:
            if towns_only:
                return None
            forms = self._villages_of_stem(stem, counties)
            if not forms:
                return None
            rows = [r for r in forms if r[1].endswith(suffix)] or forms
            if len(rows) != 1:
                return None
            return self.gz.village_entry(*rows[0])
        rows = self._towns_of(counties).get(stem)
        if not rows:
            return None
        if len(rows) > 1:
            rows = [r for r in rows if r[1] == stem + suffix]
        return self._town_entry(rows[0][0]) if len(rows) == 1 else None

    @staticmethod
    def _item_suffix(suffix: str) -> str:
        return suffix

    def _suffix_lists(self, text, mentions, counties, towns_only: bool = False) -> list:
        tail_re = self._list_tail
        seps = self._list_seps
        tails = []  # (start of the suffix part, suffix)
        for m in mentions:
            if m.fields["level"] in ("town", "village") and m.fields["adcode"]:
                suf = next((s for s in TOWN_SUFFIXES + _VILLAGE_SUFFIXES if m.text.endswith(s)), "")
                if suf and m.start and text[m.start - 1] in seps and not (towns_only and suf in _VILLAGE_SUFFIXES):
                    tails.append((m.start, suf, True))
        i = text.find("、")
        while i >= 0:  # a list ending in a suffix of its own (…、东湖等村, …、坝内两个“精品村”)
            j = i + 1
            i = text.find("、", j)
            for n in (2, 3, 4):
                mt = tail_re.match(text, j + n)
                if mt is not None and _HAN_RUN.fullmatch(text, j, j + n) and self._item_entry(
                        text[j:j + n], self._item_suffix(mt.group("suffix")), counties, towns_only) is not None:
                    tails.append((j + n, mt.group("suffix"), False))
                    break
        if not tails:
            return mentions
        spans = {(m.start, m.end): m for m in mentions}
        out, drop = [], set()
        for pos, suffix, last_found in tails:
            suffix = self._item_suffix(suffix)
            found = []
            end = pos
            if last_found:
                if end < 1 or text[end - 1] not in seps:
                    continue
                end -= 1
            while True:
                mi = _ITEM.search(text[max(0, end - 14):end])
                if mi is None:
                    break
                stem = mi.group(1)
                a = end - len(mi.group())
                # the longest stem that is an item (the text before it may run on: 启动念亩头)
                e = None
                for n in range(len(stem), 1, -1):
                    e = self._item_entry(stem[-n:], suffix, counties, towns_only)
                    if e is not None:
                        a = a + len(stem) - n
                        stem = stem[-n:]
                        break
                if e is None:
                    break
                found.append((a, a + len(stem), e))
                if a < 1 or text[a - 1] not in seps:
                    break
                end = a - 1
            if len(found) + last_found < 2:
                continue  # one item alone is no list
            for a, b, e in found:
                rid = "place.village" if e.level == "village" else "place.town"
                old = [m for m in mentions if m.start < b and a < m.end]
                if any(m.end - m.start > b - a or (m.fields["level"] in ("town", "village")
                                                    and m.fields["adcode"]) for m in old):
                    continue  # a longer name, or the register's own name, is there already
                drop.update(id(m) for m in old)
                if (a, b) not in {(x.start, x.end) for x in out}:
                    out.append(self._mention(a, b, text, rid, e))
        if not out:
            return mentions
        return [m for m in mentions if id(m) not in drop] + out
