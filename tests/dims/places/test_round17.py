"""Places round 17 (issue 11; docs/DECISIONS.md, "Round 16: places, towns and villages by
the document's divisions (places17)"): one test per class, each failing with its param off.
The sentences are made up; the names are the register's (rules/gazetteer)."""
from .rows import extractor_with, rows


def test_a_village_list_runs_across_the_towns_of_its_county(px, tmp_path):
    text = "浙江省泰顺县推进乡村振兴,覆盖林岙村、库村、横溪村等革命老区村。"
    got = rows(px, text)
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in got[1:]] == [
        (15, 18, "林岙村", "place.village", "林岙村", "village"),
        (19, 21, "库村", "place.village", "库村", "village"),
        (22, 25, "横溪村", "place.village", "横溪村", "village")]
    off = extractor_with(tmp_path, "county_list_min_chars: 2", "county_list_min_chars: 0")
    assert "库村" not in [r[2] for r in rows(off, text)]
    # a two-character village name alone is no place (min_chars)
    assert "库村" not in [r[2] for r in rows(px, "浙江省泰顺县的库村今年丰收。")]


def test_a_listed_village_stem_recurs_alone(px, tmp_path):
    text = "鹤壁市推进社区建设,涉及古烟、崔庄、郭庄三个行政村。古烟新型社区今年开工。"
    got = [r for r in rows(px, text) if r[2] == "古烟"]
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in got] == [
        (12, 14, "place.village", "古烟村", "village"),
        (26, 28, "place.village", "古烟村", "village")]
    off = extractor_with(tmp_path, "recurring_listed_stems: true", "recurring_listed_stems: false")
    assert [r[0] for r in rows(off, text) if r[2] == "古烟"] == [12]


def test_a_compass_word_in_a_run_of_bounds_is_the_direction(px, tmp_path):
    text = "片区北至国道,东至杞木河,南至县道。"
    assert "东至" not in [r[2] for r in rows(px, text)]
    assert [r[2] for r in rows(px, "铁路西起江苏省徐州市,东至连云港市。")] == ["江苏省徐州市", "连云港市"]
    off = extractor_with(tmp_path, "bound_word: '[东西南北][至起到抵临邻接]'", "bound_word: ''")
    assert "东至" in [r[2] for r in rows(off, text)]
    # the county written in full, or with no bound run around it, stands
    assert rows(px, "安徽省池州市东至县今年新建学校。")[-1][4] == "东至县"


def test_a_register_village_stem_at_a_routes_end(px, tmp_path):
    text = "四川省通江县推进公路建设,川陕界至王坪段开工,王坪至通江段同步建设。"
    got = [r for r in rows(px, text) if r[2] == "王坪"]
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in got] == [
        (17, 19, "place.village", "王坪村", "village"),
        (23, 25, "place.village", "王坪村", "village")]
    off = extractor_with(tmp_path, "route_stem_max_chars: 4", "route_stem_max_chars: 0")
    assert "王坪" not in [r[2] for r in rows(off, text)]
    # no route: the stem alone is no place (the bare stems at large are off)
    assert "王坪" not in [r[2] for r in rows(px, "四川省通江县的王坪今年丰收。")]


def test_a_routes_end_is_the_one_town_of_its_name_in_the_province(px, tmp_path):
    text = "甘肃省公路建设提速。临夏市至郎木寺,二级公路改建项目。"
    got = [r for r in rows(px, text) if r[2] == "郎木寺"]
    assert got == [(14, 17, "郎木寺", "place.town_short", "郎木寺镇", "town")]
    off = extractor_with(tmp_path, "route_end_province_town: true", "route_end_province_town: false")
    assert "郎木寺" not in [r[2] for r in rows(off, text)]
    # the other end in another province: a road across a border, no town picked by province
    assert "黄桶" not in [r[2] for r in rows(px, "广西壮族自治区、贵州省。推进黄桶至百色铁路建设。")]


def test_a_lower_case_route_code_is_no_part_of_a_toponym(px):
    got = rows(px, "甘肃省兰州市红古区。s301线海石湾至岗子沟,二级公路。")
    assert "线海石湾" not in [r[2] for r in got]
