"""Projects, round 31 wave 1 (issue 11; docs/DECISIONS.md "Round 31 (projects35)"): lenient errors on fresh text.
(1) project_generic.txt: the classes of the economy jieba tags as proper words (第二产业, 国企, 央企, 中小, 新兴产业,
高科技, 城建, 观光旅游) name a class of projects, no project; a place or proper name besides still names one.
(2) project.quoted `epithet_inner`: a quoted epithet (X之路, X的路, X之城, 黄金…) praises a work, names none.
(3) project.campaign_year_quoted: inside quotation marks any two-character verb before 年 makes a campaign year.
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader


def test_projects_counted_by_sector_are_no_works():
    assert _cut("该市签约第二产业项目18个,第三产业项目共9个。") == []


def test_projects_counted_by_owner_kind_or_size_are_no_works():
    assert _cut("带动多个中小项目陆续落地,星河某国企项目重点投向仓储物流。") == []


def test_new_industry_and_tourism_kinds_before_project_are_no_works():
    assert _cut("今年新兴产业项目占比提高,并引进多个观光旅游项目。") == []


def test_a_high_tech_park_named_by_its_place_stays_a_work():
    assert _cut("青禾高科技医药产业园开工建设。") == [(0, 10, "青禾高科技医药产业园")]


def test_a_river_works_of_a_county_stays_a_work():
    assert _cut("星河县中小河流综合治理工程开工建设。") == [(3, 13, "中小河流综合治理工程")]


def test_a_quoted_road_of_sweetness_is_no_work():
    assert _cut("这条公路成为山区群众脱贫致富的“幸福之路”。") == []


def test_a_quoted_golden_route_is_no_work():
    assert _cut("它被誉为连通两省的“黄金走廊通道”。") == []


def test_a_quoted_name_with_zhi_before_a_park_head_stays_a_work():
    # 之 alone refuses nothing: only the epithet's finals (路 城 乡 都) and 黄金
    got = [t for _s, _e, t in _cut("园区内“青禾之园”面积约120亩,已开工建设。")]
    assert "青禾之园" in got


def test_a_quoted_campaign_year_with_any_verb_is_a_campaign():
    assert _cut("全区对照“重大工程增效年”工作目标推进。") == [(5, 12, "重大工程增效年")]


def test_a_quoted_year_of_a_figure_or_a_number_is_no_campaign():
    assert _cut("青禾县把今年称作产业转型“破冰之年”与“关键一年”。") == []



def test_the_quoted_silk_road_is_no_epithet():
    # 丝绸之路 is a proper name (the Belt and Road's routes): the epithet veto leaves it as it was
    got = [t for _s, _e, t in _cut("星河县积极融入“丝绸之路”建设,共建“海上丝绸之路”。")]
    assert got == ["丝绸之路", "海上丝绸之路"]
