#!/usr/bin/env python3
"""Do a branch's added lines copy runs of evaluation text? (review of a helper branch)

    scripts/copycheck.py BASE [HEAD] [--gram 10] [--han 7] [--paths rules tests pipeline]

Every line the diff BASE..HEAD (HEAD defaults to the work tree) adds under --paths is cut
into character n-grams (whitespace dropped); a line with a run of --han Han characters sharing an n-gram with a text of the
seeds or of tests/fixtures is printed with the run and the text it comes from. Rule
examples and test sentences are invented (docs/HELPERS.md): a hit is a copy to rewrite,
unless the run is a register's name or a stock phrase any article would hold (say so in
DECISIONS). Gold files (*_gold.jsonl), the fixture texts themselves and rules/models/ are skipped.
Exit status 1 when any line hits.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HAN = re.compile(r"[\u4e00-\u9fff]")


def index(n: int) -> dict[str, str]:
    """n-gram -> the first text (path relative to the repo or shared) holding it."""
    out: dict[str, str] = {}
    for base in (ROOT / "tests/fixtures", SHARED / "seeds"):
        for p in sorted(base.rglob("*.txt")):
            t = re.sub(r"\s+", "", p.read_text(encoding="utf-8", errors="replace"))
            name = str(p.relative_to(base.parent))
            for i in range(len(t) - n + 1):
                out.setdefault(t[i:i + n], name)
    return out


def added_lines(base: str, head: str | None, paths: list[str]):
    cmd = ["git", "-C", str(ROOT), "diff", "-U0", base] + ([head] if head else []) + ["--"] + paths
    diff = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    path = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith("+") and path and not path.endswith("_gold.jsonl") and "/fixtures/" not in path \
                and not path.startswith("rules/models/"):
            yield path, line[1:]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("head", nargs="?")
    ap.add_argument("--gram", type=int, default=10)
    ap.add_argument("--han", type=int, default=7, help="Han characters a run needs (dates and codes are not copies)")
    ap.add_argument("--paths", nargs="+", default=["rules", "tests", "pipeline"])
    args = ap.parse_args(argv)
    grams = index(args.gram)
    hits = 0
    for path, line in added_lines(args.base, args.head, args.paths):
        t = re.sub(r"\s+", "", line)
        for i in range(len(t) - args.gram + 1):
            run = t[i:i + args.gram]
            src = grams.get(run)
            if src and len(HAN.findall(run)) >= args.han:
                hits += 1
                print(f"{path}: {t[i:i + args.gram]!r} from {src}")
                break
    print(f"{hits} added line(s) copy a run of {args.gram} characters", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
