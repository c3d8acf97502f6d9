"""Places round 22, branch places26 (issue 11; docs/DECISIONS.md, "Round 22: places, the
newest tuning sets by error class"): each class fails without its data. The sentences
are made up."""
import shutil
from pathlib import Path

from pipeline.dims.places import PlaceExtractor
from pipeline.rules import RuleSet

from .rows import RULES, rows


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def _without_lexicon_lines(tmp_path, lexicon: str, lines: tuple) -> PlaceExtractor:
    shutil.copytree(RULES, tmp_path / "rules")
    p = tmp_path / "rules" / "lexicons" / f"{lexicon}.txt"
    kept = [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln not in lines]
    p.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return PlaceExtractor(RuleSet.load(tmp_path / "rules"))


def test_a_cued_region_naming_a_news_outlet_is_the_region(px, tmp_path):
    texts = ("来源：东北网 作者：某某", "东北新闻网3月5日讯 沈阳市推进项目。", "稿件来自东南网。")
    assert _places(rows(px, texts[0])) == [(3, 5, "东北", "东北", "region")]
    assert _places(rows(px, texts[1])) == [(0, 2, "东北", "东北", "region"),
                                           (11, 14, "沈阳市", "沈阳市", "city")]
    assert _places(rows(px, texts[2])) == [(4, 6, "东南", "东南", "region")]
    off = _without_lexicon_lines(tmp_path, "place_region_cue", ("网", "新闻网"))
    assert _places(rows(off, texts[0])) == []
    assert _places(rows(off, texts[1])) == [(11, 14, "沈阳市", "沈阳市", "city")]


def test_a_cued_region_before_a_longer_word_in_net_is_no_outlet(px):
    assert rows(px, "东北网络零售额增长。") == []
    assert rows(px, "西北网格化管理全面推开。") == []
    assert rows(px, "东北网点布局优化。") == []
