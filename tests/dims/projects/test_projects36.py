"""Projects, round 31 wave 1 late (issue 11; docs/DECISIONS.md "Round 31 (projects36)"): quoted names with no head.
project.flow_quoted: a quoted resource flow between regions (某电入某, 某电外送, 东热西送) names a transmission or
supply undertaking, the marks left out; cables laid underground (强弱电入地) and an unquoted flow before a head stay
as they were. All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_a_quoted_power_flow_into_a_region_is_a_work():
    assert _cut("今年建成投产“青电入沪”,进展顺利。") == [(7, 11, "青电入沪")]


def test_two_quoted_flows_in_a_row_are_two_works():
    assert _cut("支持星河州“北热南送”“滇电外送”等重大工程。") == [(6, 10, "北热南送"), (12, 16, "滇电外送")]


def test_cables_laid_underground_are_no_flow():
    assert _cut("老城区实施“强弱电入地”改造。") == []


def test_a_quoted_word_of_power_without_a_flow_is_no_work():
    assert _cut("这里被称为“电力之乡”。") == []


def test_the_general_list_keeps_west_to_east_power():
    assert _cut("作为国家“西电东送”的骨干电源。") == [(5, 9, "西电东送")]


# project.campaign_label `campaign_verbs`: a numeral label governed by 推进/践行/聚焦/围绕 is a line of policy or a
# formula of doctrine, no campaign; one fought or launched (打好, 锚定, 开展) stays one.
def test_a_formula_advanced_as_a_whole_is_no_campaign():
    assert _cut("全县统筹推进“五通一体”总体布局。") == []


def test_a_doctrine_practised_is_no_campaign():
    assert _cut("干部深入践行“四讲四有”要求。") == []


def test_a_label_centred_on_is_no_campaign():
    assert _cut("全镇紧紧围绕“两增三保”目标。") == []


def test_a_campaign_fought_stays_a_campaign():
    assert _cut("全区坚决打好“攻坚五仗”。") == [(7, 11, "攻坚五仗")]


# project.cities_quoted: a quoted campaign for several city titles at once is a named campaign.
def test_a_quoted_campaign_for_city_titles_is_a_campaign():
    assert _cut("青禾市召开“三城联创”推进大会。") == [(6, 10, "三城联创")]
