"""Places round 28, branch places37 (issue 11; docs/DECISIONS.md, "Round 28 (places37)").
The sentences are made up; each class is switched off by its param."""
from .rows import extractor_with, rows


def test_a_fused_abbreviation_of_two_provinces_is_no_town(px, tmp_path):
    # 闽宁 'Fujian and Ningxia' is also the short form of 闽宁镇 (永宁县, 宁夏)
    text = "永宁县闽宁镇是移民镇。两省深化闽宁协作，推广闽宁经验。"
    got = rows(px, text)
    assert not any(r[2] == "闽宁" for r in got)
    assert any(r[4] == "闽宁镇" and r[2].endswith("闽宁镇") for r in got)  # the town in full stays
    off = extractor_with(tmp_path, "fused_abbreviation_levels: [town, village]", "fused_abbreviation_levels: []")
    assert (15, 17, "闽宁", "place.town_short", "闽宁镇", "town") in rows(off, text)


def test_a_shore_word_is_evidence_of_a_water_body(px, tmp_path):
    text = "开工仪式设在青石河右岸。游客来到白鹭溪畔，欣赏风景。"
    got = rows(px, text)
    assert (6, 9, "青石河", "place.feature", "青石河", "area") in got
    assert (16, 19, "白鹭溪", "place.feature", "白鹭溪", "area") in got
    off = extractor_with(tmp_path, "toponym_shore_cues: [之畔, 之滨, 畔, 右岸, 左岸, 库岸, 岸边]",
                         "toponym_shore_cues: []")
    got = rows(off, text)
    assert not any(r[2] in ("青石河", "白鹭溪") for r in got)


def test_a_park_named_after_a_lake(px, tmp_path):
    # a lake no register holds (翠屏湖 is a line of place_features_register.txt since places44)
    text = "新区将建成翠岚湖公园，并整治周边水系。"
    assert (5, 8, "翠岚湖", "place.feature", "翠岚湖", "area") in rows(px, text)
    off = extractor_with(tmp_path, "抽水蓄能电站, 水利枢纽, 公园]", "抽水蓄能电站, 水利枢纽]")
    assert not any(r[2] == "翠岚湖" for r in rows(off, text))
