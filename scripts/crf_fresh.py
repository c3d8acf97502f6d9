"""A fixed, pre-registered check of the stacked CRF of scripts/crf_experiment.py on sets it
never saw (DECISIONS: "A character CRF for project spans: the check on fresh sets").

The variant is fixed in advance (stacked, c1 0.05, c2 0.1, 100 iterations, no dropout) and
trained on the gold of the experiment's 34 tuning sets, with the rules' outputs of one
commit as its rule features; it is then scored once on the fresh sets, whose rule features
come from the same commit's outputs on them (a commit written before the sets arrived).

    .venv/bin/pip install python-crfsuite==0.9.12
    .venv/bin/python scripts/crf_fresh.py --train-pred RULES_OUT --test-pred FRESH_OUT unseen44 unseen45 unseen47

RULES_OUT and FRESH_OUT hold one folder per set (projects.csv, places.csv), as the
pipeline writes them (`python -m pipeline run tests/fixtures/SET --out OUT/SET`).
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import crf_experiment as X  # noqa: E402
import jieba  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train-pred", required=True, help="the rules' outputs on the tuning sets, one folder per set")
    ap.add_argument("--test-pred", required=True, help="the same commit's outputs on the fresh sets")
    ap.add_argument("sets", nargs="+", help="the fresh sets (never among the training sets)")
    args = ap.parse_args()
    jieba.setLogLevel(60)
    train_sets = X.OLD + X.RECENT
    if set(args.sets) & set(train_sets):
        ap.error("a fresh set is among the training sets")
    train_docs = [d for s in train_sets for d in X.load_set(s, args.train_pred)]
    test_docs = [d for s in args.sets for d in X.load_set(s, args.test_pred)]
    for d in train_docs + test_docs:
        X.prepare(d)
    model = os.path.join(tempfile.mkdtemp(prefix="crf-"), "m.crfsuite")
    X.train(train_docs, True, 0.05, 0.1, model, 100, 0.0)
    spans, _scores = X.predict(test_docs, True, model)
    spans = {k: [(a, b) for a, b, *_ in v] for k, v in spans.items()}
    rules = {(d["set"], d["doc"]): [(a, b) for a, b, _ in d["rules"]] for d in test_docs}
    print("exact P R F1 | lenient P R F1")
    for name, pred in (("rules", rules), ("stacked", spans)):
        for sets in [(s,) for s in args.sets] + [tuple(args.sets)]:
            sub = [d for d in test_docs if d["set"] in sets]
            print(name, "+".join(sets), X.fmt(X.evaluate(sub, pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
