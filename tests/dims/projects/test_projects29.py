"""Projects, round 28 (issue 11; docs/DECISIONS.md "Round 28 (projects29)"): names the rules
never proposed. (1) A wrapper-headed name the text starts, signs or completes right where it
names it (…项目开工, …项目已竣工投产) names that work though its words hold no proper word
(params.started_after). (2) A rail network plan named by a quoted label (“八纵八横”高铁网) is a
work (heads 铁路网, 高铁网 with flag Q), and a generic word before a quoted part (国家, 中国) is
no part of a name (params.generic_before_quote). All text invented. The rules alone:
tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_rail_network_plan_named_by_its_quoted_label():
    assert _cut("星禾高铁是我国“四纵四横”高铁网中的重要一纵。") == [
        (0, 4, "星禾高铁"), (7, 16, "“四纵四横”高铁网")]


def test_a_generic_word_before_the_quoted_label_stays_out():
    assert _cut("这条线路是国家“四纵四横”高速铁路网的重要组成部分。") == [(7, 18, "“四纵四横”高速铁路网")]


def test_a_rail_network_without_a_quoted_label_is_no_name():
    assert _cut("还要优化全省铁路网布局，接入国家高铁网。") == []


def test_a_provinces_network_is_no_name():
    # (flag o: the plan's name opens with its label; a region's network is no project)
    assert _cut("加快构建山东“三纵两横”高铁网。") == []


def test_a_network_plan_keeps_its_plan_head():
    # 铁路网 inside a named plan is no inner name to cut the plan to (flag Q needs its quote)
    assert _cut("星远铁路列入星禾省中长期铁路网规划。") == [
        (0, 4, "星远铁路"), (6, 17, "星禾省中长期铁路网规划")]


def test_other_generic_words_before_a_quote_stay_in_the_name():
    assert _cut("实施科技创新“攀登”行动。") == [(2, 12, "科技创新“攀登”行动")]


# (3) document-level consistency: a name recognized once recurs where a count of what it holds or
# its area follows it (project.repeat params.overrides: counted_after, area_after)

def test_a_recognized_name_recurs_before_the_count_of_its_projects():
    assert _cut("青禾山景区今年9月开园迎客。青禾山景区八个项目同日开工。") == [
        (0, 5, "青禾山景区"), (14, 19, "青禾山景区")]


def test_a_recognized_name_recurs_before_its_area():
    assert _cut("园区建设星河(青禾)工业园。星河(青禾)工业园3平方公里主干路网已经成形。") == [
        (4, 13, "星河(青禾)工业园"), (14, 23, "星河(青禾)工业园")]


def test_a_name_before_a_count_with_no_recognition_elsewhere_is_still_no_name():
    assert _cut("青禾山景区八个项目同日开工。") == []


def test_a_count_before_a_recognized_name_still_guards_the_recurrence():
    # (counted_before is no override: 一个|…, 第二条|… are counts of a kind)
    assert _cut("推进青禾碧水百亿工程。全省在建的27个青禾碧水百亿工程已全部复工。") == [
        (2, 10, "青禾碧水百亿工程")]
