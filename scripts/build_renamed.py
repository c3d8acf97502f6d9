#!/usr/bin/env python3
"""Build rules/gazetteer/renamed.tsv: former names of county-level divisions and the
current divisions that took their area (``python scripts/build_renamed.py AREACODES``).

Source: the area-diff files of the public CC0 data set ``yescallop/areacodes`` (GitHub),
which transcribe the Ministry of Civil Affairs' yearly change records of the county-level
and higher division codes (县级以上行政区划变更情况) with the official approvals: a line
``-140211 南郊区>平城区,云冈区,新荣区`` says that the record 140211 南郊区 was removed
and its area went to the divisions named after ``>``. AREACODES is a checkout of that
repository (its ``diff/`` folder); nothing is fetched by this script.

A removed county-level record whose name no current division bears is a former name;
its successors (the records created from it that year, where there are such) are followed through later changes (大同县 -> 云州区) until they reach
divisions of the current gazetteer (rules/gazetteer/divisions.tsv). Records removed
before ``--since`` (default 1990) are left out: later articles rarely use them. A
selector marked ``?`` (void) is skipped; ``_`` is the record's own name, ``.`` its own
code (the same record moved under another parent). Two-character names of a generic
stem (新区, 南区) are left out. A prefecture (地区, 盟) removed the year a city of the same
stem was created in its province (撤销哈密地区设立地级哈密市) is that city's former name.

Output: ``old_name <TAB> old_code <TAB> year_removed <TAB> successor codes (comma)``.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: one-character stems that make a generic word with a suffix (新区, 南区, 城区, 矿区)
GENERIC_STEMS = set("东南西北中新老城郊矿市县区")
LINE = re.compile(r"^-(\d{6}) (\S+?)>(.+)$")
PLUS = re.compile(r"^\+(\d{6}) (\S+?)<(.+)$")
#: a prefecture removed without a selector (撤销哈密地区设立地级哈密市: ``-652200 哈密地区``)
PREFECTURE = re.compile(r"^-(\d{4}00) (\S+?(?:地区|盟))$")
#: a prefecture-level record created (``+650500 哈密市``)
PREFECTURE_NEW = re.compile(r"^\+(\d{4}00) (\S+?)$")
#: suffixes of prefecture-level names: the stem a prefecture keeps as a city (哈密地区 -> 哈密市)
PREFECTURE_SUFFIXES = ("地区", "盟", "市")


def _stem(name: str) -> str:
    return next((name[: -len(s)] for s in PREFECTURE_SUFFIXES if name.endswith(s)), name)


def current(gaz: Path):
    """Current county-level and higher divisions: code -> (level, name, parent)."""
    div = {}
    for line in gaz.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        code, level, name, parent = line.split("\t")[:4]
        if level in ("province", "city", "county"):
            div[code] = (level, name, parent)
    return div


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("areacodes", help="a checkout of yescallop/areacodes (its diff/ folder is read)")
    ap.add_argument("--since", type=int, default=1990, help="first year of removals kept")
    ap.add_argument("--out", default=str(ROOT / "rules" / "gazetteer" / "renamed.tsv"))
    args = ap.parse_args(argv)
    div = current(ROOT / "rules" / "gazetteer" / "divisions.tsv")
    names = {}  # current name -> codes
    for code, (_lvl, name, _p) in div.items():
        names.setdefault(name, []).append(code)
    removed = []  # (year, code, name, selectors)
    created: dict[tuple, set] = {}  # (year, old name) -> names of the records created from it that year
    for f in sorted(Path(args.areacodes, "diff").glob("*.diff")):
        m = re.match(r"(\d{4})\d*-(\d{4})", f.stem)
        if not m:
            continue
        year = int(m.group(2))
        lines = [line.strip() for line in f.read_text(encoding="utf-8").splitlines()]
        # prefectures that became cities of the same stem that year (哈密地区 -> 哈密市): the
        # record names no successor, the city created beside it in the province is it
        cities = {}
        for line in lines:
            pn = PREFECTURE_NEW.match(line)
            if pn and not pn.group(1).endswith("0000"):
                cities.setdefault((pn.group(1)[:2], _stem(pn.group(2))), pn.group(2))
        for line in lines:
            pf = PREFECTURE.match(line)
            if pf and (pf.group(1)[:2], _stem(pf.group(2))) in cities:
                removed.append((year, pf.group(1), pf.group(2), [cities[(pf.group(1)[:2], _stem(pf.group(2)))]]))
        for line in lines:
            mm = LINE.match(line)
            if mm and not mm.group(1).endswith("00"):  # county level only
                removed.append((year, mm.group(1), mm.group(2), mm.group(3).split(",")))
            pm = PLUS.match(line.strip())
            if pm:
                for src in pm.group(3).split(","):
                    created.setdefault((year, src.rstrip("!?")), set()).add(pm.group(2))
    by_name: dict[tuple, list] = {}  # (province, name) -> removals of that name, latest last
    for r in sorted(removed):
        by_name.setdefault((r[1][:2], r[2]), []).append(r)

    def resolve(prov, sel, year, depth=0, level="county") -> list[str]:
        """Current codes a selector leads to (followed through later removals)."""
        if depth > 8 or sel.endswith("?"):
            return []
        sel = sel.rstrip("!")
        cands = [c for c in names.get(sel, ()) if c[:2] == prov and div[c][0] == level]
        if not cands:  # a name written with its city in front (大同市城区)
            for n in range(2, len(sel) - 1):
                head, rest = sel[:n], sel[n:]
                cities = [c for c in names.get(head, ()) if c[:2] == prov]
                cands = [c for c in names.get(rest, ()) for city in cities if div[c][2] == city]
                if cands:
                    break
        if len(cands) == 1:
            return cands
        later = [r for r in by_name.get((prov, sel), ()) if r[0] > year]
        if later:  # removed again later: follow it
            y, code, name, sels = later[0]
            return sorted({c for s in sels for c in resolve(prov, name if s == "_" else s, y, depth + 1)})
        return []

    rows = {}
    for year, code, name, sels in removed:
        if year < args.since or name in names or len(name) < 2:
            continue  # a name some division still bears is no former name
        if len(name) == 2 and name[0] in GENERIC_STEMS:
            continue  # 新区, 南区: a generic word, not a name
        # the records created from it that year are what it became; a division that
        # existed before and took a part of its area (a boundary change) is left out when
        # there are such (南郊区 -> 平城区, 云冈区; not 新荣区, which took one town)
        new = created.get((year, name), set())
        if any(s.rstrip("!") in new for s in sels):
            sels = [s for s in sels if s.rstrip("!") in new]
        succ = set()
        for s in sels:
            if s in (".", "..") or s.startswith("_"):
                continue  # the same name or code moved: not a renaming
            succ.update(resolve(code[:2], s, year, level="city" if code.endswith("00") else "county"))
        if succ:
            rows[(name, code)] = (year, sorted(succ))
    out = ["# former name\told code\tyear removed\tcurrent successors -- built by scripts/build_renamed.py "
           "from the MCA change records as transcribed by yescallop/areacodes (CC0)"]
    for (name, code), (year, succ) in sorted(rows.items(), key=lambda kv: kv[0][1]):
        out.append(f"{name}\t{code}\t{year}\t{','.join(succ)}")
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(rows)} former names -> {args.out}", file=sys.stderr)
    record_meta(Path(args.out).with_name("META.json"), len(rows), _commit(args.areacodes))
    return 0


def _commit(checkout: str) -> str:
    """The short commit of the areacodes checkout ("unknown" where it is no git checkout)."""
    try:
        got = subprocess.run(["git", "-C", checkout, "rev-parse", "--short=7", "HEAD"],
                             capture_output=True, text=True, check=True)
        return got.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record_meta(meta: Path, count: int, commit: str) -> dict:
    """This script's entry in the gazetteer's META.json (``sources.renamed`` and
    ``counts.renamed``), the rest of the file as it is; scripts/build_gazetteer.py keeps
    the entry when it writes the file again."""
    info = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {"sources": {}, "counts": {}}
    info.setdefault("sources", {})["renamed"] = {
        "repository": f"github:yescallop/areacodes (CC0 1.0), diff/*.diff at commit {commit}",
        "authority": "Ministry of Civil Affairs change records of county-level and higher division codes, "
                     "as transcribed there",
        "built_by": "scripts/build_renamed.py (removals since 1990, county level and prefectures become cities "
                    "of the same stem; successors followed to the current divisions)",
    }
    counts = info.setdefault("counts", {})
    counts["renamed"] = count
    info["counts"] = dict(sorted(counts.items()))
    meta.write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return info


if __name__ == "__main__":
    raise SystemExit(main())
