"""scripts/train_projects_model.py's averaging (round 28, model28; project.crf's ``average``):
the weights a run reads are the mean of K models, model j trained on the documents outside
part j of a seeded partition; checked weight by weight on a tiny invented corpus."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.model
pycrfsuite = pytest.importorskip("pycrfsuite")
sys.path.insert(0, str(ROOT / "scripts"))
import train_projects_model as T  # noqa: E402

from pipeline.dims.projects.crf_scorer import Scorer, export  # noqa: E402

PARAMS = {"c1": 0.0, "c2": 0.1, "max_iterations": 30, "feature.possible_transitions": True}


def doc(chars, tags):
    """One document of one sentence: character features c0=X and the BIO tags."""
    return [[{f"c0={c}": 1.0, f"c1={b}": 1.0} for c, b in zip(chars, chars[1:] + "$")]], [list(tags)]


CORPUS = [doc("新建桥梁工程", "OOBIII"), doc("东湖大道项目", "BIIIII"), doc("今年开工了", "OOOOO"),
          doc("西江港区扩建", "BIIIII"), doc("他说好的", "OOOO"), doc("南山隧道通车", "BIIIOO")]


def table(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["labels"], data["transitions"], {r[0]: r[1:] for r in data["state"]}


def partial_tables(tmp_path):
    """The three partial models again, by hand (model j leaves out part j), as weight tables."""
    subs = []
    for j, part in enumerate(T.partition(len(CORPUS), 3, 1)):
        m = T.train([d for i, d in enumerate(CORPUS) if i not in part], tmp_path / f"s{j}.crfsuite", PARAMS)
        subs.append(table(export(m)))
    return subs


def test_the_partition_is_seeded_and_covers_every_document_once():
    parts = T.partition(6, 3, seed=1)
    assert parts == T.partition(6, 3, seed=1)
    assert sorted(i for p in parts for i in p) == list(range(6)) and [len(p) for p in parts] == [2, 2, 2]
    assert parts != T.partition(6, 3, seed=2)


def test_the_average_is_the_mean_of_the_k_models_weight_by_weight(tmp_path):
    out = tmp_path / "m.crfsuite"
    w = T.train_average(CORPUS, 3, 1, PARAMS, out)
    assert w == tmp_path / "m.weights.json"
    labels, trans, state = table(w)
    subs = partial_tables(tmp_path)
    feats = set().union(*(s[2] for s in subs))
    assert set(state) == feats
    for f in feats:
        for a, lab in enumerate(labels):
            # a feature a model lacks weighs 0 there; labels are matched by name
            ws = [s[2][f][s[0].index(lab)] if f in s[2] else 0.0 for s in subs]
            assert state[f][a] == sum(w / 3 for w in ws)
    for a, la in enumerate(labels):
        for b, lb in enumerate(labels):
            assert trans[a][b] == sum(s[1][s[0].index(la)][s[0].index(lb)] / 3 for s in subs)
    # a feature of one document only is in two of the three models: two thirds of their mean
    assert "c0=隧" in feats and sum("c0=隧" in s[2] for s in subs) == 2
    # and a run reads the averaged file
    assert sorted(Scorer(w).labels) == sorted(labels)


def test_the_shares_of_the_full_model_and_the_k_partial_models():
    assert T.shares(3, 0.0) == [1 / 3] * 3
    assert T.shares(3, 0.25) == [0.25] * 4  # 1 / (K + 1): the four models alike
    assert T.shares(3, 0.5) == [0.5 / 3] * 3 + [0.5]
    with pytest.raises(ValueError):
        T.shares(3, 1.0)


@pytest.mark.parametrize("full_weight", [0.25, 0.5])
def test_the_full_model_joins_the_mean_with_its_share_weight_by_weight(tmp_path, full_weight):
    out = T.train(CORPUS, tmp_path / "m.crfsuite", PARAMS)  # the model file: every document
    full = table(export(out, tmp_path / "full.weights.json"))
    w = T.train_average(CORPUS, 3, 1, PARAMS, out, full_weight)
    assert w == tmp_path / "m.weights.json"
    labels, trans, state = table(w)
    subs = partial_tables(tmp_path)
    models = subs + [full]
    share = [(1 - full_weight) / 3] * 3 + [full_weight]
    assert set(state) == set().union(*(s[2] for s in models))
    for f in state:
        for a, lab in enumerate(labels):
            ws = [s[2][f][s[0].index(lab)] if f in s[2] else 0.0 for s in models]
            assert state[f][a] == sum(x * k for x, k in zip(ws, share))
    for a, la in enumerate(labels):
        for b, lb in enumerate(labels):
            assert trans[a][b] == sum(s[1][s[0].index(la)][s[0].index(lb)] * k for s, k in zip(models, share))
    # a feature of one document only: the full model has it, so it weighs more than in the K alone
    f = "c0=隧"
    alone = [sum(s[2][f][s[0].index(lab)] if f in s[2] else 0.0 for s in subs) / 3 for lab in labels]
    assert f in full[2] and state[f] != alone
    # and the model file itself is still the one model of every document
    assert table(export(out, tmp_path / "again.weights.json")) == full


def test_the_document_subsample_is_seeded_nested_and_rounded():
    """--docs-fraction (round 30, model31's learning curve): one seeded shuffle of every
    document, the first round(f x n) kept, so 25 % ⊂ 50 % ⊂ 75 % ⊂ 100 % at one seed."""
    keys = [("seeds", f"s{i}") for i in range(7)] + [("unseen9", f"d{i}") for i in range(13)]
    picks = {f: T.subsample(keys, f, 1) for f in (0.25, 0.5, 0.75, 1.0)}
    assert [len(picks[f]) for f in (0.25, 0.5, 0.75, 1.0)] == [5, 10, 15, 20]
    assert picks[0.25] < picks[0.5] < picks[0.75] < picks[1.0] == set(keys)
    assert T.subsample(list(reversed(keys)), 0.5, 1) == picks[0.5]  # the order given does not count
    assert T.subsample(keys, 0.5, 2) != picks[0.5] and len(T.subsample(keys, 0.5, 2)) == 10
    with pytest.raises(ValueError):
        T.subsample(keys, 0, 1)
