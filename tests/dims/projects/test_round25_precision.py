"""Projects, round 23 (issue 11; docs/DECISIONS.md "Round 23: projects, precision", branch
projprec23): a speed or lane count before a road's kind, a grade a work is built to (…标准) and
verbs of the clause glued onto a name's left edge (提高, 充分认识, 始终保持, 按下, 作出) give no
project name. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_speed_before_a_road_kind_is_a_measure():
    text = "全线按设计速度80公里/小时高速公路建设,桥隧比约四成。"
    assert spans(text) == []


def test_a_grade_built_to_is_no_work():
    text = "老街片区将按4A景区标准改造升级。"
    assert spans(text) == []


def test_a_raised_supply_leaves_no_verb_glued_on_an_airport():
    text = "新建青河引水通道 提高新机场和东部新城供水能力。"
    assert [s[:3] for s in spans(text)] == [(2, 8, "青河引水通道")]


def test_adverbial_verbs_before_a_bare_wrapper_leave_no_name():
    assert spans("青禾市始终保持项目建设热度不减。") == []
    assert spans("必须充分认识水库建设的重要性。") == []  # the start of round 23 named 必须充分认识水库
    assert spans("全力按下项目建设快进键。") == []


def test_a_decision_made_leaves_the_zone_without_the_verb():
    text = "去年青禾市作出星河经济技术产业集聚区重大部署。"
    assert [s[:3] for s in spans(text)] == [(7, 18, "星河经济技术产业集聚区")]


def test_list_items_of_works_with_their_measures_are_activities():
    # project.exclude.measured_activity: the rules took all four items as names before; the
    # two with a verb and a measure are activities (the other two are left: no class yet). Not
    # after 主要有: projects24 reads a list there as parts of one work (no names at all)
    text = ("项目涉及青禾镇和星河街道办事处,将实施打造沿河城镇岸线生态节点、修复30.5万平方米青河岸线、"
            "加固长4.2公里青河堤防(护岸)、配套改造防汛道路等工程。")
    assert [s[:3] for s in spans(text)] == [(21, 31, "沿河城镇岸线生态节点"), (64, 72, "配套改造防汛道路")]


def test_a_breadcrumb_and_a_footer_office_are_page_chrome():
    text = ("      ★当前位置: 星河省青禾港口发展中心 >> 信息公开 >> 要闻\n青禾港二期工程今日开工。\n"
            "星河省青禾港口发展中心  地址:星河市滨江路8号  电话:0000-1234567\n")
    assert [s[:3] for s in spans(text)] == [(39, 46, "青禾港二期工程")]


def test_an_office_before_its_role_is_page_chrome():
    assert spans("省政府办公厅主管 省政务大数据服务中心承办\n") == []


def test_a_quoted_attribution_names_the_site():
    assert spans("凡本网注明“来源:星河信息港”的所有作品,均为本网所有。") == []
