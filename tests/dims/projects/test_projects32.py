"""Projects, round 29 wave 2 (issue 11; docs/DECISIONS.md "Round 29 (projects32)"): (1) a size grade of
works (小(1)型, 大（Ⅱ）型) names a class, not a work: its bracketed digit is no name evidence
(project.exclude.size_grade); (2) a former residence or a guild hall (故居, 会馆) under repair is a
facility (project_heads_facility.txt; 故居 needs a name before it); (3) a demonstrative between a list
and its count (…(G1501)这两条) closes the list like 等 (project.list_counted params.demonstratives).
All text invented. The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import cut as _cut  # the same reader



def test_a_size_grade_is_no_name():
    assert _cut("青禾县今冬完成小(1)型病险水库的除险和加固。") == []


def test_a_size_grade_in_full_width_brackets_is_no_name():
    assert _cut("今年完成了白沙镇大（Ⅱ）型病险水库加固项目。") == []


def test_a_named_reservoir_still_reads_as_before():
    assert _cut("青禾水库扩建工程今年开工建设。") == [(0, 8, "青禾水库扩建工程")]


def test_former_residences_and_guild_halls_repaired_are_facilities():
    assert _cut("今年将对王守义故居、徽商会馆等进行修缮。") == [(4, 9, "王守义故居"), (10, 14, "徽商会馆")]


def test_a_residence_without_a_name_is_none():
    assert _cut("全市将修缮一批名人故居。") == []


def test_a_demonstrative_before_the_count_closes_the_list():
    assert _cut("今年开工禾川高速公路(G25)、青川高速公路(G2501)这两条高速公路。") == [
        (4, 15, "禾川高速公路(G25)"), (16, 29, "青川高速公路(G2501)")]



def test_a_routes_short_form_is_a_route_where_the_text_writes_the_route():
    # (禾白 opens 青禾…至白沙…'s two ends: the short name of a route, presented as one)
    assert _cut("青禾至白沙高速公路是省重点工程。据悉,禾白高速全长85公里。") == [
        (0, 9, "青禾至白沙高速公路"), (19, 23, "禾白高速")]


def test_a_short_form_without_its_route_in_the_text_needs_a_cue():
    # (round 30: a length given, 全长, is a cue now, project_undertaking_cues.txt; a traffic figure is none)
    assert _cut("据悉,禾白高速车流平稳。") == []


def test_route_end_index_answers_as_the_search_it_replaced():
    # one index per document instead of a search per candidate (tests/test_linear.py); same answers
    import itertools

    import regex

    from pipeline.dims.projects.headnorm import _route_end_pairs
    texts = ["新修青禾至星河高速，青星高速年底通车", "至青禾", "甲乙丙丁戊至己", "星河A至青禾", "平凉至天水、星河至", "禾至星至河"]
    for text in texts:
        chars = sorted(set(text))
        for a, b in itertools.product(chars, chars):
            assert ((a, b) in _route_end_pairs(text)) == (
                regex.search(f"{regex.escape(a)}\\p{{Han}}{{0,3}}至{regex.escape(b)}", text) is not None), (text, a, b)
