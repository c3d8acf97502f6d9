"""Marginals of the project-span model (crf_scorer.Scorer.marginal: a span's score, which
``explain --trace`` shows and the model's headless spans are held to): forward-backward in
log space over a sentence's rows of label scores."""
from __future__ import annotations

import math


class _Marginals(dict):
    """t -> P(label at character t) of the sentence, made when first asked for: a span's
    score reads a few characters of its sentence, not all."""

    def __init__(self, rows, trans):
        super().__init__()
        n, L = len(rows), len(trans)
        cols = [[trans[i][j] for i in range(L)] for j in range(L)]
        alpha = [list(rows[0])]
        for t in range(1, n):
            prev, row = alpha[-1], rows[t]
            alpha.append([row[j] + _lse([p + c for p, c in zip(prev, cols[j])]) for j in range(L)])
        beta = [None] * n
        beta[n - 1] = [0.0] * L
        for t in range(n - 2, -1, -1):
            nxt, row = beta[t + 1], rows[t + 1]
            beta[t] = [_lse([tr[j] + row[j] + nxt[j] for j in range(L)]) for tr in trans]
        self.alpha, self.beta, self.z, self.L = alpha, beta, _lse(alpha[-1]), L

    def __missing__(self, t):
        a, b, z = self.alpha[t], self.beta[t], self.z
        v = self[t] = [math.exp(a[j] + b[j] - z) for j in range(self.L)]
        return v


def _lse(xs) -> float:
    """log(sum(exp(x))) of a list, shifted by its max."""
    m = max(xs)
    return m + math.log(sum([math.exp(x - m) for x in xs]))


def marginals(rows, trans) -> list[list[float]]:
    """P(label at each character) of a sentence (forward-backward in log space): every row of
    :class:`_Marginals`."""
    m = _Marginals(rows, trans)
    return [m[t] for t in range(len(rows))]
