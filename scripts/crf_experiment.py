"""Would a character-level CRF for project spans beat or improve the rules? (issue 11)

A linear-chain CRF (python-crfsuite, lbfgs, at most 100 iterations, a small c1/c2 grid)
over BIO tags of gold project spans, one sequence per sentence, with the features of
scripts/crf_features.py; the stacked variant also sees the rules' project mentions (B/I/E
and the rule's class), optionally hidden from a share of the training sentences
(--dropout) so it learns other evidence too.

Set-level cross-validation over the TUNING sets only (never a test set): the six most
recently added sets (unseen37-40, 42, 43: where the rules are least fitted) form one fold,
the other 28 sets five more, balanced by gold count; train on the other folds' gold,
predict the held-out fold's texts, and score every variant -- the CRF alone, stacked, and
combinations with the rules (CRF spans off the rules' spans above a confidence, the rules
filtered by the model's score of their span, the CRF's edges for a rule span when the
model is surer of them) -- with score.py's own score_kind (exact and lenient project
P/R/F1), pooled over all folds and on the recent fold alone, with a paired bootstrap over
documents for the difference to the rules.

    .venv/bin/pip install python-crfsuite==0.9.12
    # the rules' outputs, one folder per set (seeds and every tuning set), e.g.
    #   /work/zhx-tools/allscore.sh . build/rules
    .venv/bin/python scripts/crf_experiment.py --pred build/rules --verify unseen37   # == score.py
    .venv/bin/python scripts/crf_experiment.py --pred build/rules                     # ~25 min, 1 core
    .venv/bin/python scripts/crf_experiment.py --pred build/rules --variants stacked \
        --grid 0.05:0.1 --dropout 0.5 --out build/crf_drop.json

Result and decision: docs/DECISIONS.md ("A character CRF for project spans: measured,
not shipped")."""
import argparse
import collections
import csv
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
from pipeline.ingest import decode_bytes  # noqa: E402
from crf_features import bio, doc_arrays, features, sentences, span_score, spans_of  # noqa: E402
from train_projects_model import paths  # noqa: E402  (the gold and texts of a set)

_spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

OLD = ("seeds unseen unseen2 unseen4 unseen5 unseen8 unseen9 unseen10 unseen11 unseen13 unseen14 "
       "unseen16 unseen17 unseen18 unseen20 unseen21 unseen22 unseen24 unseen25 unseen26 unseen28 "
       "unseen29 unseen30 unseen31 unseen32 unseen33 unseen35 unseen36").split()
RECENT = "unseen37 unseen38 unseen39 unseen40 unseen42 unseen43".split()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def load_set(s, pred_root):
    """Documents named in the gold of set ``s``: text, gold rows (file order), the rules'
    project mentions and place mentions."""
    gold_path, text_dir = paths(s)
    gold_rows, docs = [], []
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            if row["doc"] not in docs:
                docs.append(row["doc"])
            if row["type"] == "project":
                gold_rows.append(row)
    texts = {}
    for doc in docs:
        texts[doc] = decode_bytes((text_dir / f"{doc}.txt").read_bytes())[0]
    rules = collections.defaultdict(list)
    for r in read_csv(Path(pred_root) / s / "projects.csv"):
        rules[r["doc_id"]].append((int(r["start"]), int(r["end"]), r["rule_id"].removeprefix("project.")))
    places = collections.defaultdict(list)
    for r in read_csv(Path(pred_root) / s / "places.csv"):
        places[r["doc_id"]].append((int(r["start"]), int(r["end"]), r["level"]))
    out = []
    for doc in docs:
        gold = sorted((g["start"], g["end"]) for g in gold_rows if g["doc"] == doc)
        out.append(dict(set=s, doc=doc, text=texts[doc], gold=gold, gold_rows=[g for g in gold_rows if g["doc"] == doc],
                        rules=rules.get(doc, []), places=places.get(doc, [])))
    return out


def prepare(d):
    A = doc_arrays(d)
    d["sents"] = sentences(d["text"])
    d["X"] = {st: [features(d["text"], a, b, A, st) for a, b in d["sents"]] for st in (False, True)}
    d["Y"] = [bio(a, b, d["gold"]) for a, b in d["sents"]]


def train(docs, stacked, c1, c2, model, iters, dropout=0.0):
    """Train on the gold of ``docs``; with ``dropout``, that share of the sentences (every
    n-th) is shown without the rules' features, so a stacked model learns other evidence."""
    tr = pycrfsuite.Trainer(verbose=False)
    n = 0
    for d in docs:
        for x0, x1, y in zip(d["X"][False], d["X"][stacked], d["Y"]):
            n += 1
            tr.append(x0 if stacked and dropout and (n * dropout) % 1 < dropout else x1, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(model)
    return len(tr.logparser.iterations)


def predict(docs, stacked, model):
    """Per document: the CRF's spans [s, e, score] and the model's score of every rule span."""
    tg = pycrfsuite.Tagger()
    tg.open(model)
    out, rule_scores = {}, {}
    for d in docs:
        spans, rs = [], {}
        for (a, b), x in zip(d["sents"], d["X"][stacked]):
            found = spans_of(tg.tag(x), a)
            spans += [[s, e, round(span_score(tg, a, b, s, e), 4)] for s, e in found]
            for s, e, _ in d["rules"]:
                if a <= s < b:
                    rs[(s, e)] = round(span_score(tg, a, b, s, e), 4)
        out[(d["set"], d["doc"])] = spans
        rule_scores[(d["set"], d["doc"])] = [rs.get((s, e), 0.0) for s, e, _ in d["rules"]]
    tg.close()
    return out, rule_scores


def overlap(p, q):
    return max(0, min(p[1], q[1]) - max(p[0], q[0]))


def combine_add(rules, crf, t=0.0):
    """The rules plus every CRF span scored >= t that overlaps no rule span."""
    return sorted(set(rules) | {(c[0], c[1]) for c in crf if c[2] >= t and not any(overlap(c, r) for r in rules)})


def combine_filter(rules, scores, t):
    """The rule spans the model scores >= t."""
    return [r for r, sc in zip(rules, scores) if sc >= t]


def combine_edges(rules, scores, crf, delta=0.0, share=0.5):
    """A rule span takes the edges of the CRF span with most characters in common
    (overlap / union >= share) when the model scores that span >= the rule's + delta."""
    out = []
    for r, sc in zip(rules, scores):
        best = max(crf, key=lambda c: overlap(r, c), default=None)
        if (best and (best[0], best[1]) != r and best[2] >= sc + delta
                and overlap(r, best) / (max(r[1], best[1]) - min(r[0], best[0])) >= share):
            out.append((best[0], best[1]))
        else:
            out.append(r)
    return sorted(set(out))


def evaluate(docs, preds):
    gold = [dict(g, doc=d["set"] + "/" + d["doc"]) for d in docs for g in d["gold_rows"]]
    rows = [dict(doc=d["set"] + "/" + d["doc"], start=s, end=e, name="")
            for d in docs for s, e in preds[(d["set"], d["doc"])]]
    res = score.score_kind("project", gold, rows)[0]
    return res


def folds():
    """Five folds of the older sets balanced by gold count, and the recent sets as one."""
    counts = {}
    for s in OLD:
        g, _ = paths(s)
        counts[s] = sum('"type": "project"' in line or '"type":"project"' in line for line in open(g, encoding="utf-8"))
    bins = [[] for _ in range(5)]
    load = [0] * 5
    for s in sorted(OLD, key=lambda s: -counts[s]):
        k = load.index(min(load))
        bins[k].append(s)
        load[k] += counts[s]
    return bins + [RECENT]


def fmt(res):
    e, l = res["exact"], res["lenient"]
    return "%.3f %.3f %.3f | %.3f %.3f %.3f" % (e["p"], e["r"], e["f"], l["p"], l["r"], l["f"])


def verify(s, pred_root):
    docs = load_set(s, pred_root)
    mine = evaluate(docs, {(d["set"], d["doc"]): [(a, b) for a, b, _ in d["rules"]] for d in docs})
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(paths(s)[0]),
                          "--pred", str(Path(pred_root) / s), "--json"], capture_output=True, text=True)
    theirs = json.loads(out.stdout)["project"]
    print("mine  ", fmt(mine))
    print("score.py", fmt(theirs))
    assert fmt(mine) == fmt(theirs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", default=str(ROOT / "build"), help="the rules' outputs, one folder per set")
    ap.add_argument("--verify", metavar="SET", help="compare this script's metric with score.py on SET")
    ap.add_argument("--grid", default="0.05:0.01,0.05:0.1,0.2:0.01,0.2:0.1", help="c1:c2 pairs")
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--variants", default="crf,stacked")
    ap.add_argument("--dropout", type=float, default=0.0, help="share of training sentences without rule features")
    ap.add_argument("--out", default=str(ROOT / "build" / "crf_cv.json"))
    ap.add_argument("--report", action="store_true", help="only print the table of a saved --out")
    args = ap.parse_args()
    if args.verify:
        return verify(args.verify, args.pred)
    jieba.setLogLevel(60)
    bins = folds()
    docs = [d for s in OLD + RECENT for d in load_set(s, args.pred)]
    if args.report:
        return report(docs, args.out)
    t0 = time.time()
    for d in docs:
        prepare(d)
    print("features: %d docs, %d chars, %.0f s" % (len(docs), sum(len(d["text"]) for d in docs), time.time() - t0))
    grid = [tuple(map(float, g.split(":"))) for g in args.grid.split(",")]
    preds = {"rules": {(d["set"], d["doc"]): [(a, b) for a, b, _ in d["rules"]] for d in docs}}
    info, scores = {}, {}
    tmp = tempfile.mkdtemp(prefix="crf-")
    for k, held in enumerate(bins):
        test = [d for d in docs if d["set"] in held]
        trainset = [d for d in docs if d["set"] not in held]
        for stacked in args.variants.split(","):
            stacked = stacked == "stacked"
            for c1, c2 in grid:
                name = "%s c1=%g c2=%g" % ("stacked" if stacked else "crf", c1, c2)
                name += " dropout=%g" % args.dropout if stacked and args.dropout else ""
                model = os.path.join(tmp, "m%d.crfsuite" % k)
                t = time.time()
                n_iter = train(trainset, stacked, c1, c2, model, args.iters, args.dropout)
                cost = time.time() - t
                spans, rscores = predict(test, stacked, model)
                preds.setdefault(name, {}).update(spans)
                scores.setdefault(name, {}).update(rscores)
                tg = pycrfsuite.Tagger()
                tg.open(model)
                nfeat = len(tg.info().state_features)
                tg.close()
                info.setdefault(name, []).append(dict(fold=k, iters=n_iter, seconds=round(cost, 1), features=nfeat,
                                                      bytes=os.path.getsize(model)))
                print("fold %d %-26s %3d iters %5.0f s %6d features %7d bytes" % (
                    k, name, n_iter, cost, nfeat, os.path.getsize(model)), flush=True)
    key = "%s/%s"
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(dict(info=info, preds={v: {key % k: sp for k, sp in p.items()} for v, p in preds.items()},
                       scores={v: {key % k: sc for k, sc in p.items()} for v, p in scores.items()}), f)
    report(docs, args.out)


def report(docs, path):
    """Every variant and combination, pooled and on the recent fold."""
    saved = json.load(open(path, encoding="utf-8"))
    keys = {(d["set"], d["doc"]): "%s/%s" % (d["set"], d["doc"]) for d in docs}
    rules = {k: [tuple(x) for x in saved["preds"]["rules"][v]] for k, v in keys.items()}
    rec = [d for d in docs if d["set"] in RECENT]
    table = [("rules", rules)]
    for v in saved["preds"]:
        if v == "rules":
            continue
        crf = {k: saved["preds"][v][s] for k, s in keys.items()}
        sc = {k: saved["scores"][v][s] for k, s in keys.items()}
        table.append((v, {k: [(a, b) for a, b, _ in crf[k]] for k in keys}))
        for t in (0.0, 0.5, 0.7, 0.9):
            table.append(("  rules + %s spans >= %.1f off rules" % (v.split()[0], t),
                          {k: combine_add(rules[k], crf[k], t) for k in keys}))
        for t in (0.02, 0.05, 0.1):
            table.append(("  rules kept if model >= %.2f" % t, {k: combine_filter(rules[k], sc[k], t) for k in keys}))
        table.append(("  %s + rule spans off it" % v.split()[0],
                      {k: combine_add([(a, b) for a, b, _ in crf[k]], [(a, b, 1) for a, b in rules[k]]) for k in keys}))
        for delta in (0.0, 0.2, 0.4):
            edges = {k: combine_edges(rules[k], sc[k], crf[k], delta) for k in keys}
            table.append(("  rules, CRF edges if +%.1f" % delta, edges))
            table.append(("  rules, CRF edges if +%.1f, + spans >= 0.7" % delta,
                          {k: combine_add(edges[k], crf[k], 0.7) for k in keys}))
    print("%-44s %-41s %s" % ("variant", "pooled exact P R F | lenient P R F", "recent sets (unseen37-43)"))
    for name, p in table:
        print("%-44s %s   %s" % (name, fmt(evaluate(docs, p)), fmt(evaluate(rec, p))))
    print("exact F1 per fold (%s)" % " / ".join(",".join(b) for b in folds()))
    for name, p in table:
        if not name.startswith(" "):
            print("%-44s %s" % (name, " ".join("%.3f" % evaluate([d for d in docs if d["set"] in b], p)["exact"]["f"]
                                               for b in folds())))
    print("exact F1 on each recent set (%s); exact F1 minus the rules', paired bootstrap over documents: "
          "median [95%% interval] pooled / recent" % " ".join(RECENT))
    for name, p in table:
        if not name.startswith(" ") or ">= 0.7 off" in name:
            per_set = " ".join("%.3f" % evaluate([d for d in docs if d["set"] == s], p)["exact"]["f"] for s in RECENT)
            print("%-44s %s  %s / %s" % (name, per_set, bootstrap(docs, p, rules), bootstrap(rec, p, rules)))


def bootstrap(docs, pred, base, n=500):
    """Exact F1 of ``pred`` minus that of ``base`` on documents drawn with replacement."""
    rng = random.Random(1)
    diffs = []
    for _ in range(n):
        draw = [dict(d, doc="%s#%d" % (d["doc"], i)) for i, d in enumerate(rng.choice(docs) for _ in docs)]
        key = {(d["set"], d["doc"]): (d["set"], d["doc"].rsplit("#", 1)[0]) for d in draw}
        f = [evaluate(draw, {k: p[orig] for k, orig in key.items()})["exact"]["f"] for p in (pred, base)]
        diffs.append(f[0] - f[1])
    diffs.sort()
    return "%+.3f [%+.3f, %+.3f]" % (diffs[n // 2], diffs[int(n * 0.025)], diffs[int(n * 0.975) - 1])


if __name__ == "__main__":
    main()
