#!/usr/bin/env python3
"""Is a new evaluation text already in the project? (before annotating a fresh set)

    scripts/dupcheck.py NEW_FOLDER_OR_FILE ... [--gram 12] [--against tests/fixtures ../shared/seeds]

Every text of NEW is cut into character n-grams (whitespace dropped); a text sharing any
n-gram with a text under --against (every *.txt there, recursively, NEW excluded) is
printed with the share of its grams found and the files they come from. A new set must not
repeat an article (or a wire story's copy) the project already tunes or tests on.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def grams(text: str, n: int) -> set[str]:
    t = re.sub(r"\s+", "", text)
    return {t[i:i + n] for i in range(0, max(len(t) - n + 1, 0))}


def files(paths) -> list[Path]:
    out = []
    for p in paths:
        p = Path(p)
        out += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("new", nargs="+")
    ap.add_argument("--gram", type=int, default=12)
    ap.add_argument("--against", nargs="+", default=[str(ROOT / "tests/fixtures"), str(ROOT.parent / "shared/seeds"), str(ROOT / "corpus")])
    args = ap.parse_args(argv)
    new = files(args.new)
    new_set = {p.resolve() for p in new}
    index: dict[str, set[str]] = {}
    for p in files(args.against):
        if p.resolve() in new_set:
            continue
        for g in grams(p.read_text(encoding="utf-8", errors="replace"), args.gram):
            index.setdefault(g, set()).add(str(p))
    found = 0
    for p in new:
        gs = grams(p.read_text(encoding="utf-8", errors="replace"), args.gram)
        hits = Counter()
        shared = 0
        for g in gs:
            if g in index:
                shared += 1
                hits.update(index[g])
        if shared:
            found += 1
            top = ", ".join(f"{Path(f).parent.name}/{Path(f).name} ({c})" for f, c in hits.most_common(3))
            print(f"{p}: {shared}/{len(gs)} grams shared ({shared / max(len(gs), 1):.0%}) with {top}")
    print(f"{len(new)} texts, {found} sharing a {args.gram}-character run with the project's texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
