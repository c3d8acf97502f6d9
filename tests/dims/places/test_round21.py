"""Places round 19, branch places21 (issue 11; docs/DECISIONS.md, "Round 19: places"): one
test per class, each failing with its param off. The sentences are made up; the names are
the register's (rules/gazetteer) and the State Council's lists of zones."""
from .rows import extractor_with, rows, rows_with_path


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def _two_off(tmp_path, *pairs):
    import shutil
    from pipeline.dims.places import PlaceExtractor
    from pipeline.rules import RuleSet
    from .rows import RULES
    shutil.copytree(RULES, tmp_path / "rules")
    p = tmp_path / "rules" / "places.yaml"
    text = p.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    p.write_text(text, encoding="utf-8")
    return PlaceExtractor(RuleSet.load(tmp_path / "rules"))


def test_a_village_after_its_streets_short_office_is_one_mention(px, tmp_path):
    # 城郊 is a common word, 街 the 街道's office, 光联村 a village of 城郊街道 (从化区)
    text = "广州从化区城郊街光联村完成改造。城郊街光联村召开会议。光联村将建设公园。"
    got = _places(rows(px, text))
    assert (0, 11, "广州从化区城郊街光联村", "光联村", "village") in got
    assert (16, 22, "城郊街光联村", "光联村", "village") in got
    assert (27, 30, "光联村", "光联村", "village") in got
    # (the run step, runs.py, would join 从化区|城郊街光联村 after the fact: off here too)
    # (round 27: common_town_after_full joins 从化区|城郊 as well, the county written in full)
    off = _two_off(tmp_path / "a", ("common_town_village_next: true", "common_town_village_next: false"),
                   ("run_join_levels: [province, city, county, town]", "run_join_levels: []"),
                   ("common_town_after_full: true", "common_town_after_full: false"))
    assert (0, 11, "广州从化区城郊街光联村", "光联村", "village") not in _places(rows(off, text))
    off2 = extractor_with(tmp_path / "b", "village_town_head: true", "village_town_head: false")
    assert (16, 22, "城郊街光联村", "光联村", "village") not in _places(rows(off2, text))


def test_a_bounds_direction_opens_no_unlisted_village(px, tmp_path):
    text = "广州从化区推进改造,范围东至流溪河、南至向阳村、西至高步村、北至塘下村。"
    got = _places(rows(px, text))
    assert [(a, b, t) for a, b, t, _n, lv in got if lv == "village"] == [
        (20, 23, "向阳村"), (26, 29, "高步村"), (32, 35, "塘下村")]
    off = extractor_with(tmp_path, "bound_word: '[东西南北][至起到抵临邻接]'", "bound_word: ''")
    assert (24, 29, "西至高步村") in [(r[0], r[1], r[2]) for r in rows(off, text)]


def test_an_autonomous_countys_stem_with_the_whole_suffix():
    from pipeline.gazetteer import name_rules, short_forms
    from .rows import RULES
    forms = short_forms("酉阳土家族苗族自治县", "county", *name_rules(RULES))
    assert forms == [("short", "酉阳"), ("alias", "酉阳县"), ("alias", "酉阳自治县")]


def test_an_autonomous_county_written_stem_plus_suffix_is_one_mention(px):
    got = _places(rows(px, "酉阳自治县举行重点项目集中开工。"))
    assert got == [(0, 5, "酉阳自治县", "酉阳土家族苗族自治县", "county")]


def test_a_free_trade_zone_and_its_part_are_one_mention(px, tmp_path):
    text = "中国(湖北)自由贸易试验区宜昌片区挂牌。湖北自贸试验区襄阳片区开工。宜昌片区今年新增企业。"
    got = [(r[0], r[1], r[2], r[4], r[5], r[6]) for r in rows_with_path(px, text)]
    assert got == [
        (0, 17, "中国(湖北)自由贸易试验区宜昌片区", "中国（湖北）自由贸易试验区宜昌片区", "special_zone",
         "湖北省/宜昌市/中国（湖北）自由贸易试验区宜昌片区"),
        (20, 31, "湖北自贸试验区襄阳片区", "中国（湖北）自由贸易试验区襄阳片区", "special_zone",
         "湖北省/襄阳市/中国（湖北）自由贸易试验区襄阳片区"),
        (34, 38, "宜昌片区", "中国（湖北）自由贸易试验区宜昌片区", "special_zone",
         "湖北省/宜昌市/中国（湖北）自由贸易试验区宜昌片区")]
    off = extractor_with(tmp_path, "ftz_heads: [自由贸易试验区, 自贸试验区, 自由贸易区, 自贸区]", "ftz_heads: []")
    assert "湖北" in [r[2] for r in rows(off, text)]
    # a province that is a zone whole stays the province
    assert _places(rows(px, "推进海南自由贸易试验区建设。")) == [(2, 4, "海南", "海南省", "province")]


def test_a_bonded_zone_named_after_its_county(px, tmp_path):
    text = "郑州新郑综合保税区进出口增长。"
    got = [(r[0], r[1], r[2], r[4], r[5], r[6]) for r in rows_with_path(px, text)]
    assert got == [(0, 9, "郑州新郑综合保税区", "新郑综合保税区", "special_zone",
                    "河南省/郑州市/新郑市/新郑综合保税区")]
    off = extractor_with(tmp_path, "bonded_heads: [综合保税区]", "bonded_heads: []")
    assert [r[5] for r in rows(off, text)] == ["county"]


def test_a_rivers_mouth_is_one_area(px, tmp_path):
    text = "福州港闽江口内港区新建泊位。长江口岸建设加快。丹江口水库水质稳定。"
    got = _places(rows(px, text))
    assert (3, 6, "闽江口", "闽江口", "area") in got
    assert (14, 16, "长江", "长江", "area") in got  # 口岸 'port': the river
    assert not any(t == "丹江" for _a, _b, t, _n, _l in got)
    off = extractor_with(tmp_path, "river_mouth: 口\n", "river_mouth: ''\n")
    assert (3, 5, "闽江", "闽江", "area") in _places(rows(off, text))


def test_sichuans_economic_areas_and_a_zones_short_name(px):
    got = _places(rows(px, "为成都平原经济区破解用水难题,推动攀西经济区发展。项目落户郑州航空港。"))
    assert got == [(1, 8, "成都平原经济区", "成都平原经济区", "region"),
                   (17, 22, "攀西经济区", "攀西经济区", "region"),
                   (29, 34, "郑州航空港", "郑州航空港经济综合实验区", "special_zone")]
