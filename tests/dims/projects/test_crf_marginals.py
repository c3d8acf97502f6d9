"""pipeline/dims/projects/crf_marginals.py: the rows made when asked for are those of the
textbook forward-backward below (the scorer's implementation before rows were made on demand),
bit for bit (a headless span is held to its score by a threshold)."""
import math
import random

from pipeline.dims.projects.crf_marginals import _Marginals, marginals


def _logsumexp(xs) -> float:
    m = max(xs)
    return m + math.log(sum(math.exp(x - m) for x in xs))


def _reference(rows, trans):
    n, L = len(rows), len(trans)
    alpha = [list(rows[0])]
    for t in range(1, n):
        prev = alpha[-1]
        alpha.append([rows[t][j] + _logsumexp([prev[i] + trans[i][j] for i in range(L)]) for j in range(L)])
    beta = [[0.0] * L for _ in range(n)]
    for t in range(n - 2, -1, -1):
        nxt, row = beta[t + 1], rows[t + 1]
        beta[t] = [_logsumexp([trans[i][j] + row[j] + nxt[j] for j in range(L)]) for i in range(L)]
    z = _logsumexp(alpha[-1])
    return [[math.exp(alpha[t][j] + beta[t][j] - z) for j in range(L)] for t in range(n)]


def test_rows_on_demand_are_the_reference_rows_exactly():
    rng = random.Random(3)
    for n in (1, 2, 5, 40):
        for _ in range(20):
            rows = [tuple(rng.uniform(-8, 8) for _ in range(3)) for _ in range(n)]
            trans = [[rng.uniform(-4, 4) for _ in range(3)] for _ in range(3)]
            want = _reference(rows, trans)
            got = _Marginals(rows, trans)
            for t in reversed(range(n)):  # any order of asking
                assert got[t] == want[t]
            assert marginals(rows, trans) == want


def test_the_scorer_still_exports_marginals():
    from pipeline.dims.projects import crf_scorer

    assert crf_scorer.marginals is marginals
