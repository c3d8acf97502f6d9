"""Places round 16 (issue 11; docs/DECISIONS.md, "Round 16: places on unseen articles"): one
test per lexicon class added. The sentences are made up; the names come from the official and
general lists the lexicon headers name."""
from .rows import rows, rows_with_path


def test_city_clusters_named_by_a_fused_abbreviation_are_one_region(px):
    got = rows(px, "甘肃省推动兰西城市群、哈长城市群和辽中南城市群发展。")
    assert got[1:] == [(5, 10, "兰西城市群", "place.region", "兰西城市群", "region"),
                       (11, 16, "哈长城市群", "place.region", "哈长城市群", "region"),
                       (17, 23, "辽中南城市群", "place.region", "辽中南城市群", "region")]
    # a cluster named by a region keeps the region (the older gold's convention)
    assert [r[2] for r in rows(px, "推进长三角城市群建设。")] == ["长三角"]


def test_the_dashed_destitute_area_is_one_area(px):
    # a region since round 17 (a group of counties across provinces: place_regions.txt)
    got = rows(px, "河北省推进燕山—太行山区和四省藏区发展。")
    assert got[1:] == [(5, 12, "燕山—太行山区", "place.region", "燕山—太行山区", "region"),
                       (13, 17, "四省藏区", "place.region", "四省藏区", "region")]


def test_general_list_features_no_division_is_named_after(px):
    got = rows(px, "吉林省配置嫩江水资源,俄罗斯的西伯利亚铁路通往太平洋,戴云山下。")
    assert [(r[2], r[5]) for r in got if r[5] == "area"] == [
        ("嫩江", "area"), ("西伯利亚", "area"), ("太平洋", "area"), ("戴云山", "area")]
    # 嫩江 in a document naming the county-level city stays the city
    got = rows(px, "黑龙江省黑河市嫩江市推进项目。嫩江今年增长。")
    assert got[-1][2:] == ("嫩江", "place.short", "嫩江市", "county")


def test_the_bonded_port_areas_are_special_zones(px):
    got = rows_with_path(px, "全国面积最大的保税港区――东疆保税港区。")
    assert got == [(13, 19, "东疆保税港区", "place.zone", "天津东疆保税港区", "special_zone",
                    "天津市/滨海新区/天津东疆保税港区")]
