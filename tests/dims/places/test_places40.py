"""Places round 29, branch places40 (issue 11; docs/DECISIONS.md, "Round 29 (places40)").
The sentences are made up; each class is switched off by its param."""
from .rows import extractor_with, mentions, rows


def codes(px, text):
    return [(m.start, m.text, m.fields["adcode"]) for m in mentions(px, text)]


def test_a_homonym_division_takes_the_province_of_the_other_places(px, tmp_path):
    # 海南 and 海口 are read on evidence (海口 is a common word), so nothing is named with
    # certainty: 龙华区 of 深圳 (the lower code) and of 海口 tie, the document's places decide
    text = "到海南旅游的人多了。海口老街改造加快。龙华区今年新修步行街。"
    assert (19, "龙华区", "460106") in codes(px, text)
    off = extractor_with(tmp_path, "homonym_levels: [city, county]", "homonym_levels: []")
    assert (19, "龙华区", "440309") in codes(off, text)


def test_a_homonym_with_no_other_place_keeps_the_fixed_reading(px):
    text = "龙华区今年新修步行街，龙华区的居民很满意。"
    assert {c for _s, _t, c in codes(px, text)} == {"440309"}


def test_a_region_stays_a_region_beside_the_city_of_its_district(px, tmp_path):
    text = "郑州新建的中原物流港开园。"
    assert (5, 7, "中原", "place.region", "中原", "region") in rows(px, text)
    off = extractor_with(tmp_path, "over_levels: [county]", "over_levels: []")
    assert (5, 7, "中原", "place.short", "中原区", "county") in rows(off, text)
