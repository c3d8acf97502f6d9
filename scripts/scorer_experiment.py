"""Would a learned scorer over the rules' project mentions beat the rules? (issue 11)

A logistic regression (numpy, Newton steps, L2) over features a reader uses -- the rule and
head class, length, digits, quotes, brackets, a place first or inside, rare or proper-noun
words, generic and superlative words, undertaking cues in the sentence and near the name,
an amount in the sentence, a locative before, list separators and 等 around, recurrences in
the document -- decides for each mention of projects.csv whether to keep it. Evaluated
leaving one tuning set out at a time (the test sets are never read), at three thresholds,
against the rules alone.

    make dev-score            # writes build/<set>/ for every tuning set
    .venv/bin/python scripts/scorer_experiment.py build

Result and decision: docs/DECISIONS.md ("A learned scorer over project mentions: measured,
not shipped")."""
import collections
import csv
import json
import os
import re
import sys
from pathlib import Path

import numpy as np
import jieba
import jieba.posseg
ROOT = Path(__file__).resolve().parents[1]
jieba.setLogLevel(60)
jieba.initialize()
FREQ = jieba.dt.FREQ
TOTAL = jieba.dt.total
def lex(name):
    out=set()
    for l in open(ROOT / 'rules' / 'lexicons' / f'{name}.txt', encoding='utf-8'):
        l=l.strip()
        if l and not l.startswith('#'): out.add(l.split('\t')[0])
    return out
UNDERTAKING = lex('project_undertaking_cues')
GENERIC = lex('project_generic') | lex('project_evaluative') | lex('project_descriptive')
LOCATIVE = ['位于','在','经','至','到','从','途经','毗邻','距','沿','通往','连接','紧邻','靠近','前往']
TUNING = ("seeds unseen unseen2 unseen4 unseen5 unseen8 unseen9 unseen10 unseen11 unseen13 unseen14 "
          "unseen16 unseen17 unseen18 unseen20 unseen21 unseen22").split()
PRED = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build")
# never a test set; a set without outputs under PRED (make dev-score writes no seeds) is skipped
SETS = [s for s in (sys.argv[2].split(",") if len(sys.argv) > 2 else TUNING)
        if s in TUNING and os.path.isfile(os.path.join(PRED, s, "projects.csv"))]
SHARED = ROOT.parent / "shared"

def paths(s):
    if s == 'seeds':
        return SHARED / 'gold' / 'seeds.jsonl', SHARED / 'seeds'
    return ROOT / 'tests' / 'fixtures' / f'{s}_gold.jsonl', ROOT / 'tests' / 'fixtures' / s

def load(s):
    gold, tdir = paths(s)
    G = collections.defaultdict(set)
    for l in open(gold, encoding='utf-8'):
        d = json.loads(l)
        if d.get('type') == 'project': G[d['doc']].add((d['start'], d['end']))
    texts = {}
    for fn in os.listdir(tdir):
        stem = fn.rsplit('.', 1)[0]
        texts[stem] = open(os.path.join(tdir, fn), encoding='utf-8', errors='replace').read() if fn.endswith('.txt') else None
    rows = list(csv.DictReader(open(f'{PRED}/{s}/projects.csv', encoding='utf-8')))
    places = collections.defaultdict(list)
    for r in csv.DictReader(open(f'{PRED}/{s}/places.csv', encoding='utf-8')):
        places[r['doc_id']].append((int(r['start']), int(r['end'])))
    sents = {}
    for r in csv.DictReader(open(f'{PRED}/{s}/sentences.csv', encoding='utf-8')):
        sents[(r['doc_id'], r['sentence_id'])] = (int(r['start']), int(r['end']))
    amts = collections.Counter()
    for r in csv.DictReader(open(f'{PRED}/{s}/amounts.csv', encoding='utf-8')):
        amts[(r['doc_id'], r['sentence_id'])] += 1
    return G, texts, rows, places, sents, amts

def feats(r, text, places, sents, amts, counts):
    f = {}
    s, e = int(r['start']), int(r['end']); name = text[s:e]
    f['rule=' + r['rule_id']] = 1
    f['cat=' + r['category']] = 1
    n = len(name)
    for lo, hi in ((0,4),(5,6),(7,9),(10,14),(15,999)):
        if lo <= n <= hi: f[f'len{lo}'] = 1
    if re.search(r'[0-9０-９A-Za-z]', name): f['digit'] = 1
    if re.search(r'[“”"「」《》]', name): f['quote'] = 1
    if re.search(r'[（）()]', name): f['bracket'] = 1
    ps = [p for p in places if s <= p[0] and p[1] <= e]
    if any(p[0] == s for p in ps): f['place_first'] = 1
    if ps: f['has_place'] = 1
    if any(p[0] < s < p[1] or p[0] < e < p[1] for p in places): f['place_cross'] = 1
    words = [(p.word, p.flag) for p in jieba.posseg.cut(name)]
    body = words[:-1] if len(words) > 1 else words
    rare = [w for w, t in body if FREQ.get(w, 0) < 50 and re.match(r'[\u4e00-\u9fff]', w) and len(w) >= 2]
    if rare: f['rare_word'] = 1
    if any(t in ('nr','ns','nz','nt','nrt','nrfg') for w, t in body): f['proper_pos'] = 1
    if all(w in GENERIC or FREQ.get(w, 0) > 1000 for w, t in body): f['all_common'] = 1
    if any(w in GENERIC for w, t in body): f['generic_word'] = 1
    if words and words[0][1].startswith('v'): f['verb_first'] = 1
    if re.search(r'最|首个|第一|全国|全球|国际|国家级|省级', name): f['superlative'] = 1
    key = (r['doc_id'], r['sentence_id'])
    ss, se = sents.get(key, (max(0, s-60), e+60))
    sent = text[ss:se]
    if any(c in sent for c in UNDERTAKING): f['undertaking_sent'] = 1
    near = text[max(ss, s-12):min(se, e+12)]
    if any(c in near for c in UNDERTAKING): f['undertaking_near'] = 1
    if amts.get(key): f['amount_sent'] = 1
    left = text[max(0, s-3):s]
    if any(left.endswith(w) for w in LOCATIVE): f['locative_before'] = 1
    lc = text[s-1:s] if s else ''
    rc = text[e:e+1]
    if lc in '、': f['list_left'] = 1
    if rc in '、': f['list_right'] = 1
    if rc == '等' or text[e:e+2] in ('项目','工程'): f['right_等'] = 1
    if lc in '“"《「': f['quoted_left'] = 1
    if lc in '，。；：,;:\n ' or not lc: f['clause_start'] = 1
    if re.match(r'(开工|建设|竣工|投产|签约|落地|开园|开业|投用|通车|建成|完工|启动|实施)', text[e:e+4]): f['verb_after'] = 1
    c = counts[name]
    f['occ1' if c == 1 else ('occ2' if c == 2 else 'occ3')] = 1
    return f

def dataset(sets):
    X, y, groups, meta = [], [], [], []
    gold_n = collections.Counter()
    for si, s in enumerate(sets):
        G, texts, rows, places, sents, amts = load(s)
        for d, g in G.items(): gold_n[(s, d)] += len(g)
        bydoc = collections.defaultdict(list)
        for r in rows: bydoc[r['doc_id']].append(r)
        for d, rs in bydoc.items():
            text = texts.get(d)
            if text is None: continue
            counts = collections.Counter(text[int(r['start']):int(r['end'])] for r in rs)
            counts = collections.Counter({k: text.count(k) for k in counts})
            for r in rs:
                X.append(feats(r, text, places[d], sents, amts, counts))
                y.append(1 if (int(r['start']), int(r['end'])) in G.get(d, ()) else 0)
                groups.append((s, d)); meta.append((s, d, r['text'], r['rule_id']))
    return X, np.array(y), groups, meta, gold_n

def vec(X, vocab=None):
    if vocab is None:
        vocab = sorted({k for x in X for k in x})
    idx = {k: i for i, k in enumerate(vocab)}
    M = np.zeros((len(X), len(vocab) + 1))
    M[:, -1] = 1
    for i, x in enumerate(X):
        for k, v in x.items():
            if k in idx: M[i, idx[k]] = v
    return M, vocab

def train(M, y, l2=1.0, iters=50):
    w = np.zeros(M.shape[1])
    for _ in range(iters):  # Newton / IRLS
        p = 1 / (1 + np.exp(-M @ w))
        g = M.T @ (p - y) + l2 * np.r_[w[:-1], 0]
        H = (M * (p * (1 - p))[:, None]).T @ M + l2 * np.diag(np.r_[np.ones(len(w) - 1), 0]) + 1e-6 * np.eye(len(w))
        w -= np.linalg.solve(H, g)
    return w

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0

if __name__ == '__main__':
    X, y, groups, meta, gold_n = dataset(SETS)
    print('mentions', len(y), 'positives', y.sum())
    sets = sorted({g[0] for g in groups})
    for thr in (0.2, 0.3, 0.4):
        tot = collections.Counter(); tot0 = collections.Counter()
        per = {}
        for s in SETS:  # leave one set out
            tr = np.array([g[0] != s for g in groups]); te = ~tr
            Mtr, vocab = vec([X[i] for i in np.where(tr)[0]])
            w = train(Mtr, y[tr])
            Mte, _ = vec([X[i] for i in np.where(te)[0]], vocab)
            p = 1 / (1 + np.exp(-Mte @ w))
            keep = p >= thr
            yt = y[te]
            gn = sum(v for k, v in gold_n.items() if k[0] == s)
            tp0, fp0 = yt.sum(), (1 - yt).sum()
            tp1, fp1 = (yt * keep).sum(), ((1 - yt) * keep).sum()
            per[s] = (f1(tp0, fp0, gn - tp0), f1(tp1, fp1, gn - tp1))
            tot0.update(tp=tp0, fp=fp0, fn=gn - tp0); tot.update(tp=tp1, fp=fp1, fn=gn - tp1)
        print(f'thr {thr}: rules {f1(tot0["tp"], tot0["fp"], tot0["fn"]):.3f} scorer {f1(tot["tp"], tot["fp"], tot["fn"]):.3f}',
              ' '.join(f'{s}:{a:.3f}->{b:.3f}' for s, (a, b) in per.items()))
    M, vocab = vec(X); w = train(M, y)
    for k, v in sorted(zip(vocab + ['bias'], w), key=lambda t: t[1]):
        print(f'{v:+.2f} {k}')
