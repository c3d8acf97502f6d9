"""pipeline/dims/projects/crf_scorer.py: a group's sums are kept for up to 16,384 keys
(round 24, speed): the group of the rule's mention and the character meets ~10,000 keys in
2 MB of news, which 4,096 made again every few hundred documents."""
from pipeline.dims.projects.crf_scorer import _Fused


class _Key:
    """A template reading its key as is."""

    def __call__(self, key):
        return key


def test_sums_of_ten_thousand_keys_are_kept():
    table = {f"词{k}": complex(k, -k) for k in range(10_000)}
    fused = _Fused([(0, _Key())], [table])
    made = []
    value = fused.value
    fused.value = lambda key: made.append(key) or value(key)
    keys = [f"词{k}" for k in range(10_000)]
    first = [fused[k] for k in keys]
    again = [fused[k] for k in keys]
    assert first == again == [complex(k, -k) for k in range(10_000)]
    assert len(made) == 10_000  # each sum made once: none dropped and made again
    assert fused["无此词"] == 0j


def test_cleared_past_the_limit():
    fused = _Fused([(0, _Key())], [{}])
    for k in range(_Fused.LIMIT + 1):
        fused[k]
    assert len(fused) == 1  # bounded: cleared when full, then the new key
