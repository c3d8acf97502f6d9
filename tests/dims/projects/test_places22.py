"""Projects beside places round 20 (issue 11, branch places22; docs/DECISIONS.md "Round 20:
places"): a counted list whose items are all places is still a list of works where one item
is a named site (rule project.list_counted, param place_items_site_levels). Rules alone
(tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401


def test_a_counted_list_of_sites_names_works():
    # 坎多 (made up) and 南山口 are sites the places table reads from their stations; 格尔木,
    # 德令哈 divisions: every item is a place
    text = ("青海将加快建设坎多、格尔木、南山口、德令哈4座抽水蓄能电站。\n坎多抽水蓄能电站位于青海省。\n"
            "南山口抽水蓄能电站位于格尔木市。")
    got = [s[:3] for s in spans(text)]
    assert got[:4] == [(7, 9, "坎多"), (10, 13, "格尔木"), (14, 17, "南山口"), (18, 21, "德令哈")]


def test_a_counted_list_of_divisions_only_stays_places():
    assert spans("推进汕头、河源、汕尾、潮州4个市级产业转移园区建设。") == []
