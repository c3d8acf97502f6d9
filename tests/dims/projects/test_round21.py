"""Projects, round 21 (issue 11; docs/DECISIONS.md "Round 21: projects"): a place word opening a
name that the text writes bare elsewhere (SPEC §6: not part of the name as used), a named area
before 项目, a rating and its class before a name (四星级农家乐|…庄园), list classes with a size
or a kind of works (等投资亿元以上项目, 等一批精深加工扩能升级项目), two national designations.
The rules alone: tests/conftest.py switches the span model off here."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


def test_a_leading_place_word_is_left_out_where_the_rest_stands_bare():
    text = "举世瞩目的澜沧江禾木滩水电站今日开工。禾木滩水电站位于两省交界处，禾木滩水电站总投资300亿元。"
    assert (5, 14, "澜沧江禾木滩水电站") not in [s[:3] for s in spans(text)]
    assert (8, 14, "禾木滩水电站", "禾木滩水电站", "infrastructure") in spans(text)


def test_a_leading_place_stays_where_the_text_writes_it_as_often_as_not():
    # with the river twice, bare twice: the text's own name keeps it (SPEC §6, as used)
    text = "黄河禾木滩水电站开工。禾木滩水电站装机120万千瓦。黄河禾木滩水电站投资300亿元，禾木滩水电站年内开工。"
    assert [s[2] for s in spans(text)][:2] == ["黄河禾木滩水电站", "禾木滩水电站"]


def test_a_leading_place_stays_where_the_rest_is_never_bare():
    # the rest is written only after the same county: the county is the name's
    text = "鹤峰县星禾大豆综合加工项目开工建设。鹤峰县星禾大豆综合加工项目总投资3亿元。"
    assert [s[:3] for s in spans(text)] == [(0, 13, "鹤峰县星禾大豆综合加工项目"), (18, 31, "鹤峰县星禾大豆综合加工项目")]


@pytest.mark.parametrize("text, expected", [
    ("四星级农家乐青禾庄园今年投资300万元，修建了接待大厅。",
     [(6, 10, "青禾庄园", "青禾庄园", "facility")]),
    ("五星级标准大酒店鹿鸣湾度假村酒店已建成并运营。",
     [(8, 16, "鹿鸣湾度假村酒店", "鹿鸣湾度假村酒店", "facility")]),
])
def test_a_rating_and_its_class_before_a_name_are_left_out(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("重点抓好青山鹿鸣400万头生猪、禾木星岳15万头牛等投资亿元以上项目建设。",
     ["青山鹿鸣400万头生猪", "禾木星岳15万头牛"]),
    ("抓好鹿鸣生物300万吨玉米、星岳生化200万吨玉米等一批精深加工扩能升级项目。",
     ["鹿鸣生物300万吨玉米", "星岳生化200万吨玉米"]),
])
def test_a_list_closed_by_a_size_or_a_kind_of_works(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("推动海南国际旅游岛建设，促进沿线发展。", [(2, 9, "海南国际旅游岛", "海南国际旅游岛", "program")]),
    ("这成了共同富裕示范区建设的关键路径。", [(3, 10, "共同富裕示范区", "共同富裕示范区", "program")]),
])
def test_a_national_designation_is_a_program(text, expected):
    assert spans(text) == expected


def test_a_rating_with_no_name_after_its_class_is_no_name():
    assert names("计划投资兴建五星级酒店和三星级农家乐。") == []


@pytest.mark.parametrize("text, expected", [
    ("聚焦“高质量招商推进年”，夯实重点项目。", [(3, 11, "高质量招商推进年", "高质量招商推进年", "program")]),
    ("今年青禾将开展产业链强链发展年活动，运用新技术改造。",
     [(7, 15, "产业链强链发展年", "产业链强链发展年", "program")]),
    ("今年是全市投资促进提升年。", [(5, 12, "投资促进提升年", "投资促进提升年", "program")]),
])
def test_a_campaign_year_is_a_program(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", ["全市经济发展年均增长6%。", "项目建设年限为两年。", "今年推进年度计划落实。"])
def test_a_year_inside_other_words_is_no_campaign(text):
    assert names(text) == []
