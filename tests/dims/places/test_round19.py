"""Places round 19 (issue 11; docs/DECISIONS.md, "Round 18: places"): one test per class,
each failing with its param off. The sentences are made up; the names are the register's
(rules/gazetteer)."""
from .rows import extractor_with, rows


def _short(got, surface):
    return [(r[0], r[1], r[4], r[5]) for r in got if r[2] == surface]


def test_a_city_keeps_its_reading_beside_its_own_district(px, tmp_path):
    text = "荆州区推进古城保护。荆州今年新开工项目32个。"
    assert _short(rows(px, text), "荆州") == [(10, 12, "荆州市", "city")]
    text2 = "乌鲁木齐县召开会议。乌鲁木齐将建设新机场。"
    assert _short(rows(px, text2), "乌鲁木齐") == [(10, 14, "乌鲁木齐市", "city")]
    off = extractor_with(tmp_path, "written_full_city_keeps_own: [区, 县]", "written_full_city_keeps_own: []")
    assert _short(rows(off, text), "荆州") == [(10, 12, "荆州区", "county")]
    assert _short(rows(off, text2), "乌鲁木齐") == [(10, 14, "乌鲁木齐县", "county")]


def test_a_country_and_its_division_in_an_outlets_name_are_one_mention(px):
    # two mentions from round 18 to 32; one again since round 33 (places47, country_run_before)
    got = rows(px, "凡注明“来源:中国西藏网”的所有作品。您的位置:中国台湾网 > 经贸")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in got] == [
        (7, 11, "中国西藏", "西藏自治区", "province"), (24, 28, "中国台湾", "台湾省", "province")]


def test_words_holding_a_place_name_that_name_no_place(px):
    # place_blocklist.txt: a disease named after a region (the ideology's official name left the
    # list in round 24, placeseed24: the seed gold marks its 中国; test_placeseed24 asserts it)
    text = "有效应对非洲猪瘟疫情。"
    assert rows(px, text) == []
    # the zone's name keeps its 中国
    assert _short(rows(px, "深圳建设中国特色社会主义先行示范区。"), "中国") == [(4, 6, "中国", "country")]


def test_a_mountains_name_before_mai_is_its_range(px, tmp_path):
    text = "宜昌地处武陵山脉和大巴山脉向江汉平原过渡地带。"
    got = [(r[0], r[1], r[2], r[4]) for r in rows(px, text) if r[5] == "area"]
    assert got[:2] == [(4, 8, "武陵山脉", "武陵山脉"), (9, 13, "大巴山脉", "大巴山脉")]
    off = extractor_with(tmp_path, "range_tails: [山脉]", "range_tails: []")
    got = [(r[0], r[1], r[2], r[4]) for r in rows(off, text) if r[5] == "area"]
    assert got[:2] == [(4, 7, "武陵山", "武陵山"), (9, 12, "大巴山", "大巴山")]
