"""places.csv (SPEC §5): place names in running text, resolved to China's divisions.

How a document is read (each step names the rule in rules/places.yaml it reports as):

1. One Aho-Corasick pass over the raw text finds every surface of the gazetteer (full
   names and rule-made short forms, pipeline.gazetteer) and of the curated lexicons
   (place_zones, place_regions, place_countries, place_areas). Hits inside a
   place_blocklist word (中山大学) are dropped; a short form at the start of its own
   full name (深圳 in 深圳市) is that name. Short forms that only ever name a town are
   not in this automaton: step 5 looks for those of the counties in reach.
2. ``place.chain``: hits written together where each lies under the one before
   (广东省河源市连平县, 河源连平县大湖镇湖东村, 广西资源) are one mention resolved to the last,
   most specific name, also with the county skipped (长沙黄花 -> 黄花镇, 昆明长水 -> 长水街道);
   a chain that ends in a town may run on into one of its villages.
3. Document context: the divisions named with certainty (chains, unambiguous full names,
   unambiguous province/city short forms, special zones and their member towns) and
   their ancestors. An ambiguous name resolves to the candidate under the context.
4. ``place.full`` / ``place.short``: names of province, city and county. A full name
   followed by a suffix-breaker word (河源市民) is the short form. A short form must be a
   jieba word where it stands (a place-like one may begin a longer word: 北京大学). A
   county's short form needs its city named in the document; without it, or when it is
   a common word (jieba's dictionary: a non-place tag and a frequency of at least
   COMMON_FREQ), it needs evidence: a list neighbour (、 和 与 —) under the same city, or
   (below VERY_COMMON_FREQ) the division named with certainty elsewhere in the document.
   资源 'resources' never passes on context alone. A county name no context supports
   gives way to an overlapping one the context supports (山城区 in “坪山城区”).
   A short form shared by a division and one under it (长沙: 长沙市/长沙县, 吉林) is the
   higher one: a reading never counts as context for another of the same name. A short
   form inside a dictionary word with a head of place_word_heads (中山路, 普洱茶) is none;
   a generic noun of place_generic_heads right after a division it does not lie under
   (巍山古城) is none; a far county in a route (大理至瑞丽铁路, place_route) is one. A
   region of place_regions_cued (西南, 中欧) counts only before a place_region_cue word.
5. ``place.town`` / ``place.town_short``: towns need a parent in reach (a county the
   document names, a chain, a special zone's members) or an unambiguous suffixed name
   that is a word where it stands. The short form of a 街道 names the urban area it is
   called after (蛇口, 西丽, 南头): level ``area`` under the county; short forms of 镇/乡
   stay towns (小漠 -> 小漠镇).
6. ``place.village``: full village names (湖东村) under a county the document names;
   ``place.village_unlisted``: a name in 村/新村/社区 right after its county or town that
   the register lacks (龙岗区山厦新村), and its later mentions.
7. ``place.feature``: a place name + a head of place_feature_suffix.txt that ends a word
   (深圳湾, 坪山河, 西丽水库) is one ``area``; after a chain it is named by the chain's
   last name (长沙岳麓山 -> 岳麓山).
8. Overlaps: longest span, then priority (pipeline.engine.resolve_overlaps).

Word boundaries come from jieba's dictionary without its HMM (see ``_tokens``: jieba-rs
through the segmenter), over a few characters around a name, and only when a decision
needs them.
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import pickle
import re
import sys
from operator import attrgetter
from pathlib import Path

import ahocorasick

from .cache import cache_path, read_verified, write_atomic
from .engine import check_normalizers, resolve_overlaps
from .gazetteer import LEVEL_RANK, Entry, Gazetteer, gazetteer, loaded
from .model import Context, Mention
from .rules import RuleError, RuleSet
from .segment import segmenter

#: a short form whose jieba frequency reaches this, with a non-place tag, is a common word
COMMON_FREQ = 300
#: ... and from this frequency on, document context is not evidence enough (资源, 建设)
VERY_COMMON_FREQ = 5000
PLACE_TAGS = {"ns"}
#: proper-name tags: a city's short form tagged so is a name, not a common word
NAME_TAGS = {"nr", "nrt", "nz"}
#: characters of context on each side of a name when jieba is asked for its boundaries
WINDOW = 5
LIST_SEPARATORS = set("、和与及同跟—-–|｜")
NORMALIZERS: dict = {}  # places are resolved by the gazetteer; no rule names a normalizer
CURATED = (("place_zones", None), ("place_regions", "region"), ("place_countries", "country"),
           ("place_areas", "area"), ("place_features", "area"), ("place_regions_cued", "region"))
CUED = "curated:place_regions_cued"  # a region only before a region cue (西南地区, 中欧国家)
ADMIN = ("province", "city", "county")
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木", "办事处")
#: last characters of full official names: no feature head follows one (海东市河湟)
ADMIN_SUFFIX_CHARS = set("省市县区旗镇乡")
#: bump when the start-up cache's layout changes (PlaceExtractor._index)
INDEX_VERSION = 1


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _bytes_str(text: str) -> str:
    """``text`` as its UTF-16-BE bytes, one Latin-1 character per byte (2 per character;
    a character beyond the BMP, never part of a name, stands as U+FFFD)."""
    b = text.encode("utf-16-be")
    if len(b) != 2 * len(text):
        b = _ASTRAL.sub("\uFFFD", text).encode("utf-16-be")
    return b.decode("latin-1")


_start_end = attrgetter("start", "end")


class _Hit:
    __slots__ = ("start", "end", "surface", "cands", "entry", "rule", "evidence", "kind", "feature_end")

    def __init__(self, start, end, surface, cands):
        self.start, self.end, self.surface, self.cands = start, end, surface, cands
        self.entry: Entry | None = None
        self.rule = ""
        self.evidence = False
        self.kind = ""
        self.feature_end = None  # end of <name>+湾/河/湖... when that is a word here (0: none)


class PlaceExtractor:
    table = "places"
    requires = ()
    labels = ("chain", "division", "town", "village", "special_zone", "region", "area", "country")

    def __init__(self, rules: RuleSet):
        self.rules = {r.id: r for r in rules.rules("places")}
        check_normalizers(list(self.rules.values()), NORMALIZERS)
        for rid in ("place.chain", "place.full", "place.short", "place.town", "place.town_short",
                    "place.village", "place.village_unlisted", "place.feature", "place.zone", "place.region", "place.country",
                    "place.area"):
            if rid not in self.rules:
                raise RuleError(f"rules/places.yaml: rule {rid} is missing (the place extractor reports as it)")
        self.seg = segmenter()
        self._freq = self.seg.freq
        self._tags = self.seg.tags
        self.block = [row[0] for row in rules.lexicon("place_blocklist").entries]
        # heads that make a short form part of a street's or a product's name (中山路, 普洱茶)
        self.word_heads: dict[str, list] = {}
        for row in rules.lexicon("place_word_heads").entries:
            self.word_heads.setdefault(row[0][0], []).append(row[0])
        for lst in self.word_heads.values():
            lst.sort(key=len, reverse=True)
        self.precues = {row[0] for row in rules.lexicon("place_feature_precue").entries}
        self.generic_heads = {row[0] for row in rules.lexicon("place_generic_heads").entries}
        self.site_heads = {row[0] for row in rules.lexicon("place_generic_heads").entries
                           if len(row) > 1 and row[1] == "site"}
        self.region_cues = sorted((row[0] for row in rules.lexicon("place_region_cue").entries), key=len, reverse=True)
        self.route_connectors, self.route_heads = set(), []
        for row in rules.lexicon("place_route").entries:
            if len(row) > 1 and row[1] == "connector":
                self.route_connectors.add(row[0])
            else:
                self.route_heads.append(row[0])
        self.route_heads.sort(key=len, reverse=True)
        # generic village words: a name ending in one is none (则把乡村), except those
        # marked `whole`, which reject only the bare word (新村; but 山厦新村 is a name)
        self.village_generic = [(row[0], len(row) > 1 and row[1] == "whole")
                                for row in rules.lexicon("place_village_generic").entries]
        self.breakers = {row[0] for row in rules.lexicon("place_suffix_breakers").entries}
        self._breaker_lens = sorted({len(w) for w in self.breakers})
        self.cues: dict[str, list[str]] = {}
        for row in rules.lexicon("place_feature_cue").entries:
            self.cues.setdefault(row[0][0], []).append(row[0])
        self.river_cues = sorted((row[0] for row in rules.lexicon("place_river_cue").entries), key=len, reverse=True)
        self.features = sorted((row[0] for row in rules.lexicon("place_feature_suffix").entries),
                               key=len, reverse=True)
        self.feature_first = {f[0] for f in self.features}
        self._index(rules)
        self._common: dict[str, int] = {}
        self._info: dict = {}
        self._dinfos: dict = {}
        self._ctxs: dict = {}
        self._anc_codes: dict = {}
        self._chain_ok: dict = {}  # surfaces of a chain + the next -> readings continuing it
        self._tok_cache: dict = {}
        self._word_cache: dict = {}
        self._zone_of: dict = {}
        self._anc: dict = {}
        self._village_autos: dict = {}

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
            # per automaton value: (surface, its length - 1, readings, blocks the names inside)
            get, block_self = self.surfaces.get, self._block_self
            self._vinfo = [(w, len(w) - 1, get(w, []), bool(i & 1) or w in block_self)
                           for i, w in enumerate(w for w in self._words for _ in (0, 1))]
        finally:
            if gc_was:
                gc.enable()

    def _index_key(self, rules: RuleSet) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update(f"{INDEX_VERSION}|{sys.version}|{getattr(ahocorasick, '__version__', '')}".encode())
        here = Path(__file__).resolve().parent
        root = Path(rules.root)
        files = [here / "places.py", here / "gazetteer.py", here / "rules.py"]
        files += sorted(p for p in (root / "gazetteer").rglob("*") if p.is_file())
        files += sorted((root / "lexicons").glob("place_*.txt"))
        for f in files:
            h.update(str(f.relative_to(root) if f.is_relative_to(root) else f.name).encode() + b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
        compass = [abbr + row[0] for abbr in (r[0] for r in rules.lexicon("place_province_abbr").entries)
                   for row in rules.lexicon("place_compass").entries]
        h.update(repr([(w, self._tags.get(w)) for w in compass]).encode())
        return h.hexdigest()

    def _save_index(self, path: Path) -> None:
        memo: dict = {}

        def flat(e):  # Entry -> plain tuple, one per Entry object (shared as marshal refs)
            t = memo.get(id(e))
            if t is None:
                t = memo[id(e)] = tuple(e)
            return t

        gz = self.gz
        gz_surfaces = {s: [flat(e) for e in lst] for s, lst in gz.surfaces.items()}
        delta = {s: [flat(e) for e in lst] for s, lst in self.surfaces.items() if gz.surfaces.get(s) is not lst}
        data = (gz.div, gz.children, gz_surfaces, {c: flat(e) for c, e in gz.entry_of.items()},
                self.name_code, delta, self._block_self, self._town_only, self._town_shorts,
                self._town_shorts_at, self._town_short_two, self._words, pickle.dumps(self.auto, protocol=4))
        write_atomic(path, marshal.dumps(data))

    def _load_index(self, rules: RuleSet, path: Path) -> bool:
        try:  # only a file this user's key authenticates is unmarshalled (pipeline/cache.py)
            blob = read_verified(path)
            if blob is None:
                return False
            data = marshal.loads(blob)
            (div, children, gz_surfaces, entry_of, name_code, delta, block_self, town_only, town_shorts,
             town_shorts_at, town_short_two, words, auto) = data
            if not (all(isinstance(x, dict) for x in (div, children, gz_surfaces, entry_of, name_code, delta))
                    and isinstance(words, (list, tuple)) and isinstance(auto, bytes)):
                return False  # another shape: build
            auto = pickle.loads(auto)
            if not isinstance(auto, ahocorasick.Automaton) or auto.kind != ahocorasick.AHOCORASICK:
                return False
        except Exception:  # no cache yet, or a damaged one: build
            return False
        new = tuple.__new__
        memo: dict = {}  # id of a stored tuple -> its Entry (the same object where shared)
        get = memo.get

        def entries(lst):
            return [get(id(t)) or memo.setdefault(id(t), new(Entry, t)) for t in lst]

        gz = loaded(rules.root)
        if gz is None:
            for s, lst in gz_surfaces.items():
                gz_surfaces[s] = entries(lst)
            entry_of = {c: get(id(t)) or new(Entry, t) for c, t in entry_of.items()}
            root = Path(rules.root) / "gazetteer"
            gz = gazetteer(rules.root, lambda: Gazetteer.from_tables(root, div, children, gz_surfaces, entry_of))
        self.gz = gz
        self.name_code = name_code
        self.surfaces = dict(gz.surfaces)
        for s, lst in delta.items():
            self.surfaces[s] = entries(lst)
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
        # surfaces whose every reading is a town: the counties those towns lie in
        self._town_only: dict[str, tuple] = {}
        # short forms that only ever name a town (大湖, 西丽) stay out of the main
        # automaton: they count only under a county in reach, so each document looks
        # for those of its own counties (and a chain for those of the county before)
        self._town_shorts: dict[str, list[str]] = {}  # county code -> town short forms
        town_short_only = set()
        for surface, entries in self.surfaces.items():
            if all(e.level == "town" for e in entries):
                # the parents' own code strings, shared, not copies (memory)
                self._town_only[surface] = tuple({self.gz.div[e.code][2] for e in entries if e.code in self.gz.div})
                if all(e.form != "full" for e in entries):
                    town_short_only.add(surface)
                    for e in entries:
                        self._town_shorts.setdefault(e.code[:6], []).append(surface)
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

    # ---------------------------------------------------------------- helpers
    def surfaces_get(self, surface: str) -> list[Entry]:
        return self.surfaces.get(surface, [])

    def info(self, surface: str):
        """The readings of a surface split once per process: (admin, curated, towns, full
        admin readings)."""
        got = self._info.get(surface)
        if got is None:
            cands = self.surfaces_get(surface)
            admin = [e for e in cands if e.level in ADMIN]
            got = self._info[surface] = (
                admin, [e for e in cands if e.form.startswith("curated")],
                [e for e in cands if e.level == "town"], [e for e in admin if e.form == "full"])
        return got

    def commonness(self, surface: str) -> int:
        """0 a place-like word, 1 a common word, 2 a very common word (jieba's dictionary)."""
        c = self._common.get(surface)
        if c is None:
            freq = self._freq.get(surface) or 0
            tag = self._tags.get(surface, "")
            c = 0 if tag in PLACE_TAGS or freq < COMMON_FREQ else (1 if freq < VERY_COMMON_FREQ else 2)
            if c == 1 and tag in NAME_TAGS and any(e.level in ("province", "city") for e in self.surfaces_get(surface)):
                c = 0  # jieba tags many cities as person or other names (桂林 nr, 石家庄 nr)
            self._common[surface] = c
        return c

    def _tokens(self, text: str, lo: int, hi: int) -> dict:
        """jieba words of text[lo:hi] as {start: end}, without the HMM guesser: an unknown
        name (坪山) then stays apart instead of fusing with a neighbour (仅坪山, 坪/山用).
        jieba-rs through the segmenter (its words without HMM are jieba's exactly);
        tests/test_places.py checks them against jieba. The words tile the window, so
        their starts (and ``hi``) are its boundaries."""
        key = (lo, hi)
        got = self._tok_cache.get(key)
        if got is None:
            fast = self.seg._fast
            if fast is not None:
                got = {s + lo: e + lo for _w, s, e in fast.tokenize(text[lo:hi], "default", False)}
            else:  # pragma: no cover - without jieba-rs
                got = {s: e for _w, s, e in self.seg.cut(text[lo:hi], lo, hmm=False, fast=True)}
            self._tok_cache[key] = got
        return got

    def _breaks(self, text: str, end: int) -> bool:
        """Does a suffix-breaker word (市民, 区域) start at the name's last character?"""
        return any(text[end - 1:end - 1 + n] in self.breakers for n in self._breaker_lens)

    def _fend(self, text: str, h: "_Hit") -> int:
        """End of <name> + feature head when that compound is a word here, else 0."""
        if h.feature_end is None:
            h.feature_end = 0
            if h.end < len(text) and text[h.end] in self.feature_first:
                for suf in self.features:
                    if text.startswith(suf, h.end):
                        if self.is_word(text, h.start, h.end + len(suf)):
                            h.feature_end = h.end + len(suf)
                        break
        return h.feature_end

    def is_word(self, text: str, start: int, end: int, check_start: bool = True, prefix_ok: bool = False) -> bool:
        """Does jieba put word boundaries at ``start`` and ``end`` (a small window)?
        ``prefix_ok``: the name may also begin a longer word (北京大学, 深圳特区报)."""
        key = (start, end, check_start, prefix_ok)
        got = self._word_cache.get(key)
        if got is None:
            lo = start - WINDOW if start > WINDOW else 0
            hi = end + WINDOW
            if hi > len(text):
                hi = len(text)
            words = self._tokens(text, lo, hi)
            if check_start and start != lo and start not in words:
                got = False
            elif end >= hi or end in words:
                got = True
            else:
                got = prefix_ok and words.get(start, 0) > end
            self._word_cache[key] = got
        return got

    def under(self, entry: Entry, context: set) -> int:
        """Rank of the nearest context division above the entry: 1 province, 2 city,
        3 county (0: none)."""
        anc = self._anc.get(entry.code)
        if anc is None:
            if entry.code not in self.gz.div:
                return 0
            anc = self._anc[entry.code] = tuple((c, LEVEL_RANK[self.gz.div[c][0]])
                                                for c in self.gz.ancestors(entry.code))
        for code, rank in anc:
            if code in context:
                # a county right under a province-level city (北京市朝阳区) or under a
                # province directly (仙桃市) has that province as its city
                if rank == 1 and entry.level in ("county", "town") and len(anc) == (1 if entry.level == "county" else 2):
                    return 2
                return rank
        return 0

    def _note(self, entry: Entry, certain: set, named: set) -> None:
        """Record a division named with certainty (its code, its ancestors)."""
        code = entry.code
        anc = self._anc_codes.get(code)
        if anc is None and code in self.gz.div:
            anc = self._anc_codes[code] = (code, *self.gz.ancestors(code))
        if anc is not None:
            named.add(code)
            certain.update(anc)
        else:
            certain.update(self._codes_of_path(entry.path[:-1]))

    def _codes_of_path(self, names) -> list[str]:
        """Codes of a path of names from the province down (curated parents)."""
        out, parent = [], None
        for name in names:
            cands = [c for c in self.name_code.get(name, ()) if parent is None or self.gz.div[c][2] == parent]
            if len(cands) != 1:
                break
            parent = cands[0]
            out.append(parent)
        return out

    def _mention(self, start, end, text, rule_id, entry: Entry) -> Mention:
        rule = self.rules[rule_id]
        fields = {"name": entry.name, "level": entry.level, "adcode": entry.adcode,
                  "path": "/".join(entry.path)}
        return Mention(self.table, start, end, text[start:end], rule_id, fields, rule.priority)

    # ---------------------------------------------------------------- extract
    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        self._tok_cache = {}
        self._word_cache = {}
        hits, blocked = [], []
        vinfo = self._vinfo
        btext = _bytes_str(text)
        for byte_end, val in self.auto.iter(btext):
            if not byte_end & 1:
                continue  # a match across two characters' bytes
            surface, n1, cands, blocks = vinfo[val]
            end = (byte_end >> 1) + 1
            if blocks:
                blocked.append((end - n1 - 1, end, surface))
                if val & 1:
                    continue
            hits.append(_Hit(end - n1 - 1, end, surface, cands))
        if blocked:
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
            hits = [h for h in hits if id(h) not in redundant]

        out: list[Mention] = []
        certain: set[str] = set()  # codes of divisions named with certainty, and ancestors
        named_codes: set[str] = set()  # codes named with certainty
        zone_members: set[str] = set()
        in_chain = bytearray(len(text) + 1)  # 1 under a chain
        tails: dict = {}  # chain span -> start of its last name (长沙|岳麓 + 山 -> 岳麓山)
        chain_at: dict = {}  # a chain's start and end -> its entry

        # 2. chains (a town starts none: its parent would come first); hits by start,
        # the longest first (by_start's lists are so sorted)
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
                self._chain_from(text, h, by_start, out, tails, chain_at, in_chain, certain, named_codes)

        free = [h for h in hits if in_chain.find(1, h.start, h.end) < 0]

        # 3. context from certain names: full admin names, unique shorts, curated zones
        ctxs = self._ctxs
        for h in free:
            c = ctxs.get(h.surface)
            if c is None:
                c = self._ctx_of(h.surface)
            if not c:
                continue
            kind, e, needs_word = c
            if kind == 1:  # a special zone: its parents, its member towns
                certain.update(e)
                zone_members.update(needs_word)
            elif not needs_word or self.is_word(text, h.start, h.end):
                self._note(e, certain, named_codes)  # not 海城市 in 沿海城市

        # a name followed by a feature head (坪山河, 西丽湖) is judged as the compound
        # word: h.feature_end is set lazily by _fend() when a boundary is first asked

        # 4.-5. decide every free hit
        accepted: list[_Hit] = []
        for h in sorted(free, key=_start_end):
            counties = town_only.get(h.surface)
            if counties is not None and certain.isdisjoint(counties) and (
                    not zone_members or not any(e.code in zone_members for e in h.cands)) and (
                    len(h.cands) > 1 or h.cands[0].form != "full") and not (
                    h.cands[0].form == "full" and not certain.isdisjoint(self._cities_of(counties))):
                continue  # a town name with no county (nor, written in full, city) of it in reach
            self._decide(text, h, certain, zone_members)
            if h.entry is not None:
                accepted.append(h)
                if h.entry.level in ADMIN and (h.entry.form == "full" or h.evidence):
                    self._note(h.entry, certain, named_codes)
        # town short forms of the counties in reach (and of special zones' members)
        counties = {c for c in certain if len(c) == 6 and c in self._town_shorts}
        counties.update(m[:6] for m in zone_members if m[:6] in self._town_shorts)
        if counties:
            found = []  # every occurrence (str.find beats building an automaton per document)
            for surface in {s for c in counties for s in self._town_shorts[c]}:
                i = text.find(surface)
                while i >= 0:
                    found.append((i + len(surface) - 1, -len(surface), surface))
                    i = text.find(surface, i + 1)
            found.sort()
            taken = bytearray(len(text) + 1)  # the names accepted so far
            for h in accepted:
                taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            for end_idx, _n, surface in found:
                start = end_idx + 1 - len(surface)
                if in_chain[start] or taken.find(1, start, end_idx + 1) >= 0:
                    continue
                h = _Hit(start, end_idx + 1, surface, self.surfaces_get(surface))
                self._decide(text, h, certain, zone_members)
                if h.entry is not None:
                    accepted.append(h)
                    free.append(h)

        # second look, until nothing changes: a name that needs evidence is taken when a
        # list neighbour (、 和 与 —) is a place under the same city (province for a
        # city), or when the document names the same division with certainty elsewhere
        pending = [h for h in free if h.entry is None and h.kind.startswith("needs")]
        if pending:
            ends: dict[int, list[_Hit]] = {}
            starts: dict[int, list[_Hit]] = {}
            for o in free:
                if o.entry is not None or o.kind.startswith("needs"):
                    ends.setdefault(o.end, []).append(o)
                    starts.setdefault(o.start, []).append(o)
            changed = True
            connectors = self.route_connectors
            while changed:
                changed = False
                for h in pending:
                    if h.entry is not None:
                        continue
                    left = text[h.start - 1] if h.start >= 1 else ""
                    right = text[h.end:h.end + 1]
                    nbrs = []
                    if left in LIST_SEPARATORS:
                        nbrs += ends.get(h.start - 1, [])
                    if right in LIST_SEPARATORS:
                        nbrs += starts.get(h.end + 1, [])
                    pick = self._by_neighbour(h, nbrs) if nbrs else None
                    # a route needs a connector beside the name (_by_route)
                    if pick is None and connectors and ((h.start >= 2 and left in connectors) or right in connectors):
                        pick = self._by_route(text, h, accepted, chain_at, certain)
                    if pick is None and h.evidence:
                        # the division itself named with certainty, or (for a city) its province
                        pick = next((e for e in h.cands if e.level in ADMIN and (
                            e.code in certain or (e.level == "city" and self.under(e, certain)))), None)
                    if pick is not None and h.kind == "needs-evidence":
                        common = self.commonness(h.surface)
                        ranked = max(self.under(e, certain) for e in h.cands if e.level in ADMIN)
                        if not self._word_ok(text, h, common, ranked):
                            h.kind = "rejected"
                            continue
                    if pick is not None:
                        h.entry = pick
                        h.rule = self._rule_of(pick)
                        accepted.append(h)
                        changed = True
        # a county name with nothing of its own above it named (山城区 in 坪山城区) gives
        # way to an overlapping name the document's context supports (坪山)
        keep = accepted
        unsupported = [h for h in accepted if h.entry.level in ("county", "town") and not self.under(h.entry, certain)]
        if unsupported:
            supported = [h for h in accepted if h.entry.level not in ADMIN or self.under(h.entry, certain)
                         or h.entry.level == "province"]
            drop = {id(h) for h in unsupported if any(
                o is not h and o.start < h.end and h.start < o.end for o in supported)}
            if drop:
                keep = [h for h in accepted if id(h) not in drop]
        # a generic noun that is also a county's or town's short form (place_generic_heads:
        # 古城, 新城), right after a division it does not lie under, nor shares a city
        # with, is part of that name (巍山古城: not 丽江's 古城区)
        if any(h.surface in self.generic_heads for h in keep):
            before = dict(chain_at)
            before.update((o.end, o.entry) for o in keep if o.entry.level in ADMIN)
            keep = [h for h in keep if not (
                h.entry.level in ("county", "town") and h.rule in ("place.short", "place.town_short")
                and h.surface in self.generic_heads and h.start in before and before[h.start].level in ADMIN
                and before[h.start].code and (h.surface in self.site_heads
                                              or not self._near(h.entry, before[h.start])))]
        for h in keep:
            out.append(self._mention(h.start, h.end, text, h.rule, h.entry))

        # 6. villages under the counties the document names
        villages = {m.fields["adcode"] for m in out if m.fields["level"] == "village" and m.fields["adcode"]}
        out.extend(self._villages(text, certain, named_codes | {h.entry.code for h in accepted if h.entry.code}
                                  | {v[:6] for v in villages}, villages, btext))

        # 6b. a village the register does not hold, right after its county or town
        out.extend(self._unlisted_villages(text, out))
        # 6c. the villages listed after one (X镇A村、B村、C村)
        out.extend(self._village_list(text, out))

        # 7. features: <place> + 湾/河/湖/山/水库 ...
        feats = []
        for m in out:
            if m.fields["level"] in ("village", "region", "country"):
                continue
            if m.end >= len(text) or text[m.end] not in self.feature_first:
                continue
            if m.fields["level"] != "area" and text[m.end - 1] in ADMIN_SUFFIX_CHARS:
                continue  # a full official name ends the name: 海东市|河湟, not 海东市河
            for suf in self.features:
                if text.startswith(suf, m.end) and not any(
                        e.form.startswith("curated") for e in self.surfaces_get(text[m.start:m.end + len(suf)])):
                    end = m.end + len(suf)
                    if self.is_word(text, m.start, end, check_start=False):
                        name = text[tails.get((m.start, m.end), m.start):end]
                        path = m.fields["path"].split("/") if m.fields["path"] else []
                        if path:
                            if m.fields["level"] == "area":
                                path[-1] = name
                            else:
                                path.append(name)
                        e = Entry(name, "area", "", tuple(path), "feature")
                        feats.append(self._mention(m.start, end, text, "place.feature", e))
                    break
        feats.extend(self._cued_rivers(text, out + feats))
        return resolve_overlaps(out + feats)

    _RIVER = re.compile(r"[\u4e00-\u9fff]{2,3}?[江河溪](?=[\u4e00-\u9fff])")
    _RIVER_LEFT = set("的在于从至到、和与及，,（(“\n ")

    def _cued_rivers(self, text, mentions) -> list[Mention]:
        """A river the lexicons lack, named before a river cue (place_river_cue.txt:
        北门江流域, 汤池河谷), starting right after a place name (its path) or a function
        character; not a dictionary word of another kind (母亲河), no suffix of a division
        inside."""
        if not any(c in text for c in "江河溪"):
            return []
        ends = {m.end: m for m in mentions if m.fields["level"] not in ("country", "region")}
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        for i, ch in enumerate(text):
            if ch not in "江河溪" or covered[i]:
                continue
            end = i + 1
            if not any(text.startswith(c, end) for c in self.river_cues):
                continue
            for start in (i - 2, i - 3):
                if start < 0 or covered.find(1, start, end) >= 0:
                    continue
                left = text[start - 1] if start else "\n"
                if start not in ends and left not in self._RIVER_LEFT:
                    continue
                name = text[start:end]
                if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in ADMIN_SUFFIX_CHARS for c in name):
                    continue
                freq, tag = self._freq.get(name) or 0, self._tags.get(name, "")
                if freq and tag not in PLACE_TAGS:
                    continue
                parent = ends.get(start)
                path = tuple(p for p in parent.fields["path"].split("/") if p) if parent is not None else ()
                if parent is not None and parent.fields["level"] == "area":
                    path = path[:-1]
                out.append(self._mention(start, end, text, "place.feature", Entry(name, "area", "", path + (name,), "feature")))
                covered[start:end] = b"\x01" * (end - start)
                break
        return out

    # ---------------------------------------------------------------- chains
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
                common = self.commonness(nh.surface)
                # a town's short form that is a very common word joins no chain
                # (广东人民出版社); a common one only where it is a word (长沙黄花机场)
                if common and all(e.level == "town" or e.form.startswith("curated")
                                  for e in nh.cands if e.form != "full"):
                    if not any(e.form == "full" for e in nh.cands) and (
                            common == 2 or not self.is_word(text, nh.start, nh.end)):
                        continue
                # the readings that continue the chain depend on its surfaces only: cached
                key = skey + (nh.surface,)
                ok = cache.get(key)
                if ok is None:
                    if len(cache) > 200_000:
                        cache.clear()
                    # a town follows its own county or, a level skipped, its city (南宁吴圩,
                    # 昆明长水) — unless the name is also a curated feature (济南黄河: the river)
                    skip_ok = not any(e.form.startswith("curated") for e in nh.cands)
                    # only a division (or a zone) continues a chain: 横州市|西津库区 are two names
                    ok = cache[key] = [
                        e for e in nh.cands if e.level not in ("region", "country", "area")
                        and any(len(e.path) > len(p.path) and e.path[:len(p.path)] == p.path
                                and (e.level != "town" or len(e.path) == len(p.path) + 1
                                     or (skip_ok and p.level == "city" and len(e.path) == len(p.path) + 2))
                                for p in prev_entries)]
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
                if best is None or end > best[1]:
                    ents = sorted(ents, key=lambda e: (e.form != "full", e.code))
                    e = ents[0]
                    # a level skipped (昆明长水): the 街道 itself, as written after its city
                    skipped = e.level == "town" and any(
                        c.path == e.path[:-2] for c in parts[-2].cands) and end == hit.end
                    if e.level == "town" and e.form != "full" and e.name.endswith("街道") and not skipped:
                        # a 街道's short form names its urban area (海淀区中关村)
                        e = Entry(hit.surface, "area", "", e.path[:-1] + (hit.surface,), "street")
                    best = (parts[0].start, end, e, parts)

        first_ok = [e for e in first.cands if e.level not in ("region", "country", "area")]
        if first_ok:
            walk(first, first_ok, [first], (first.surface,))
        return best

    def _village_after(self, text, pos, towns):
        for t in towns:
            rows = self.gz.villages_of(t.code[:9])
            for code, name in sorted(rows, key=lambda r: -len(r[1])):
                if len(name) >= 2 and text.startswith(name, pos):
                    return self.gz.village_entry(code, name)
        return None

    # ---------------------------------------------------------------- decisions
    @staticmethod
    def _rule_of(e: Entry) -> str:
        if e.form.startswith("curated"):
            return {"special_zone": "place.zone", "region": "place.region", "country": "place.country",
                    "province": "place.zone"}.get(e.level, "place.area")
        return "place.full" if e.form == "full" else "place.short"

    def _share(self, e: Entry, f: Entry) -> bool:
        """Do two readings lie under the same city (the same province for a city)?"""
        if e.form.startswith("curated") or f.form.startswith("curated"):
            return e.form.startswith("curated") and f.form.startswith("curated") and e.level == f.level
        if not e.code or not f.code:
            return False
        if "city" in (e.level, f.level) or "province" in (e.level, f.level):
            return e.code[:2] == f.code[:2]
        return e.code[:4] == f.code[:4]

    @staticmethod
    def _near(e: Entry, o: Entry) -> bool:
        """Does ``e`` lie under ``o``, or share a city with it?"""
        if e.path[:len(o.path)] == o.path:
            return True
        return bool(e.code and o.code) and o.level != "province" and e.code[:4] == o.code[:4]

    def _by_route(self, text, h: _Hit, accepted, chain_at, certain) -> Entry | None:
        """A division's short form in a route name, across a connector from an accepted
        division, with a route head after the second name (大理至瑞丽铁路, 包头至惠农段)."""
        if self.commonness(h.surface):
            return None
        other_end = None
        if h.start >= 2 and text[h.start - 1] in self.route_connectors:
            left = h.start - 1
            if left in chain_at or any(o.end == left and o.entry is not None and o.entry.level in ADMIN
                                       for o in accepted):
                other_end = h.end
        if other_end is None and text[h.end:h.end + 1] in self.route_connectors:
            right = h.end + 1
            o = next((o for o in accepted if o.start == right and o.entry is not None
                      and o.entry.level in ADMIN), None)
            if o is not None:
                other_end = o.end
        if other_end is None:
            return None
        if not any(text.startswith(hd, other_end) for hd in self.route_heads):
            # a river or strait may stand before the head (兰考—东明黄河大桥)
            feat = next((k for k in range(4, 1, -1) if any(
                e.level == "area" and e.form.startswith("curated")
                for e in self.surfaces_get(text[other_end:other_end + k]))), 0)
            if not feat or not any(text.startswith(hd, other_end + feat) for hd in self.route_heads):
                return None
        admin = [e for e in h.cands if e.level in ("city", "county")]
        if not admin:
            return None
        admin.sort(key=lambda e: (-self.under(e, certain), e.form != "full", LEVEL_RANK[e.level], e.code))
        return admin[0]

    def _by_neighbour(self, h: _Hit, nbrs) -> Entry | None:
        mine = [e for e in h.cands if e.level in ADMIN or e.form.startswith("curated")]
        for o in nbrs:
            if o is h:
                continue
            theirs = [o.entry] if o.entry is not None else (
                [e for e in o.cands if e.level in ADMIN] if self.commonness(o.surface) == 0 else [])
            for e in sorted(mine, key=lambda e: (e.form.startswith("curated"), LEVEL_RANK[e.level], e.code)):
                if any(self._share(e, f) for f in theirs):
                    return e
        return None

    def _dinfo(self, surface: str):
        """What ``_decide`` asks of a surface's readings, worked out once per process."""
        admin, curated, towns, _full = self.info(surface)
        common = self.commonness(surface)
        full = any(e.form in ("full", "alias") for e in admin)  # 龙胜县: suffixed alias
        got = self._dinfos[surface] = (
            admin, towns, common, full,
            # may be a street's or a product's name (中山路, 普洱茶)
            not full and not curated and not any(e.form == "full" for e in towns),
            next((e for e in curated if e.level == "region"), None),
            [e for e in curated if e.form != CUED],  # 中欧班列, 西南 'south-west'
            all(e.level in ("county", "town") for e in admin if e.form == "full"),
            any(e.level in ("province", "city") for e in admin))
        return got

    def _ctx_of(self, surface: str):
        """What a free hit of ``surface`` tells of the document's context (step 3), worked
        out once per process: () nothing; (1, parent codes, member codes) a special zone;
        (2, entry, needs_word) a division named with certainty if it is a word there."""
        admin, curated, _towns, full = self.info(surface)
        c = ()
        if curated and not admin:
            e = curated[0]
            if e.level == "special_zone":
                c = (1, tuple(self._codes_of_path(e.path[:-1])), e.members)
        elif admin and self.commonness(surface) == 0:
            if len(full) == 1:
                c = (2, full[0], full[0].level not in ("province", "city"))
            elif len(admin) == 1 and not curated and admin[0].level in ("province", "city"):
                c = (2, admin[0], True)
        self._ctxs[surface] = c
        return c

    def _decide(self, text, h: _Hit, certain: set, zone_members: set) -> None:
        d = self._dinfos.get(h.surface)
        if d is None:
            d = self._dinfo(h.surface)
        admin, towns, common, full, wordy, region, curated, low_full, provcity = d
        if wordy and self._in_word(text, h):
            return  # a street's or a product's name (中山路, 普洱茶)
        if region is not None and self._region_cue(text, h):
            # a region before a region cue (关中地区, 西南地区, 中欧国家): jieba may join them
            h.entry, h.rule = region, "place.region"
            return
        if curated and not full and admin and not self._cued(text, h.end) and not (
                h.start and text[h.start - 1] in self.precues) and any(
                self.under(e, certain) >= 2
                # a feature of no one province (大兴安岭, the range) yields to a division
                # whose province the document names (大兴安岭地区 in a 黑龙江 report)
                or (len(curated[0].path) <= 1 and e.level == "city" and self.under(e, certain) >= 1)
                for e in admin):
            curated = []  # the division the context supports (崂山实验室 in Qingdao: 崂山区)
        if not curated and not admin and not towns:
            return
        if curated and not full:
            # a curated line is explicit: it wins over a rule-made short form (泰山 the
            # mountain, not 泰山区), not over a full official name; a feature cue after it
            # (径山脚下, 崂山风景区) settles it
            if self._cued(text, h.end) and curated[0].level == "area":
                h.entry, h.rule = curated[0], "place.area"
                return
            if len(h.surface) <= 2 and not self.is_word(text, h.start, self._fend(text, h) or h.end,
                                                         prefix_ok=common == 0):
                return  # 华中 in 龙华中心
            if common == 2:
                h.kind = "needs-evidence-curated"
                return
            e = curated[0]
            h.entry = e
            h.rule = {"special_zone": "place.zone", "region": "place.region", "country": "place.country",
                      "province": "place.zone"}.get(e.level, "place.area")
            return
        if admin:
            if full and common == 0:
                # 河源市民保: 市民 is the word, so the name is 河源, not 河源市 (but 深圳市委)
                if self._breaks(text, h.end):
                    return
                if low_full and max(
                        self.under(e, certain) for e in admin) < 2 and not self.is_word(text, h.start, h.end):
                    return  # 海城市 in 沿海城市: a county whose city is not named must be a word
                self._resolve_admin(h, certain)
                return
            ranked = max(self.under(e, certain) for e in admin)
            # its city named in the document, or a province or city itself; a county's
            # short form with no city above it named needs a neighbour (兴业 in 投资兴业,
            # 古城 in 南头古城), and so does a common word (光明, 资源, 城区)
            # a name-tagged short form (文昌 nr) whose city (or province, for a county right
            # under it) the document names is the county, like a place-like one
            strong = (common == 0 or (common == 1 and (
                self._fend(text, h) or (ranked >= 2 and self._tags.get(h.surface) in NAME_TAGS)))) and (
                ranked >= 2 or provcity)
            if not strong:
                h.kind = "needs-evidence"  # the word check comes on acceptance
                h.evidence = common < 2 and not full
                return
            if not self._word_ok(text, h, common, ranked):
                return
            self._resolve_admin(h, certain)
            return
        if towns:
            self._decide_town(text, h, towns, certain, zone_members, common)

    def _region_cue(self, text, h) -> int:
        """Length of a region cue (地区, 三省) right after ``h`` where the name before it
        starts a word (0: none)."""
        for cue in self.region_cues:
            if text.startswith(cue, h.end):
                return len(cue) if self.is_word(text, h.start, h.end + len(cue), prefix_ok=True) else 0
        return 0

    def _in_word(self, text, h) -> bool:
        """Is the name part of a street's or a product's name (place_word_heads.txt)?"""
        for head in self.word_heads.get(text[h.end:h.end + 1], ()):
            if not text.startswith(head, h.end):
                continue
            if self._freq.get(h.surface + head) and self.is_word(text, h.start, h.end + len(head)):
                return True
        return False

    def _cued(self, text, end) -> bool:
        """Does a feature cue (place_feature_cue.txt: 脚下, 流域, 风景区) start at ``end``?"""
        return any(text.startswith(c, end) for c in self.cues.get(text[end:end + 1], ()))

    def _word_ok(self, text, h: _Hit, common: int, ranked: int) -> bool:
        """A short form (or a common-word full name, 城区) must be a word where it stands;
        a place-like one may begin a longer word (北京大学, 深圳特区报)."""
        if self.is_word(text, h.start, self._fend(text, h) or h.end, prefix_ok=common == 0):
            return True
        # a place-like short form whose city the document names, with a clear left edge
        # (punctuation, a quote), need only start a word (“坪山城区”: jieba reads 山城);
        # 深惠城际 has no such edge
        return not common and ranked >= 2 and not (h.start > 0 and "\u4e00" <= text[h.start - 1] <= "\u9fff")

    def _resolve_admin(self, h: _Hit, certain: set, force: bool = False) -> None:
        admin = [e for e in h.cands if e.level in ADMIN]
        if not admin:
            return
        # a reading does not support another of the same name: 长沙 is 长沙市 though
        # 长沙县 lies under it, 吉林 the province though 吉林市 lies under it; the lower
        # reading needs context of its own (its city named for a county of another
        # city's name, 朝阳 in a Beijing report); a reading named with certainty elsewhere
        # (河北省 written in full) beats one whose city alone is named (天津's 河北区), and a
        # province's short form is the province
        if len(admin) > 1:
            own = {e.code for e in admin} & certain
            ctx = certain - own if own else certain
            ranked = sorted(admin, key=lambda e: (
                -(5 if e.level == "province" else 4 if e.code in own else self.under(e, ctx)),
                e.form != "full", LEVEL_RANK[e.level], e.code))
        else:
            ranked = admin
        h.entry = ranked[0]
        h.rule = "place.full" if h.entry.form == "full" else "place.short"

    def _decide_town(self, text, h, towns, certain, zone_members, common) -> None:
        full = any(e.form == "full" for e in towns)
        if not full and common:
            return
        members = [e for e in towns if e.code in zone_members]
        if not members and not any(self.under(e, certain) >= (2 if full else 3) for e in towns) and not (
                len(towns) == 1 and full and len(h.surface) >= 3 and common == 0):
            return  # no parent in reach: decided before asking jieba
        if not full and not self.is_word(text, h.start, self._fend(text, h) or h.end):
            return
        if members:
            e = members[0]
            zone = next((z for z in self._zones_of(e.code)), None)
            path = (zone.path + (e.name,)) if zone else e.path
            e = Entry(e.name, "town", e.code, path, e.form)
        else:
            inside = [e for e in towns if self.under(e, certain) >= 3]  # its county is named
            if inside:
                inside.sort(key=lambda e: (e.form != "full", e.code))
                e = inside[0]
            elif (len(towns) == 1 and full and len(h.surface) >= 3 and common == 0
                  and self.is_word(text, h.start, h.end)):  # not 龙胜乡 in 龙胜乡村
                e = towns[0]
            elif full and len(h.surface) >= 3 and common == 0 and len(
                    in_city := [e for e in towns if e.form == "full" and self.under(e, certain) == 2]) == 1 \
                    and self.is_word(text, h.start, h.end):
                e = in_city[0]  # written in full, the only one of the name under a city in reach
            else:
                return
        if e.form == "full" and not e.name.endswith(TOWN_SUFFIXES):
            return  # town-level zones without a town suffix (高新产业园) only in a chain
        if e.form == "full":
            h.entry, h.rule = e, "place.town"
        elif e.name.endswith("街道") or self._cued(text, h.end):
            # a 街道's short form names its urban area; before a feature cue (大围山国家
            # 森林公园) the short form names the feature
            area = Entry(h.surface, "area", "", e.path[:-1] + (h.surface,), "street")
            h.entry, h.rule = area, "place.town_short"
        else:
            h.entry, h.rule = e, "place.town_short"

    def _cities_of(self, counties) -> set:
        """The parents of the given county codes (a city, or a province for a county
        right under one)."""
        return {self.gz.div[c][2] for c in counties if c in self.gz.div}

    def _zones_of(self, code):
        if not self._zone_of:
            for entries in self.surfaces.values():
                for e in entries:
                    for m in e.members:
                        self._zone_of.setdefault(m, e if e.name == e.path[-1] else e)
        z = self._zone_of.get(code)
        return [z] if z is not None else []

    # ---------------------------------------------------------------- villages
    def _listed_village(self, m: Mention, name: str) -> Entry | None:
        """The register's village ``name`` under the town or county of mention ``m``."""
        code = m.fields["adcode"]
        if not code:
            return None
        prefix = code[:9] if m.fields["level"] == "town" else code[:6]
        hits = [c for c, n in self.gz.villages_of(prefix) if n == name]
        if len(hits) != 1 and m.fields["level"] == "town":  # a 2025 town code: search the county
            hits = [c for c, n in self.gz.villages_of(code[:6]) if n == name]
        return self.gz.village_entry(hits[0], name) if len(hits) == 1 else None

    def _unlisted_villages(self, text, mentions) -> list[Mention]:
        rule = self.rules["place.village_unlisted"]
        found, names = [], {}
        for m in mentions:
            if m.fields["level"] not in ("county", "town"):
                continue
            mm = rule.regex.match(text, m.end)
            if mm is None:
                continue
            name = mm.group("name")
            listed = self._listed_village(m, name)
            if listed is not None:  # the register has it after all (径山镇小古城村)
                names[name] = listed
                found.append(self._mention(m.start, mm.end(), text, "place.village", listed))
                continue
            if self._freq.get(name) or any(name == g or (not whole and name.endswith(g)) for g, whole in self.village_generic) \
                    or self.surfaces_get(name) or not self.is_word(text, m.end, mm.end()):
                continue
            path = tuple(p for p in m.fields["path"].split("/") if p) + (name,)
            e = Entry(name, "village", "", path, "unlisted")
            names[name] = e
            found.append(self._mention(m.start, mm.end(), text, rule.id, e))
        for name, e in names.items():  # the same name later in the document
            i = text.find(name)
            while i >= 0:
                if not any(f.start <= i < f.end for f in found):
                    rid = "place.village" if e.code else rule.id
                    found.append(self._mention(i, i + len(name), text, rid, e))
                i = text.find(name, i + len(name))
        return found


    def _village_list(self, text, mentions) -> list[Mention]:
        """Villages listed after a village (湖东村、湖西村和新田村): each item a name in
        村/社区 that is the register's village under the same town (county), or, not
        listed there, no dictionary word nor generic village word."""
        rule = self.rules["place.village_unlisted"]
        taken = {(m.start, m.end) for m in mentions}
        starts = {m.start for m in mentions}
        out = []
        for m in mentions:
            if m.fields["level"] != "village":
                continue
            path = tuple(p for p in m.fields["path"].split("/") if p)[:-1]
            code = m.fields["adcode"]
            pos = m.end
            while pos + 1 < len(text) and text[pos] in "、和及与" and pos + 1 not in starts:
                mm = rule.regex.match(text, pos + 1)
                if mm is None:
                    break
                name = mm.group("name")
                hits = [c for c, n in self.gz.villages_of(code[:9]) if n == name] if code else []
                if len(hits) == 1:
                    e = self.gz.village_entry(hits[0], name)
                    rid = "place.village"
                elif self._freq.get(name) or self.surfaces_get(name) or any(
                        name == g or (not whole and name.endswith(g)) for g, whole in self.village_generic) \
                        or not self.is_word(text, pos + 1, mm.end()):
                    break
                else:
                    e = Entry(name, "village", "", path + (name,), "unlisted")
                    rid = rule.id
                if (pos + 1, mm.end()) not in taken:
                    out.append(self._mention(pos + 1, mm.end(), text, rid, e))
                    taken.add((pos + 1, mm.end()))
                pos = mm.end()
        return out

    def _villages(self, text, certain, codes, named_villages=frozenset(), btext=None) -> list[Mention]:
        counties = frozenset(c for c in codes if c in self.gz.div and self.gz.div[c][0] == "county")
        if not counties:
            return []
        cached = self._village_autos.get(counties)
        if cached is None:
            names: dict[str, list] = {}
            for c in sorted(counties):
                for code, name in self.gz.villages_of(c):
                    if len(name) >= 3:
                        names.setdefault(name, []).append(code)
            auto = None
            if names:
                auto = ahocorasick.Automaton()
                for n in names:
                    auto.add_word(_bytes_str(n), n)
                auto.make_automaton()
            if len(self._village_autos) > 256:  # documents of one region share counties
                self._village_autos.clear()
            cached = self._village_autos[counties] = (auto, names)
        auto, names = cached
        if auto is None:
            return []
        out = []
        for byte_end, name in auto.iter(btext if btext is not None else _bytes_str(text)):
            if not byte_end & 1:
                continue
            end_idx = byte_end >> 1
            codes_ = names[name]
            if len(codes_) != 1:
                # a name several villages share: the one a chain named before (龙脊镇大寨村
                # ... 大寨村)
                codes_ = [c for c in codes_ if c in named_villages]
                if len(codes_) != 1:
                    continue
            start = end_idx - len(name) + 1
            if self.commonness(name) and not self.is_word(text, start, end_idx + 1):
                continue
            out.append(self._mention(start, end_idx + 1, text, "place.village",
                                     self.gz.village_entry(codes_[0], name)))
        return out
