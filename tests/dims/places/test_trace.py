"""explain --trace for places: each removed place candidate names the check that removed it."""
from pathlib import Path

import pytest

from pipeline import trace
from pipeline.dims.places import PlaceExtractor
from pipeline.dims.places.tracing import REASONS
from pipeline.model import Context, Document
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def px():
    return PlaceExtractor(RuleSet.load(RULES))


def traced(px, text):
    with trace.tracing() as t:
        ms = px.extract(Context(Document("t", "t", text=text), []))
    return {(c.start, c.end, c.rule_id): c for c in t.finish({"places": ms})}


def test_every_hit_that_is_not_kept_names_its_check(px):
    cands = traced(px, "沿海城市的发展，河源市民保，巍山古城很美。深圳中山大学。")
    assert all(c.outcome in ("kept", "removed") for c in cands.values())  # nothing untraced
    assert cands[(1, 4, "place.full")].by == "places.county_not_word"  # 海城市 in 沿海城市
    assert cands[(8, 11, "place.full")].by == "places.suffix_breaker"  # 河源市|民
    assert cands[(8, 10, "place.short")].outcome == "kept"
    assert cands[(14, 16, "place.short")].by == "places.needs_evidence"  # 巍山, no 大理 named
    lost = cands[(23, 25, "place.short")]  # 中山 in 中山大学
    assert (lost.by, lost.reason) == ("places.blocklist", "inside a place_blocklist word '中山大学'")


def test_a_chain_member_names_its_chain(px):
    cands = traced(px, "广东省河源市连平县的发展。")
    assert cands[(0, 9, "place.chain")].outcome == "kept"
    member = cands[(3, 6, "place.full")]
    assert (member.by, member.reason) == ("place.chain", "part of the chain '广东省河源市连平县' 0-9")
    short = cands[(3, 5, "place.short")]
    assert short.by == "places.redundant_short" and short.reason.endswith("'河源市'")


def test_generic_head_after_a_division_is_traced(px):
    # 古城 (丽江's 古城区 by short form) right after 巍山 (大理), which it does not lie under
    cands = traced(px, "云南省大理州巍山古城很美，丽江市的游客也来。")
    lost = cands[(8, 10, "place.short")]
    assert (lost.outcome, lost.by) == ("removed", "places.generic_head")
    assert lost.reason.endswith("'巍山彝族回族自治县'")


def test_village_list_end_is_traced(px):
    cands = traced(px, "连平县大湖镇湖东村、美丽乡村建设。")
    lost = cands[(10, 14, "place.village_unlisted")]
    assert (lost.outcome, lost.by) == ("removed", "places.village_list")
    assert lost.reason == ("the list after '连平县大湖镇湖东村' ends: "
                           "a generic village word (place_village_generic)")


def test_town_without_its_county_is_traced(px):
    cands = traced(px, "他去了大湖镇。")  # several towns of the name, no county named
    lost = cands[(3, 6, "place.town")]
    assert (lost.outcome, lost.by, lost.reason) == ("removed", "places.town_no_parent",
                                                    REASONS["places.town_no_parent"])


def test_tracing_changes_no_place_output(px):
    text = "沿海城市的发展，河源市民保，巍山古城很美。广东省河源市连平县大湖镇湖东村、建设村。"
    plain = px.extract(Context(Document("t", "t", text=text), []))
    with trace.tracing():
        again = px.extract(Context(Document("t", "t", text=text), []))
    assert [(m.start, m.end, m.rule_id, m.fields) for m in plain] == \
           [(m.start, m.end, m.rule_id, m.fields) for m in again]
