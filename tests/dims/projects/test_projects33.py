"""Projects, round 30 (issue 11; docs/DECISIONS.md "Round 30 (projects33)"): names on fresh text.
(1) A stage of a staged scheme (近期, 远期) before 治理/建设/工程 stands inside the name
(params.scheme_stages, namewords.py); as the clause's time before a verb it stays out. (2) 闸站, a
sluice with its pumping station, is a water-works head beside 水闸 and 泵站 (flags nu). (3) 开诊 and
开馆 present a hospital or a venue as opened (project_undertaking_cues.txt), as 开业 a hotel.
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_near_term_stage_stays_inside_a_basins_works():
    assert _cut("青禾河流域低洼易涝区近期治理工程完成投资3.2亿元。") == \
        [(0, 16, "青禾河流域低洼易涝区近期治理工程")]


def test_a_near_term_stage_stays_inside_a_lakes_construction_works():
    assert _cut("星湖周边蓄洪区近期建设工程进入施工高峰。") == [(0, 13, "星湖周边蓄洪区近期建设工程")]


def test_a_long_term_stage_stays_inside_the_name_too():
    assert _cut("白沙河干流远期整治工程明年开工建设。") == [(0, 11, "白沙河干流远期整治工程")]


def test_near_term_before_a_verb_is_the_clauses_time():
    assert _cut("星湖水库近期开工建设。") == [(0, 4, "星湖水库")]


def test_a_sluice_and_pump_station_is_a_named_work():
    assert _cut("青禾河闸站完成老闸拆除,全面开展基础施工。") == [(0, 5, "青禾河闸站")]


def test_a_sluice_and_pump_station_without_a_name_is_none():
    assert _cut("新建闸站完成基础施工。") == []


def test_a_hospital_campus_that_opens_its_doors_is_a_project():
    assert _cut("星河医院禾川院区正式开诊,门诊量逐月上升。") == [(0, 8, "星河医院禾川院区")]


def test_a_hospital_named_as_a_landmark_stays_out():
    assert _cut("游客可乘公交到星河医院禾川院区附近换乘。") == []


def test_an_irrigation_and_drainage_station_is_a_named_work():
    assert _cut("青禾排灌站位于星河村,总投资300万元。") == [(0, 5, "青禾排灌站")]


def test_a_firms_first_work_of_its_class_is_a_description():
    assert _cut("星河能源集团首个海上风电场全容量并网。") == []


def test_a_highway_whose_length_is_given_is_a_work():
    assert _cut("资料表明,禾川高速公路全长约42公里。") == [(5, 11, "禾川高速公路")]


def test_a_highway_only_passed_by_stays_out():
    assert _cut("游客沿禾川高速公路一路北上。") == []


def test_the_east_west_pairing_programme_is_named_bare():
    assert [t for _s, _e, t in _cut("星河区与禾川县共推东西部协作走深走实。")] == ["东西部协作"]
