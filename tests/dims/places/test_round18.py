"""Places round 18 (issue 11; docs/DECISIONS.md, "Round 17: places, the reading a document
writes in full (places18)"): one test per class, each failing with its param off.
The sentences are made up; the names are the register's (rules/gazetteer)."""
from .rows import extractor_with, rows


def _short(got, surface):
    return [(r[0], r[1], r[4], r[5]) for r in got if r[2] == surface]


def test_a_city_short_form_is_the_county_level_city_the_text_writes_in_full(px, tmp_path):
    # round 19 (written_full_city_keeps_own): a city's own district (淮安区) no longer takes
    # its short form; a county-level city of the stem under another city (大理市) still does
    text = "大理医院新院项目开工。这是大理市最大的医院。"
    assert _short(rows(px, text), "大理") == [(0, 2, "大理市", "county")]
    off = extractor_with(tmp_path, "written_full: true", "written_full: false")
    assert _short(rows(off, text), "大理") == [(0, 2, "大理白族自治州", "city")]
    # both written: the short form keeps its own reading
    both = "大理医院新院项目开工。大理白族自治州大理市最大的医院。"
    assert _short(rows(px, both), "大理") == [(0, 2, "大理白族自治州", "city")]


def test_a_features_name_is_the_special_zone_the_text_writes_in_full(px, tmp_path):
    text = "支持横琴粤澳深度合作区建设。做好横琴单牌车北上政策落地。"
    assert _short(rows(px, text), "横琴") == [(16, 18, "横琴粤澳深度合作区", "special_zone")]
    off = extractor_with(tmp_path, "written_full: true", "written_full: false")
    assert _short(rows(off, text), "横琴") == [(16, 18, "横琴", "area")]


def test_a_city_in_a_list_of_cities_keeps_its_reading(px, tmp_path):
    # (round 19: a county-level city of the stem, as 南昌县 beside 南昌 is now kept apart by
    # written_full_city_keeps_own)
    text = "地市频道昆明 大理 丽江 普洱。县市:祥云 | 大理市 | 宾川。"
    assert _short(rows(px, text), "大理") == [(7, 9, "大理白族自治州", "city")]
    off = extractor_with(tmp_path, "written_full_list_gap: 3", "written_full_list_gap: 0")
    assert _short(rows(off, text), "大理") == [(7, 9, "大理市", "county")]


def test_a_rivers_name_before_its_water(px, tmp_path):
    text = "形成年引黄河水6.2亿立方米的能力。"
    assert _short(rows(px, text), "黄河") == [(4, 6, "黄河", "area")]
    off = extractor_with(tmp_path, "water_after: 水", "water_after: ''")
    assert _short(rows(off, text), "黄河") == []


def test_a_verb_opens_no_feature_before_a_cue(px, tmp_path):
    text = "开展业务,推进海峡两岸绿色物流通道建设,打造海峡两岸重要物流基地。"
    assert rows(px, text) == []
    off = extractor_with(tmp_path, "cued_not_opening_pos: vpcdurq", "cued_not_opening_pos: ''")
    assert [r[2] for r in rows(off, text)] == ["推进海峡", "打造海峡"]
    # a gorge the lexicons lack before the cue still counts (a function character before it)
    assert [r[2] for r in rows(px, "游客来到龙庆峡景区。")] == ["龙庆峡"]


def test_groups_of_counties_are_regions(px):
    text = "今年1—7月,主城都市区市级重大项目投资进度达64.9%;渝东北三峡库区城镇群,渝东南武陵山区城镇群。"
    got = [(r[2], r[3], r[5]) for r in rows(px, text)]
    assert ("主城都市区", "place.region", "region") in got
    assert ("三峡库区", "place.region", "region") in got
    assert ("武陵山区", "place.region", "region") in got


def test_a_countrys_short_form_takes_its_full_name(px):
    got = [(r[2], r[4]) for r in rows(px, "产品出口印尼、沙特和孟加拉。")]
    assert got == [("印尼", "印度尼西亚"), ("沙特", "沙特阿拉伯"), ("孟加拉", "孟加拉国")]
