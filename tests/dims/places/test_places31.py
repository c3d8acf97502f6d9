"""Round 25, places31: a county after its city beats a same-named town of that city; a
short form the document has named licenses it inside a work's word; two divisions glued
with no separator each count. Sentences invented."""
from pathlib import Path

import pytest

from pipeline.dims.places import PlaceExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def px():
    return PlaceExtractor(RuleSet.load(RULES))


def rows(px, text):
    ms = px.extract(Context(Document("t", "t", text=text), []))
    return {(m.start, m.end): (m.fields["name"], m.fields["level"], m.fields["adcode"]) for m in ms}


def test_county_beats_same_named_town_after_its_city(px):
    got = rows(px, "广州白云新建一座物流园。")
    assert got[(0, 4)] == ("白云区", "county", "440111")  # not 越秀区's 白云街道 (440104020000)


def test_the_street_only_where_written(px):
    got = rows(px, "广州白云街道新建一座物流园。")
    assert got[(0, 6)][1] == "town"


def test_a_level_skipped_still_reaches_a_town(px):
    got = rows(px, "昆明长水国际机场航班增加。")
    assert got[(0, 4)] == ("长水街道", "town", "530111011000")


def test_named_short_form_recurs_before_a_work_head(px):
    text = "广州白云区推进枢纽建设，白云机场扩建后旅客更多。"
    got = rows(px, text)
    assert got[(12, 14)] == ("白云区", "county", "440111")


def test_common_short_form_not_named_stays_a_word(px):
    got = rows(px, "今天白云机场航班正常。")
    assert (2, 4) not in got  # 白云 'white cloud': no division of it named in the text


def test_two_divisions_glued_each_count(px):
    got = rows(px, "当地的喀什义乌商贸城项目开工。")
    assert got[(5, 7)] == ("义乌市", "county", "330782")


def test_glued_name_under_the_first_is_a_chain_not_a_pair(px):
    got = rows(px, "金华义乌商贸城项目开工。")
    assert got == {(0, 4): ("义乌市", "county", "330782")}
