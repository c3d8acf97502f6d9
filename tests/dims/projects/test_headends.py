"""pipeline/dims/projects/headends.py: a head closing a text found by set look-ups gives what
the pattern (?:<every head, longest first>)$ gives, for every slice asked."""
import random
from pathlib import Path

import pytest
import regex

from pipeline.dims.projects import ProjectExtractor
from pipeline.dims.projects.headends import HeadEnds


@pytest.fixture(scope="module")
def ex(rules):
    return ProjectExtractor(rules)


@pytest.fixture(scope="module")
def pattern(ex):
    alternation = "|".join(regex.escape(h) for h in sorted(ex.heads, key=len, reverse=True))
    return regex.compile(f"(?:{alternation})$")


def _same(got, want):
    if want is None:
        return got is None
    return got is not None and (got.group(), got.span(), got.start(), got.end()) == \
        (want.group(), want.span(), want.start(), want.end())


def test_the_extractor_uses_the_look_ups(ex):
    assert isinstance(ex._ends_with_head, HeadEnds)


@pytest.mark.parametrize("s, pos, endpos, want", [
    ("深汕高新产业园", 0, None, (2, 7, "高新产业园")),   # the longest head closing the slice
    ("深汕高新产业园\n", 0, None, (2, 7, "高新产业园")),  # $ before a final line break
    ("产业园区建设", 0, 3, (0, 3, "产业园")),
    ("产业园区建设", 1, 3, None),                      # the head would start before pos
    ("建设", 0, None, None),
    ("", 0, None, None),
])
def test_search_cases(ex, pattern, s, pos, endpos, want):
    args = (s, pos) if endpos is None else (s, pos, endpos)
    got, ref = ex._ends_with_head.search(*args), pattern.search(*args)
    assert _same(got, ref)
    if want is not None and ref is not None and ref.group() == want[2]:
        assert got.span() == want[:2]


def test_search_and_fullmatch_agree_with_the_pattern_on_fixture_text(ex, pattern):
    root = Path(__file__).resolve().parents[2] / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("unseen7[0-9]/*.txt"))[:60]]
    texts += ["一二", "工程\n", "\n", "项目\n\n", "PPP项目"]
    rng = random.Random(7)
    heads = sorted(ex.heads)
    n = 0
    for t in texts:
        for _ in range(120):
            if rng.random() < 0.3 and len(t) > 2:  # a slice ending in a head, often
                h = rng.choice(heads)
                k = t.find(h[-1])
                end = k + 1 if k != -1 else rng.randint(0, len(t))
            else:
                end = rng.randint(0, len(t))
            pos = rng.randint(0, max(0, end))
            for args in ((t, pos, end), (t, pos), (t[pos:end],), (t, pos, end + 2), (t, -3, end), (t, pos - len(t), end - len(t)), (t, end, pos)):
                assert _same(ex._ends_with_head.search(*args), pattern.search(*args)), args
                assert _same(ex._ends_with_head.fullmatch(*args), pattern.fullmatch(*args)), args
                n += 1
    for h in heads:  # each head alone, after a character, and before a line break
        for s in (h, "新" + h, h + "\n", "项" + h + "\n"):
            assert _same(ex._ends_with_head.search(s), pattern.search(s)), s
            assert _same(ex._ends_with_head.fullmatch(s), pattern.fullmatch(s)), s
    assert n > 10000


def test_no_empty_head():
    with pytest.raises(ValueError):
        HeadEnds(["", "项目"])
