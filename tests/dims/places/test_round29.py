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
