"""Held-out folds of the project-span model (DECISIONS: "Round 27 (model27)", "Round 28 (model28)").

Each fold is ten tuning sets (Makefile TUNE_SETS order): ``new`` the newest ten, ``mid``
TUNE_SETS[29:39], ``old`` the oldest ten. A fold is scored (pooled projects exact / lenient F1)
by a model trained on the seeds and the other tuning sets, the training variant given by the
options; features are built once per call, as scripts/train_projects_model.py builds them.

    # the shipped settings on the three folds, the rules' mentions of a --model-off run
    python scripts/crf_folds.py --pred /work/runs/start27_off
    # a learning-curve point: 50 % of the other sets (by set, seeded), the seeds always in
    python scripts/crf_folds.py --pred RUN --frac 0.5 --seed 2 --fold new
    # weights averaged over K models, each trained without one K-th of the documents
    python scripts/crf_folds.py --pred RUN --average 4 --seed 1
    # the refused candidates as features too (the pipeline runs with the model off, as make train)
    python scripts/crf_folds.py --fold mid
    # round 28's variance protocol: four perturbations a fold (a seeded 10 % of the training
    # documents left out, the same documents for every variant), features built once
    python scripts/crf_folds.py --pred RUN --drop 0.1 --reps 1 2 3 4 --cache /tmp/docs.pkl --average 3

Trains into a temporary folder; never writes rules/models/.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_projects_model as T  # noqa: E402

from pipeline.dims.projects.crf_features import bio  # noqa: E402
from pipeline.dims.projects.crf_scorer import export  # noqa: E402
from pipeline.extract import Pipeline  # noqa: E402
from pipeline.rules import RuleSet  # noqa: E402


def folds() -> dict:
    tune = T.make_sets("TUNE_SETS")
    return {"new": tune[-10:], "mid": tune[29:39], "old": tune[:10]}


#: the mean of several models' weights (train_projects_model.average_weights, project.crf's average)
average_weights = T.average_weights


def train(docs, out: Path, params: dict) -> Path:
    """train_projects_model.train on the cached documents, and the weights file of the model."""
    return export(T.train([(d["xs"], d["ys"]) for d in docs], out, params))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", help="the rules' mentions from this run's CSVs (no refused candidates)")
    ap.add_argument("--fold", choices=("new", "mid", "old"), action="append", help="default: all three")
    ap.add_argument("--frac", type=float, default=1.0, help="share of the other tuning sets trained on")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--average", type=int, default=1, help="K models on K-fold subsets of the documents, averaged")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--minfreq", type=float, default=0.0, help="crfsuite's feature.minfreq")
    ap.add_argument("--drop", type=float, default=0.0,
                    help="perturb: leave out this share of the training documents (seeded by --rep)")
    ap.add_argument("--reps", type=int, nargs="+", default=[0],
                    help="perturbation seeds: one training per fold and seed (with --drop)")
    ap.add_argument("--without", nargs="+", default=[],
                    help="train without the features whose strings open with one of these (a template: lx= rw=); "
                         "the scorer weighs them 0")
    ap.add_argument("--cache", help="pickle of the built features: read if present, else written")
    ap.add_argument("--full-weight", type=float, nargs="+", default=[],
                    help="with --average: also train the model of every training document and score the mean "
                         "with it at each of these shares of the total (0, the K models alone, is scored too)")
    ap.add_argument("--fit", action="store_true",
                    help="no fold: train on every document (seeds and TUNE_SETS) and score the seeds and the "
                         "tuning sets, the documents it was trained on (the fit)")
    args = ap.parse_args()
    rules = RuleSet.load(str(T.ROOT / "rules"))
    next(r for r in rules.rules("projects") if r.label == "model").data["params"]["enabled"] = False
    pipe = Pipeline(rules)
    model = next(e for e in pipe.extractors if e.table == "projects").model
    fs = folds()
    if args.fit:
        fs = {"fit": []}
    tune = T.make_sets("TUNE_SETS")
    assert not set(tune) & T.test_sets()
    docs = []
    if args.cache and Path(args.cache).is_file():
        import pickle
        docs = pickle.loads(Path(args.cache).read_bytes())
    for s, d, text, places, found, gold, refused in ([] if docs else
                                                      T.documents(["seeds"] + tune, pipe, model, args.pred)):
        spans = [(g["start"], g["end"]) for g in gold]
        sents, seqs = model.features(text, places, found, every=True, refused=refused)
        docs.append(dict(set=s, doc=d, text=text, places=places, found=found, gold=gold, refused=refused,
                         xs=seqs, ys=[bio(a, b, spans) for a, b in sents]))
    if args.cache and not Path(args.cache).is_file():
        import pickle
        Path(args.cache).write_bytes(pickle.dumps(docs))
    if args.without:
        cut = tuple(args.without)
        for d in docs:
            d["xs"] = [[[f for f in fs if not f.startswith(cut)] for fs in seq] for seq in d["xs"]]
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": 100, "feature.possible_transitions": True}
    if args.minfreq:
        params["feature.minfreq"] = args.minfreq
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", T.SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with tempfile.TemporaryDirectory() as tmp:
        for name, rep in [(n, r) for n in (["fit"] if args.fit else args.fold or ("new", "mid", "old"))
                          for r in args.reps]:
            others = [s for s in tune if s not in fs[name]]
            keep = set(random.Random(f"{name}-{args.seed}").sample(others, round(len(others) * args.frac))
                       if args.frac < 1 else others) | {"seeds"}
            pool = [d for d in docs if d["set"] in keep]
            if args.drop:
                gone = set(random.Random(f"drop-{name}-{rep}").sample(range(len(pool)), round(len(pool) * args.drop)))
                pool = [d for i, d in enumerate(pool) if i not in gone]
            t0 = time.time()
            variants = [("", None)]
            if args.average > 1:
                idx = list(range(len(pool)))
                random.Random(f"kf-{name}-{args.seed}").shuffle(idx)
                parts = [set(idx[k::args.average]) for k in range(args.average)]
                ws = [train([d for i, d in enumerate(pool) if i not in parts[k]], Path(tmp) / f"m{k}.crfsuite", params)
                      for k in range(args.average)]
                variants = [("", ws)]
                if args.full_weight:  # round 28 (model29): the model of every training document joins the mean
                    full = train(pool, Path(tmp) / "full.crfsuite", params)
                    variants = [(" full %.4g" % fw, ws + [full] if fw else ws,
                                 T.shares(args.average, fw) if fw else None) for fw in [0.0] + args.full_weight]
            else:
                variants = [("", [train(pool, Path(tmp) / "m1.crfsuite", params)])]
            secs = time.time() - t0
            for label, ws, *share in variants:
                w = ws[0] if len(ws) == 1 else average_weights(ws, Path(tmp) / "m.weights.json", *share)
                if len(ws) == 1:
                    w.replace(Path(tmp) / "m.weights.json")
                model.path, model.enabled, model._tagger = Path(tmp) / "m.crfsuite", True, None
                for gname, sets in ([("seeds", ["seeds"]), ("tune", tune)] if args.fit else [(name, fs[name])]):
                    g, r, m = [], [], []
                    for d in docs:
                        if d["set"] in sets:
                            key = f'{d["set"]}/{d["doc"]}'
                            g += [dict(x, doc=key) for x in d["gold"]]
                            r += [dict(doc=key, start=x.start, end=x.end, name="") for x in d["found"]]
                            m += [dict(doc=key, start=x.start, end=x.end, name="")
                                  for x in model.revise(d["text"], d["places"], d["found"], d["refused"])]
                    res = [score.score_kind("project", g, x)[0] for x in (r, m)]
                    print("%s rep %d%s: %d documents, %.0f s; rules %.4f / %.4f, model %.4f / %.4f (exact / lenient F1)"
                          % (gname, rep, label, len(pool), secs, res[0]["exact"]["f"], res[0]["lenient"]["f"],
                             res[1]["exact"]["f"], res[1]["lenient"]["f"]), flush=True)
                model.enabled = False
    return 0


if __name__ == "__main__":
    sys.exit(main())
