"""Places round 27, branch places36 (issue 11; docs/DECISIONS.md, "Round 27 (places36)").
The sentences are made up; each class is switched off by its param."""
from .rows import extractor_with, mentions, rows


def test_a_measure_after_a_number_opens_no_toponym(px, tmp_path):
    text = "全市整治23条入江支流，新修堤防。"
    assert not any(r[4] == "area" for r in rows(px, text))
    off = extractor_with(tmp_path, "toponym_count_measures: 条座处个道片段", "toponym_count_measures: ''")
    assert any(r[2] == "条入江" for r in rows(off, text))


def test_new_area_head_inside_a_high_tech_zone(px, tmp_path):
    text = "江苏省吴江区青湖高新区签约三个项目；青湖高新区同时开工两个项目。"
    assert not any(r[2] == "湖高新区" for r in rows(px, text))
    off = extractor_with(tmp_path, "new_area_recur_inside: [高新区]", "new_area_recur_inside: []")
    assert any(r[2] == "湖高新区" for r in rows(off, text))


def test_haixi_is_the_strait_region_in_a_fujian_text_only(px):
    fujian = "福建省福州市加快建设海西高速公路网。"
    got = [(m.text, m.fields["name"], m.fields["level"]) for m in mentions(px, fujian)]
    assert ("海西", "海峡西岸经济区", "region") in got
    qinghai = "青海省格尔木市位于海西，旅游业发展迅速。"
    got = [(m.text, m.fields["adcode"], m.fields["level"]) for m in mentions(px, qinghai)]
    assert ("海西", "632800", "city") in got  # the prefecture


def test_a_common_town_stem_right_after_its_county_in_full(px, tmp_path):
    text = "项目位于海拉尔区胜利，占地三百亩。"
    got = rows(px, text)
    assert (4, 10, "海拉尔区胜利", "place.chain", "胜利街道", "town") in got
    assert not any(r[4] == "胜利街道" for r in rows(px, "海拉尔区胜利召开动员会。"))  # 'successfully'
    off = extractor_with(tmp_path, "common_town_after_full: true", "common_town_after_full: false")
    assert not any(r[4] == "胜利街道" for r in rows(off, text))


def test_haixi_stays_the_prefecture_where_fujian_is_not_named(px):
    got = [(m.start, m.end, m.fields["adcode"], m.fields["level"]) for m in mentions(px, "西宁市游客前往海西旅游。")]
    assert (7, 9, "632800", "city") in got  # the anchored region yields in decide, not after it
