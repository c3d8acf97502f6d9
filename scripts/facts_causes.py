#!/usr/bin/env python3
"""Put each disagreement of a run with the fact gold of the tuning sets in one cause (issue 13, round 10).

    scripts/facts_causes.py PREDROOT [SET ...] [-v]

PREDROOT holds one run folder per set (PREDROOT/seeds, PREDROOT/unseen, …). Causes, tried in this order:

  mention   the gold's amount, project or place is not in the run's mention tables (by name, and by a span
            that overlaps the gold's), or the run ties a project, place or amount that is no gold mention
  tie       the amount is tied in one and not in the other
  link      project or place differ (the relation may differ too)
  relation  only the relation differs

Tuning sets only: the test sets' fact gold is never read here.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from score_facts import _name, load_gold, load_pred  # noqa: E402

SETS = {"seeds": "seeds", "unseen": "unseen", "unseen2": "tune", "unseen4": "tune", "unseen5": "tune",
        "unseen8": "tune2", "unseen9": "tune2", "unseen10": "tune2", "unseen11": "tune2", "unseen25": "tune3",
        "unseen26": "tune3", "unseen28": "tune4", "unseen29": "tune4", "unseen37": "tune5", "unseen38": "tune5",
        "unseen52": "tune6", "unseen53": "tune6",
        "unseen59": "tune7", "unseen60": "tune7", "unseen62": "tune8", "unseen63": "tune8", "unseen65": "tune9", "unseen66": "tune9", "unseen67": "tune10", "unseen68": "tune10", "unseen70": "tune11", "unseen71": "tune11", "unseen73": "tune12", "unseen74": "tune12", "unseen75": "tune13", "unseen76": "tune14", "unseen78": "tune15", "unseen80": "tune16", "unseen82": "tune17", "unseen84": "tune18", "unseen86": "tune19", "unseen88": "tune20", "unseen90": "tune21", "unseen91": "tune22", "unseen93": "tune23", "unseen94": "tune24", "unseen96": "tune25", "unseen97": "tune26", "unseen98": "tune27", "unseen99": "tune28", "unseen100": "tune29", "unseen102": "tune30", "unseen103": "tune31", "unseen104": "tune32", "unseen105": "tune33", "unseen107": "tune34", "unseen108": "tune35", "unseen109": "tune36", "unseen110": "tune37", "unseen112": "tune38", "unseen113": "tune39", "unseen115": "tune40", "unseen116": "tune41", "unseen117": "tune42", "unseen118": "tune43", "unseen120": "tune44", "unseen121": "tune45", "unseen122": "tune46", "unseen123": "tune47", "unseen124": "tune48", "unseen125": "tune49", "unseen126": "tune50", "unseen127": "tune51", "unseen128": "tune52", "unseen135": "tune56", "unseen136": "tune57", "unseen137": "tune58", "unseen138": "tune59", "unseen139": "tune60", "unseen140": "tune61", "unseen141": "tune62", "unseen142": "tune63", "unseen143": "tune64", "unseen145": "tune66", "unseen144": "tune65", "unseen146": "tune67", "unseen147": "tune68", "unseen148": "tune69", "unseen149": "tune70", "unseen150": "tune71", "unseen151": "tune72", "unseen152": "tune73", "unseen154": "tune74", "unseen155": "tune75", "unseen131": "tune53", "unseen132": "tune54", "unseen134": "tune55", "unseen156": "tune76", "unseen163": "tune80", "unseen164": "tune81", "unseen165": "tune82", "unseen166": "tune83", "unseen167": "tune84", "unseen168": "tune85", "unseen169": "tune86", "unseen170": "tune87", "unseen171": "tune88", "unseen172": "tune89", "unseen173": "tune90", "unseen174": "tune91", "unseen175": "tune92", "unseen176": "tune93", "unseen177": "tune94", "unseen178": "tune95", "unseen179": "tune96", "unseen180": "tune97", "unseen181": "tune98", "unseen182": "tune99", "unseen183": "tune100", "unseen184": "tune101", "unseen185": "tune102", "unseen186": "tune103", "unseen187": "tune104", "unseen188": "tune105", "unseen189": "tune106", "unseen193": "tune110", "unseen194": "tune111", "unseen195": "tune112", "unseen196": "tune113", "unseen197": "tune114", "unseen190": "tune107", "unseen191": "tune108", "unseen192": "tune109", "unseen198": "tune115", "unseen199": "tune116", "unseen200": "tune117", "unseen201": "tune118", "unseen202": "tune119", "unseen203": "tune120", "unseen204": "tune121", "unseen205": "tune122", "unseen158": "tune77", "unseen159": "tune78", "unseen160": "tune79", "unseen211": "tune126", "unseen212": "tune127", "unseen213": "tune128", "unseen214": "tune129", "unseen206": "tune123", "unseen207": "tune124", "unseen208": "tune125", "unseen215": "tune130", "unseen216": "tune131", "unseen219": "tune132", "unseen220": "tune133", "unseen221": "tune134"}
ALL_DOCS = {"tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34", "tune35", "tune36", "tune37", "tune38", "tune39", "tune40", "tune41", "tune42", "tune43", "tune44", "tune45", "tune46", "tune47", "tune48", "tune49", "tune50", "tune51", "tune52", "tune56", "tune57", "tune58", "tune59", "tune60", "tune61", "tune62", "tune63", "tune64", "tune66", "tune65", "tune67", "tune68", "tune69", "tune70", "tune71", "tune72", "tune73", "tune74", "tune75", "tune53", "tune54", "tune55", "tune76", "tune80", "tune81", "tune82", "tune83", "tune84", "tune85", "tune86", "tune87", "tune88", "tune89", "tune90", "tune91", "tune92", "tune93", "tune94", "tune95", "tune96", "tune97", "tune98", "tune99", "tune100", "tune101", "tune102", "tune103", "tune104", "tune105", "tune106", "tune110", "tune111", "tune112", "tune113", "tune114", "tune107", "tune108", "tune109", "tune115", "tune116", "tune117", "tune118", "tune119", "tune120", "tune121", "tune122", "tune77", "tune78", "tune79", "tune126", "tune127", "tune128", "tune129", "tune123", "tune124", "tune125", "tune130", "tune131", "tune132", "tune133", "tune134"}
CAUSES = ("mention", "relation", "link", "tie")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def mentions_of_run(run: Path) -> dict:
    """{(doc, 'project'|'place'): {(name, start, end)}, (doc, 'amount'): {(start, end)}} of a run's tables."""
    out = collections.defaultdict(set)
    for table, kind in (("projects", "project"), ("places", "place")):
        for r in _rows(run / f"{table}.csv"):
            out[(r["doc_id"], kind)].add((_name(r["name"]), int(r["start"]), int(r["end"])))
    for r in _rows(run / "amounts.csv"):
        out[(r["doc_id"], "amount")].add((int(r["start"]), int(r["end"])))
    return out


def mentions_of_gold(path: Path) -> dict:
    """{(doc, kind): {name}} and {(doc, 'amount'): {(start, end)}} of a mention gold file."""
    out = collections.defaultdict(set)
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["type"] in ("project", "place"):
            out[(d["doc"], d["type"])].add(_name(d.get("name") or d["text"]))
        elif d["type"] == "amount":
            out[(d["doc"], "amount")].add((d["start"], d["end"]))
    return out


def fine_cause(key, gold_line, gv, pv, run_m, gold_m) -> tuple[str, str]:
    """(cause, detail) of one disagreement: key (doc, start, end); gold_line the gold's fact line (or
    None); gv, pv the (relation, project, place) of gold and run (or None). detail names the mention
    table at fault (amount/project/place, missing from the run or extra in it) or what the linker did."""
    doc = key[0]
    if gv:
        if (key[1], key[2]) not in run_m[(doc, "amount")]:
            return "mention", "amount missing"
        for i, kind in ((1, "project"), (2, "place")):
            o = (gold_line or {}).get(kind) or {}
            if gv[i] and not any(n == gv[i] and (o.get("start") is None or (s < o["end"] and o["start"] < e))
                                 for n, s, e in run_m[(doc, kind)]):
                return "mention", f"{kind} missing"
    if pv:
        if (key[1], key[2]) not in gold_m[(doc, "amount")]:
            return "mention", "amount extra"
        for i, kind in ((1, "project"), (2, "place")):
            if pv[i] and pv[i] not in gold_m[(doc, kind)] and not (gv and pv[i] == gv[i]):
                return "mention", f"{kind} extra"
    if not gv or not pv:
        return "tie", "not tied" if gv else "tied, gold has none"
    if gv[1:] == pv[1:]:
        return "relation", f"{gv[0]} read {pv[0]}"
    what = []
    for i, kind in ((1, "project"), (2, "place")):
        if gv[i] != pv[i]:
            what.append(f"{kind} " + ("none" if not pv[i] else "extra" if not gv[i] else "other"))
    return "link", " and ".join(what)


def cause(key, gold_line, gv, pv, run_m, gold_m) -> str:
    """The cause of one disagreement (see fine_cause)."""
    return fine_cause(key, gold_line, gv, pv, run_m, gold_m)[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred_root", type=Path)
    ap.add_argument("sets", nargs="*", help="only these tuning sets")
    ap.add_argument("-v", action="store_true", help="list every disagreement with its cause")
    ap.add_argument("--fine", action="store_true", help="also count by detail (which mention table, what the linker did)")
    ap.add_argument("--seeds-gold", type=Path, default=ROOT.parent / "shared" / "gold" / "seeds.jsonl")
    ap.add_argument("--extra", action="append", default=[], metavar="SET:DIR:GOLD",
                    help="a tuning set kept outside the repository: its name, the folder holding SET_gold.jsonl and "
                         "facts_GOLD_gold.jsonl (unseen104:/work/annot/a104:tune32)")
    args = ap.parse_args(argv)
    fixtures = ROOT / "tests" / "fixtures"
    total = collections.Counter()
    fine = collections.Counter()
    sets = dict(SETS)
    where = {}
    for spec in args.extra:
        name, folder, gold_file = spec.split(":")
        sets[name] = gold_file
        where[name] = Path(folder)
    for name, gold_file in sets.items():
        if args.sets and name not in args.sets:
            continue
        run = args.pred_root / name
        docs, pred = load_pred(run)
        fx = where.get(name, fixtures)
        gold = load_gold(fx / f"facts_{gold_file}_gold.jsonl", name, docs)
        if gold_file not in ALL_DOCS and name not in where:
            pred = {k: v for k, v in pred.items() if k[0] in {g[0] for g in gold}}
        lines = {(d["doc"], d["amount"]["start"], d["amount"]["end"]): d
                 for d in map(json.loads, open(fx / f"facts_{gold_file}_gold.jsonl", encoding="utf-8"))
                 if d.get("set") == name}
        run_m = mentions_of_run(run)
        gold_m = mentions_of_gold(args.seeds_gold if name == "seeds" else fx / f"{name}_gold.jsonl")
        counts = collections.Counter()
        for k in sorted(set(gold) | set(pred)):
            if gold.get(k) != pred.get(k):
                c, detail = fine_cause(k, lines.get(k), gold.get(k), pred.get(k), run_m, gold_m)
                counts[c] += 1
                fine[(c, detail)] += 1
                if args.v:
                    print(f"{name} {c:8} {k[0]} {k[1]}-{k[2]} gold={gold.get(k)} pred={pred.get(k)}"
                          + (f" [{detail}]" if args.fine else ""))
        total.update(counts)
        print(f"# {name}: " + " ".join(f"{c}={counts[c]}" for c in CAUSES))
    print("# total: " + " ".join(f"{c}={total[c]}" for c in CAUSES) + f" ({sum(total.values())})")
    if args.fine:
        for (c, detail), n in sorted(fine.items(), key=lambda x: (CAUSES.index(x[0][0]), -x[1])):
            print(f"#   {c:8} {detail:28} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
