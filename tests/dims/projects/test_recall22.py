"""Projects, round 21b (issue 11; docs/DECISIONS.md "Round 21: projects, recall and span edges",
branch projrecall22): the words of a name wrapped in 项目 recur as its mention where they stand
alone (project.repeat params wrapper_core_heads / wrapper_core_min_chars, wrapcore.py), and a
wrapper 项目 followed by the count of the projects is the counted noun, no part of the name
(project.guard.counted_wrapper). The rules alone: tests/conftest.py switches the span model off."""
from __future__ import annotations

from pipeline.dims.projects.vocab import COUNT_LABEL
from pipeline.extract import Pipeline
from pipeline.model import Mention
from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def _extractor():
    return next(e for e in Pipeline.load().extractors if e.table == "projects")


def test_the_words_before_a_wrapper_recur_alone_as_the_same_work():
    text = "青禾大众新能源汽车项目今日开工。青禾大众新能源汽车总投资200亿元。"
    assert spans(text) == [(0, 11, "青禾大众新能源汽车项目", "青禾大众新能源汽车项目", "program"),
                           (16, 25, "青禾大众新能源汽车", "青禾大众新能源汽车", "program")]


def test_the_words_do_not_recur_glued_to_the_words_before_them():
    # (after 内, no clause edge, wall or stop word: 省内|青禾… is no recurrence standing alone)
    text = "青禾大众新能源汽车项目今日开工。省内青禾大众新能源汽车销量上升。"
    assert spans(text) == [(0, 11, "青禾大众新能源汽车项目", "青禾大众新能源汽车项目", "program")]


def test_a_count_of_divisions_or_a_place_before_the_wrapper_does_not_recur():
    ex = _extractor()
    text = "北部五镇项目共6项。北部五镇民生改善。禾州市项目共3项。禾州市民生改善。"
    ex._read_places([])
    kept = [Mention("projects", 0, 6, "北部五镇项目", "project.head.program",
                    {"name": "北部五镇项目", "category": "program"})]
    taken = bytearray(len(text) + 1)
    taken[0:6] = b"\x01" * 6
    blocked = bytearray(len(text) + 1)
    rule = ex.repeats[0]
    assert COUNT_LABEL.fullmatch("五")
    assert ex._wrapper_cores(text, kept, taken, blocked, rule, ("项目",), 3) == []
    # the same shape without the count recurs (the guard is the count, not the words' shape)
    text2 = "北部青镇项目共6项。北部青镇民生改善。"
    kept2 = [Mention("projects", 0, 6, "北部青镇项目", "project.head.program",
                     {"name": "北部青镇项目", "category": "program"})]
    got = ex._wrapper_cores(text2, kept2, taken[:len(text2) + 1], bytearray(len(text2) + 1), rule, ("项目",), 3)
    assert [(m.start, m.end, m.text) for m in got] == [(10, 14, "北部青镇")]


def test_a_wrapper_counted_at_the_phrase_end_is_no_part_of_the_name():
    text = "其中“千禾万亿”工程项目59个。此次活动突出结构优化。"
    assert spans(text) == [(2, 10, "“千禾万亿”工程", "千禾万亿工程", "program")]


def test_the_guard_wants_the_count_to_end_its_phrase():
    rule = next(r for r in _extractor().guard_after if r.id == "project.guard.counted_wrapper")
    text = "青禾工程项目12个新能源项目，青禾工程项目12个，青禾工程12个，"
    assert [m.span() for m in rule.regex.finditer(text)] == [(21, 24)]


def test_what_is_done_to_a_work_with_a_wrapper_after_it_is_inside_the_name():
    # PROJ_WRAPPED_WORKS (project.head.facility / project.head.infrastructure)
    text = "县里推进禾山乡希望小学建设提升项目等，还改造提升了各项设施。"
    assert spans(text) == [(4, 17, "禾山乡希望小学建设提升项目", "禾山乡希望小学建设提升项目", "facility")]


def test_a_wrapper_after_coordinated_names_is_theirs_shared_and_stays_out():
    text = "深大、深惠城际建设项目完成车站主体结构施工。"
    assert spans(text) == [(0, 7, "深大、深惠城际", "深大、深惠城际", "infrastructure")]



def test_the_remaining_stretch_of_a_section_is_part_of_the_name():
    # PROJ_SUBSECTION (project.line, project.head.infrastructure)
    text = "地铁9号线西段剩余段(青山至禾木)开通试运营。"
    assert spans(text) == [(0, 10, "地铁9号线西段剩余段", "地铁9号线西段剩余段", "infrastructure")]


def test_a_section_with_no_stretch_after_it_ends_the_name_as_before():
    text = "地铁9号线西段开通试运营。"
    assert spans(text) == [(0, 7, "地铁9号线西段", "地铁9号线西段", "infrastructure")]
