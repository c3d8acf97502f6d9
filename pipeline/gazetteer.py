"""China's administrative divisions (rules/gazetteer/, built by scripts/build_gazetteer.py).

``Gazetteer.load(rules_dir)`` reads province, city, county and town (about 42,000 rows)
once per process; villages are read lazily, one province file at a time. Short forms are
generated here by rule from the full names, with the suffix list
``rules/lexicons/place_suffix.txt`` and the ethnic names ``rules/lexicons/place_ethnic.txt``:

    南山区 -> 南山; 广西壮族自治区 -> 广西; 龙胜各族自治县 -> 龙胜, 龙胜县; 内蒙古自治区 -> 内蒙古

A short form keeps at least two characters. Every surface (full name, short form, alias)
maps to a list of :class:`Entry` candidates; disambiguation is the extractor's job.
"""
from __future__ import annotations

import gzip
import threading
import weakref
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .codetable import CodeTable

LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3, "special_zone": 3, "town": 4,
              "village": 5, "region": 0, "area": 6}


VILLAGE_ROWS_KEPT = 16  # village row lists kept made (a county's: a few hundred rows, ~100 KB)


class Entry(NamedTuple):
    """One candidate reading of a surface."""

    name: str  # full official name
    level: str  # province|city|county|town|village|special_zone|region|area|country
    code: str  # division code as stored ('' for curated entries without one)
    path: tuple  # names from the province down, the entry's own name last
    form: str  # full | short | alias | curated
    members: tuple = ()  # codes administered by a special zone

    @property
    def adcode(self) -> str:
        """6 digits for province..county; 12 (statistical) for town and village (SPEC §5);
        empty where unknown (a 9-digit key: a 2025 town with no 2023 code)."""
        return self.code if len(self.code) in (6, 12) else ""

    @property
    def path_text(self) -> str:
        return "/".join(self.path)


def _lexicon_rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if cols[0]:
            yield cols


class Gazetteer:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.div: dict[str, tuple[str, str, str]] = {}  # code -> (level, name, parent)
        self.children: dict[str, list[str]] = {}
        self.surfaces: dict[str, list[Entry]] = {}
        self.entry_of: dict[str, Entry] = {}  # code -> full-name entry
        self._villages: dict[str, CodeTable] = {}  # province prefix -> its villages (compact)
        self._village_rows: dict[str, list] = {}  # code prefix -> rows made from them (bounded)
        self._towns2023: CodeTable | None = None
        self._vlock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_tables(cls, root: Path, div: dict, children: dict, surfaces: dict, entry_of: dict) -> "Gazetteer":
        """A gazetteer from tables :meth:`load` made before (places' start-up cache)."""
        gz = cls(root)
        gz.div, gz.children, gz.surfaces, gz.entry_of = div, children, surfaces, entry_of
        return gz

    @classmethod
    def load(cls, rules_root: str | Path) -> "Gazetteer":
        rules_root = Path(rules_root)
        gz = cls(rules_root / "gazetteer")
        suffixes, ethnic = name_rules(rules_root)
        paths: dict[str, tuple] = {"": ()}
        stems: list = []  # (code, short stem): what contractions are made from
        with (gz.root / "divisions.tsv").open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                code, level, name, parent, _src = line.rstrip("\n").split("\t")
                gz.div[code] = (level, name, parent)
                if parent:
                    gz.children.setdefault(parent, []).append(code)
        for code, (level, name, _parent) in gz.div.items():
            path = paths.get(_parent)
            if path is None:
                path = paths[_parent] = gz.path_names(_parent)
            path = path + (name,)
            if level != "town":
                paths[code] = path
            full = Entry(name, level, code, path, "full")
            gz.entry_of[code] = full
            gz._add(name, full)
            for form, surface in short_forms(name, level, suffixes, ethnic):
                gz._add(surface, Entry(name, level, code, path, form))
                if form == "short":
                    stems.append((code, surface))
        gz._add_contractions(rules_root, stems)
        return gz

    def _add_contractions(self, rules_root: Path, stems: list) -> None:
        """Conventional contractions of long names (place_contractions.txt: 锡林郭勒盟 -> 锡盟,
        土默特左旗 -> 土左旗), form ``alias``, made from the divisions' short stems
        (``stems``: (code, stem), in code order). A contraction written inside another
        division's name, not at its start, is left out (西双版纳 would give 西州, the end of 湘西州)."""
        rows = contraction_rows(rules_root)
        if not rows:
            return
        made = {}
        div = self.div
        for code, stem in stems:
            level, name, _parent = div[code]
            c = contraction(name, level, stem, rows)
            if c and c != name:
                made.setdefault(c, []).append(code)
        if not made:
            return
        # every surface but its first character, one string (no surface holds a newline)
        rests = "\n".join([s[1:] for s in self.surfaces])
        inside = {c for c in made if c in rests}
        for c, codes in made.items():
            if c in inside:
                continue
            for code in codes:
                e = self.entry_of[code]
                self._add(c, Entry(e.name, e.level, e.code, e.path, "alias"))

    def _add(self, surface: str, entry: Entry) -> None:
        lst = self.surfaces.get(surface)
        if lst is None:
            self.surfaces[surface] = [entry]
        elif entry not in lst:
            lst.append(entry)

    # ------------------------------------------------------------------ lookups
    def path_names(self, code: str) -> tuple:
        out = []
        while code:
            level, name, parent = self.div[code]
            out.append(name)
            code = parent
        return tuple(reversed(out))

    def ancestors(self, code: str) -> list[str]:
        """Codes above ``code``, nearest first."""
        out = []
        code = self.div.get(code, ("", "", ""))[2]
        while code:
            out.append(code)
            code = self.div[code][2]
        return out

    def get(self, surface: str) -> list[Entry]:
        return self.surfaces.get(surface, [])

    def towns2023(self) -> CodeTable:
        """The 2023 towns: 9-digit code -> name (``.get`` as a dict's; compact)."""
        if self._towns2023 is None:
            self._towns2023 = CodeTable.read(self.root / "towns2023.tsv.gz", 9, last_wins=True)
        return self._towns2023

    def villages_of(self, prefix: str) -> list[tuple[str, str]]:
        """(code, name) of villages whose 12-digit code starts with ``prefix`` (≥ 2 digits);
        the province file is read on first use into a compact table (pipeline/codetable.py);
        the rows of the last :data:`VILLAGE_ROWS_KEPT` prefixes asked for are kept."""
        with self._vlock:
            rows = self._village_rows.get(prefix)
            if rows is not None:
                return rows
            rows = self._village_table(prefix[:2]).rows("" if len(prefix) <= 2 else prefix)
            if len(self._village_rows) >= VILLAGE_ROWS_KEPT:
                self._village_rows.clear()
            self._village_rows[prefix] = rows
            return rows

    def village_names_of(self, prefix: str) -> list[str]:
        """The names of :meth:`villages_of` (code order), without making or keeping the rows."""
        with self._vlock:
            table = self._village_table(prefix[:2])
        return table.names_of("" if len(prefix) <= 2 else prefix)

    def village_codes_named(self, prefix: str, name: str) -> list[str]:
        """Codes of the villages under ``prefix`` (≥ 2 digits) named ``name``, in code order:
        ``[c for c, n in villages_of(prefix) if n == name]`` without making the rows."""
        with self._vlock:
            table = self._village_table(prefix[:2])
        return table.codes_named("" if len(prefix) <= 2 else prefix, name)

    def _village_table(self, prov: str) -> CodeTable:
        """One province's villages, read on first use (the caller holds ``_vlock``)."""
        table = self._villages.get(prov)
        if table is None:
            table = self._villages[prov] = CodeTable.read(self.root / "villages" / f"{prov}.tsv.gz", 12)
        return table

    def load_villages(self) -> None:
        """Read every province's villages and the 2023 towns now (a process pool does this
        before it forks: the tables are flat arrays and strings, which the workers then
        share instead of each reading its own copy)."""
        self.towns2023()
        for path in sorted((self.root / "villages").glob("*.tsv.gz")):
            with self._vlock:
                self._village_table(path.name[:2])

    def village_entry(self, code: str, name: str) -> Entry:
        """A village entry with its path; the town is named by the 2023 list (by code)."""
        county = code[:6]
        town_name = self.towns2023().get(code[:9], "")
        head = self.path_names(county) if county in self.div else ()
        path = head + ((town_name,) if town_name else ()) + (name,)
        return Entry(name, "village", code, path, "full")

    def town_code9(self, code: str) -> str:
        """The 9-digit statistical prefix its villages share (towns are keyed by 12 digits)."""
        return code[:9]


@lru_cache(maxsize=4)
def name_rules(rules_root: Path) -> tuple[dict, list]:
    """What :func:`short_forms` makes short forms with: the suffix rows of place_suffix.txt
    by last character (longest suffix first) and the ethnic names of place_ethnic.txt."""
    suffixes: dict[str, list] = {}  # last character -> rows, longest suffix first
    for c in sorted(_lexicon_rows(rules_root / "lexicons" / "place_suffix.txt"), key=lambda c: -len(c[0])):
        levels = frozenset(c[1].split(",")) if len(c) > 1 and c[1] else None
        suffixes.setdefault(c[0][-1], []).append((c[0], levels, c[2] if len(c) > 2 else ""))
    ethnic = sorted((c[0] for c in _lexicon_rows(rules_root / "lexicons" / "place_ethnic.txt")), key=len, reverse=True)
    return suffixes, ethnic


def short_forms(name: str, level: str, suffixes, ethnic) -> list[tuple[str, str]]:
    """Short forms of one official name: [(form, surface)], form 'short' or 'alias'.

    ``suffixes`` maps a suffix's last character to (suffix, levels, alias suffix) rows."""
    for suf, levels, alias in suffixes.get(name[-1], ()):
        if (levels and level not in levels) or not name.endswith(suf) or len(name) <= len(suf):
            continue
        stem = name[: -len(suf)]
        if "族" in stem or "各" in stem or "维吾尔" in stem or "蒙古" in stem or "哈萨克" in stem:
            changed = True
            while changed:
                changed = False
                for e in ethnic:
                    if stem.endswith(e) and len(stem) - len(e) >= 2:
                        stem = stem[: -len(e)]
                        changed = True
            if stem in ethnic and stem.endswith("族") and len(stem) >= 3:
                # a division named after its people alone (东乡族自治县, 鄂温克族自治旗): the
                # name without 族 is its short form (东乡, 东乡县; 鄂温克旗)
                stem = stem[:-1]
        out = []
        if len(stem) >= 2 and stem != name:
            out.append(("short", stem))
            for a in alias.split(",") if alias else ():  # 县,自治县: 秀山县 and 秀山自治县
                if stem + a != name:
                    out.append(("alias", stem + a))
        return out
    return []


def contraction_rows(rules_root: Path) -> list:
    """The rows of place_contractions.txt: (official suffix, level, stem pattern, template)."""
    path = Path(rules_root) / "lexicons" / "place_contractions.txt"
    if not path.exists():
        return []
    import regex
    return [(c[0], c[1], regex.compile(c[2]), c[3]) for c in _lexicon_rows(path) if len(c) >= 4]


def contraction(name: str, level: str, stem: str, rows) -> str | None:
    """The contraction of one official name by the first row whose suffix and level it has
    and whose pattern its short stem matches (the template's {group}s filled from it)."""
    for suffix, lvl, pattern, template in rows:
        if lvl == level and name.endswith(suffix):
            m = pattern.match(stem)
            if m is not None:
                return template.format(**m.groupdict())
    return None


#: rules directory -> its gazetteer, while something uses it (a places extractor holds it): a
#: gazetteer no extractor holds any more is freed (a test over a copy of the rules made one
#: per copy, ~45 MB each, and kept them all for the rest of the process)
_cache: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
_cache_lock = threading.Lock()


def gazetteer(rules_root: str | Path, make=None) -> Gazetteer:
    """The process-wide gazetteer of a rules directory (loaded once while it is in use;
    ``make()``, when given, builds it instead of :meth:`Gazetteer.load`, e.g. from a cache)."""
    key = str(Path(rules_root).resolve())
    with _cache_lock:
        gz = _cache.get(key)
        if gz is None:
            gz = _cache[key] = make() if make is not None else Gazetteer.load(rules_root)
        return gz


def loaded(rules_root: str | Path) -> Gazetteer | None:
    """The process-wide gazetteer of a rules directory if it is loaded already."""
    with _cache_lock:
        return _cache.get(str(Path(rules_root).resolve()))
