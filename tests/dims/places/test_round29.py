"""Places round 24, branch places29 (issue 11; docs/DECISIONS.md, "Round 24: places"): the
long register villages of a city named alone are looked up without an index, by the text's
runs ending in city_name_ends. Each case fails with its param switched off. The sentences
are made up."""
from .rows import extractor_with, rows

CITY = (0, 5, "鄂尔多斯市", "place.full", "鄂尔多斯市", "city")


def test_a_gacha_of_a_city_named_alone(px, tmp_path):
    # city_name_ends holds 嘎查 (a village of Inner Mongolia's pastures)
    text = "鄂尔多斯市推进牧区建设。门肯嘎查新修了一条道路。"
    assert rows(px, text) == [CITY, (12, 16, "门肯嘎查", "place.village", "门肯嘎查", "village")]
    off = extractor_with(tmp_path, "city_name_ends: [村, 社区, 嘎查]", "city_name_ends: [村, 社区]")
    assert rows(off, text) == [CITY]


def test_a_community_by_its_old_village_name_under_a_city_named_alone(px, tmp_path):
    # 郝家圪卜社区 written by its old name in 村: the register's name is the value
    text = "鄂尔多斯市推进城乡建设。郝家圪卜村新修了一条道路。"
    want = [CITY, (12, 17, "郝家圪卜村", "place.village", "郝家圪卜社区", "village")]
    assert rows(px, text) == want
    assert rows(extractor_with(tmp_path, "city_min_chars: 4", "city_min_chars: 0"), text) == [CITY]


def test_a_name_longer_than_city_max_chars_is_not_looked_for(px, tmp_path):
    text = "鄂尔多斯市推进城乡建设。郝家圪卜社区新修了一条道路。"
    want = [CITY, (12, 18, "郝家圪卜社区", "place.village", "郝家圪卜社区", "village")]
    assert rows(px, text) == want
    assert rows(extractor_with(tmp_path, "city_max_chars: 10", "city_max_chars: 5"), text) == [CITY]


def test_a_feature_after_a_yardstick_word_is_no_place(px, tmp_path):
    # metaphor_before: 海上|三峡 'a Three Gorges at sea' (a base as big as the dam)
    text = "该省谋划建设一座海上三峡，规划装机两千万千瓦。"
    assert rows(px, text) == []
    off = extractor_with(tmp_path, "metaphor_before: '(?:陆上|水上|海上|空中|风光|蓄能|地热)'", "metaphor_before: ''")
    assert rows(off, text) == [(10, 12, "三峡", "place.area", "三峡", "area")]
    # ... the gorges themselves after any other word
    assert rows(px, "游船沿长江驶入三峡，两岸青山如画。") == [
        (3, 5, "长江", "place.area", "长江", "area"), (7, 9, "三峡", "place.area", "三峡", "area")]
