"""Train the project-span model of rule project.crf (pipeline/dims/projects/crf.py).

    make train        # = .venv/bin/python scripts/train_projects_model.py seeds $(TUNE_SETS)

Reads the gold of the named evaluation sets (``seeds`` is ../shared/seeds; ``unseenN`` is
tests/fixtures/unseenN with tests/fixtures/unseenN_gold.jsonl), runs the pipeline on their
texts with the model switched off (the rules' mentions and the places table are features),
builds the model's features exactly as a run does (SpanModel.features; every sentence of
a document, where a run tags only those holding a mention or a head), and trains a
linear-chain CRF (python-crfsuite, lbfgs) on the gold project spans, with c1, c2 and
max_iterations of project.crf in rules/projects.yaml. The model file is written to the
rule's ``model`` path (or --out), and beside it the weights a run reads
(``.weights.json``, pipeline/dims/projects/crf_scorer.py: a run tags without
python-crfsuite). Training is deterministic: the same rules and gold give the same files.
Never name a test set (Makefile TEST_SETS): the script refuses them.

Experiments (DECISIONS: "The project-span model, shipped"):

    # the rules' mentions from a run's CSVs (one folder per set) instead of this checkout's
    python scripts/train_projects_model.py --pred OLD_RUN --out /tmp/m.crfsuite SETS...
    # score the stacked spans against the rules alone on other sets (exact/lenient P R F1)
    python scripts/train_projects_model.py --model /tmp/m.crfsuite --eval --pred RUN SETS...
    # a learning curve: train on a seeded share of the documents of SETS (nested: at one seed
    # the 25 % are among the 50 %, ...; DECISIONS: "Round 30 (model31)")
    python scripts/train_projects_model.py --pred RUN --docs-fraction 0.5 --docs-seed 1 --out /tmp/m.crfsuite SETS...
    # ... and the rows --eval scores (gold, rules, model; doc = SET/DOC) for a bootstrap over documents
    python scripts/train_projects_model.py --model /tmp/m.crfsuite --eval --pred RUN --rows /tmp/rows.json SETS...
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the shared folder of the seeds and the scorer: ../shared, or $ZHEXTRACT_SHARED (a worktree
#: checked out elsewhere)
SHARED = Path(os.environ.get("ZHEXTRACT_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

from pipeline.extract import Pipeline  # noqa: E402
from pipeline.ingest import read_file  # noqa: E402
from pipeline.model import Mention  # noqa: E402
from pipeline.rules import RuleSet  # noqa: E402
from pipeline.variants import simplified  # noqa: E402
from pipeline.dims.projects.crf_features import bio  # noqa: E402
from pipeline.dims.projects.crf_scorer import LABELS, export, weights_path, write_weights  # noqa: E402


def make_sets(name: str) -> list[str]:
    """The sets the Makefile lists under ``name`` (TUNE_SETS, TEST_SETS)."""
    m = re.search(rf"^{name}\s*:=\s*(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    return m.group(1).split() if m else []


def test_sets() -> set:
    return set(make_sets("TEST_SETS"))


def paths(s: str):
    if s == "seeds":
        return SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"
    return ROOT / "tests" / "fixtures" / f"{s}_gold.jsonl", ROOT / "tests" / "fixtures" / s


def load_gold(s: str):
    """Documents named in the gold of set ``s`` (file order) and their gold project rows."""
    gold_path, _ = paths(s)
    docs, rows = [], defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["doc"] not in docs:
                docs.append(row["doc"])
            if row["type"] == "project":
                rows[row["doc"]].append(row)
    return docs, rows


def read_csv(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def csv_mentions(pred: Path, s: str):
    """doc -> (places, projects) as Mentions, from a run's CSVs."""
    out = defaultdict(lambda: ([], []))
    for k, table in ((0, "places"), (1, "projects")):
        for r in read_csv(pred / s / f"{table}.csv"):
            out[r["doc_id"]][k].append(Mention(table, int(r["start"]), int(r["end"]), r["text"], r["rule_id"],
                                               {c: r.get(c, "") for c in ("name", "category", "level")}))
    return out


def subsample(keys, fraction: float, seed: int) -> set:
    """The first round(``fraction`` x n) of ``keys`` (documents as (set, doc)) in one seeded
    shuffle of them all: at one seed a smaller fraction's documents are among a larger one's
    (a nested learning curve; the shuffle does not depend on the fraction)."""
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction {fraction}: not in (0, 1]")
    order = sorted(keys)
    random.Random(f"docs-{seed}").shuffle(order)
    return set(order[:round(fraction * len(order))])


def documents(sets, pipe, model, pred, keep=None):
    """(set, doc, text, places, rule mentions, gold rows, refused candidates) of every
    document of ``sets`` (no refused candidates with ``pred``: the CSVs hold none); with
    ``keep`` (a set of (set, doc)), only those."""
    ext = next(e for e in pipe.extractors if e.table == "projects")
    for s in sets:
        docs, gold = load_gold(s)
        _, text_dir = paths(s)
        from_csv = csv_mentions(Path(pred), s) if pred else None
        for doc_id in docs:
            if keep is not None and (s, doc_id) not in keep:
                continue
            doc = read_file(text_dir / f"{doc_id}.txt", doc_id)
            text = simplified(doc.text)
            refused = []
            if from_csv is not None:
                places, found = from_csv[doc_id]
            else:
                on, model.enabled = model.enabled, False  # the rules alone: their mentions are features
                try:
                    res = pipe.process(doc)
                finally:
                    model.enabled = on
                places, found = res.mentions.get("places", []), res.mentions.get("projects", [])
                refused = list(ext.refused)
            yield s, doc_id, text, places, found, gold[doc_id], refused


def fingerprint(sets, rules_dir: Path) -> dict:
    """sha256 of what a training reads: every rule file (the model's files and the docs aside), the gold
    and texts of ``sets`` in this repository, and the feature code (``repo``); the seeds'
    gold and texts, which live in ../shared, apart (``shared``: None when no set is there).
    The model's sidecar (.json) records both, and tests/dims/projects/test_crf.py checks
    they are current: change a rule or a gold line and `make train` writes the model again."""
    import hashlib

    def digest(files):
        h = hashlib.sha256()
        for p in files:
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
        return h.hexdigest()

    repo = sorted(p for p in Path(rules_dir).rglob("*") if p.is_file() and p.suffix != ".md"
                  and "models" not in p.relative_to(rules_dir).parts and "__pycache__" not in p.parts)
    shared = []
    for s in sets:
        gold, texts = paths(s)
        (shared if s == "seeds" else repo).extend([gold] + sorted(Path(texts).glob("*.txt")))
    # the code that makes the features: a change there makes the model stale too
    repo.extend(ROOT / "pipeline" / "dims" / "projects" / f for f in ("crf_features.py", "crf_spans.py", "crf_context.py"))
    return {"repo": digest(repo), "shared": digest(shared) if shared else None}


def crf_params(rule) -> dict:
    """python-crfsuite's training params from project.crf's params."""
    return {"c1": rule.param("c1", 0.05), "c2": rule.param("c2", 0.1),
            "max_iterations": rule.param("max_iterations", 100), "feature.possible_transitions": True}


def train(docs, out: Path, params: dict) -> Path:
    """Train python-crfsuite on ``docs`` ((feature sequences, tags) per document) into ``out``."""
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for xs, ys in docs:
        for x, y in zip(xs, ys):
            tr.append(x, y)
    tr.set_params(params)
    tr.train(str(out))
    return out


def partition(n: int, k: int, seed: int) -> list[set]:
    """K parts of documents 0..n-1, shuffled with ``seed``: part j holds every K-th of them."""
    idx = list(range(n))
    random.Random(f"average-{seed}").shuffle(idx)
    return [set(idx[j::k]) for j in range(k)]


def shares(k: int, full_weight: float) -> list[float]:
    """Each model's share of the mean: the K partial models alike, and with ``full_weight`` > 0
    the model of every document last, weighing ``full_weight`` of the total (the K share the
    rest equally; 1 / (K + 1): all K + 1 alike; DECISIONS: "Round 28 (model29)")."""
    if not 0 <= full_weight < 1:
        raise ValueError(f"average_full_weight {full_weight}: not in [0, 1)")
    return [1 / k] * k if not full_weight else [(1 - full_weight) / k] * k + [full_weight]


def average_weights(paths, out, weights=None) -> Path:
    """One weights file (crf_scorer's format) holding the mean of ``paths``' weights, labels
    matched by name; a feature a model lacks weighs 0 there. ``weights``: each file's share
    (default: equal, each weight divided by their number, as round 28 shipped)."""
    state: dict = defaultdict(lambda: [0.0] * len(LABELS))
    trans = [[0.0] * len(LABELS) for _ in LABELS]
    for n, p in enumerate(paths):
        f = (lambda x: x / len(paths)) if weights is None else (lambda x, s=weights[n]: x * s)
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        idx = [data["labels"].index(x) for x in LABELS]
        for row in data["state"]:
            acc = state[row[0]]
            for j, k in enumerate(idx):
                acc[j] += f(row[1 + k])
        for a, ka in enumerate(idx):
            for b, kb in enumerate(idx):
                trans[a][b] += f(data["transitions"][ka][kb])
    return write_weights(Path(out), "average", LABELS, trans, state)


def train_average(docs, k: int, seed: int, params: dict, out: Path, full_weight: float = 0.0) -> Path:
    """The weights beside model file ``out``: the mean of K models, model j trained on the
    documents outside part j of ``partition`` (DECISIONS: "Round 28 (model28)"); with
    ``full_weight`` > 0 the model file ``out`` (every document, trained before) joins them
    with that share of the total (``shares``; "Round 28 (model29)")."""
    import tempfile

    parts = partition(len(docs), k, seed)
    with tempfile.TemporaryDirectory() as tmp:
        ws = [export(train([d for i, d in enumerate(docs) if i not in parts[j]], Path(tmp) / f"m{j}.crfsuite",
                           params)) for j in range(k)]
        if not full_weight:
            return average_weights(ws, weights_path(out))
        ws.append(export(out, Path(tmp) / "full.weights.json"))
        return average_weights(ws, weights_path(out), shares(k, full_weight))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="evaluation sets: seeds, unseenN (never a test set)")
    ap.add_argument("--rules", default=str(ROOT / "rules"), help="the rules folder (default: rules/)")
    ap.add_argument("--out", help="model file to write (default: project.crf's model param)")
    ap.add_argument("--pred", help="read the rules' mentions from this run's CSVs (PRED/SET/*.csv)")
    ap.add_argument("--eval", action="store_true", help="score the model (--model) against the rules on SETS")
    ap.add_argument("--model", help="with --eval: the model file to score (default: the rule's)")
    ap.add_argument("--rows", help="with --eval: write the gold, rules' and model's project rows (JSON) here "
                    "(a paired bootstrap over documents)")
    ap.add_argument("--docs-fraction", type=float, help="train on this share of the documents of SETS "
                    "(a learning curve; subsample: nested across fractions at one --docs-seed)")
    ap.add_argument("--docs-seed", type=int, default=1, help="with --docs-fraction: the shuffle's seed")
    args = ap.parse_args()
    if "seeds" in args.sets and not (SHARED / "gold" / "seeds.jsonl").is_file():
        ap.error(f"no seeds gold at {SHARED}/gold/seeds.jsonl: set ZHEXTRACT_SHARED to the shared folder")
    if not args.eval:
        banned = sorted(set(args.sets) & test_sets())
        if banned:
            ap.error(f"{', '.join(banned)}: test sets are never trained on (Makefile TEST_SETS)")
    rules = RuleSet.load(args.rules)
    spec = next((r for r in rules.rules("projects") if r.label == "model"), None)
    if spec is None:
        ap.error(f"{args.rules}/projects.yaml has no rule of label model")
    spec.data.setdefault("params", {})["enabled"] = False  # the rules alone: their mentions are features
    pipe = Pipeline(rules)
    model = next(e for e in pipe.extractors if e.table == "projects").model
    if args.eval:
        return evaluate(args, pipe, model)
    keep = None
    if args.docs_fraction is not None:
        if not args.out:
            ap.error("--docs-fraction trains an experiment: name its --out (never the shipped model)")
        keep = subsample([(s, d) for s in args.sets for d in load_gold(s)[0]], args.docs_fraction, args.docs_seed)
    t0 = time.time()
    docs = []  # per document: (feature sequences, tag sequences)
    n_seq = n_gold = 0
    for _s, _d, text, places, found, gold, refused in documents(args.sets, pipe, model, args.pred, keep):
        spans = [(g["start"], g["end"]) for g in gold]
        n_gold += len(spans)
        sents, seqs = model.features(text, places, found, every=True, refused=refused)
        docs.append((seqs, [bio(a, b, spans) for a, b in sents]))
        n_seq += len(seqs)
    t1 = time.time()
    rule = model.rule
    params = crf_params(rule)
    k, seed = int(rule.param("average", 1)), int(rule.param("average_seed", 1))
    full_weight = float(rule.param("average_full_weight", 0.0))
    out = Path(args.out) if args.out else model.path
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    train(docs, tmp, params)  # every document: the model file explain --trace reads
    tmp.replace(out)  # a failed training leaves the previous model in place
    if k > 1:  # what a run reads: the mean of K models, each without one K-th of the documents
        weights = train_average(docs, k, seed, params, out, full_weight)
    else:
        weights = export(out)  # what a run reads (crf_scorer.py)
    from importlib.metadata import version

    info = {"sets": args.sets, "inputs_sha256": fingerprint(args.sets, Path(args.rules)),
            "c1": params["c1"], "c2": params["c2"], "max_iterations": params["max_iterations"],
            "average": k, "average_seed": seed, "average_full_weight": full_weight, "documents": len(docs), "sentences": n_seq,
            "gold_names": n_gold, "python-crfsuite": version("python-crfsuite")}
    if keep is not None:
        info.update(docs_fraction=args.docs_fraction, docs_seed=args.docs_seed)
    out.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(docs)} documents, {n_seq} sentences, {n_gold} gold names; "
          f"features {t1 - t0:.1f} s, training {time.time() - t1:.1f} s, {out.stat().st_size / 1e6:.2f} MB; "
          f"{weights.name} {weights.stat().st_size / 1e6:.2f} MB")
    return 0


def evaluate(args, pipe, model) -> int:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    model.path = Path(args.model) if args.model else model.path
    w = weights_path(model.path)  # the weights a run tags with, beside the model file: an averaged
    if not w.is_file() or w.stat().st_mtime < model.path.stat().st_mtime:  # file is newer, and kept
        export(model.path)
    model.enabled, model._tagger = True, None
    per = defaultdict(lambda: ([], [], []))  # set -> gold, rules, model rows
    for s, d, text, places, found, gold, refused in documents(args.sets, pipe, model, args.pred):
        key = f"{s}/{d}"
        g, r, m = per[s]
        g += [dict(x, doc=key) for x in gold]
        r += [dict(doc=key, start=x.start, end=x.end, name="") for x in found]
        m += [dict(doc=key, start=x.start, end=x.end, name="") for x in model.revise(text, places, found, refused)]

    def fmt(res):
        e, l = res["exact"], res["lenient"]
        return "%.3f %.3f %.3f | %.3f %.3f %.3f" % (e["p"], e["r"], e["f"], l["p"], l["r"], l["f"])

    print("set: rules exact P R F1 | lenient P R F1  ->  model exact P R F1 | lenient P R F1")
    pooled = ([], [], [])
    for s in args.sets:
        g, r, m = per[s]
        for k, rows in enumerate((g, r, m)):
            pooled[k].extend(rows)
        print(s, fmt(score.score_kind("project", g, r)[0]), " -> ", fmt(score.score_kind("project", g, m)[0]))
    g, r, m = pooled
    if args.rows:
        Path(args.rows).write_text(json.dumps({"gold": g, "rules": r, "model": m}, ensure_ascii=False), encoding="utf-8")
    print("pooled", fmt(score.score_kind("project", g, r)[0]), " -> ", fmt(score.score_kind("project", g, m)[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
