"""The project-span model's run-time scorer (pipeline/dims/projects/crf_scorer.py): the
weights file is the committed model's, its tags are python-crfsuite's on the fixtures'
sentences, its Viterbi and marginals are those of the model's definition."""
from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from pipeline.dims.projects import crf_scorer
from pipeline.dims.projects.crf_features import TEMPLATES, strings
from pipeline.dims.projects.crf_scorer import Scorer, export, marginals, read_model, template_of, viterbi, viterbi_obi
from pipeline.extract import Pipeline
from pipeline.ingest import read_file
from pipeline.variants import simplified

ROOT = Path(__file__).resolve().parents[3]
MODEL = ROOT / "rules" / "models" / "projects_crf.crfsuite"
pycrfsuite = pytest.importorskip("pycrfsuite")


def averaged() -> int:
    """project.crf's ``average`` the committed model was trained with (its sidecar)."""
    import json

    return json.loads(MODEL.with_suffix(".json").read_text(encoding="utf-8")).get("average", 1)


def test_the_committed_weights_are_the_committed_models(tmp_path):
    """rules/models/projects_crf.weights.json is what `make train` exports of the model
    file beside it (a model trained again and its weights not exported fails here); trained
    with ``average`` K > 1 it is the mean of K other models (tests/dims/projects/test_crf_average.py),
    written by train_projects_model.average_weights."""
    out = export(MODEL, tmp_path / "w.json")
    if averaged() > 1:
        head = crf_scorer.weights_path(MODEL).read_text(encoding="utf-8")[:40]
        assert head.startswith('{"model": "average"') and out.read_bytes() != crf_scorer.weights_path(MODEL).read_bytes()
    else:
        assert out.read_bytes() == crf_scorer.weights_path(MODEL).read_bytes()


@pytest.fixture(scope="module")
def model_scorer(tmp_path_factory):
    """The run-time scorer of the model file's own weights (the committed weights are the
    model file's, or with ``average`` the mean of other models: the scorer is checked on
    the file crfsuite reads)."""
    return Scorer(export(MODEL, tmp_path_factory.mktemp("w") / "w.json"))


def test_the_model_file_is_read_as_crfsuite_reads_it():
    """The weights read from the file's bytes are Tagger.info()'s (which rounds them to
    six decimals: the same features, labels and transitions, within 5e-7)."""
    labels, attrs, feats = read_model(MODEL)
    info = pycrfsuite.Tagger()
    info.open(str(MODEL))
    info = info.info()
    assert {lab: str(k) for k, lab in enumerate(labels)} == info.labels
    state = {(attrs[s], labels[d]): w for kind, s, d, w in feats if kind == 0}
    trans = {(labels[s], labels[d]): w for kind, s, d, w in feats if kind == 1}
    assert state.keys() == info.state_features.keys() and trans.keys() == info.transitions.keys()
    assert max(abs(w - info.state_features[k]) for k, w in state.items()) <= 5e-7
    assert max(abs(w - info.transitions[k]) for k, w in trans.items()) <= 5e-7
    assert any(round(w, 6) != w for w in state.values())  # the file's own doubles, not the dump's


def test_template_of():
    assert template_of("c0=星") == ("c0=", "星")
    assert template_of("c0==") == ("c0=", "=")
    assert template_of("rBc0=星") == ("rBc0=", "星")
    assert template_of("cueL") == ("cueL", "")
    assert len(set(TEMPLATES)) == len(TEMPLATES) - 1  # pl= twice: the place's B/I and its level


def test_viterbi_is_the_best_path_and_a_tie_goes_to_the_lower_label():
    trans = [[0.5, -1.0, -3.0], [-0.5, 0.0, 1.0], [-0.2, -0.4, 0.7]]
    rows = [(0.0, 1.2, -0.3), (0.0, -0.1, 0.9), (0.0, 0.3, 0.2), (0.0, -2.0, 0.4)]

    def score(path):
        return sum(rows[t][y] for t, y in enumerate(path)) + sum(trans[a][b] for a, b in zip(path, path[1:]))

    best = max(itertools.product(range(3), repeat=len(rows)), key=score)
    assert viterbi(rows, trans) == list(best)
    flat = [[0.0] * 3 for _ in range(3)]
    assert viterbi([(1.0, 1.0, 1.0)] * 3, flat) == [0, 0, 0]
    assert viterbi([(0.0, 2.0, 2.0)], flat) == [1]
    assert viterbi([], flat) == []


def test_the_fast_viterbi_is_the_generic_one():
    """viterbi_obi (scores as complex(B - O, I - O), ids O 0, B 1, I 2) takes the path
    viterbi takes, ties included."""
    import random

    rnd = random.Random(7)
    for n in range(300):
        trans = [[rnd.choice([0.0, 0.5, -1.0, rnd.uniform(-3, 3)]) for _ in range(3)] for _ in range(3)]
        z = [complex(rnd.choice([0.0, 1.0, rnd.uniform(-4, 4)]), rnd.choice([0.0, -1.0, rnd.uniform(-4, 4)]))
             for _ in range(rnd.randrange(0, 12))]
        assert viterbi_obi(z, trans) == viterbi([(0.0, x.real, x.imag) for x in z], trans), (z, trans)


def test_marginals_are_the_sums_over_paths():
    trans = [[0.5, -1.0, -3.0], [-0.5, 0.0, 1.0], [-0.2, -0.4, 0.7]]
    rows = [(0.0, 1.2, -0.3), (0.0, -0.1, 0.9), (0.0, 0.3, 0.2)]
    paths = list(itertools.product(range(3), repeat=len(rows)))
    w = {p: math.exp(sum(rows[t][y] for t, y in enumerate(p)) + sum(trans[a][b] for a, b in zip(p, p[1:])))
         for p in paths}
    z = sum(w.values())
    got = marginals(rows, trans)
    for t in range(len(rows)):
        for y in range(3):
            assert got[t][y] == pytest.approx(sum(v for p, v in w.items() if p[t] == y) / z, abs=1e-12)


SETS = ("unseen", "unseen9", "unseen24", "unseen33", "unseen44", "unseen50")


@pytest.fixture(scope="module")
def fixture_sentences():
    """Feature keys of every sentence of a few documents of each of SETS (tuning sets),
    the rules' mentions as features (tests/dims/ run the rules alone: what the model reads)."""
    pipe = Pipeline.load(ROOT / "rules")
    model = next(e for e in pipe.extractors if e.table == "projects").model
    out = []
    for s in SETS:
        for path in sorted((ROOT / "tests" / "fixtures" / s).glob("*.txt"))[:6]:
            res = pipe.process(read_file(path, path.stem))
            sents, cols = model.feature_keys(simplified(res.doc.text), res.mentions.get("places", []),
                                        res.mentions.get("projects", []), every=True)
            out += [c for (a, b), c in zip(sents, cols)]
    return model, out


def test_the_scorer_tags_as_crfsuite_on_the_fixtures(fixture_sentences, model_scorer):
    model, sents = fixture_sentences
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    scorer = model_scorer
    assert isinstance(model.tagger(), Scorer)
    named = 0
    for cols in sents:
        want = tagger.tag(strings(cols))
        assert scorer.tag(cols) == want
        named += "B" in want
        for k in range(0, len(want), 7):
            for lab in ("B", "I", "O"):
                assert scorer.marginal(lab, k) == pytest.approx(tagger.marginal(lab, k), abs=1e-9)
    assert len(sents) > 200 and named > 30  # sentences with names, not only O


def test_the_scorer_reads_a_changed_weight(fixture_sentences, tmp_path):
    """The tags follow the weights file: a sentence tagged with a name loses it when the
    bias of B is made prohibitive (the test above can fail)."""
    model, sents = fixture_sentences
    cols = next(c for c in sents if "B" in model.tagger().tag(c))
    path = tmp_path / "w.json"
    text = crf_scorer.weights_path(MODEL).read_text(encoding="utf-8")
    start = text.index('\n["b", ')
    end = text.index("\n", start + 1)
    o, b, i = eval(text[start + 1:end].rstrip(","))[1:]
    path.write_text(text[:start + 1] + '["b", %r, %r, %r],' % (o, b - 100.0, i) + text[end:], encoding="utf-8")
    assert "B" not in Scorer(path).tag(cols)


def test_short_sentences_tag_as_crfsuite(fixture_sentences, model_scorer):
    """Sentences of one to eight characters (the scorer rebuilds the padded bigrams of
    fewer than three characters another way), rule mentions anywhere in them."""
    import random

    from pipeline.model import Mention

    model, _ = fixture_sentences
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    rnd = random.Random(3)
    seen = set()
    for _ in range(400):
        text = "".join(rnd.choice("园区项目工程大道星河“”，。\n建设县") for _ in range(rnd.randrange(1, 9)))
        a = rnd.randrange(len(text))
        b = rnd.randrange(a + 1, len(text) + 1)
        found = [Mention("projects", a, b, text[a:b], "project.head.park", {"category": "park"})]
        for keys in model.feature_keys(text, [], found, every=True)[1]:
            assert model_scorer.tag(keys) == tagger.tag(strings(keys)), text
            seen.add(len(keys[0]))
    assert {1, 2, 3} <= seen


def test_packed_weights_read_as_the_dict_they_pack():
    """crf_packed: every value of a template's weights reads its own weight, exactly, and a
    value the table lacks (one code away, longer, empty) the default; the run's packed
    templates hold every weight of the file."""
    import json

    from pipeline.dims.projects.crf_packed import Packed, code, pack

    table = {"星": 0.25 - 1.5j, "星河": -0.0 + 2j, "a": 1e-300 + 0j, "三个字": 3 + 3j, "四个字的": -7j, "": 0.5 + 0.5j}
    p = Packed(*pack(table))
    assert len(p) == len(table)
    for v, w in table.items():
        got = p.get(v, None)
        assert got == w and repr(got) == repr(w)
    for v in ("星星", "河", "b", "三个", "四个字", "五个字的词"):
        assert p.get(v, 0j) == 0j and p.get(v) is None
    assert len({code(v) for v in ("", "a", "aa", "aaa", "\x00", "\x00\x00", "a\x00", "\x00a")}) == 8
    data = json.loads(crf_scorer.weights_path(MODEL).read_text(encoding="utf-8"))
    tables = crf_scorer._tables(json.dumps(data))["tables"]
    packed = {t: Packed(*v) for t, v in tables.items() if isinstance(v, tuple)}
    assert {"c0=", "c-1=", "c-2=", "c1=", "c2=", "rIc0="} <= packed.keys()
    o, b, i = (data["labels"].index(x) for x in "OBI")
    n = 0
    for row in data["state"]:
        t, v = template_of(row[0])
        if t in packed:
            assert packed[t].get(v) == complex(row[1 + b] - row[1 + o], row[1 + i] - row[1 + o])
            n += 1
    assert n == sum(map(len, packed.values())) > 5000


def _every_group(scorer, keys):
    """``Scorer.scores`` as it was before round 21: every group added, in order."""
    from operator import add, itemgetter

    from pipeline.dims.projects.crf_features import BIGRAMS

    m = len(keys[0])
    bg = keys[BIGRAMS[0]] + keys[BIGRAMS[-1]][-3:] if m >= 3 else \
        [keys[BIGRAMS[max(0, j - m + 1)]][min(j, m - 1)] for j in range(m + 3)]
    ch = list(map(scorer.chars.__getitem__, bg[0][0] + "".join(map(itemgetter(1), bg))))
    acc = list(map(itemgetter(0), ch[:m]))
    for j in range(1, len(BIGRAMS) + 1):
        acc = list(map(add, acc, map(itemgetter(j), ch[j:j + m])))
    bg = list(map(scorer.bigrams.get, bg, scorer.no_bigram))
    for o in range(len(BIGRAMS)):
        acc = list(map(add, acc, map(itemgetter(o), bg[o:o + m])))
    for g, fused in scorer.others:
        acc = list(map(add, acc, map(fused.__getitem__, keys[g])))
    return acc


def test_a_group_without_features_in_a_sentence_is_not_added(fixture_sentences):
    """Round 21 (speed21): a group whose key is None at every character of a sentence adds
    only 0j, so ``scores`` skips it: the sums are those with every group added, to the bit."""
    model, sents = fixture_sentences
    scorer = model.tagger()
    skipped = 0
    for cols in sents:
        m = len(cols[0])
        skipped += any(cols[g].count(None) == m for g, _f in scorer.others)
        bits = [(z.real.hex(), z.imag.hex()) for z in scorer.scores(cols)]
        assert bits == [(z.real.hex(), z.imag.hex()) for z in _every_group(scorer, cols)]
    assert skipped > 20
