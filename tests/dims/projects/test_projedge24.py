"""Projects, round 24 (issue 11; docs/DECISIONS.md "Round 24: projects, span edges on the
held-out folds", branch projedge24): a locative written after a listed item's head (北侧, 周边 …,
params.item_trailing_words) says where something stands beside the work, and is no part of
its name (SPEC §6: the span runs to the head). All text invented. The rules alone:
tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_locative_after_a_listed_park_is_left_out():
    assert spans("新建的城东水厂、滨河公园周边等5个项目已开工。") == [
        (3, 7, "城东水厂", "城东水厂", "infrastructure"),
        (8, 12, "滨河公园", "滨河公园", "facility"),
    ]


def test_a_side_after_a_listed_compound_is_left_out():
    got = spans("本年度实施翠湖花园、金桥小区南侧和铁路小区等3个小区改造项目。")
    assert (10, 14, "金桥小区", "金桥小区", "facility") in got
    assert not any(s == 10 and e > 14 for s, e, *_ in got)


def test_a_locative_inside_a_name_before_its_head_stays():
    # 北侧 before the head is part of the name: only a locative after the head is trimmed
    assert spans("新建的南湖北侧停车场、城西污水处理厂等3个项目已完工。") == [
        (3, 10, "南湖北侧停车场", "南湖北侧停车场", "infrastructure"),
        (11, 18, "城西污水处理厂", "城西污水处理厂", "infrastructure"),
    ]
