"""Round 34 (places48): an accepted unlisted feature right after a locative where jieba makes no word."""
import pytest

from pipeline.extract import Pipeline

TEXT = "该段治理工程西起飞鹭河闸口,东至飞鹭河汇入处,全长三千米。"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.load(None, tables=("places",))


def _places(p, text):
    res = p.process_text(text, doc_id="t")
    return [(m.start, m.end, m.text, m.fields.get("level")) for m in res.mentions.get("places", [])]


def test_after_locative_both_occurrences(pipe):
    assert _places(pipe, TEXT) == [(8, 11, "飞鹭河", "area"), (16, 19, "飞鹭河", "area")]


def test_param_off_keeps_only_the_word(pipe):
    ex = _extractor(pipe)
    old = ex.toponym_locative_any_word
    ex.toponym_locative_any_word = False
    try:
        assert _places(pipe, TEXT) == [(16, 19, "飞鹭河", "area")]
    finally:
        ex.toponym_locative_any_word = old


def test_coordination_off_by_default(pipe):
    assert _extractor(pipe).toponym_coord_marks == ()


def _extractor(pipe):
    for ex in pipe.extractors:
        if hasattr(ex, "toponym_locative_any_word"):
            return ex
    raise AssertionError("no places extractor")


AREA = "青州市的项目清单里,东岭湾新区有二十个项目。东岭湾新区的重点项目以港口为主。"


def test_three_character_new_area(pipe):
    got = [r for r in _places(pipe, AREA) if r[3] == "area"]
    assert got == [(10, 15, "东岭湾新区", "area"), (22, 27, "东岭湾新区", "area")]


def test_three_character_new_area_off(pipe):
    ex = _extractor(pipe)
    old = ex.new_area_stem_max
    ex.new_area_stem_max = 2
    try:
        assert [r for r in _places(pipe, AREA) if r[3] == "area"] == []
    finally:
        ex.new_area_stem_max = old
