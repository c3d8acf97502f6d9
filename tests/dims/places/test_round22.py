"""Places round 20, branch places22 (issue 11; docs/DECISIONS.md, "Round 20: places"): one
test per class, each failing with its param off. The sentences are made up; the names are
the register's (rules/gazetteer)."""
from .rows import extractor_with, rows, rows_with_path


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def test_a_suffixed_alias_names_its_county_for_the_bare_short_form(px, tmp_path):
    # 南涧县 is the suffixed alias of 南涧彝族自治县; no city or province is named
    text = "南涧成为茶乡。南涧县今年新建茶园。"
    assert _places(rows(px, text)) == [(0, 2, "南涧", "南涧彝族自治县", "county"),
                                       (7, 10, "南涧县", "南涧彝族自治县", "county")]
    off = extractor_with(tmp_path, "certain_forms: [full, former, alias]", "certain_forms: [full, former]")
    assert _places(rows(off, text)) == [(7, 10, "南涧县", "南涧彝族自治县", "county")]


def test_the_countys_own_seat_town_leaves_its_short_form_the_county(px, tmp_path):
    # 林西: 林西县 (赤峰), its seat 林西镇, and two towns of 河北; the text names 内蒙古
    text = "内蒙古将在林西建设光伏基地。"
    assert _places(rows(px, text)) == [(0, 3, "内蒙古", "内蒙古自治区", "province"),
                                       (5, 7, "林西", "林西县", "county")]
    off = extractor_with(tmp_path, "province_county_own_towns: true", "province_county_own_towns: false")
    assert _places(rows(off, text)) == [(0, 3, "内蒙古", "内蒙古自治区", "province")]


def test_a_function_word_alone_before_a_county_short_form_ends_no_name(px, tmp_path):
    text = "吉林省做大以珲春为主体的加工业。"
    assert _places(rows(px, text)) == [(0, 3, "吉林省", "吉林省", "province"),
                                       (6, 8, "珲春", "珲春市", "county")]
    # (round 32: with 吉林省 named, province_lone_front_tags lets 以|珲春 (ns) count too; both off)
    off = extractor_with(tmp_path, "lone_front_chars: 以和与及对为将把被让", "lone_front_chars: ''",
                         "province_lone_front_tags: [ns, nz, nrt, none]", "province_lone_front_tags: []")
    assert _places(rows(off, text)) == [(0, 3, "吉林省", "吉林省", "province")]


def _off_ports(tmp_path):
    return extractor_with(tmp_path, "port_part_max_chars: 3", "port_part_max_chars: 0")


def test_a_port_part_named_after_an_unlisted_locality_is_an_area(px, tmp_path):
    # 东疆 is also a curated region of 新疆, dropped here (no part of 新疆 named)
    text = "天津市推进天津港东疆港区建设。"
    got = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows_with_path(px, text)]
    assert got[-1] == (8, 10, "东疆", "place.feature", "东疆", "area", "天津市/东疆")
    assert (8, 10) not in [(r[0], r[1]) for r in rows(_off_ports(tmp_path), text)]


def test_a_port_part_named_after_a_register_town_or_village_is_that_place(px, tmp_path):
    text = "重庆市忠县港区新生作业区一期工程开工。"
    assert _places(rows(px, text))[-1] == (7, 9, "新生", "新生街道", "town")
    text2 = "海南省东方市八所港高排港区开工。八所港高排港区一期。高排港区建设。"
    got = _places(rows(px, text2))
    assert (9, 11, "高排", "高排村", "village") in got and (19, 21, "高排", "高排村", "village") in got
    off = _off_ports(tmp_path)
    assert (7, 9) not in [(r[0], r[1]) for r in rows(off, text)]


def test_no_port_part_of_a_common_word_or_a_divisions_short_form(px):
    assert _places(rows(px, "沧州黄骅港综合港区吞吐量增长。")) == [(0, 4, "沧州黄骅", "黄骅市", "county")]
    assert _places(rows(px, "广东揭阳港南海作业区码头开工。")) == [(0, 4, "广东揭阳", "揭阳市", "city")]


def test_a_power_station_opening_a_clause_is_named_after_its_site(px, tmp_path):
    # 坎多: a made-up name, no word, no place; the list item later is the same site
    text = "青海推进能源建设。\n坎多抽水蓄能电站位于青海省。据测算,坎多、同德两座电站带动就业。"
    got = _places(rows(px, text))
    assert (10, 12, "坎多", "坎多", "area") in got and (28, 30, "坎多", "坎多", "area") in got
    off = extractor_with(tmp_path, "site_open_heads: [抽水蓄能电站, 水电站, 风电场]", "site_open_heads: []")
    assert "坎多" not in [r[2] for r in rows(off, text)]
    # a water work's head is no power station; a dictionary word is no site
    assert _places(rows(px, "龙华中心,迈湾水利枢纽工程开工。")) == []
    assert _places(rows(px, "青海推进能源建设。这些抽水蓄能电站。")) == [(0, 2, "青海", "青海省", "province")]
