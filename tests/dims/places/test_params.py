"""Thresholds of the place extractor are `params:` of rules/places.yaml, read at load."""
from pathlib import Path

import pytest

from pipeline.dims.places import PlaceExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleError, RuleSet

from ..rulecopy import rules_with as copy_with

RULES = Path(__file__).resolve().parents[3] / "rules"


def rules_with(tmp_path, old, new):
    return copy_with(tmp_path, "places.yaml", old, new)


def found(root, text):
    px = PlaceExtractor(RuleSet.load(root))
    return [(m.text, m.rule_id, m.fields["name"]) for m in px.extract(Context(Document("t", "t", text=text), []))]


def test_the_rule_file_gives_the_thresholds(tmp_path):
    px = PlaceExtractor(RuleSet.load(RULES))
    assert (px.common_freq, px.very_common_freq, px.word_window) == (300, 5000, 5)
    assert (px.village_min_chars, px.chain_village_min_chars) == (3, 2)
    assert (px.river_min_chars, px.river_max_chars) == (3, 4)


def test_very_common_freq_decides_whether_context_is_evidence(tmp_path):
    text = "桂林市资源县，资源丰富。"
    assert found(RULES, text) == [("桂林市资源县", "place.chain", "资源县")]
    root = rules_with(tmp_path, "very_common_freq: 5000", "very_common_freq: 1000000000")
    assert found(root, text) == [("桂林市资源县", "place.chain", "资源县"), ("资源", "place.short", "资源县")]


def test_village_min_chars_of_rule_place_village(tmp_path):
    text = "龙胜各族自治县联手在马海村举办节日。"
    assert ("马海村", "place.village", "马海村") in found(RULES, text)
    root = rules_with(tmp_path, "      min_chars: 3", "      min_chars: 4")
    assert found(root, text) == [("龙胜各族自治县", "place.full", "龙胜各族自治县")]


@pytest.mark.parametrize("old, new, message", [
    ("  common_freq: 300", "  common_freq: many", r"places\.yaml:\d+: params\.common_freq must be int"),
    ("      min_chars: 3", "      min_chars: 3.5", r"places\.yaml:\d+ rule place\.village: params\.min_chars must be int"),
])
def test_a_param_of_the_wrong_type_is_a_file_line_error(tmp_path, old, new, message):
    root = rules_with(tmp_path, old, new)
    with pytest.raises(RuleError, match=message):
        PlaceExtractor(RuleSet.load(root))


# params of generalization round 5, each switched in a copy of the rules
@pytest.mark.parametrize("old, new, text, surface", [
    ("  stranded_pair_freq: 100", "  stranded_pair_freq: 100000000", "远古巴人的遗风民俗。", "古巴"),
    ("  town_short_not_pos: [v, vn, vd, a, ad, an, d]", "  town_short_not_pos: []", "吉林省白山市。白山抽水蓄能电站扩建。", "白山抽水"),
    ("  named_work_heads: [机场, 国际机场, 火车站, 高铁站, 港, 大桥, 水库, 电站]", "  named_work_heads: []",
     "西藏自治区山南市。拉萨贡嘎机场年旅客吞吐量增长。", "贡嘎"),
    ("  former_prefecture_since: 2010", "  former_prefecture_since: 1990", "援建了遵义地区规模最大的幼儿园。", "遵义地区"),
    ("      outlet_after: '(?:日报|晚报|新闻网|电视台|融媒体中心)(?:讯|消息|报道)'", "      outlet_after: ''",
     "昆山日报讯 今年上半年,昆山援疆工作组加大工作力度。", "昆山"),
    ("  city_short_in_province: true", "  city_short_in_province: false", "海南老街区改造。去年来,海口加快推进特色街区建设。", "海口"),
    ("  local_name_min_times: 2", "  local_name_min_times: 0", "江西共青城富华山旅游景区。富华山旅游度假区开工。", "华山"),
])
def test_a_round5_param_decides(tmp_path, old, new, text, surface):
    from pipeline.extract import Pipeline

    def surfaces(root):
        return [m.text for m in Pipeline.load(root).extract_text(text)["places"]]

    default = RULES
    before, after = surfaces(default), surfaces(rules_with(tmp_path, old, new))
    assert (surface in before) != (surface in after)
