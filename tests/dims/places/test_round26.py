"""Places round 22, branch places26 (issue 11; docs/DECISIONS.md, "Round 22: places, the
newest tuning sets by error class"): each class fails without its data. The sentences
are made up."""
import shutil
from pathlib import Path

from pipeline.dims.places import PlaceExtractor
from pipeline.rules import RuleSet

from .rows import RULES, extractor_with, rows


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def _without_lexicon_lines(tmp_path, lexicon: str, lines: tuple, *yaml_pairs: str) -> PlaceExtractor:
    shutil.copytree(RULES, tmp_path / "rules")
    p = tmp_path / "rules" / "lexicons" / f"{lexicon}.txt"
    kept = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln not in lines]
    p.write_text("\n".join(kept) + "\n", encoding="utf-8")
    y = tmp_path / "rules" / "places.yaml"
    text = y.read_text(encoding="utf-8")
    for old, new in zip(yaml_pairs[::2], yaml_pairs[1::2]):
        assert old in text
        text = text.replace(old, new)
    y.write_text(text, encoding="utf-8")
    return PlaceExtractor(RuleSet.load(tmp_path / "rules"))


def test_a_cued_region_naming_a_news_outlet_is_the_region(px, tmp_path):
    texts = ("来源：东北网 作者：某某", "东北新闻网3月5日讯 沈阳市推进项目。", "稿件来自东南网。")
    assert _places(rows(px, texts[0])) == [(3, 5, "东北", "东北", "region")]
    assert _places(rows(px, texts[1])) == [(0, 2, "东北", "东北", "region"),
                                           (11, 14, "沈阳市", "沈阳市", "city")]
    assert _places(rows(px, texts[2])) == [(4, 6, "东南", "东南", "region")]
    # (since places42 a compass region standing as a word is read with no cue: compass_free off too)
    off = _without_lexicon_lines(tmp_path, "place_region_cue", ("网", "新闻网"),
                                 "compass_free: [东北, 西北, 西南, 东南]", "compass_free: []")
    assert _places(rows(off, texts[0])) == []
    assert _places(rows(off, texts[1])) == [(11, 14, "沈阳市", "沈阳市", "city")]


def test_a_cued_region_before_a_longer_word_in_net_is_no_outlet(px):
    assert rows(px, "东北网络零售额增长。") == []
    assert rows(px, "西北网格化管理全面推开。") == []
    assert rows(px, "东北网点布局优化。") == []


def test_a_short_form_right_after_a_quantity_is_the_common_word(px, tmp_path):
    port = "天津市滨海新区加快港口建设，全力打造两个亿吨大港。"
    mark = "昭通市盐津县生产总值突破100亿元大关。"
    assert _places(rows(px, port)) == [(0, 7, "天津市滨海新区", "滨海新区", "county")]
    assert _places(rows(px, mark)) == [(0, 6, "昭通市盐津县", "盐津县", "county")]
    # a name in full after a quantity stands, and so does a feature after a measure
    assert _places(rows(px, "昭通市投资5亿元大关县城改造。")) == [(0, 3, "昭通市", "昭通市", "city"),
                                                      (8, 11, "大关县", "大关县", "county")]
    assert _places(rows(px, "新建2座长江大桥。")) == [(4, 6, "长江", "长江", "area")]
    line = next(ln for ln in (RULES / "places.yaml").read_text(encoding="utf-8").splitlines()
                if ln.startswith("      quantity_before: "))
    off = extractor_with(tmp_path, line, "      quantity_before: ''")
    assert (22, 24, "大港", "大港街道", "town") in _places(rows(off, port))
    assert (17, 19, "大关", "大关县", "county") in _places(rows(off, mark))
