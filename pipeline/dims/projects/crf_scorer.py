"""The project-span model at run time: its weights and a Viterbi decode in plain Python.

python-crfsuite trains the model (scripts/train_projects_model.py) and `make train` writes
its weights next to it (:func:`export`: ``projects_crf.weights.json``, every state feature's
weight per label and the transitions, read from the trained file's bytes).
A run reads that file once per process (through the cache folder: a warm start
unmarshals the tables instead of parsing the JSON) and never loads python-crfsuite:

* a sentence's score per character is looked up from its feature keys (crf_features.GROUPS:
  one key per group of features, e.g. a bigram for c0=, t= and c0c1=), without making the
  feature strings crfsuite reads: a group's weights are summed once per key met
  (:class:`_Fused`) or read as they are (:class:`_Static`), the four bigram groups' once per
  character (:class:`_Chars`) and per bigram the model knows (``bigrams``); each sum is
  one complex number, B minus O and I minus O (a constant added to every label's score at a
  character changes neither the best path nor the marginals), so a character costs about
  a dozen look-ups and complex additions for its ~20 features;
* the weights of the templates read once per key met (the characters' and the rule
  mention's: ~10,000 values) are packed in arrays (crf_packed.py), the rest are dicts;
* the tags are crfsuite's Viterbi (the same transitions, ties to the lower label id);
* marginals (forward-backward) only where ``explain --trace`` shows a span's score.

The sums are made in another order than crfsuite's (per group, with O subtracted), so
a path's score may differ from crfsuite's in its last bits: the tags are the same unless
two paths tie to ~1e-12, which no sentence of the fixtures does
(tests/dims/projects/test_crf_scorer.py tags them both ways). DECISIONS: "Speed, round 14".
"""
from __future__ import annotations

import json
from itertools import islice, repeat
import struct
from operator import add, itemgetter
from pathlib import Path

from .crf_features import BIGRAMS, GROUPS, KEY, TEMPLATES
from .crf_marginals import _Marginals, marginals  # noqa: F401 (marginals: its home was here)
from .crf_packed import Packed, pack

LABELS = ("O", "B", "I")


def weights_path(model_path) -> Path:
    """Where the weights of a model file live: projects_crf.crfsuite -> projects_crf.weights.json."""
    return Path(model_path).with_suffix(".weights.json")


def read_model(model_path):
    """(labels, attributes, features) of a python-crfsuite (CRFsuite 1d) model file, read
    from its bytes: the labels and attributes by id (their CQDB's backward array), each
    feature as (type: 0 state 1 transition, source id, destination label id, weight). The
    weights are the file's doubles; ``Tagger.info()`` reads them from a text dump that
    rounds them to six decimals, too coarse to tag as crfsuite does."""
    buf = Path(model_path).read_bytes()
    if buf[:4] != b"lCRF" or buf[8:12] != b"FOMC":
        raise ValueError(f"{model_path}: not a CRFsuite 1d model")
    off_features, off_labels, off_attrs = struct.unpack_from("<3I", buf, 28)

    def strings(off):
        if buf[off:off + 4] != b"CQDB":
            raise ValueError(f"{model_path}: no CQDB at {off}")
        n, bwd = struct.unpack_from("<2I", buf, off + 16)
        out = []
        for i in range(n):
            (rec,) = struct.unpack_from("<I", buf, off + bwd + 4 * i)
            rid, size = struct.unpack_from("<2I", buf, off + rec)
            if rid != i:
                raise ValueError(f"{model_path}: CQDB record {i} holds id {rid}")
            out.append(buf[off + rec + 8:off + rec + 7 + size].decode("utf-8"))
        return out

    if buf[off_features:off_features + 4] != b"FEAT":
        raise ValueError(f"{model_path}: no features at {off_features}")
    (n,) = struct.unpack_from("<I", buf, off_features + 8)
    feats = [struct.unpack_from("<3Id", buf, off_features + 12 + 20 * k) for k in range(n)]
    return strings(off_labels), strings(off_attrs), feats


def export(model_path, out=None) -> Path:
    """Write the weights of a python-crfsuite model file (`make train`): labels, transitions
    and every state feature's weights in the order of the labels, one feature a line (exact:
    the file's doubles, written as ``repr``)."""
    labels, attrs, feats = read_model(model_path)
    if sorted(labels) != sorted(LABELS):
        raise ValueError(f"{model_path}: labels {labels}, not {LABELS}")
    state: dict = {}
    trans = [[0.0] * len(labels) for _ in labels]
    for kind, src, dst, w in feats:
        if kind == 0:
            state.setdefault(attrs[src], [0.0] * len(labels))[dst] = w
        else:
            trans[src][dst] = w
    return write_weights(Path(out) if out else weights_path(model_path), Path(model_path).name, labels, trans, state)


def write_weights(out: Path, model: str, labels, trans, state: dict) -> Path:
    """The weights file a run reads: ``labels``, the ``trans`` matrix and each state feature's
    weights in the labels' order, one feature a line, sorted; written whole or not at all."""
    lines = [json.dumps([a] + state[a], ensure_ascii=False) for a in sorted(state)]
    text = ('{"model": %s,\n "labels": %s,\n "transitions": %s,\n "state": [\n%s\n]}\n'
            % (json.dumps(model), json.dumps(list(labels)), json.dumps(trans), ",\n".join(lines)))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out


def template_of(feature: str) -> tuple[str, str]:
    """(template, value) of a feature string: the template is up to its first "=" (the
    whole feature when it has none, its value then "")."""
    k = feature.find("=")
    return (feature, "") if k < 0 else (feature[:k + 1], feature[k + 1:])


#: templates of fewer weights than this stay a dict
PACK_FROM = 64


def _tables(text) -> dict:
    """What a run needs of a weights file: labels, transitions and template -> value ->
    complex(w(B) - w(O), w(I) - w(O)) (a dict, or crf_packed.pack's tuple for a template
    of ``PACK_FROM`` weights or more); marshallable (the cache folder keeps it)."""
    data = json.loads(text)
    labels = data["labels"]
    o, b, i = (labels.index(x) for x in LABELS)
    tables: dict = {t: {} for t in TEMPLATES}
    for row in data["state"]:
        t, v = template_of(row[0])
        if t in tables:
            tables[t][v] = complex(row[1 + b] - row[1 + o], row[1 + i] - row[1 + o])
    # bigram -> its weights in each bigram group's bigram templates (On g), for the bigrams
    # the model knows (any other weighs nothing there)
    bigrams: dict = {}
    for o, g in enumerate(BIGRAMS):
        for i, f in GROUPS[g]:
            if f.role == "g":
                if f.f is not None:
                    raise ValueError("a bigram template's value is the bigram")
                for v, w in tables[TEMPLATES[i]].items():
                    bigrams.setdefault(v, [0j] * len(BIGRAMS))[o] += w
                tables[TEMPLATES[i]] = {}  # read through bigrams only
    # a group of one template read as its key (crf_features.KEY) reads its dict as it is
    # (crf_scorer._Static: no cache of the keys met)
    static = {TEMPLATES[p[0][0]] for p in GROUPS if len(p) == 1 and p[0][1] is KEY}
    tables = {t: pack(v) if len(v) >= PACK_FROM and t not in static else v for t, v in tables.items()}
    return {"labels": labels, "transitions": data["transitions"], "tables": tables, "bigrams": bigrams}


class Scorer:
    """Tags sentences given as feature keys with the weights of a weights file; the
    interface explain reads is python-crfsuite's (``tag``, ``marginal`` of the sentence
    tagged last, ``info().state_features``)."""

    def __init__(self, path):
        from ...cache import cached_file

        self.path = Path(path)
        from . import crf_features, crf_packed

        # the tables depend on this code, on the groups of the features' code and on the packing's
        salt = "".join(Path(f).read_text(encoding="utf-8") for f in (__file__, crf_features.__file__, crf_packed.__file__))
        got = cached_file("crfweights", self.path.read_bytes(), salt, _tables)
        self.labels = list(got["labels"])
        self.trans = [list(r) for r in got["transitions"]]
        tables = [got["tables"][t] for t in TEMPLATES]
        tables = [Packed(*t) if isinstance(t, tuple) else t for t in tables]
        self.groups = [None if g in BIGRAMS else _Static(tables[parts[0][0]])
                       if len(parts) == 1 and parts[0][1] is KEY else _Fused(parts, tables)
                       for g, parts in enumerate(GROUPS)]
        self.chars = _Chars(tables)
        zero = (0j,) * len(BIGRAMS)
        self.bigrams = {g: tuple(v) for g, v in got["bigrams"].items()}
        self.no_bigram = repeat(zero)
        self.others = [(g, self.groups[g]) for g in range(len(GROUPS)) if g not in BIGRAMS]
        self._state = None  # (feature, label) -> weight: explain only
        self._last = None  # the rows of the sentence tagged last (for marginal)
        self._marg = None

    def scores(self, keys) -> list[complex]:
        """Per character: the sum of its features' weights, complex(B - O, I - O), one look-up
        per group (crf_features.GROUPS), the four bigram groups one look-up per bigram."""
        m = len(keys[0])
        first, *_, last = BIGRAMS
        # the padded sentence's bigrams (the bigram group at offset o holds bigram k + o at k)
        if m >= 3:
            bg = keys[first] + keys[last][-3:]
        else:
            bg = [keys[BIGRAMS[max(0, j - m + 1)]][min(j, m - 1)] for j in range(m + 3)]
        # the character parts: a character's sum per place (k + 0 ... k + 4 of the padded
        # sentence), then the bigram parts, per bigram group (k + 0 ... k + 3)
        ch = list(map(self.chars.__getitem__, bg[0][0] + "".join(map(itemgetter(1), bg))))
        acc = list(map(itemgetter(0), ch[:m]))
        for j in range(1, len(BIGRAMS) + 1):
            acc = list(map(add, acc, map(itemgetter(j), ch[j:j + m])))
        bg = list(map(self.bigrams.get, bg, self.no_bigram))
        for o in range(len(BIGRAMS)):
            acc = list(map(add, acc, map(itemgetter(o), bg[o:o + m])))
        for g, fused in self.others:
            col = keys[g]
            if col.count(None) == m:
                continue  # no feature of the group in the sentence: every sum would add 0j, and
                # x + 0j is x (acc's parts are sums from +0.0, never -0.0)
            acc = list(map(add, acc, map(fused.__getitem__, col)))
        return acc

    def rows(self, z) -> list[tuple]:
        """Per character: its score per label, in the order of the label ids (``z``: its
        scores)."""
        order = tuple(LABELS.index(x) for x in self.labels)  # label id -> 0 (O), 1 (B), 2 (I)
        return [tuple((0.0, x.real, x.imag)[k] for k in order) for x in z]

    def tag(self, keys) -> list[str]:
        z = self._last = self.scores(keys)
        self._marg = None
        if self.labels == list(LABELS):
            ids = viterbi_obi(z, self.trans)
        else:
            ids = viterbi(self.rows(z), self.trans)
        return [self.labels[k] for k in ids]

    def marginal(self, label: str, k: int) -> float:
        """P(``label`` at character ``k``) of the sentence tagged last (forward-backward once
        per sentence, each character's probabilities when first asked for)."""
        if self._marg is None:
            self._marg = _Marginals(self.rows(self._last), self.trans)
        return self._marg[k][self.labels.index(label)]

    def info(self):
        """python-crfsuite's ``Tagger.info()`` as explain reads it: ``state_features``."""
        if self._state is None:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            labels = data["labels"]
            self._state = {(row[0], lab): w for row in data["state"] for lab, w in zip(labels, row[1:]) if w}
        return _Info(self._state)


class _Fused(dict):
    """key -> the sum of the weights of the features a group's key gives (complex(B - O,
    I - O)), made on first use; cleared when it holds ``LIMIT`` keys (a run meets new keys
    as long as it reads new text: the group of the rule's mention and the character met
    ~10,000 keys in 2 MB of the bench text, ~1.2 MB of keys and sums). At 4096 (round 15)
    that group was cleared every few hundred documents and made 44,600 sums in 2 MB; at
    16,384, 10,500 (at most ~2 MB held; DECISIONS "Round 24: speed")."""

    LIMIT = 1 << 14

    def __init__(self, group, tables):
        super().__init__()
        self.parts = [(f, tables[i]) for i, f in group]

    def __missing__(self, key):
        if len(self) >= self.LIMIT:
            self.clear()
        z = self[key] = self.value(key)
        return z

    def value(self, key) -> complex:
        z = 0j
        if key is not None:
            for f, table in self.parts:
                v = f(key)
                if v is not None:
                    z += table.get(v, 0j)
        return z


class _Static(dict):
    """A group of one template whose value is the key (crf_features.KEY): its weights as
    they are, 0 for a key the model does not know (nothing made per key met)."""

    def __init__(self, table):
        super().__init__(table)
        self[None] = 0j  # no feature

    def __missing__(self, key):
        return 0j


class _Chars(dict):
    """character -> the sums of the bigram groups' character templates (On x, y) it gives
    at each place of a character's window, k + 0 ... k + 4 of the padded sentence (group o
    reads its bigram's first character at k + o, its second at k + o + 1); made on first
    use (bounded by the characters a run meets; cleared at ``LIMIT``)."""

    LIMIT = 1 << 14

    def __init__(self, tables):
        super().__init__()
        self.parts = [(o + (f.role == "y"), f, tables[i]) for o, g in enumerate(BIGRAMS)
                      for i, f in GROUPS[g] if f.role != "g"]
        self.size = len(BIGRAMS) + 1

    def __missing__(self, c):
        if len(self) >= self.LIMIT:
            self.clear()
        z = [0j] * self.size
        for j, f, table in self.parts:
            z[j] += table.get(f.of(c), 0j)
        v = self[c] = tuple(z)
        return v


class _Info:
    def __init__(self, state_features):
        self.state_features = state_features


def viterbi(rows, trans) -> list[int]:
    """The label ids of the best path: as crfsuite's crf1dc_viterbi, a tie going to the
    lower label id. The reference :func:`viterbi_obi` is checked against, and the path for a
    model whose labels are not in the order O, B, I."""
    if not rows:
        return []
    n_labels = len(trans)
    prev, back = list(rows[0]), []
    for row in rows[1:]:
        cur, links = [], []
        for j in range(n_labels):
            m, a = prev[0] + trans[0][j], 0
            for i in range(1, n_labels):
                x = prev[i] + trans[i][j]
                if m < x:
                    m, a = x, i
            cur.append(m + row[j])
            links.append(a)
        back.append(links)
        prev = cur
    best = 0
    for j in range(1, n_labels):
        if prev[best] < prev[j]:
            best = j
    out = [best]
    for links in reversed(back):
        best = links[best]
        out.append(best)
    out.reverse()
    return out


def viterbi_obi(z, trans) -> list[int]:
    """:func:`viterbi` for label ids O 0, B 1, I 2 and the scores of a character as
    complex(B - O, I - O) (O's being 0): the same path, ties too, without a row per
    character; each character's back links packed in one small int."""
    if not z:
        return []
    (t00, t01, t02), (t10, t11, t12), (t20, t21, t22) = trans
    p0, p1, p2 = 0.0, z[0].real, z[0].imag
    back = []
    for x in islice(z, 1, None):
        m, bk = p0 + t00, 0
        y = p1 + t10
        if m < y:
            m, bk = y, 1
        y = p2 + t20
        if m < y:
            m, bk = y, 2
        n0 = m
        m, a = p0 + t01, 0
        y = p1 + t11
        if m < y:
            m, a = y, 1
        y = p2 + t21
        if m < y:
            m, a = y, 2
        n1 = m + x.real
        bk |= a << 2
        m, a = p0 + t02, 0
        y = p1 + t12
        if m < y:
            m, a = y, 1
        y = p2 + t22
        if m < y:
            m, a = y, 2
        back.append(bk | a << 4)
        p0, p1, p2 = n0, n1, m + x.imag
    best, m = 0, p0
    if m < p1:
        best, m = 1, p1
    if m < p2:
        best = 2
    out = [best]
    for bk in reversed(back):
        best = bk >> 2 * best & 3
        out.append(best)
    out.reverse()
    return out
