"""Projects, round 21b (issue 11; docs/DECISIONS.md "Round 21: projects, precision"): what the rules
took as names where the context says there is none -- a class of projects by stage, source or
size after a place or body (孙吴县招商引资项目), lines a new line transfers to (可与…换乘), a reach of
the network (1小时高铁圈), a scope or standard a work is to reach (构建全球…中心). Each test fails with
its change off. The rules alone: tests/conftest.py switches the span model off here."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text", [
    "青山县招商引资项目签约仪式昨日举行。",
    "全省央地合作项目总投资规模突破万亿。",
    "今年1月至8月，星河省重大工程项目完成投资4993亿元。",
    "截至6月底，星河兵团对口援疆项目已开工建设224个。",
    "谋划储备2个百亿级项目、5个50亿级项目。",
])
def test_a_class_of_projects_after_a_place_or_body_is_no_name(text):
    assert spans(text) == []


def test_a_zone_before_a_class_of_its_projects_stands_alone():
    # the zone is a park of its own; its 在建项目 are a class of its works
    assert [s[:3] for s in spans("截至8月底，禾州经开区在建项目达120个。")] == [(6, 11, "禾州经开区")]


@pytest.mark.parametrize("text, expected", [
    # a class word before what is done (合作|开发) or a kind of works before 项目 stands
    ("鹿鸣湖度假村合作开发项目正式签约。",
     [(0, 12, "鹿鸣湖度假村合作开发项目", "鹿鸣湖度假村合作开发项目", "facility")]),
    ("禾州县草畜产业建设项目开工。",
     [(0, 11, "禾州县草畜产业建设项目", "禾州县草畜产业建设项目", "program")]),
])
def test_a_name_holding_a_class_word_stands(text, expected):
    assert spans(text) == expected


def test_lines_a_new_line_transfers_to_are_landmarks():
    text = "全长30公里，可与2号线、5号线、8号线等3条地铁线路实现换乘。地铁11号线西段可与2号线、5号线等2条线路实现换乘。"
    assert [s[:3] for s in spans(text)] == [(32, 40, "地铁11号线西段")]


def test_a_station_transferring_to_a_line_names_no_work():
    assert spans("共设车站4座，其中，星湖站与轨道交通8号线换乘。") == []


def test_a_reach_of_the_network_is_no_work():
    assert spans("青禾1小时高铁圈和半小时高铁圈基本成形，新建高铁3条。") == []


@pytest.mark.parametrize("text", [
    "该项目将依托航空物流优势，构建全球生鲜食品集散中心。",
    "集中区的发展目标是建成全国太阳能产业示范基地。",
    "助力青山成功跻身全國生物醫藥產業園區50强。",
])
def test_a_scope_or_standard_before_a_description_is_no_name(text):
    assert spans(text) == []


def test_a_long_name_of_its_own_after_a_scope_word_keeps_it():
    text = "签约项目包括：全球鹿鸣小型机械属具项目、禾州200兆瓦共享储能项目。"
    assert [s[:3] for s in spans(text)][0] == (7, 19, "全球鹿鸣小型机械属具项目")


def test_a_national_plan_keeps_its_scope_word():
    # 全国 opens a programme's own name (params.descriptive_program_words)
    assert spans("据新华社报道，全国现代灌溉发展规划已印发。") == [
        (7, 17, "全国现代灌溉发展规划", "全国现代灌溉发展规划", "program")]


def test_the_road_a_new_one_starts_at_is_a_landmark():
    text = "项目起点位于青山市后安镇,接湖南环线高速公路东段,止于星河镇。"
    assert spans(text) == []


def test_a_road_joined_smoothly_stays():
    # 顺接 is not matched (the tuning gold takes such a road as a work)
    text = "路线起于青山市后安镇,顺接湖南环线高速公路东段,向南跨越星河湾。"
    assert [s[2] for s in spans(text)] == ["湖南环线高速公路东段"]


@pytest.mark.parametrize("text", [
    "明年，一座现代化的青山会展物流综合体将在此拔地而起。",
    "该线建成后将成为一条新的出疆大通道。",
    "上水库位于青山的中心部位，为一山间湖泊型水库。",
    "打造集生产、加工、销售、维修为一体的风电装备全产业链基地。",
])
def test_an_indefinite_description_is_no_name(text):
    assert spans(text) == []


def test_an_ordinal_before_a_named_work_stays():
    text = "上午9时，第一座跨星河航道的鹿鸣大桥建成通车。"
    assert [s[2] for s in spans(text)] == ["鹿鸣大桥"]
