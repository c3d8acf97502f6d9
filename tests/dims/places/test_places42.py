"""Places round 30, branch places42 (issue 11; docs/DECISIONS.md, "Round 30 (places42)").
The sentences are made up; each class with a param is also read with it off."""
from .rows import extractor_with, mentions, named


def test_northeast_before_three_provinces_is_the_region_northeast(px):
    got = named(px, "今年东北三省秋粮收购进度加快。")
    assert (2, 4, "东北", "东北", "region", "") in got
    assert not [g for g in got if g[2] == "东北三省"]


PROVINCE_LIST = "安徽省今年将推进绩溪、肥西、固镇等地通用机场前期工作。"


def test_a_province_list_of_its_counties_takes_a_county_of_another_city(px, tmp_path):
    i = PROVINCE_LIST.index("固镇")
    assert (i, i + 2, "固镇", "固镇县", "county", "340323") in named(px, PROVINCE_LIST)
    off = extractor_with(tmp_path, "list_county_province: true", "list_county_province: false")
    assert not [m for m in mentions(off, PROVINCE_LIST) if m.start == i]


def test_no_county_of_another_province_on_a_list_neighbour(px):
    text = "安徽省今年将推进凌海、绩溪、肥西等地通用机场前期工作。"
    assert not [m for m in mentions(px, text) if m.text == "凌海"]


TEA = "去年云南普洱茶销量明显上升。"


def test_a_product_word_ends_a_chain(px, tmp_path):
    got = named(px, TEA)
    assert (2, 4, "云南", "云南省", "province", "530000") in got
    assert not [g for g in got if g[2] in ("云南普洱", "普洱")]
    off = extractor_with(tmp_path, "word_head_ends_chain: true", "word_head_ends_chain: false")
    assert [m for m in mentions(off, TEA) if m.text == "云南普洱"]


COMPASS = "新园区将打造西北数智化产业高地。"


def test_a_compass_region_standing_alone_is_the_macro_region(px, tmp_path):
    assert (6, 8, "西北", "西北", "region", "") in named(px, COMPASS)
    off = extractor_with(tmp_path, "compass_free: [东北, 西北, 西南, 东南]", "compass_free: []")
    assert not mentions(off, COMPASS)


def test_a_compass_word_as_a_direction_is_no_region(px):
    for text in ("线路自西南向东北延伸。", "该县地势西北高、东南低。", "新泵站建在县城西南6公里。",
                 "东南沿海产能继续外迁。", "西北工业大学派员参加。"):
        assert not [m for m in mentions(px, text) if m.fields["level"] == "region"], text


def test_a_compass_region_in_a_list_of_regions(px):
    got = named(px, "新线把本市同华北、东北及华东连在一起。")
    assert [g[2] for g in got if g[4] == "region"] == ["华北", "东北", "华东"]
