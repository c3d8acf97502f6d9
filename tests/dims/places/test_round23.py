"""Places round 21, branch places23 (issue 11; docs/DECISIONS.md, "Round 21: places"): one
test per class, each failing with its param (or the check) off. The sentences are made up;
the names are the register's (rules/gazetteer)."""
from .rows import extractor_with, rows


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def test_a_street_named_after_a_town_ends_the_chain_before_it(px, tmp_path):
    text = "第二办公区位于北京市东城区建国门内大街26号。"
    assert _places(rows(px, text)) == [(7, 13, "北京市东城区", "东城区", "county")]
    off = extractor_with(tmp_path, "street_heads: [路,", "street_heads: [] #")
    assert _places(rows(off, text)) == [(7, 16, "北京市东城区建国门", "建国门街道", "town")]


def test_a_street_named_after_a_village_is_no_tail_of_its_town(px, tmp_path):
    text = "苏州吴中区金庭镇林屋路南侧的农田。"
    assert _places(rows(px, text)) == [(0, 8, "苏州吴中区金庭镇", "金庭镇", "town")]
    off = extractor_with(tmp_path, "street_heads: [路,", "street_heads: [] #")
    assert _places(rows(off, text)) == [(0, 10, "苏州吴中区金庭镇林屋", "林屋村", "village")]


def test_a_run_of_short_forms_with_bracketed_parts_names_each_city(px, tmp_path):
    text = "加快建设(武)汉襄(阳)宜(昌)城市群交通网。"
    want = [(4, 8, "(武)汉", "武汉市", "city"), (8, 12, "襄(阳)", "襄阳市", "city"),
            (12, 16, "宜(昌)", "宜昌市", "city")]
    assert _places(rows(px, text)) == want
    # a lone one is a note
    assert _places(rows(px, "项目在宜(昌)开工。")) == []
    off = extractor_with(tmp_path, "bracketed_min_run: 2", "bracketed_min_run: 0")
    assert _places(rows(off, text)) == []


def test_a_feature_suffix_that_opens_the_next_features_name_is_no_head(px, tmp_path):
    # 溪 after 金沙江 is the first character of 溪洛渡, not a 溪 named 金沙江溪
    text = "举世瞩目的金沙江溪洛渡水电工程开工。"
    assert _places(rows(px, text)) == [(5, 8, "金沙江", "金沙江", "area"),
                                       (8, 11, "溪洛渡", "溪洛渡", "area")]
    off = extractor_with(tmp_path, "suffix_not_opening: true", "suffix_not_opening: false")
    assert _places(rows(off, text)) == [(5, 9, "金沙江溪", "金沙江溪", "area")]


def test_a_town_short_form_before_a_river_bay_head_is_the_locality(px, tmp_path):
    text = "遂宁市船山区推进城市更新。唐家沱码头改造开工。"
    assert _places(rows(px, text))[-1] == (13, 16, "唐家沱", "唐家沱", "area")
    off = extractor_with(tmp_path, "settlement_heads: [堡, 寨, 屯, 沱]", "settlement_heads: [堡, 寨, 屯]")
    assert _places(rows(off, text))[-1] == (13, 15, "唐家", "唐家乡", "town")


def test_a_place_word_before_a_river_cue_after_one_character_verbs(px, tmp_path):
    text = "水库建成后可使川江沿岸城市防洪标准提高。"
    assert _places(rows(px, text)) == [(7, 9, "川江", "川江", "area")]
    off = extractor_with(tmp_path, "cued_place_word_after_verb: true", "cued_place_word_after_verb: false")
    assert _places(rows(off, text)) == [(5, 9, "可使川江", "可使川江", "area")]


def test_a_compass_bound_after_a_verb_of_motion_is_the_direction(px, tmp_path):
    text = "管线向东至新建水厂。"
    assert _places(rows(px, text)) == []
    off = extractor_with(tmp_path, "bound_lead: 向往朝", "bound_lead: ''")
    assert _places(rows(off, text)) == [(3, 5, "东至", "东至县", "county")]


def test_a_city_short_form_jieba_fuses_with_a_port_head_is_the_city(px, tmp_path):
    text = "山东省新开工烟台港芝罘湾港区专业件杂货泊位工程。"
    assert _places(rows(px, text)) == [(0, 3, "山东省", "山东省", "province"), (6, 8, "烟台", "烟台市", "city"),
                                       (9, 12, "芝罘湾", "芝罘湾", "area")]
    off = extractor_with(tmp_path, "fused_heads: [港]", "fused_heads: []")
    assert _places(rows(off, text)) == [(0, 3, "山东省", "山东省", "province"), (9, 12, "芝罘湾", "芝罘湾", "area")]


def test_a_town_named_after_a_river_before_a_river_cue_is_the_river(px, tmp_path):
    text = "德阳市中江县推进生态修复。凯江、郪江流域生态修复项目凯江上游段基本完工。"
    got = _places(rows(px, text))
    assert (13, 15, "凯江", "凯江", "area") in got and (26, 28, "凯江", "凯江", "area") in got
    off = extractor_with(tmp_path, "town_river_finals: 江河溪", "town_river_finals: ''")
    got = _places(rows(off, text))
    assert (13, 15, "凯江", "凯江镇", "town") in got and (26, 28, "凯江", "凯江镇", "town") in got
