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
    text = "福建泉州港围头湾港区吞吐量增长。"
    assert (5, 8, "围头湾", "围头湾", "area") in _places(rows(px, text))
    off = extractor_with(tmp_path, "toponym_short_not_opening: 港路街", "toponym_short_not_opening: ''")
    assert (4, 8, "港围头湾", "港围头湾", "area") in _places(rows(off, text))


def test_a_sea_final_after_a_short_form_is_no_evidence(px, tmp_path):
    text = "吉林白城大安宏风海项目开工。"
    assert _places(rows(px, text)) == [(0, 6, "吉林白城大安", "大安市", "county")]
    off = extractor_with(tmp_path, "toponym_short_finals: 山峰岭峡沟洞岛湾湖河溪泉江滩塘泾口梁里寨坪关\n",
                         "toponym_short_finals: 山峰岭峡沟洞岛湾湖河溪泉江滩塘泾口梁里寨坪关海\n")
    assert (6, 9, "宏风海", "宏风海", "area") in _places(rows(off, text))


def test_after_a_lone_short_form_the_name_must_recur(px, tmp_path):
    once = "宁波松溪湖度假村开工。"
    twice = "宁波松溪湖度假村开工。境内松溪湖风光秀丽。"
    assert _places(rows(px, once)) == [(0, 2, "宁波", "宁波市", "city")]
    assert _places(rows(px, twice)) == [(0, 2, "宁波", "宁波市", "city"), (2, 5, "松溪湖", "松溪湖", "area"),
                                        (13, 16, "松溪湖", "松溪湖", "area")]
    off = extractor_with(tmp_path, "toponym_short_lone_min_times: 2", "toponym_short_lone_min_times: 1")
    assert _places(rows(off, once)) == [(0, 2, "宁波", "宁波市", "city"), (2, 5, "松溪湖", "松溪湖", "area")]
