#!/usr/bin/env python3
"""A learned decision over the fact linker's candidates against the rules' own, cross-validated by set
(issue 13, round 32, facts39).

    scripts/facts_model_folds.py CACHE.pkl [--folds 5] [--boot 2000] [--out DIR]

CACHE.pkl comes from scripts/facts_model_cache.py (tuning fact gold only). For every amount the linker judged,
the candidates are the rules' own decision and each (project or none, place or none) of the mentions of the
amount's sentence as the linker saw them; each candidate is one item of a one-element sequence for python-crfsuite
(a maxent classifier, labels 1/0 against the gold's tuple). Folds group whole sets (round robin over the sets in
SETS order); per amount the candidate scoring highest wins, (none, none) meaning no row; the relation is the
rules' reading. Prints facts P/R/F1 pooled over the folds for rules and model on the same documents and a
bootstrap over documents of the F1 difference.
"""
from __future__ import annotations

import argparse
import collections
import json
import math
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import pycrfsuite  # noqa: E402
from facts_causes import ALL_DOCS, SETS  # noqa: E402
from score_facts import _name, load_gold  # noqa: E402

LIST_MARKS = "、"
CLAUSE_MARKS = "，,；;：:"
WORDS_BETWEEN = False  # --words-between


def _bin(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else ("8-15" if n < 16 else ("16-31" if n < 32 else "32+")))


def _clause_of(clauses, pos):
    for j, (s, e) in enumerate(clauses):
        if s <= pos < e:
            return j
    return -1


def mention_feats(tag, m, a, clauses, k, text, others, extra):
    """Features of one candidate mention m (start, end, name, class, rule) against amount a (start, end)."""
    s, e = m[0], m[1]
    f = []
    if s <= a[0] and a[1] <= e:
        pos, between = "holds", ""
    elif e <= a[0]:
        pos, between = "before", text[e:a[0]]
    else:
        pos, between = "after", text[a[1]:s]
    kc = _clause_of(clauses, s)
    d = k - kc if kc >= 0 else 99
    f += [f"{tag}.pos={pos}", f"{tag}.cd={_bin(d) if d >= 0 else 'neg'}", f"{tag}.chars={_bin(len(between))}",
          f"{tag}.pos={pos}|cd={_bin(d) if d >= 0 else 'neg'}", f"{tag}.class={m[3]}", f"{tag}.rule={m[4]}",
          f"{tag}.pos={pos}|class={m[3]}"]
    if any(c in between for c in LIST_MARKS):
        f.append(f"{tag}.btw_list")
    n_comma = sum(between.count(c) for c in CLAUSE_MARKS)
    f.append(f"{tag}.btw_clauses={_bin(n_comma)}")
    if "；" in between or ";" in between:
        f.append(f"{tag}.btw_semicolon")
    if WORDS_BETWEEN and pos != "holds" and len(between) <= 24:  # the verbs and nouns between, as bigrams
        f += [f"{tag}.btw2={between[i:i + 2]}" for i in range(len(between) - 1)
              if not any(c in CLAUSE_MARKS + LIST_MARKS for c in between[i:i + 2])]
    # nearest of its kind before the amount
    if pos == "before":
        nearer = sum(1 for o in others if e <= o[0] and o[1] <= a[0] and o is not m)
        f.append(f"{tag}.rank={_bin(nearer)}")
        f.append(f"{tag}.rank={_bin(nearer)}|cd={_bin(d) if d >= 0 else 'neg'}")
    if kc >= 0:
        cs = clauses[kc][0]
        lead = text[cs:s]
        f.append(f"{tag}.lead={_bin(len(lead))}")
        if len(lead) <= 1:
            f.append(f"{tag}.opens_clause")
            if kc == 0:
                f.append(f"{tag}.opens_sentence")
        f.append(f"{tag}.prev1={text[s - 1] if s > 0 else '^'}")
        f.append(f"{tag}.next1={text[e] if e < len(text) else '$'}")
    return f + extra


def candidates(doc, a_idx, info):
    """[(project idx or None, place idx or None)]: every pair of the sentence's mentions, and the rules'."""
    out = [(p, q) for p in [None] + info["projects"] for q in [None] + info["places"]]
    if info["rule"] is not None and (info["rule"][0], info["rule"][1]) not in out:
        out.append((info["rule"][0], info["rule"][1]))
    return out


def features(doc, a_idx, info, cand):
    text = doc["text"]
    am = doc["amounts"][a_idx]
    a = (am[0], am[1])
    clauses, k = info["clauses"], info["k"]
    cs, ce = clauses[k]
    p, q = cand
    shape = f"P{int(p is not None)}L{int(q is not None)}"
    rule = info["rule"]
    f = [f"shape={shape}", f"shape={shape}|kind={am[3]}", f"shape={shape}|unit={am[4]}",
         f"shape={shape}|qual={am[5]}", f"shape={shape}|rel={info['relation']}",
         f"shape={shape}|np={_bin(len(info['projects']))}", f"shape={shape}|nl={_bin(len(info['places']))}"]
    before = text[max(cs, a[0] - 4):a[0]]
    for i in range(len(before)):
        f.append(f"shape={shape}|cue{len(before) - i}={before[i]}")
    f.append(f"shape={shape}|cue2={before[-2:]}")
    clause = text[cs:ce]
    for w in ("分别", "其中", "共", "累计", "合计", "总", "等", "各"):
        if w in clause:
            f.append(f"shape={shape}|clause_has={w}")
    f.append(f"shape={shape}|k={_bin(k)}")
    if rule is None:
        f.append(f"shape={shape}|rules_untied")
    else:
        rshape = f"P{int(rule[0] is not None)}L{int(rule[1] is not None)}"
        if (rule[0], rule[1]) == cand:
            f += ["is_rule", f"is_rule|{rule[2]}", f"is_rule|{rule[2]}|kind={am[3]}"]
        else:
            f.append(f"not_rule|rshape={rshape}|shape={shape}")
            if rule[0] == p and p is not None:
                f.append(f"rule_project|{rule[2]}")
            if rule[1] == q and q is not None:
                f.append(f"rule_place|{rule[2]}")
    if p is not None:
        pm = doc["projects"][p]
        others = [doc["projects"][i] for i in info["projects"]]
        f += mention_feats("pj", pm, a, clauses, k, text, others, [])
    if q is not None:
        qm = doc["places"][q]
        others = [doc["places"][i] for i in info["places"]]
        f += mention_feats("pl", qm, a, clauses, k, text, others, [f"pl.level={qm[3]}|shape={shape}"])
    if p is not None and q is not None:
        pm, qm = doc["projects"][p], doc["places"][q]
        if pm[0] <= qm[0] and qm[1] <= pm[1]:
            f.append("pair.place_in_name")
        elif qm[1] == pm[0]:
            f.append("pair.place_adjacent")
        elif _clause_of(clauses, qm[0]) == _clause_of(clauses, pm[0]):
            f.append("pair.same_clause")
        f.append(f"pair.order={'pl<pj' if qm[0] < pm[0] else 'pj<pl'}")
    return f


def load_docs(cache):
    docs = pickle.load(open(cache, "rb"))
    gold_by_pair = {}
    for d in docs:
        gold_by_pair.setdefault((d["set"], d["pair"]), set()).add(d["doc"])
    gold = {}
    for (set_name, pair), names in gold_by_pair.items():
        path = ROOT / "tests" / "fixtures" / f"facts_{pair}_gold.jsonl"
        for (doc, s, e), v in load_gold(path, set_name, names).items():
            gold[f"{set_name}/{doc}", s, e] = v  # document names recur across sets
    for d in docs:
        d["doc"] = f"{d['set']}/{d['doc']}"
    with_gold = {k[0] for k in gold}
    kept = [d for d in docs if d["pair"] in ALL_DOCS or d["doc"] in with_gold]
    return kept, gold


def tuple_of(doc, info, cand):
    p, q = cand
    if p is None and q is None:
        return None
    pn = _name(doc["projects"][p][2]) if p is not None else None
    qn = _name(doc["places"][q][2]) if q is not None else None
    return (info["relation"], pn, qn)


def rules_pred(doc):
    out = {}
    for a, rel, p, q, _ in doc["facts"]:
        am = doc["amounts"][a]
        out[(doc["doc"], am[0], am[1])] = (rel, _name(doc["projects"][p][2]) if p is not None else None,
                                          _name(doc["places"][q][2]) if q is not None else None)
    return out


def items(doc, gold):
    """[(amount key, info, [(cand, feats, label)])] of one document."""
    out = []
    for a_idx, info in sorted(doc["judged"].items()):
        am = doc["amounts"][a_idx]
        key = (doc["doc"], am[0], am[1])
        g = gold.get(key)
        rows = []
        for cand in candidates(doc, a_idx, info):
            t = tuple_of(doc, info, cand)
            if g is None:
                lab = "1" if t is None else "0"
            else:
                lab = "1" if t is not None and t[1:] == g[1:] else "0"
            rows.append((cand, features(doc, a_idx, info, cand), lab))
        out.append((key, info, rows))
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def softmax_train(amounts, c2, iters, lr=0.1):
    """A conditional logit over each amount's candidates (numpy, Adam, L2 c2 per amount): the weights and the
    feature index."""
    import numpy as np
    vocab = {}
    idx, cand_ptr, amt_ptr, pos = [], [0], [0], []
    for rows_ in amounts:
        if not any(l == "1" for _, _, l in rows_):
            continue  # no candidate is right: nothing to learn from it
        for _, f, l in rows_:
            idx.extend(vocab.setdefault(x, len(vocab)) for x in f)
            cand_ptr.append(len(idx))
            pos.append(l == "1")
        amt_ptr.append(len(pos))
    idx, cand_ptr, amt_ptr = np.array(idx), np.array(cand_ptr), np.array(amt_ptr)
    pos = np.array(pos, dtype=float)
    n_c, n_a = len(pos), len(amt_ptr) - 1
    cand_of = np.repeat(np.arange(n_c), np.diff(cand_ptr))
    amt_of = np.repeat(np.arange(n_a), np.diff(amt_ptr))
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, iters + 1):
        sc = np.bincount(cand_of, weights=w[idx], minlength=n_c)
        top = np.maximum.reduceat(sc, amt_ptr[:-1])[amt_of]
        ex = np.exp(sc - top)
        z_all = np.bincount(amt_of, weights=ex, minlength=n_a)[amt_of]
        z_pos = np.bincount(amt_of, weights=ex * pos, minlength=n_a)[amt_of]
        coef = ex / z_all - ex * pos / z_pos  # d(-log P(right)) / d score
        grad = np.bincount(idx, weights=coef[cand_of], minlength=len(w)) / n_a + c2 * w / n_a
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w.tolist(), vocab


def train(rows, path, c1, c2, iters):
    tr = pycrfsuite.Trainer(verbose=False)
    for feats, lab in rows:
        tr.append([feats], [lab])
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_states": True})
    tr.train(str(path))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--boot", type=int, default=2000)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--margin", type=float, nargs="+", default=[0.0], help="the model overrides the rules' choice only "
                    "by more than this score")
    ap.add_argument("--softmax", action="store_true", help="a conditional logit over each amount's candidates "
                    "(numpy) instead of crfsuite's per-candidate maxent; --c2 its L2, --iters its steps")
    ap.add_argument("--words-between", action="store_true", help="add the character bigrams between a mention "
                    "and the amount (at most 24 characters apart) as features")
    ap.add_argument("--pairwise", action="store_true", help="learn each alternative against the rules' choice")
    ap.add_argument("--groups", action="store_true", help="also report folds 0-2 (to choose params on) and "
                    "3-4 (to read the choice on) apart")
    ap.add_argument("--out", type=Path, default=Path("/tmp/facts39"))
    args = ap.parse_args(argv)
    global WORDS_BETWEEN
    WORDS_BETWEEN = args.words_between
    args.out.mkdir(parents=True, exist_ok=True)
    docs, gold = load_docs(args.cache)
    set_order = [s for s in SETS if any(d["set"] == s for d in docs)]
    fold_of = {s: i % args.folds for i, s in enumerate(set_order)}
    per_doc = {}
    for d in docs:
        per_doc[d["doc"], d["set"]] = items(d, gold)
    n_items = sum(len(r) for v in per_doc.values() for _, _, r in v)
    n_amounts = sum(len(v) for v in per_doc.values())
    print(f"documents {len(docs)}, sets {len(set_order)}, amounts judged {n_amounts}, candidates {n_items}, "
          f"gold rows {len(gold)}")
    reach = sum(1 for v in per_doc.values() for key, _, rows in v if key in gold and any(l == "1" for _, _, l in rows))
    print(f"gold rows some candidate matches (project, place): {reach}")
    rp = {}
    for d in docs:
        rp.update(rules_pred(d))
    fixable = sum(1 for v in per_doc.values() for key, _, rows in v
                  if rp.get(key) != gold.get(key) and any(l == "1" for _, _, l in rows))
    print(f"amounts the rules decide wrongly where some candidate is right (rows or no row): {fixable}")
    scored = []  # (key, doc, info, [(cand, score)])
    if args.pairwise:
        per_doc = {k: [(key, info, pairwise(rows_, info)) for key, info, rows_ in v] for k, v in per_doc.items()}
    for fold in range(args.folds if args.softmax else 0):
        train_amounts = [r for (doc, s), v in per_doc.items() if fold_of[s] != fold for _, _, r in v]
        w, vocab = softmax_train(train_amounts, args.c2, args.iters)
        by_id = {(d["doc"], d["set"]): d for d in docs}
        for (doc_id, s), v in per_doc.items():
            if fold_of[s] != fold:
                continue
            for key, info, rows_ in v:
                sc = [sum(w[vocab[x]] for x in f if x in vocab) for _, f, _ in rows_]
                top = max(sc)
                ex = [math.exp(x - top) for x in sc]
                z = sum(ex)
                scored.append((key, by_id[doc_id, s], info, [(c, e / z) for (c, _, _), e in zip(rows_, ex)]))
        print(f"fold {fold}: {sum(1 for s in set_order if fold_of[s] == fold)} sets", flush=True)
    for fold in range(0 if args.softmax else args.folds):
        rows = [(f, l) for (doc, s), v in per_doc.items() if fold_of[s] != fold for _, _, r in v for _, f, l in r]
        path = args.out / f"fold{fold}.crfsuite"
        train(rows, path, args.c1, args.c2, args.iters)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        by_id = {(d["doc"], d["set"]): d for d in docs}
        for (doc_id, s), v in per_doc.items():
            if fold_of[s] != fold:
                continue
            for key, info, rows_ in v:
                out = []
                for cand, f, _ in rows_:
                    tagger.set([f])
                    out.append((cand, tagger.marginal("1", 0)))
                scored.append((key, by_id[doc_id, s], info, out))
        print(f"fold {fold}: {sum(1 for s in set_order if fold_of[s] == fold)} sets", flush=True)
    groups = [("all", set(range(args.folds)))] + ([("sel", {0, 1, 2}), ("held", {3, 4})] if args.groups else [])
    for margin in args.margin:
        pred = decide(scored, margin, args.pairwise)
        rules_all = {}
        for d in docs:
            rules_all.update(rules_pred(d))
        moved = [k for k in set(pred) | set(rules_all) if pred.get(k) != rules_all.get(k)]
        won = sum(1 for k in moved if pred.get(k) == gold.get(k))
        lost = sum(1 for k in moved if rules_all.get(k) == gold.get(k))
        print(f"-- margin {margin}: {len(moved)} amounts decided otherwise than the rules: model right {won}, "
              f"rules right {lost}, both wrong {len(moved) - won - lost}")
        for name, folds in groups:
            print(f"-- margin {margin} folds {name}")
            args.margin_now = f"{margin}_{name}"
            report([d for d in docs if fold_of[d["set"]] in folds], gold, pred, args)
    return 0


def pairwise(rows_, info):
    """Each alternative against the rules' own choice: the features of the one minus the other's; 1 where the
    alternative is right and the rules' choice is not."""
    rule = (info["rule"][0], info["rule"][1]) if info["rule"] else (None, None)
    mine = next((r for r in rows_ if r[0] == rule), None)
    if mine is None:
        return []
    base = collections.Counter(mine[1])
    out = []
    for cand, f, lab in rows_:
        if cand == rule:
            continue
        diff = collections.Counter(f)
        diff.subtract(base)
        feats = {k: float(v) for k, v in diff.items() if v}
        out.append((cand, feats, "1" if lab == "1" and mine[2] == "0" else "0"))
    return out


def decide(scored, margin, pairwise_mode=False):
    """{amount key: tuple}: the best candidate, unless it beats the rules' own by no more than margin (pairwise:
    the best alternative where its probability of being right where the rules are wrong exceeds margin)."""
    model_pred = {}
    for key, doc, info, out in scored:
        rule = (info["rule"][0], info["rule"][1]) if info["rule"] else (None, None)
        if pairwise_mode:
            best, best_score = max(out, key=lambda x: x[1], default=(rule, 0.0))
            if best_score <= margin:
                best = rule
        else:
            best, best_score = max(out, key=lambda x: x[1])
            rule_score = max((sc for c, sc in out if c == rule), default=0.0)
            if best_score - rule_score <= margin:
                best = rule
        t = tuple_of(doc, info, best)
        if t is not None:
            if info["rule"] is not None and best == rule:
                t = (info["rule"][3],) + t[1:]  # the rules' own relation (分别 reads its own)
            model_pred[key] = t
    return model_pred


def report(docs, gold, model_pred, args):
    rules = {}
    for d in docs:
        rules.update(rules_pred(d))
    # per-document counts
    counts = {}
    for d in docs:
        did = d["doc"]
        g = {k: v for k, v in gold.items() if k[0] == did}
        r = {k: v for k, v in rules.items() if k[0] == did}
        m = {k: v for k, v in model_pred.items() if k[0] == did}
        counts[did, d["set"]] = (sum(1 for k, v in r.items() if g.get(k) == v), len(r),
                                 sum(1 for k, v in m.items() if g.get(k) == v), len(m), len(g))
    tot = [sum(c[i] for c in counts.values()) for i in range(5)]
    pr, pm = prf(tot[0], tot[1], tot[4]), prf(tot[2], tot[3], tot[4])
    print(f"rules  P {pr[0]:.3f} R {pr[1]:.3f} F1 {pr[2]:.3f}  (tp {tot[0]}, pred {tot[1]}, gold {tot[4]})")
    print(f"model  P {pm[0]:.3f} R {pm[1]:.3f} F1 {pm[2]:.3f}  (tp {tot[2]}, pred {tot[3]}, gold {tot[4]})")
    keys = list(counts)
    rng = random.Random(32)
    diffs = []
    for _ in range(args.boot):
        smp = [counts[keys[rng.randrange(len(keys))]] for _ in keys]
        t = [sum(c[i] for c in smp) for i in range(5)]
        diffs.append(prf(t[2], t[3], t[4])[2] - prf(t[0], t[1], t[4])[2])
    diffs.sort()
    lo, hi = diffs[int(0.025 * len(diffs))], diffs[int(0.975 * len(diffs)) - 1]
    print(f"model - rules F1 {100 * (pm[2] - pr[2]):+.2f} points, 95% [{100 * lo:+.2f}, {100 * hi:+.2f}] "
          f"(bootstrap over {len(keys)} documents, B={args.boot})")
    per_set = collections.defaultdict(lambda: [0] * 5)
    for (did, s), c in counts.items():
        for i in range(5):
            per_set[s][i] += c[i]
    with open(args.out / f"per_set_m{args.margin_now}.json", "w") as f:
        json.dump({s: {"rules": prf(c[0], c[1], c[4])[2], "model": prf(c[2], c[3], c[4])[2]}
                   for s, c in per_set.items()}, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
