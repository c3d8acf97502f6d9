"""Step 1 of rules/places.yaml's reading: the index and the one automaton pass.

The index is every surface of the gazetteer (full names and rule-made short forms,
pipeline.gazetteer) and of the curated lexicons (place_zones, place_regions,
place_countries, place_areas, ...), set up once per process from the start-up cache
(pipeline/cache.py) or built. ``_scan`` runs the automaton over a document: hits
inside a place_blocklist word (中山大学) are dropped; a short form at the start of its
own full name (深圳 in 深圳市) is that name. Short forms that only ever name a town are
not in the automaton: step 5 (decide.py) looks for those of the counties in reach.
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import pickle
import sys
from pathlib import Path

import ahocorasick

from ...cache import cache_path, read_verified, write_atomic
from ...gazetteer import Entry, Gazetteer, gazetteer, loaded
from ...lazyentries import Layered, LazyEntries, LazyEntryOf, encode, entry_refs
from ... import trace as _trace
from ...rules import RuleSet
from .vocab import (ADMIN, CURATED, DICT_FEATURE, DICT_FEATURE_MAX, DICT_FEATURE_MIN, INDEX_VERSION, PLACE_TAGS,
                    _bytes_str, _Doc, _Hit)


class IndexMixin:
    def _index(self, rules: RuleSet) -> None:
        """Set up the gazetteer-derived tables and the automaton: from the start-up cache
        when it matches, else built (and the cache written for the next process).

        The cache is one file in the user's cache dir (pipeline/cache.py), named by a hash of everything the
        tables come from: rules/gazetteer/*, the place lexicons, the code that builds
        them, and jieba's tags of the compass regions. Any failure to read or write it
        just means building (about 1 s)."""
        gc_was = gc.isenabled()
        gc.disable()  # a few hundred thousand long-lived objects: collecting is wasted time
        try:
            try:
                path = cache_path("places", self._index_key(rules))
            except OSError:
                path = None
            if path is None or not self._load_index(rules, path):
                self._build_index(rules)
                if path is not None:
                    self._save_index(path)
            # special zones by member code (decide.py), made here, before any fork: made
            # lazily, a worker's first look-up would walk every entry and copy their pages.
            # Only curated readings have members: the surfaces whose list is not the gazetteer's
            self._zone_of = {}
            for s in self._own_surfaces:
                for e in self.surfaces[s]:
                    for m in e.members:
                        self._zone_of.setdefault(m, e)
            # per automaton value: (surface, its length - 1, readings, blocks the names
            # inside), made when a document first meets it (_scan); the lengths as bytes
            self._vinfo = [None] * (2 * len(self._words))
            self._wlen = bytes(min(len(w), 255) for w in self._words)
        finally:
            if gc_was:
                gc.enable()

    def _index_key(self, rules: RuleSet) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update(f"{INDEX_VERSION}|lazy|{sys.version}|{getattr(ahocorasick, '__version__', '')}".encode())
        here = Path(__file__).resolve().parent
        root = Path(rules.root)
        files = [here / "index.py", here / "vocab.py", here.parent.parent / "gazetteer.py",
                 here.parent.parent / "rules.py", here.parent.parent / "lazyentries.py"]
        files += sorted(p for p in (root / "gazetteer").rglob("*") if p.is_file())
        files += sorted((root / "lexicons").glob("place_*.txt"))
        for f in files:
            h.update(str(f.relative_to(root) if f.is_relative_to(root) else f.name).encode() + b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
        h.update(repr(rules.param("places", "former_prefecture_since", 9999)).encode())
        h.update(repr(rules.get("place.area").param("range_tails", [])).encode())
        compass = [abbr + row[0] for abbr in (r[0] for r in rules.lexicon("place_province_abbr").entries)
                   for row in rules.lexicon("place_compass").entries]
        h.update(repr([(w, self._tags.get(w)) for w in compass]).encode())
        return h.hexdigest()

    def _save_index(self, path: Path) -> None:
        gz = self.gz
        gz_tables = encode(gz.surfaces)
        refs, rest = entry_refs(gz.surfaces, gz.entry_of)
        delta = {s: lst for s, lst in self.surfaces.items() if gz.surfaces.get(s) is not lst}
        data = (gz.div, gz.children, gz_tables, refs, rest, self.name_code, encode(delta), self._block_self,
                self._town_only, self._town_shorts, self._town_shorts_at, self._town_short_two, self._words,
                pickle.dumps(self.auto, protocol=4))
        write_atomic(path, marshal.dumps(data))

    def _load_index(self, rules: RuleSet, path: Path) -> bool:
        """The tables from the cache; the readings of a surface stay one string until a
        document meets it (pipeline/lazyentries.py: forked workers share them)."""
        try:  # only a file this user's key authenticates is unmarshalled (pipeline/cache.py)
            blob = read_verified(path)
            if blob is None:
                return False
            data = marshal.loads(blob)
            (div, children, gz_tables, refs, rest, name_code, delta, block_self, town_only, town_shorts,
             town_shorts_at, town_short_two, words, auto) = data
            if not (all(isinstance(x, dict) for x in (div, children, refs, rest, name_code))
                    and isinstance(words, (list, tuple)) and isinstance(auto, bytes)):
                return False  # another shape: build
            auto = pickle.loads(auto)
            if not isinstance(auto, ahocorasick.Automaton) or auto.kind != ahocorasick.AHOCORASICK:
                return False
        except Exception:  # no cache yet, or a damaged one: build
            return False
        gz = loaded(rules.root)
        if gz is None:
            gz_surfaces = LazyEntries(*gz_tables)
            entry_of = LazyEntryOf(refs, rest, gz_surfaces)
            root = Path(rules.root) / "gazetteer"
            gz = gazetteer(rules.root, lambda: Gazetteer.from_tables(root, div, children, gz_surfaces, entry_of))
        self.gz = gz
        self.name_code = name_code
        own = LazyEntries(*delta)
        self.surfaces = Layered(own, gz.surfaces)
        self._own_surfaces = list(own)
        self._block_self = block_self
        self._town_only = town_only
        self._town_shorts = town_shorts
        self._town_shorts_at = town_shorts_at
        self._town_short_two = town_short_two
        self._words = words
        self.auto = auto
        return True

    def _build_index(self, rules: RuleSet) -> None:
        """The gazetteer-derived tables and the automaton (see _index for the cache)."""
        self.gz = gazetteer(rules.root)
        self.name_code: dict[str, list[str]] = {}
        for code, (_lvl, name, _p) in self.gz.div.items():
            self.name_code.setdefault(name, []).append(code)
        # the gazetteer is shared by the process; curated entries live in this copy
        self.surfaces: dict[str, list[Entry]] = dict(self.gz.surfaces)
        range_tails = [(str(r)[:-1], str(r)[-1]) for r in rules.get("place.area").param("range_tails", []) or []
                       if len(str(r)) >= 2]
        for lex, level in CURATED:
            for row in rules.lexicon(lex).entries:
                cols = list(row) + [""] * 6
                surface, name = cols[0], cols[1] or cols[0]
                if level is None:
                    lvl, parent, adcode, members = cols[2], cols[3], cols[4], cols[5]
                elif level == "country":
                    lvl, parent, adcode, members = level, "", "", ""
                else:
                    lvl, parent, adcode, members = level, cols[2], "", ""
                if level == "country":
                    path = (name,)
                elif level == "region":
                    path = ()
                else:
                    path = tuple(p for p in parent.split("/") if p) + (name,)
                mem = tuple(m for m in members.split(",") if m)
                entry = Entry(name, lvl, adcode, path, "curated:" + lex, mem)
                if entry not in self.surfaces.get(surface, ()):
                    self.surfaces[surface] = self.surfaces.get(surface, []) + [entry]
                # a mountain's name + 脉 is its range (武陵山脉, 大巴山脉): one area, named so
                for final, tail in range_tails:
                    if lvl == "area" and surface.endswith(final) and name.endswith(final):
                        ranged = Entry(name + tail, lvl, adcode, path[:-1] + (name + tail,), "curated:" + lex, mem)
                        if ranged not in self.surfaces.get(surface + tail, ()):
                            self.surfaces[surface + tail] = self.surfaces.get(surface + tail, []) + [ranged]
        # former names of county-level divisions and prefectures (rules/gazetteer/renamed.tsv,
        # the civil affairs change records): 南郊区 -> the districts that took its area, 大同县
        # -> 云州区, 哈密地区 -> 哈密市
        renamed = Path(rules.root) / "gazetteer" / "renamed.tsv"
        since = int(rules.param("places", "former_prefecture_since", 9999) or 9999)
        if renamed.is_file():
            for line in renamed.read_text(encoding="utf-8").splitlines():
                if line.startswith("#") or not line.strip():
                    continue
                old, _code, year, succ = line.split("\t")[:4]
                for code in succ.split(","):
                    cur = self.gz.entry_of.get(code)
                    if cur is None or cur.level not in ("county", "city"):
                        continue
                    if cur.level == "city" and int(year) < since:
                        continue  # 遵义地区 (1997) is 'the Zunyi area' by now; 哈密地区 (2016) the former prefecture
                    entry = Entry(cur.name, cur.level, cur.code, cur.path, "former")
                    if entry not in self.surfaces.get(old, ()):
                        self.surfaces[old] = self.surfaces.get(old, []) + [entry]
        # named features of jieba's dictionary (a general word list): words tagged ns that
        # end in a feature head of place_feature_suffix.txt (大沙河, 兴凯湖, 天台山), not
        # a surface of no division above a town (大沙河 is also 大沙河镇's short form), with
        # one head character only (not 登山越岭); they count only where they are words
        # (decide.py)
        heads = sorted((row[0] for row in rules.lexicon("place_feature_suffix").entries), key=len, reverse=True)
        one_char = {h for h in heads if len(h) == 1}
        for w, tag in self._tags.items():
            if tag in PLACE_TAGS and DICT_FEATURE_MIN <= len(w) <= DICT_FEATURE_MAX \
                    and all(e.level == "town" for e in self.surfaces.get(w, ())) \
                    and any(w.endswith(h) and len(w) > len(h) + 1 for h in heads) \
                    and sum(c in one_char for c in w) == 1 \
                    and not any(e.level == "country" for i in range(2, len(w) - 1)
                                for e in self.surfaces.get(w[:i], ())):  # 中国|台湾: two names
                self.surfaces[w] = self.surfaces.get(w, []) + [Entry(w, "area", "", (w,), DICT_FEATURE)]
        # named features of a general register (place_features_register.txt, THUOCL's place
        # names): read as jieba's are (words only, before no settlement head), and only names
        # nothing above reads (瓦屋山 stays the town's short form, with its county)
        for w in (row[0] for row in rules.lexicon("place_features_register").entries):
            if w not in self.surfaces:
                self.surfaces[w] = [Entry(w, "area", "", (w,), DICT_FEATURE)]
        # regions named by a province's abbreviation and a direction (粤东, 桂北), as
        # jieba's dictionary knows them
        for abbr, _prov in (row[:2] for row in rules.lexicon("place_province_abbr").entries):
            for d in (row[0] for row in rules.lexicon("place_compass").entries):
                w = abbr + d
                if self._tags.get(w) in PLACE_TAGS and w not in self.surfaces:
                    self.surfaces[w] = [Entry(w, "region", "", (), "curated:compass")]
        # a blocked word that is itself a surface (中山路, a 街道's short form) still
        # blocks the names inside it
        self._block_self = {w for w in self.block if w in self.surfaces}
        gz_get = self.gz.surfaces.get
        self._own_surfaces = [s for s, lst in self.surfaces.items() if gz_get(s) is not lst]
        # surfaces whose every reading is a town: the counties those towns lie in
        self._town_only: dict[str, tuple] = {}
        # short forms that only ever name a town (大湖, 西丽) stay out of the main
        # automaton: they count only under a county in reach, so each document looks
        # for those of its own counties (and a chain for those of the county before)
        self._town_shorts: dict[str, list[str]] = {}  # county code -> town short forms
        town_short_only = set()
        div, town_only, town_shorts = self.gz.div, self._town_only, self._town_shorts
        for surface, entries in self.surfaces.items():
            if len(entries) == 1:  # most surfaces (the branch below, spelled out: ~2x quicker)
                e = entries[0]
                if e.level == "town":
                    parent = div.get(e.code)
                    town_only[surface] = () if parent is None else (parent[2],)
                    if e.form != "full":
                        town_short_only.add(surface)
                        town_shorts.setdefault(e.code[:6], []).append(surface)
            elif all(e.level == "town" for e in entries):
                # the parents' own code strings, shared, not copies (memory)
                town_only[surface] = tuple({div[e.code][2] for e in entries if e.code in div})
                if all(e.form != "full" for e in entries):
                    town_short_only.add(surface)
                    for e in entries:
                        town_shorts.setdefault(e.code[:6], []).append(surface)
        self._town_shorts_at: dict[tuple, list[str]] = {}  # (county, first two chars) -> forms
        for county, lst in self._town_shorts.items():
            lst.sort(key=len, reverse=True)
            for surface in lst:
                self._town_shorts_at.setdefault((county, surface[:2]), []).append(surface)
        # ... and under a city, a level skipped (长沙黄花 -> 黄花镇 of 长沙县, 昆明长水)
        for county, lst in self._town_shorts.items():
            city = next((a for a in self.gz.ancestors(county) if self.gz.div[a][0] == "city"), None)
            if city is None:
                continue
            for surface in lst:
                self._town_shorts_at.setdefault((city, surface[:2]), []).append(surface)
        for lst in self._town_shorts_at.values():
            lst.sort(key=len, reverse=True)
        self._town_short_two = {two for _c, two in self._town_shorts_at}
        # The automaton runs over the text's UTF-16-BE bytes read as Latin-1 characters,
        # two per character: pyahocorasick looks a node's children up one by one, and a
        # root with the ~2,500 first characters of Chinese names costs ~7x the scan time
        # of one with the ~80 high bytes of CJK code points (see _scan).
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)  # ints: the fastest to report
        self._words: list[str] = []
        for surface in self.surfaces:
            if len(surface) >= 2 and surface not in town_short_only:
                auto.add_word(_bytes_str(surface), len(self._words) * 2)
                self._words.append(surface)
        for w in self.block:
            if w in self.surfaces:  # a name is never blocked by itself
                continue
            auto.add_word(_bytes_str(w), len(self._words) * 2 + 1)
            self._words.append(w)
        auto.make_automaton()
        self.auto = auto

    def _value_info(self, val: int, text: str, end: int) -> tuple:
        """(surface, its length - 1, readings, blocks the names inside) of an automaton
        value; the surface is read from the text (the index's own string stays untouched)."""
        n = self._wlen[val >> 1]
        surface = text[end - n:end] if n < 255 else self._words[val >> 1]
        return surface, len(surface) - 1, self.surfaces.get(surface, []), bool(val & 1) or surface in self._block_self

    def _scan(self, text: str) -> _Doc:
        """Step 1: every surface in ``text`` (blocked ones dropped), grouped by start, the
        longest first; a short form at the start of a full official name marked redundant."""
        hits, blocked = [], []
        vinfo = self._vinfo
        btext = _bytes_str(text)
        for byte_end, val in self.auto.iter(btext):
            if not byte_end & 1:
                continue  # a match across two characters' bytes
            end = (byte_end >> 1) + 1
            info = vinfo[val]
            if info is None:
                info = vinfo[val] = self._value_info(val, text, end)
            surface, n1, cands, blocks = info
            if blocks:
                blocked.append((end - n1 - 1, end, surface))
                if val & 1:
                    continue
            hits.append(_Hit(end - n1 - 1, end, surface, cands))
        dropped = []
        if blocked:
            if _trace.current is not None:
                for h in hits:
                    w = next((w for b0, b1, w in blocked
                              if b0 <= h.start and h.end <= b1 and not (h.start == b0 and h.end == b1)), None)
                    if w is not None:
                        h.why, h.note = "places.blocklist", w
                        dropped.append(h)
            hits = [h for h in hits if not any(
                b0 <= h.start and h.end <= b1 and not (h.start == b0 and h.end == b1) for b0, b1, _ in blocked)]
        by_start: dict[int, list[_Hit]] = {}
        for h in hits:
            lst = by_start.get(h.start)
            if lst is None:
                by_start[h.start] = [h]
            else:
                lst.append(h)
        several = [lst for lst in by_start.values() if len(lst) > 1]
        for lst in several:
            lst.sort(key=lambda h: -(h.end - h.start))
        # a short form at the start of a full official name (深圳 in 深圳市) is that name
        redundant = set()
        for lst in several:
            if any(e.form == "full" and e.level in ADMIN for e in lst[0].cands) \
                    and self.commonness(lst[0].surface) == 0 \
                    and not self._breaks(text, lst[0].end):
                redundant.update(id(h) for h in lst[1:] if h.surface == lst[0].surface[:len(h.surface)])
        if redundant:
            if _trace.current is not None:
                for lst in several:
                    for h in lst[1:]:
                        if id(h) in redundant:
                            h.why, h.note = "places.redundant_short", lst[0].surface
                            dropped.append(h)
            hits = [h for h in hits if id(h) not in redundant]
        d = _Doc(text, btext, hits, by_start, redundant)
        d.dropped_hits = dropped
        return d
