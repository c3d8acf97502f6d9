"""Places round 31, branch places44 (issue 11; docs/DECISIONS.md, "Round 31 (places44)"): named
features of a general register (rules/lexicons/place_features_register.txt, THUOCL's place names).
The sentences are made up."""
from .rows import mentions


def named(px, text):
    return [(m.start, m.end, m.text, m.fields["name"], m.fields["level"], m.rule_id) for m in mentions(px, text)]


def test_a_register_reservoir_is_an_area(px):
    got = named(px, "今年汛前，万宜水库完成了除险加固。")
    assert (5, 9, "万宜水库", "万宜水库", "area", "place.area") in got


def test_a_register_canal_and_river_in_one_sentence(px):
    got = named(px, "项目将疏浚七里渠，并整治万福河沿岸。")
    assert (5, 8, "七里渠", "七里渠", "area", "place.area") in got
    assert (12, 15, "万福河", "万福河", "area", "place.area") in got


def test_a_register_name_inside_a_longer_word_is_no_mention(px):
    # 中小河 is a register line, but jieba reads 中小|河流: no boundary after 河
    assert not [g for g in named(px, "当地推进中小河流综合治理。") if g[2] == "中小河"]


def test_a_register_name_before_a_settlement_head_is_no_feature(px):
    assert not [g for g in named(px, "万宜水库村今年修通了公路。") if g[2] == "万宜水库" and g[4] == "area"]
