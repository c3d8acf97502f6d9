"""Places round 21, branch places24 (issue 11; docs/DECISIONS.md, "Round 21: places,
unlisted localities by context and form"): each class fails with its param off. The
sentences are made up."""
from .rows import extractor_with, rows


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def test_a_feature_right_after_a_county_short_form_is_an_area(px, tmp_path):
    text = "宁波象山松兰湾今年迎来客流高峰。"
    assert _places(rows(px, text)) == [(0, 4, "宁波象山", "象山县", "county"),
                                       (4, 7, "松兰湾", "松兰湾", "area")]
    off = extractor_with(tmp_path, "toponym_short_division_levels: [city, county]",
                         "toponym_short_division_levels: []")
    assert _places(rows(off, text)) == [(0, 4, "宁波象山", "象山县", "county")]


def test_a_head_the_short_form_is_glued_to_opens_no_feature(px, tmp_path):
    text = "泉州港围头湾港区吞吐量增长。"
    assert (3, 6, "围头湾", "围头湾", "area") in _places(rows(px, text))
    off = extractor_with(tmp_path, "toponym_short_not_opening: 港路街", "toponym_short_not_opening: ''")
    assert (2, 6, "港围头湾", "港围头湾", "area") in _places(rows(off, text))


def test_a_sea_final_after_a_short_form_is_no_evidence(px, tmp_path):
    text = "通榆、大安宏风海坨等风电项目开工。"
    assert [p for p in _places(rows(px, text)) if p[4] == "area"] == []
    off = extractor_with(tmp_path, "toponym_short_finals: 山峰岭峡沟洞岛湾湖河溪泉江滩塘泾口梁里寨坪关\n",
                         "toponym_short_finals: 山峰岭峡沟洞岛湾湖河溪泉江滩塘泾口梁里寨坪关海\n")
    assert (5, 8, "宏风海", "宏风海", "area") in _places(rows(off, text))


def test_a_name_before_pianqu_is_a_locality(px, tmp_path):
    text = "沉寂多年的刘家仙河片区征收启动。"
    assert _places(rows(px, text)) == [(5, 9, "刘家仙河", "刘家仙河", "area")]
    off = extractor_with(tmp_path, "toponym_cues: [片区, ", "toponym_cues: [")
    assert _places(rows(off, text)) == []
