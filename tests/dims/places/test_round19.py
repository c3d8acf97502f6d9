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
