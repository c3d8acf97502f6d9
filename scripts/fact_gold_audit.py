#!/usr/bin/env python3
"""List tuning fact-gold lines whose place comes from outside the amount's sentence (issue 13, round 22).

SPEC §8: the place of a fact is the most specific place of its project's name or clause; an amount in a
sentence that names no place and no project gets no fact row (docs/ANNOTATING.md, "Points where annotators
have drifted"). This lists, for reading, every tuning gold line whose place span lies outside the amount's
sentence and whose project (if any) lies outside it too, with the sentence, the places and projects a run
found in it, and a first sort:

  drop?     the sentence names no place and no project in the run's tables, nor 该项目/项目/工程 words
  look      the sentence names some place or project (the run's tables) or a project word: read it

    scripts/fact_gold_audit.py RUNROOT [SET ...]

RUNROOT holds one run folder per set (for sentences.csv, places.csv, projects.csv). Tuning sets only: the
test sets' fact gold is never read here (facts_unseen_gold's unseen3 lines are skipped).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from facts_causes import SETS  # noqa: E402

PROJECT_WORDS = ("该项目", "项目", "工程", "园区", "基地")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def audit(run_root: Path, sets: list[str]) -> list[dict]:
    out = []
    for set_name in sets:
        gold_file = ROOT / "tests" / "fixtures" / f"facts_{SETS[set_name]}_gold.jsonl"
        run = run_root / set_name
        sents = _rows(run / "sentences.csv")
        places = _rows(run / "places.csv")
        projects = _rows(run / "projects.csv")
        for n, line in enumerate(open(gold_file, encoding="utf-8"), 1):
            g = json.loads(line)
            if g.get("type") != "fact" or g.get("set") != set_name or not g.get("place"):
                continue
            doc, a = g["doc"], g["amount"]
            sent = next((s for s in sents if s["doc_id"] == doc and int(s["start"]) <= a["start"] < int(s["end"])), None)
            if sent is None:
                continue
            lo, hi = int(sent["start"]), int(sent["end"])
            inside = lambda m: m and lo <= m["start"] < hi  # noqa: E731
            if inside(g["place"]) or inside(g.get("project")):
                continue
            in_places = [p["text"] for p in places if p["doc_id"] == doc and lo <= int(p["start"]) < hi]
            in_projects = [p["text"] for p in projects if p["doc_id"] == doc and lo <= int(p["start"]) < hi]
            words = [w for w in PROJECT_WORDS if w in sent["text"]]
            named = g["place"]["name"] in sent["text"] or g["place"]["text"] in sent["text"]
            sort = "look" if (in_places or in_projects or words or named) else "drop?"
            out.append({"file": gold_file.name, "line": n, "set": set_name, "doc": doc, "amount": a,
                        "project": (g.get("project") or {}).get("text"), "place": g["place"]["text"],
                        "relation": g["relation"], "sentence": sent["text"], "sent_start": lo,
                        "places": in_places, "projects": in_projects, "words": words, "named": named, "sort": sort})
    return out


def main(argv: list[str]) -> None:
    run_root = Path(argv[0])
    sets = argv[1:] or list(SETS)
    for r in audit(run_root, sets):
        s, k = r["sentence"], r["amount"]["start"] - r["sent_start"]
        marked = s[:k] + "【" + r["amount"]["text"] + "】" + s[k + len(r["amount"]["text"]):].replace("\n", " ")
        print(f"{r['sort']}\t{r['file']}:{r['line']}\t{r['set']}\t{r['doc']}\t{r['amount']['start']}-{r['amount']['end']}"
              f"\t{r['amount']['text']}\t{r['relation']}\tproj={r['project']}\tplace={r['place']}"
              f"\tP={'/'.join(r['places'])}\tJ={'/'.join(r['projects'])}\tW={'/'.join(r['words'])}\t{marked}")


if __name__ == "__main__":
    main(sys.argv[1:])
