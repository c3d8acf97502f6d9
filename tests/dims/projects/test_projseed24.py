"""Projects, round 24 (issue 11; docs/DECISIONS.md "Round 24: projects, split classes by the
seed gold", branch projseed24): a quoted label before 战略 is no project, as the seed gold
(the issue's own annotator) reads both of its instances (project.exclude.quoted_strategy);
a curated national strategy quoted before its word, a work named after the label (…战略示范工程)
and the 倡议 form are unchanged. All text invented. The rules alone: tests/conftest.py
switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_quoted_label_before_zhanlue_is_no_project():
    assert spans("全县深入实施“青禾振兴”战略,经济稳步增长。") == []


def test_words_between_the_label_and_zhanlue_change_nothing():
    assert spans("认真实施“三业融合”发展战略,全力以赴稳增长。") == []
    assert spans("实施“港产联动+数字赋能”双轮驱动战略,成效明显。") == []


def test_labels_coordinated_before_one_zhanlue_are_no_projects():
    assert spans("该县实施“科技兴茶”、“品牌强茶”两大战略,茶农增收。") == []


def test_a_number_code_label_before_zhanlue_is_no_project():
    assert spans("紧紧围绕州委“2468”战略部署,推进各项工作。") == []


def test_a_work_named_after_the_label_stays_a_project():
    assert spans("今年,“5+2”战略示范工程建设进展顺利。") == [
        (3, 14, "“5+2”战略示范工程", "5+2战略示范工程", "program")]


def test_a_curated_national_strategy_quoted_before_its_word_stays():
    # project.strategy overrides the veto: a general list's strategy is a program (SPEC §6)
    out = spans("积极服务“西电东送”战略,加快电源建设。")
    assert [s[3] for s in out] == ["西电东送"]


def test_the_changyi_form_is_unchanged():
    assert spans("积极响应“海陆联通”倡议,深化合作。") == [
        (4, 12, "“海陆联通”倡议", "海陆联通倡议", "program")]


def test_a_road_the_new_one_meets_is_a_boundary_no_project():
    text = "该高速公路全长42公里,与已建成的禾山环线高速公路相接,总投资30亿元。"
    assert spans(text) == []


def test_both_roads_of_a_pair_the_new_one_meets_are_boundaries():
    text = "线路与已建成的青禾高速和白岭高速相连接,起于星河镇。"
    assert spans(text) == []


def test_the_work_named_before_yu_is_no_boundary():
    text = "青禾至白岭高速公路开工建设,该公路与禾山环线高速公路顺接。"
    assert [s[2] for s in spans(text)] == ["青禾至白岭高速公路"]


def test_a_boundary_road_the_text_presents_as_a_work_elsewhere_recurs():
    text = "禾山环线高速公路去年建成通车。新线与禾山环线高速公路相接。"
    assert [(s[0], s[2]) for s in spans(text)] == [(0, "禾山环线高速公路"), (18, "禾山环线高速公路")]


def test_a_road_met_at_its_part_is_a_boundary_too():
    text = "项目起点与G9青禾高速白岭互通衔接,终点位于星河镇。"
    assert [s[2] for s in spans(text) if "青禾高速" in s[2]] == []
