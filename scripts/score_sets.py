#!/usr/bin/env python3
"""Run the pipeline on evaluation sets and score them, per set and pooled by group.

    scripts/score_sets.py --out build/sets test            # the never-tuned sets (TEST_SETS)
    scripts/score_sets.py --out build/sets all --model-off # every set, project.crf disabled
    scripts/score_sets.py --out /tmp/b --repo /tmp/wtprev tune unseen3   # another checkout

Groups come from the Makefile: tune (seeds + TUNE_SETS), test (TEST_SETS), meta-tune
(META_TUNE_SETS), meta-test (META_TEST_SETS), meta (both header groups: it holds test sets),
all; `seeds` is ../shared/seeds. Each set's tables go to OUT/SET/ with score.json (score.py
--json) and, where the set has fact gold, facts.json. Pooled figures sum the counts of the
sets (exact/lenient F1 over all their mentions; publish_date and source as the mean over
sets), so a group's line is what one scorer run over all its documents would print.
`--compare DIR` prints a second column from an earlier OUT folder.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import score_facts  # noqa: E402  (this checkout's fact scorer, as `make facts-score` runs it)
KINDS = ("project", "place", "date", "amount")


def makefile_lists(repo: Path) -> dict[str, list[str]]:
    text = (repo / "Makefile").read_text(encoding="utf-8")
    out = {}
    for name in ("TUNE_SETS", "TEST_SETS", "META_TUNE_SETS", "META_TEST_SETS"):
        m = re.search(rf"^{name}\s*:=\s*(.*)$", text, re.M)
        out[name] = m.group(1).split() if m else []
    pairs = re.search(r"for pair in (.*?); do", text, re.S)
    out["FACTS"] = [p for p in (pairs.group(1).replace("\\", " ").split() if pairs else [])]
    out["FACTS_ALL_DOCS"] = re.findall(r"\*:(\w+)", text)
    return out


def expand(names: list[str], lists: dict) -> list[str]:
    groups = {"tune": ["seeds"] + lists["TUNE_SETS"], "test": lists["TEST_SETS"],
              "meta": lists["META_TUNE_SETS"] + lists["META_TEST_SETS"],
              "meta-tune": lists["META_TUNE_SETS"], "meta-test": lists["META_TEST_SETS"]}
    groups["all"] = groups["tune"] + groups["test"] + groups["meta"]
    out = []
    for n in names:
        for s in groups.get(n, [n]):
            if s not in out:
                out.append(s)
    return out


def paths(repo: Path, shared: Path, name: str, extra: list[Path] = ()) -> tuple[Path, Path]:
    if name == "seeds":
        return shared / "seeds", shared / "gold" / "seeds.jsonl"
    for folder in [repo / "tests/fixtures", *extra]:
        if (folder / name).is_dir():
            return folder / name, folder / f"{name}_gold.jsonl"
    return repo / "tests/fixtures" / name, repo / "tests/fixtures" / f"{name}_gold.jsonl"


def fact_gold(repo: Path, name: str, extra: list[Path] = ()) -> Path:
    for folder in [repo / "tests/fixtures", *extra]:
        if (folder / name).exists():
            return folder / name
    return repo / "tests/fixtures" / name


def model_off_rules(repo: Path) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="zhx-rules-off-"))
    dst = tmp / "rules"
    shutil.copytree(repo / "rules", dst)
    y = dst / "projects.yaml"
    text = y.read_text(encoding="utf-8")
    i = text.index("- id: project.crf")
    j = text.index("enabled: true", i)
    y.write_text(text[:j] + "enabled: false" + text[j + len("enabled: true"):], encoding="utf-8")
    return dst


def run_set(name, args, repo, shared, lists, rules):
    src, gold = paths(repo, shared, name, args.extra)
    dest = args.out / name
    py = str(repo / ".venv/bin/python") if (repo / ".venv/bin/python").exists() else sys.executable
    cmd = [py, "-m", "pipeline", "run", str(src), "--out", str(dest), "-q", "--full", "--jobs", "1"]
    if rules:
        cmd += ["--rules", str(rules)]
    r = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
    if r.returncode:
        return name, f"run failed: {r.stderr.strip()[-300:]}"
    sc = subprocess.run([sys.executable, str(shared / "tools/score.py"), "--gold", str(gold), "--pred", str(dest), "--json"],
                        capture_output=True, text=True)
    if sc.returncode or not sc.stdout.strip():
        return name, f"scoring failed: {sc.stderr.strip()[-300:]}"
    (dest / "score.json").write_text(sc.stdout, encoding="utf-8")
    pairs = lists["FACTS"] + [p for p in args.facts if p.split(":")[0] == name]
    for pair in pairs:
        s, g = pair.split(":")
        if s != name:
            continue
        fg = fact_gold(repo, f"facts_{g}_gold.jsonl", args.extra)
        docs, pred = score_facts.load_pred(dest)
        gold = score_facts.load_gold(fg, name, docs)
        if g not in lists["FACTS_ALL_DOCS"] and pair not in args.facts:  # as score_facts.py without --all-docs
            pred = {k: v for k, v in pred.items() if k[0] in {x[0] for x in gold} or not gold}
        s = score_facts.score(gold, pred)
        (dest / "facts.json").write_text(json.dumps({"n_gold": s["n_gold"], "n_pred": s["n_pred"], "f": s["facts"]}),
                                         encoding="utf-8")
    return name, None


def load(folder: Path, name: str):
    p = folder / name / "score.json"
    if not p.exists() or not p.read_text().strip():
        return None
    sc = json.loads(p.read_text())
    fp = folder / name / "facts.json"
    sc["facts"] = json.loads(fp.read_text()) if fp.exists() else None
    return sc


def pool(scores: list[dict]) -> dict:
    out = {}
    for k in KINDS:
        g = sum(s[k]["gold"] for s in scores)
        p = sum(s[k]["pred"] for s in scores)
        res = {}
        for mode in ("exact", "lenient"):
            tp = sum(s[k][mode]["r"] * s[k]["gold"] for s in scores)
            pr, rc = (tp / p if p else 0), (tp / g if g else 0)
            res[mode] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        ex = sum(s[k]["exact"]["r"] * s[k]["gold"] for s in scores)
        res["norm"] = sum(s[k]["norm"] * s[k]["exact"]["r"] * s[k]["gold"] for s in scores) / ex if ex else 0.0
        res["gold"] = g
        out[k] = res
    for fld in ("publish_date", "source"):
        v = [s["documents"][fld] for s in scores if s["documents"].get(fld) is not None]
        out[fld] = sum(v) / len(v) if v else None
    facts = [s["facts"] for s in scores if s.get("facts")]
    if facts:
        g = sum(f["n_gold"] for f in facts)
        p = sum(f["n_pred"] for f in facts)
        tp = sum(f["f"][1] * f["n_gold"] for f in facts)
        pr, rc = (tp / p if p else 0), (tp / g if g else 0)
        out["facts"] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return out


def line(label, d):
    cells = [f"{label:22}"]
    for k in KINDS:
        cells.append(f"{k[:4]} {d[k]['exact']:.3f}/{d[k]['lenient']:.3f}/{d[k]['norm']:.3f}" if d[k]["gold"] else f"{k[:4]}   -")
    for fld in ("publish_date", "source", "facts"):
        v = d.get(fld)
        cells.append(f"{fld[:4]} {v:.3f}" if v is not None else f"{fld[:4]}   -")
    return "  ".join(cells)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="set names or groups: tune, test, meta-tune, meta-test, meta (both), all")
    ap.add_argument("--out", type=Path, required=True, help="folder for OUT/SET tables and scores")
    ap.add_argument("--repo", type=Path, default=ROOT, help="checkout to run (its .venv if any, its rules and fixtures)")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("ZHEXTRACT_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--model-off", action="store_true", help="project.crf disabled (the rules alone)")
    ap.add_argument("--rules", type=Path, help="another rules folder (a param experiment)")
    ap.add_argument("--score-only", action="store_true", help="do not run; score what OUT holds")
    ap.add_argument("--compare", type=Path, help="an earlier OUT folder to show beside")
    ap.add_argument("--jobs", type=int, default=2, help="sets run at once (each with --jobs 1)")
    ap.add_argument("--per-set", action="store_true", help="a line per set, not only per group")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="another folder holding set folders and gold (NAME/ and NAME_gold.jsonl): fresh sets not yet in tests/fixtures")
    ap.add_argument("--facts", action="append", default=[], metavar="SET:FACTS",
                    help="fact gold facts_FACTS_gold.jsonl for SET (all documents annotated), besides the Makefile's pairs")
    args = ap.parse_args(argv)
    repo = args.repo.resolve()
    if not (args.shared / "tools/score.py").exists():
        ap.error(f"no scorer at {args.shared}/tools/score.py: pass --shared or set ZHEXTRACT_SHARED "
                 "(a checkout outside /work has no ../shared)")
    lists = makefile_lists(repo)
    names = expand(args.sets, lists)
    if not args.score_only:
        rules = model_off_rules(repo) if args.model_off else args.rules
        args.out.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(args.jobs) as ex:
            for name, err in ex.map(lambda n: run_set(n, args, repo, args.shared, lists, rules), names):
                if err:
                    print(f"{name}: {err}", file=sys.stderr)
        if args.model_off:
            shutil.rmtree(rules.parent, ignore_errors=True)
    groups = [("tune", ["seeds"] + lists["TUNE_SETS"]), ("test", lists["TEST_SETS"]),
              ("meta-tune", lists["META_TUNE_SETS"]), ("meta-test", lists["META_TEST_SETS"]),
              ("other", [n for n in names if n not in set(expand(["all"], lists))])]
    for folder, tag in ((args.out, ""), (args.compare, "was ")):
        if folder is None:
            continue
        for gname, members in groups:
            got = [(n, load(folder, n)) for n in members if n in names]
            got = [(n, s) for n, s in got if s]
            if not got:
                continue
            if args.per_set:
                for n, s in got:
                    print(line(tag + n, pool([s])))
            print(line(f"{tag}{gname} ({len(got)})", pool([s for _, s in got])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
