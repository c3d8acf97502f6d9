"""Places round 13 (issue 11, branch places13): one test per class
(docs/DECISIONS.md, "Places: round 13"). The sentences are made up; the names are
register divisions."""
from .rows import extractor_with, rows as run


def test_region_short_form_needs_a_province_of_its_region(px, tmp_path):
    # 湾区 'a bay area' is 粤港澳大湾区 only in a document naming one of its provinces
    # (广东, 香港, 澳门) or the region by another form
    assert run(px, "三亚研究湾区规划。") == [(0, 2, "三亚", "place.short", "三亚市", "city")]
    assert run(px, "守好祖国北疆。") == []
    got = run(px, "湾区规划出台，梅州特产进入市场。")
    assert got[0] == (0, 2, "湾区", "place.region", "粤港澳大湾区", "region")
    got = run(px, "推进粤港澳大湾区建设，特产进入湾区。")
    assert [r[2] for r in got] == ["粤港澳大湾区", "湾区"]
    assert run(px, "喀什地处南疆。")[-1] == (4, 6, "南疆", "place.region", "南疆", "region")
    off = extractor_with(tmp_path, "anchored: true", "anchored: false")
    assert run(off, "三亚研究湾区规划。")[-1] == (4, 6, "湾区", "place.region", "粤港澳大湾区", "region")


def test_former_name_not_in_a_document_of_other_provinces(px, tmp_path):
    # 新建县 is only a former name (南昌's 新建区): in a 中牟县 (Henan) report it is
    # 新建|县直 'a newly built county-run school', and no 新建 counts by it
    text = "中牟县新建、迁建中小学，投入资金5亿元，新建县直一初中。"
    assert run(px, text) == [(0, 3, "中牟县", "place.full", "中牟县", "county")]
    got = run(px, "江西省发布通知，新建县今年投入资金。")
    assert got[-1] == (8, 11, "新建县", "place.former", "新建区", "county")
    assert run(px, "新建县今年投入资金。") == [(0, 3, "新建县", "place.former", "新建区", "county")]
    off = extractor_with(tmp_path, "own_province_only: true", "own_province_only: false")
    assert [r[2] for r in run(off, text)] == ["中牟县", "新建", "新建县"]


def test_office_name_of_a_street_town(px, tmp_path):
    # X办事处: the office's (and the former) name of the 街道 X街道 under a county named
    text = "当阳市所辖的玉泉办事处新建学校。"
    assert run(px, text)[-1] == (6, 11, "玉泉办事处", "place.town", "玉泉街道", "town")
    off = extractor_with(tmp_path, "renamed_suffixes: [镇, 乡, 街道, 办事处]", "renamed_suffixes: [镇, 乡, 街道]")
    assert run(off, text)[-1] == (6, 8, "玉泉", "place.town_short", "玉泉街道", "town")


def test_level_words_after_a_name_break_its_suffix(px):
    # 省级 'provincial-level' (like 市级): the name is the short form, 江西 not 江西省
    assert run(px, "本年度江西省级层面重点项目开工。") == [(3, 5, "江西", "place.short", "江西省", "province")]
    # an institution of the division itself keeps the suffix
    assert run(px, "江西省政府发布通知。")[0][:3] == (0, 3, "江西省")


def test_feature_with_a_glued_front_cut_to_the_name_used_alone(px):
    # 新设|黄羊山: a feature read with a character glued on (设黄羊山) is cut to the name the
    # same document writes alone (黄羊山); a name written nowhere alone stays as read
    from pipeline.gazetteer import Entry
    text = "黄羊山至白鹭山段开通。新设黄羊山站，新设大坪山站。"
    def feat(a, b):
        return px._mention(a, b, text, "place.feature", Entry(text[a:b], "area", "", (text[a:b],), "feature"))
    got = px._glued_features([feat(0, 3), feat(4, 7), feat(12, 16), feat(19, 23)], text)
    assert [(m.start, m.end, m.text, m.fields["name"]) for m in got] == [
        (0, 3, "黄羊山", "黄羊山"), (4, 7, "白鹭山", "白鹭山"), (13, 16, "黄羊山", "黄羊山"), (19, 23, "设大坪山", "设大坪山")]
    px_off = px.glued_prefix_max
    try:
        px.glued_prefix_max = 0
        assert px._glued_features([feat(0, 3), feat(12, 16)], text)[1].text == "设黄羊山"
    finally:
        px.glued_prefix_max = px_off


def test_city_short_form_across_a_layout_space(px, tmp_path):
    # a page path with spaced characters: 娄 底 is the city, as 辽 宁 is the province
    text = "首页 > 地 方 > 娄 底 > 正文 精 神"  # (three gaps at least: spaced_min_gaps)
    assert run(px, text) == [(11, 14, "娄 底", "place.short", "娄底市", "city")]
    assert run(px, "首页 上海 南京 地 方 精 神") == [(3, 5, "上海", "place.short", "上海市", "province"),
                                          (6, 8, "南京", "place.short", "南京市", "city")]
    off = extractor_with(tmp_path, "spaced_cities: true", "spaced_cities: false")
    assert run(off, text) == []
