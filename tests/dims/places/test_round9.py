"""Places round 9 (issue 11, branch places9): one test per class
(docs/DECISIONS.md, "Places: round 9")."""
from .rows import extractor_with, rows as run

BISHAN = "重庆市合川区至璧山区高速通车。合川城南枢纽至璧山西段建成。"


def test_a_short_form_across_a_word_boundary_gives_way(px):
    # jieba reads 璧山西段 as 璧|山西|段: with 璧山区 named elsewhere, the district is the place
    got = run(px, BISHAN)
    assert got[-1] == (22, 24, "璧山", "place.short", "璧山区", "county")
    assert not any(g[2] == "山西" for g in got)
    # the earlier division named only by a chain (湖南桃江) gives way the same (桃|江西)
    got = run(px, "湖南桃江新建工程。桃江西220千伏输变电工程开工。")
    assert got == [(0, 4, "湖南桃江", "place.chain", "桃江县", "county"),
                   (9, 11, "桃江", "place.short", "桃江县", "county")]
    # the city written in full elsewhere (白山市): 白|山东站 is 白山
    got = run(px, "吉林省白山市发布。沈白高铁白山东站开工。")
    assert got[-1] == (13, 15, "白山", "place.short", "白山市", "city")
    # the earlier division named nowhere: the province stays
    got = run(px, "重庆市合川城南枢纽至璧山西段建成。")
    assert got[-1] == (11, 13, "山西", "place.short", "山西省", "province")


def test_across_word_off_by_its_param(tmp_path):
    # (round 30's named_full_across_word reads 璧山 across the cut too: both off)
    ex = extractor_with(tmp_path, "across_word_levels: [province, city]", "across_word_levels: []",
                        "named_full_across_word: true", "named_full_across_word: false")
    got = run(ex, BISHAN)
    assert got[-1] == (23, 25, "山西", "place.short", "山西省", "province")


def test_a_town_alone_that_jieba_knows_as_another_word(px):
    # 小城镇 (吉林 舒兰市's one town of the name; jieba: nr 'small towns') with nothing of it
    # named: the phrase, not the town
    assert [g[2] for g in run(px, "辽源特色小城镇建设风生水起。")] == ["辽源"]
    # the same name under its county named: the town
    got = run(px, "舒兰市发布消息。小城镇今年新建公路。")
    assert got[1] == (8, 11, "小城镇", "place.town", "小城镇", "town")
    # a town alone that is no dictionary word still counts
    assert run(px, "湖东镇今年新建公路。") == [(0, 3, "湖东镇", "place.town", "湖东镇", "town")]


def test_town_alone_not_other_word_off_by_its_param(tmp_path):
    ex = extractor_with(tmp_path, "alone_not_other_word: true", "alone_not_other_word: false")
    got = run(ex, "辽源特色小城镇建设风生水起。")
    assert got[1] == (4, 7, "小城镇", "place.town", "小城镇", "town")
