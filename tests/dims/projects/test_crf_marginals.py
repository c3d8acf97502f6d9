"""pipeline/dims/projects/crf_marginals.py: the rows made when asked for are the reference
forward-backward's, bit for bit (a headless span is held to its score by a threshold)."""
import random

from pipeline.dims.projects.crf_marginals import _Marginals, marginals


def test_rows_on_demand_are_the_reference_rows_exactly():
    rng = random.Random(3)
    for n in (1, 2, 5, 40):
        for _ in range(20):
            rows = [tuple(rng.uniform(-8, 8) for _ in range(3)) for _ in range(n)]
            trans = [[rng.uniform(-4, 4) for _ in range(3)] for _ in range(3)]
            want = marginals(rows, trans)
            got = _Marginals(rows, trans)
            for t in reversed(range(n)):  # any order of asking
                assert got[t] == want[t]


def test_the_scorer_still_exports_marginals():
    from pipeline.dims.projects import crf_scorer

    assert crf_scorer.marginals is marginals
