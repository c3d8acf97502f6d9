"""Projects, round 25 wave 2 (issue 11; docs/DECISIONS.md "Round 25 (projprec25)"): phrases with
a verb of the clause inside, a study stage or a project's area before a part, and a territory or
stage before a head give no project name. The rules alone: tests/conftest.py switches the span
model off. Every text is invented."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_territory_and_a_stage_before_a_road_class_name_no_work():
    # params.set_of_works: 境内, 在建
    assert spans("青禾县境内在建城际公路项目共有九个。") == []


def test_a_province_wide_set_of_airports_is_no_name():
    assert spans("随着省内机场整合改革持续深化,航线日益丰富。") == []


def test_roads_opened_to_traffic_are_a_count_not_a_name():
    assert spans("全市今年建成通车高速公路120公里以上。") == []


def test_a_verb_glued_inside_leaves_no_airport():
    # project_left_stops.txt: 组成
    assert spans("两座航站楼之间将加建廊桥,使其连为一体组成机场第一航站区。") == []


def test_a_study_stage_before_a_hub_is_no_name():
    # project_left_stops.txt: 阶段
    assert spans("专家审议可行性研究阶段枢纽总体布局专题报告。") == []


def test_a_project_area_before_its_part_is_no_name():
    # project_left_stops.txt: 项目区
    assert spans("专家组对项目区上下水库库盆进行了踏勘。") == []


def test_a_named_work_after_the_new_stops_keeps_its_name():
    # the stops end the walk; the name after them stays whole
    text = "青禾县与星河镇共同组成星河湾抽水蓄能电站筹建专班。"
    assert [s[2] for s in spans(text)] == ["星河湾抽水蓄能电站"]


def test_a_country_wide_class_of_airport_is_no_name():
    # params.set_of_works: 国内
    assert [s[2] for s in spans("青禾机场为国内支线机场,场址位于星河镇。")] == ["青禾机场"]


def test_a_sector_before_a_park_head_is_a_kind_of_park():
    # project_generic.txt: 数字 (jieba: 数字|经济)
    assert spans("青禾区正加快数字经济产业园建设步伐。") == []


def test_an_activity_core_of_a_river_works_does_not_recur_alone():
    # project.repeat cores (repeat.py _activity_only): 整治工程 of 嘉陵江整治工程 (a river of the
    # place register); main named the bare 整治工程 (14-18) too
    text = "嘉陵江整治工程今日开工。整治工程将完成清淤和护岸建设。"
    assert [s[:3] for s in spans(text)] == [(0, 7, "嘉陵江整治工程")]


def test_a_kind_of_facility_with_only_generic_words_is_no_name():
    # project_generic.txt: 病险, 集配 (and 龙头)
    assert spans("全力推动中小河流整治、病险水库除险加固工作。") == []
    assert spans("要把该园区建设成四星级集配中心,服务生鲜物流。") == []
