"""Step 6: villages.

``place.village``: full village names (湖东村) of the register under a county the
document names (names of at least ``min_chars`` characters, rule place.village);
``place.village_unlisted``: a name in 村/新村/社区 right after its county or town that
the register lacks (龙岗区山厦新村), and its later mentions; then the villages listed
after one (X镇A村、B村、C村).
"""
from __future__ import annotations

import re
from sys import intern

from ... import trace as _trace
from ...gazetteer import Entry
from ...model import Mention
from .tracing import drop as _drop
from .unlisted import UnlistedVillagesMixin
from .vocab import TOWN_SUFFIXES, COUNTY_VILLAGES_KEPT, _Doc

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")


class VillagesMixin(UnlistedVillagesMixin):
    def _village_steps(self, d: _Doc) -> None:
        """Villages into ``d.out`` (after the divisions: they are looked for under them)."""
        text, out, certain, named_codes, accepted = d.text, d.out, d.certain, d.named_codes, d.accepted
        # villages under the counties the document names
        villages = {m.fields["adcode"] for m in out if m.fields["level"] == "village" and m.fields["adcode"]}
        codes = named_codes | {h.entry.code for h in accepted if h.entry.code} | {v[:6] for v in villages}
        if self.village_town_county:
            # the county of a town the document names (a chain ending in the town, a town
            # taken in a list): its villages in full count as under a county named
            codes |= {m.fields["adcode"][:6] for m in out
                      if m.fields["level"] == "town" and len(m.fields["adcode"]) >= 9}
        towns = {m.fields["adcode"][:9] for m in out
                 if m.fields["level"] in ("town", "village") and len(m.fields["adcode"]) >= 9}
        out.extend(self._villages(text, certain, codes, villages, towns))
        if self.village_city_min_chars:
            out.extend(self._city_villages(d, codes, villages))
        if self.village_town_two:
            out.extend(self._town_two_char_villages(d, towns))

        # a town no parent of which is named, written right before one of its villages
        found = self._town_villages(d)
        out.extend(found)
        # ... whose county's other villages the document may then name alone (大王镇江垅村 …
        # 贵湾村: the county 阳新县 is known from the pair)
        more = {m.fields["adcode"][:6] for m in found if m.fields["adcode"]} - codes
        if more:
            taken = [(m.start, m.end) for m in out]
            out.extend(m for m in self._villages(text, certain, more, villages)
                       if not any(m.start < e and s < m.end for s, e in taken))
        # a village the register does not hold, right after its county or town
        out.extend(self._unlisted_villages(text, out))
        # the villages listed after one (X镇A村、B村、C村)
        out.extend(self._village_list(text, out))
        # villages written without their suffix in a list (大湖头、塘下赵村; 塘下赵、大湖头组团)
        out.extend(self._village_stems(text, out))

    def _city_villages(self, d: _Doc, codes, villages) -> list[Mention]:
        """Full register villages of at least ``city_min_chars`` characters under the
        counties of a city the document names, where none of those counties is named
        (恢河南邢家河村段 in a text naming only 朔州市): long names only, a city holding
        thousands; none overlapping a name already taken. No index is built: the text's
        runs of ``city_min_chars``..``city_max_chars`` Han characters ending in one of
        ``city_name_ends`` (村, 社区, 嘎查: nearly every register name) are looked up in the
        city's rows (an index of every county of every city named cost places ~60 % of its
        CPU)."""
        div, out, text = self.gz.div, d.out, d.text
        cities = sorted({m.fields["adcode"] for m in out if m.fields["level"] == "city" and m.fields["adcode"] in div})
        if not cities:
            return []
        named = {c for c in codes if div.get(c, ("",))[0] == "county"}
        counties = {k for c in cities for k in self.gz.children.get(c, ()) if div[k][0] == "county"} - named
        if not counties:
            return []
        prefixes = sorted({c[:4] for c in counties})
        # (a short form read across gives way: 恢河|南)
        spans = sorted((m.start, m.end) for m in out if m.rule_id != "place.short")
        least, most, freq = self.village_city_min_chars, self.village_city_max_chars, self._freq
        hits = []
        for end in self.village_city_ends:
            j = text.find(end)
            while j >= 0:
                stop = j + len(end)
                run = _HAN_RUN.search(text, max(0, stop - most), stop)
                # a name starts in the run of Han characters ending here, after every name
                # taken that starts before its end
                first = max([run.start()] + [e for s, e in spans if s < stop])
                hits.extend((stop - 1, start) for start in range(first, stop - least + 1))
                j = text.find(end, j + 1)
        found = []
        for end_idx, start in sorted(set(hits)):
            name = text[start:end_idx + 1]
            codes_ = [c for p in prefixes for c in self.gz.village_codes_named(p, name) if c[:6] in counties]
            if not codes_ and name.endswith("村") and not freq.get(name):
                # a village become a 社区 keeps its old name in texts (城郊村: 城郊社区)
                old = name[:-1] + "社区"
                codes_ = [c for p in prefixes for c in self.gz.village_codes_named(p, old) if c[:6] in counties]
            m = self._village_hit(text, end_idx, name, codes_, villages, frozenset())
            if m is not None:
                found.append(m)
        return found

    def _town_two_char_villages(self, d: _Doc, towns) -> list[Mention]:
        """Register villages of two characters in 村 (北村, 余村: too often words for a
        whole county's search, min_chars) of a town the document names: in jieba's
        dictionary at most ``town_two_chars_max_freq`` times (新村 391: the word), no
        generic village word, a word where it stands, no name taken there. ``towns``: the
        9-digit codes of the towns (and villages' towns) the document names."""
        text, out = d.text, d.out
        spans = [(m.start, m.end) for m in out]
        most = self.village_two_max_freq
        found = []
        for town in sorted(towns):
            for code, name in self.gz.villages_of(town):
                if (len(name) != 2 or not name.endswith("村") or (self._freq.get(name) or 0) > most
                        or name in self.village_generic_names):
                    continue
                i = text.find(name)
                while i >= 0:
                    j = i + 2
                    if not any(s < j and i < e for s, e in spans) and self.is_word(text, i, j):
                        found.append(self._mention(i, j, text, "place.village", self.gz.village_entry(code, name)))
                        spans.append((i, j))
                    i = text.find(name, j)
        return found

    def _town_villages(self, d: _Doc) -> list[Mention]:
        """A town written in full whose county is not named (大湖镇: many), right before a
        register village of one of its readings (大湖镇湖东村): the pair is one mention,
        the village. Only readings in a province the document names are looked at (the
        village lists are read by province)."""
        text, out = d.text, []
        provinces = {c[:2] for c in d.certain if len(c) == 6}
        if not provinces:
            return out
        rule = self.rules["place.village_unlisted"]
        taken = {m.start for m in d.out}
        for h in d.free:
            if h.entry is not None or h.start in taken or not h.surface.endswith(TOWN_SUFFIXES):
                continue
            mm = rule.regex.match(text, h.end)
            if mm is None:
                continue
            towns = [e for e in h.cands if e.level == "town" and e.form == "full" and e.code[:2] in provinces]
            hits = []
            for t in towns:
                for code, name in self.gz.villages_of(t.code[:9]):
                    if len(name) >= self.village_min_chars and text.startswith(name, h.end):
                        hits.append((code, name))
            if len({c for c, _n in hits}) == 1:
                code, name = hits[0]
                out.append(self._mention(h.start, h.end + len(name), text, "place.village",
                                         self.gz.village_entry(code, name)))
        return out

    def _listed_village(self, m: Mention, name: str) -> Entry | None:
        """The register's village ``name`` under the town or county of mention ``m``."""
        code = m.fields["adcode"]
        if not code:
            return None
        prefix = code[:9] if m.fields["level"] == "town" else code[:6]
        for want in (name, name[:-1] + "社区" if name.endswith("村") else ""):  # 城郊村: 城郊社区
            if not want:
                break
            hits = self.gz.village_codes_named(prefix, want)
            if len(hits) != 1 and m.fields["level"] == "town":  # a 2025 town code: search the county
                hits = self.gz.village_codes_named(code[:6], want)
            if len(hits) == 1:
                return self.gz.village_entry(hits[0], want)
        return None

    def _villages(self, text, certain, codes, named_villages=frozenset(), towns=frozenset()) -> list[Mention]:
        counties = frozenset(c for c in codes if c in self.gz.div and self.gz.div[c][0] == "county")
        if not counties:
            return []
        # each county's names, indexed, are kept across documents (a set of counties is
        # their union: a name's codes are those of every county holding it, in code order;
        # a renamed village's old name counts only where no county has it as a name)
        per = [(c, *self._county_villages(c)) for c in sorted(counties)]
        hits = _occurrences_in(text, [index for _c, index, _r in per])
        if not hits:
            return []
        out = []
        for end_idx, name in hits:
            codes_ = self._village_codes(per, name, False) or self._village_codes(per, name, True)
            m = self._village_hit(text, end_idx, name, codes_, named_villages, towns)
            if m is not None:
                out.append(m)
        return out

    def _village_hit(self, text, end_idx, name, codes_, named_villages, towns) -> Mention | None:
        """The village mention of register name ``name`` ending at ``end_idx`` whose
        villages are ``codes_`` (a list), or None: a name several villages share is the one
        a chain named before; a generic village word or a common word that is no word where
        it stands is none."""
        if not codes_:
            return None
        codes_ = codes_[0] if len(codes_) == 1 else tuple(codes_)
        if codes_.__class__ is not str:
            # a name several villages share: the one a chain named before (龙脊镇大寨村
            # ... 大寨村)
            shared = codes_
            codes_ = [c for c in codes_ if c in named_villages]
            if len(codes_) != 1:
                if _trace.current is not None:
                    _drop(end_idx - len(name) + 1, end_idx + 1, text, "place.village", "places.village_shared",
                          f"{len(shared)} villages of the counties named share the name")
                return None
        else:
            codes_ = (codes_,)
        start = end_idx - len(name) + 1
        if (self.village_not_generic and codes_[0][:9] not in towns
                and name in self.village_generic_names):
            # a register village named as a kind of village is (中心村, 示范村): the word,
            # but where the document names its town (某镇先进村 … 先进村党支部)
            if _trace.current is not None:
                _drop(start, end_idx + 1, text, "place.village", "places.village_generic",
                      "a generic village word (place_village_generic)")
            return None
        if self.commonness(name) and not self.is_word(text, start, end_idx + 1):
            if _trace.current is not None:
                _drop(start, end_idx + 1, text, "place.village", "places.not_word",
                      "a common word, not a word where it stands")
            return None
        return self._mention(start, end_idx + 1, text, "place.village",
                             self.gz.village_entry(codes_[0], self._village_name(codes_[0], name)))

    def _county_villages(self, county: str):
        """(index, renamed) of the villages of one county: :func:`_by_two` of its names of
        at least ``min_chars`` characters and of the old 村 names of its villages become a
        社区 (``renamed``, joined as :func:`_joined` joins names: a frozenset of them took
        ~2.6 KB a county); kept for the last COUNTY_VILLAGES_KEPT counties.
        A name's codes are read from the register's rows when a document holds it
        (:meth:`_village_codes`): a county kept is its names, joined in one string, and
        their index only (~6 KB; with frozensets ~27 KB, a tuple of the names made it
        ~55 KB, and a table of the names' codes ~78 KB), made in C but for one pass."""
        kept = self._county_names
        got = kept.pop(county, None)  # the least recently used county is dropped first
        if got is None:
            min_chars, freq = self.village_min_chars, self._freq
            every = self.gz.village_names_of(county)  # (the names only: no row made)
            names = {n for n in every if len(n) >= min_chars}
            # a village become a 社区 keeps its old name in texts (城郊村: 城郊社区)
            # (not a dictionary word: 城中村 'urban village' is no 城中社区)
            renamed = {old for old in [n[:-2] + "村" for n in every if n.endswith("社区")]
                       if len(old) >= min_chars and not freq.get(old)}
            if len(kept) >= COUNTY_VILLAGES_KEPT:
                del kept[next(iter(kept))]
            got = (_by_two(list(names | renamed)), _joined(renamed))
        kept[county] = got
        return got

    def _village_codes(self, per, name: str, renamed: bool) -> list:
        """The codes of the villages of ``per``'s counties ((county, index, renamed) each)
        named ``name`` -- or, ``renamed``, whose old 村 name it is --, county by county in
        code order. Only counties whose index holds the name read their rows."""
        out = []
        for county, (_twos, joined, _ones), olds in per:
            if renamed and not _holds(olds, name):
                continue
            if not _holds(joined, name):
                continue
            if renamed:
                old_of = name[:-1] + "社区"
                out.extend(self.gz.village_codes_named(county, old_of))
            else:
                out.extend(self.gz.village_codes_named(county, name))
        return out

    def _village_name(self, code: str, surface: str) -> str:
        """The register's name of village ``code`` written as ``surface`` (城郊村: 城郊社区)."""
        if surface.endswith("村"):
            for c, n in self.gz.villages_of(code):
                if c == code:
                    return n
        return surface

def _by_two(names) -> tuple[tuple, str, frozenset | str]:
    """The index :func:`_occurrences_in` reads: the first two characters of the names of
    at least two (interned: shared by every county's index), a tuple (a frozenset of a
    county's ~860 took ~17 KB, its hash table sized for growth, the tuple ~7 KB; the
    text's pairs are a set, which the intersection probes once per pair: ~8 us a county
    and document instead of 1-4 us), the
    names sorted and joined in one string (:func:`_joined`: those sharing a first two are
    a run that starts at the first newline followed by the two; one string holds them in
    a tenth of the memory of a tuple of strings), the one-character names (a frozenset,
    or '' when there are none). Made mostly in C: a county's index is made again
    whenever it is not kept (a dict of the first two to tuples of names cost ~40 % more)."""
    names = names if isinstance(names, (list, tuple)) else list(names)
    ones = [n for n in names if len(n) == 1]
    return (tuple(map(intern, {n[:2] for n in names if len(n) >= 2})), _joined(names),
            frozenset(ones) if ones else "")


def _joined(names) -> str:
    """``names`` sorted and joined in one string, each after a newline and the last one
    before a newline (read by :func:`_holds` and :func:`_run_of`)."""
    return "\n" + "\n".join(sorted(names)) + "\n" if names else "\n"


def _holds(joined: str, name: str) -> bool:
    """Is ``name`` one of the names of an index's ``joined`` string (:func:`_by_two`)?"""
    return f"\n{name}\n" in joined


def _run_of(joined: str, two: str) -> list[str]:
    """The names of ``joined`` (:func:`_by_two`) that start with ``two``, in sorted order."""
    out = []
    p = joined.find("\n" + two)
    while p >= 0 and joined.startswith(two, p + 1):
        q = joined.find("\n", p + 1)
        out.append(joined[p + 1:q])
        p = q
    return out


def _occurrences(text: str, index) -> list[tuple[int, str]]:
    """:func:`_occurrences_in` of one index."""
    return _occurrences_in(text, [index])


def _occurrences_in(text: str, indexes) -> list[tuple[int, str]]:
    """(index of the last character, name) of every occurrence of every name of
    ``index`` (:func:`_by_two`) in ``text``, overlapping ones included, in the order an
    Aho-Corasick automaton reports them: by end, the longest first. The two-character
    pairs of the text that start a name, then each one's places with ``str.find``
    (instead of an automaton per set of counties: they were ~240 KB each, and a worker
    kept 256 of them). A name several indexes hold is reported once."""
    hits = set()
    starts = {text[i:i + 2] for i in range(len(text) - 1)}
    for twos, joined, ones in indexes:
        for two in starts.intersection(twos):  # (in C; the hits are sorted)
            lst = _run_of(joined, two)
            i = text.find(two)
            while i >= 0:
                for n in lst:
                    if text.startswith(n, i):
                        hits.add((i + len(n) - 1, i, n))
                i = text.find(two, i + 1)
        if ones:
            for c in ones.intersection(text):
                i = text.find(c)
                while i >= 0:
                    hits.add((i, i, c))
                    i = text.find(c, i + 1)
    hits = sorted(hits)
    return [(e, n) for e, _s, n in hits]
