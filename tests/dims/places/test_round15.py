"""Places round 15 (issue 11; docs/DECISIONS.md, "Places: round 15"): one test per class
fixed. The sentences are made up; the names are register divisions and general lists."""
from .rows import extractor_with, rows as run


def test_a_short_form_glued_to_a_preposition_or_verb_of_motion_still_counts(px, tmp_path):
    text = "广西交通提速。柳州经合山至南宁的高速公路通车后,他回合山更方便,从柳州到合山只要一小时。"
    got = [(r[2], r[4]) for r in run(px, text) if r[2] == "合山"]
    assert got == [("合山", "合山市")] * 3
    # (round 32: with 广西 named, province_lone_front_tags lets 到|合山 count too; both off)
    off = extractor_with(tmp_path, "glued_front_chars: 经回到至往赴从在由返去来抵向进", "glued_front_chars: ''",
                         "province_lone_front_tags: [ns, nz, nrt, none]", "province_lone_front_tags: []")
    assert [r[2] for r in run(off, text)].count("合山") == 0
    # a word of its own is no glued preposition: 回合 'round' in 第三回合 holds no 合山
    assert "合山" not in [r[2] for r in run(px, "广西举办比赛。第三回合山东队获胜。")]


def test_the_ends_of_a_long_road_sharing_no_division_are_their_cities_or_counties(px, tmp_path):
    text = "甘肃省和青海省交通。国家高速兰州至海口公路,瓜州至格尔木公路,嘉兴桐乡至德清联络线。"
    got = {r[2]: r[4] for r in run(px, text)}
    assert got["海口"] == "海口市" and got["瓜州"] == "瓜州县" and got["格尔木"] == "格尔木市"
    assert got["德清"] == "德清县"
    off = extractor_with(tmp_path, "route_apart_ends: true", "route_apart_ends: false")
    spans = [r[2] for r in run(off, text)]
    assert "海口" not in spans


def test_the_contiguous_destitute_areas_are_regions(px):
    got = run(px, "陕西省推进秦巴山区和乌蒙山区发展。")
    # regions since round 17 (groups of counties across provinces: place_regions.txt)
    assert got[1:] == [(5, 9, "秦巴山区", "place.region", "秦巴山区", "region"),
                       (10, 14, "乌蒙山区", "place.region", "乌蒙山区", "region")]


def test_a_street_towns_short_form_is_the_street_town_but_before_an_area_or_site_head(px, tmp_path):
    text = "雨湖区推进窑湾历史文化街区建设,窑湾今年变化大。"
    got = [(r[2], r[4], r[5]) for r in run(px, text) if r[2] == "窑湾"]
    assert got == [("窑湾", "窑湾街道", "town")] * 2
    # before 片区 or a site head: the area named after it
    got = run(px, "万州区推进高笋塘片区城市更新。")
    assert got[-1][2:] == ("高笋塘", "place.town_short", "高笋塘", "area")
    off = extractor_with(tmp_path, "street_short_area: false", "street_short_area: true")
    assert [(r[4], r[5]) for r in run(off, text) if r[2] == "窑湾"] == [("窑湾", "area")] * 2


def test_a_route_item_closed_by_a_comma_and_a_county_over_its_own_seat(px, tmp_path):
    text = "甘肃省交通。9.张家川至恭门，二级公路改建项目，全长22公里。"
    got = [(r[2], r[4]) for r in run(px, text)]
    assert got == [("甘肃省", "甘肃省"), ("张家川", "张家川回族自治县"), ("恭门", "恭门镇")]
    off = extractor_with(tmp_path, 'route_list_separators: "、，,"', 'route_list_separators: "、"')
    # (张家川 stays: its province is named and its own seat 张家川镇 is no other reading,
    # round 20's province_county_own_towns; 恭门 needs the route)
    assert [r[2] for r in run(off, text)] == ["甘肃省", "张家川"]


def test_a_list_of_unlisted_villages_after_a_town_sharing_the_last_items_suffix(px, tmp_path):
    text = "荔波县瑶山乡苗岜、拉桑扶贫搬迁开工。瑶山瑶族乡苗岜、拉桑村属一类贫困村。除了苗岜、拉桑村外。"
    got = [(r[0], r[1], r[2], r[4]) for r in run(px, text)]
    assert got == [(0, 8, "荔波县瑶山乡苗岜", "苗岜村"), (9, 11, "拉桑", "拉桑村"),
                   (18, 25, "瑶山瑶族乡苗岜", "苗岜村"), (26, 29, "拉桑村", "拉桑村"),
                   (38, 40, "苗岜", "苗岜村"), (41, 44, "拉桑村", "拉桑村")]
    # items that are dictionary words are no villages (政府、新村)
    assert [r[5] for r in run(px, "荔波县瑶山瑶族乡政府、新村工作组。")] == ["town"]
    off = extractor_with(tmp_path, "town_list_max_chars: 3", "town_list_max_chars: 0")
    assert "拉桑村" not in [r[2] for r in run(off, text)]


def test_a_unique_unknown_town_short_form_with_only_its_province_named(px, tmp_path):
    text = "云南省重点工程。华能糯扎渡水电站是澜沧江上的大型电站。"
    got = [(r[2], r[4], r[5]) for r in run(px, text) if r[2] == "糯扎渡"]
    assert got == [("糯扎渡", "糯扎渡镇", "town")]
    assert "糯扎渡" not in [r[2] for r in run(px, "华能糯扎渡水电站是大型电站。")]  # no province named
    off = extractor_with(tmp_path, "province_town_min_chars: 3", "province_town_min_chars: 0")
    assert "糯扎渡" not in [r[2] for r in run(off, text)]


def test_an_inter_provincial_word_takes_the_suffix(px):
    assert [r[2] for r in run(px, "是甘肃青海省际间重要出口通道。")] == ["甘肃", "青海"]
