"""Projects, round 24 (issue 11; docs/DECISIONS.md "Round 24: projects, names not found on the
held-out folds", branch projrecall24): a counted list whose items are named by their output
(N万米…面料, N万件…) and whose last item is joined by 和 (…、B和C4个项目): a capacity's digits
inside an earlier item are no earlier list's count, as in the walk before 和 (digit_stops_before).
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_output_items_joined_by_and_before_their_count():
    got = spans("投资30亿元的50万锭精梳纱线、200万米高档丝绸面料、1亿米功能面料和80万件针织服装4个项目同时开工。")
    names = [(s, e, t) for s, e, t, *_ in got]
    assert (7, 15, "50万锭精梳纱线") in names
    assert (16, 27, "200万米高档丝绸面料") in names
    assert (28, 35, "1亿米功能面料") in names
    assert (36, 44, "80万件针织服装") in names


def test_the_count_must_still_equal_the_items():
    # two items before a count of 3: no list of this count (exact_count), unchanged
    got = spans("已建成2个车间,新建1亿米功能面料和80万件针织服装3个项目。")
    assert not any(t == "80万件针织服装" for _, _, t, *_ in got)
