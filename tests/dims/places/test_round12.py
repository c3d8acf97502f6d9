"""Places round 12 (issue 11, branch places12): one test per class
(docs/DECISIONS.md, "Places: round 12"). The sentences are made up; the names are
register divisions."""
from pipeline.gazetteer import Gazetteer

from .rows import RULES, extractor_with, rows as run


def test_city_short_shared_with_its_own_county_names_the_city(px, tmp_path):
    # 湘潭 is 湘潭市 and its 湘潭县: the city, named with certainty, so the short forms of
    # its towns count in a document that names no county of them
    got = run(px, "湘潭今年在易俗河新建一所学校。")
    assert got == [(0, 2, "湘潭", "place.short", "湘潭市", "city"),
                   (5, 8, "易俗河", "place.town_short", "易俗河镇", "town")]
    got = run(px, "长沙今年在靖港新建一所学校。")
    assert got[-1] == (5, 7, "靖港", "place.town_short", "靖港镇", "town")
    off = extractor_with(tmp_path, "city_over_own_county: true", "city_over_own_county: false")
    assert run(off, "长沙今年在靖港新建一所学校。") == [(0, 2, "长沙", "place.short", "长沙市", "city")]


def test_city_town_short_not_a_facility_head(px):
    # 山庄 is a town's short form (山庄乡) under a city's county, and a resort's head
    got = run(px, "长沙今年新建学校，农庄“仙居山庄”开业。")
    assert got == [(0, 2, "长沙", "place.short", "长沙市", "city")]


def test_town_list_under_a_city_named_alone(px, tmp_path):
    # A、B、C等乡镇 with only the city named: one town of the city per item
    text = "温州将在仙岩、沙头、玉壶等乡镇新建学校。"
    got = run(px, text)
    assert got == [(0, 2, "温州", "place.short", "温州市", "city"),
                   (4, 6, "仙岩", "place.town", "仙岩街道", "town"),
                   (7, 9, "沙头", "place.town", "沙头镇", "town"),
                   (10, 12, "玉壶", "place.town", "玉壶镇", "town")]
    off = extractor_with(tmp_path, "list_city_towns: true", "list_city_towns: false")
    assert [r[2] for r in run(off, text)] == ["温州"]
    # villages are read under a county only: a city holds too many
    assert [r[2] for r in run(px, "温州将在东岙、西岙等村新建学校。")] == ["温州"]


def test_short_form_of_a_division_named_after_its_people():
    gz = Gazetteer.load(RULES.parent / "rules")
    names = {s: sorted(e.name for e in gz.get(s)) for s in ("东乡县", "东乡", "鄂温克旗")}
    assert "东乡族自治县" in names["东乡县"]  # (Jiangxi's former 东乡县 is read from renamed.tsv)
    assert "东乡族自治县" in names["东乡"]
    assert names["鄂温克旗"] == ["鄂温克族自治旗"]


def test_ambiguous_county_resolved_by_the_province_named(px):
    # 东乡县: Gansu's 东乡族自治县, or Jiangxi's former 东乡县 (now 东乡区): the context decides
    got = run(px, "甘肃省临夏回族自治州东乡县锁南镇新建学校。")
    assert got == [(0, 16, "甘肃省临夏回族自治州东乡县锁南镇", "place.chain", "锁南镇", "town")]
    got = run(px, "甘肃省发布通知，东乡县今年新建三所学校。")
    assert got[-1] == (8, 11, "东乡县", "place.short", "东乡族自治县", "county")
    got = run(px, "江西省抚州市东乡县今年新建三所学校。")
    assert got == [(0, 9, "江西省抚州市东乡县", "place.chain", "东乡区", "county")]


def test_unknown_town_short_with_its_city_named(px, tmp_path):
    # a name jieba's dictionary lacks (三垟) counts as a rare place word does
    got = run(px, "温州今年在三垟新建一所学校。")
    assert got == [(0, 2, "温州", "place.short", "温州市", "city"),
                   (5, 7, "三垟", "place.town_short", "三垟街道", "town")]
    # ... not as the first word of a street or a feature named after it (大道; 湿地, a
    # head of place_locality_head.txt)
    assert [r[2] for r in run(px, "温州今年在三垟大道新建一所学校。")] == ["温州"]
    assert [r[2] for r in run(px, "温州今年在三垟湿地旁新建一所学校。")] == ["温州"]
    off = extractor_with(tmp_path, "city_town_unknown: true", "city_town_unknown: false")
    assert [r[2] for r in run(off, "温州今年在三垟新建一所学校。")] == ["温州"]
