#!/usr/bin/env python3
"""Score facts.csv against hand-made fact gold (SPEC §8; gold format in docs/DECISIONS.md).

A fact is the tuple (doc, amount span, relation, project name, place name); precision,
recall and F1 are over those tuples. Also shown: the same over amount spans alone (was the
amount tied at all?) and, for amounts tied in both, how often each part agrees.

    scripts/score_facts.py --gold tests/fixtures/facts_unseen_gold.jsonl --pred build/unseen --set unseen
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
import unicodedata
from pathlib import Path


def _name(value: str | None) -> str | None:
    """A name as compared: full-width and half-width forms are one name (中国（上海）… is
    中国(上海)…: the gazetteer writes official brackets, annotators often type ASCII ones),
    and so are a traditional and a simplified writing (the projects table names 崀山溫泉小鎮
    崀山温泉小镇; gold keeps the name as the text writes it), character for character."""
    if not value:
        return None
    return unicodedata.normalize("NFKC", value).translate(_to_simplified())


@functools.lru_cache(maxsize=1)
def _to_simplified() -> dict:
    """The character table the pipeline reads traditional text with (pipeline/variants.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pipeline.variants import _tables
    return _tables()[0]


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_pred(out_dir: Path) -> tuple[set, dict]:
    """(doc ids of the run, {(doc, start, end): (relation, project, place)})."""
    docs = {r["doc_id"] for r in _csv(out_dir / "documents.csv")}
    amounts = {(r["doc_id"], r["mention_id"]): (int(r["start"]), int(r["end"])) for r in _csv(out_dir / "amounts.csv")}
    facts = {}
    for r in _csv(out_dir / "facts.csv"):
        start, end = amounts[(r["doc_id"], r["amount_id"])]
        facts[(r["doc_id"], start, end)] = (r["relation"], _name(r["project_name"]), _name(r["place_name"]))
    return docs, facts


def load_gold(path: Path, set_name: str | None, docs: set) -> dict:
    gold = {}
    for line in open(path, encoding="utf-8"):
        g = json.loads(line)
        if g.get("type") != "fact" or (set_name and g.get("set") != set_name) or g["doc"] not in docs:
            continue
        name = lambda k: _name((g[k] or {}).get("name"))  # noqa: E731
        gold[(g["doc"], g["amount"]["start"], g["amount"]["end"])] = (g["relation"], name("project"), name("place"))
    return gold


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict, pred: dict) -> dict:
    tuples = sum(1 for k, v in pred.items() if gold.get(k) == v)
    linked = sum(1 for k in pred if k in gold)
    both = [k for k in pred if k in gold]
    agree = {part: sum(1 for k in both if pred[k][i] == gold[k][i]) for i, part in
             enumerate(("relation", "project", "place"))}
    return {"facts": prf(tuples, len(pred), len(gold)), "amounts": prf(linked, len(pred), len(gold)),
            "agree": agree, "n_both": len(both), "n_gold": len(gold), "n_pred": len(pred)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path, help="a run's output folder (facts.csv, amounts.csv)")
    ap.add_argument("--set", help="only gold lines of this set (seeds, unseen, unseen3)")
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--all-docs", action="store_true",
                    help="every document of the run was annotated: facts predicted in a document with no gold "
                         "line count as false (by default only documents with a gold line are scored)")
    args = ap.parse_args(argv)
    docs, pred = load_pred(args.pred)
    gold = load_gold(args.gold, args.set, docs)
    if not args.all_docs:
        pred = {k: v for k, v in pred.items() if k[0] in {g[0] for g in gold} or not gold}
    s = score(gold, pred)
    label = args.set or args.gold.stem
    print(f"facts [{label}] gold {s['n_gold']}, predicted {s['n_pred']}")
    for what in ("facts", "amounts"):
        p, r, f = s[what]
        name = "tuples (amount, relation, project, place)" if what == "facts" else "amounts tied at all"
        print(f"  {name:44} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if s["n_both"]:
        print("  on amounts tied in both: " + ", ".join(f"{k} {v / s['n_both']:.0%}" for k, v in s["agree"].items()))
    if args.errors:
        for k in sorted(set(gold) | set(pred)):
            if gold.get(k) != pred.get(k):
                print(f"  {k[0]} {k[1]}-{k[2]}: gold {gold.get(k)}  pred {pred.get(k)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
