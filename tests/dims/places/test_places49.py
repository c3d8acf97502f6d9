"""Round 34 (places49): a named reservoir is one ``area`` place, whole (seed 004's 西丽水库)."""
import pytest

from pipeline.extract import Pipeline


@pytest.fixture(scope="module")
def pl():
    return Pipeline.load()


def _places(pl, text):
    return [(m.start, m.end, m.text, m.fields["level"]) for m in pl.extract_text(text)["places"]]


def test_the_words_before_the_head_name_the_reservoir(pl):
    assert (2, 7, "桃岭坡水库", "area") in _places(pl, "沿着桃岭坡水库的灌区东干渠前行。")


def test_a_town_short_form_gives_way_to_the_reservoir(pl):
    got = _places(pl, "黑龙江省尚志市推进红星水库除险加固。")
    assert (9, 13, "红星水库", "area") in got and not any(t == "红星" for _a, _b, t, _l in got)


def test_generic_modifiers_and_verbs_make_no_reservoir(pl):
    for text in ("工程设上水库与下水库各一座。", "今年加固小型病险水库三十座。",
                 "工程在河段新建水库一座。", "全县水库蓄水充足。"):
        assert not any(t.endswith("水库") for _a, _b, t, _l in _places(pl, text)), text


def test_a_village_named_after_a_reservoir_is_no_reservoir(pl):
    assert not any(t == "万宜水库" for _a, _b, t, _l in _places(pl, "万宜水库村今年修通了公路。"))
