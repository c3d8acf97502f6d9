"""Places round 18b (issue 11; docs/DECISIONS.md, "Round 18b: places"): unlisted natural
features recognised by a generic head plus evidence (a 、-list of the same head, a river
cue), and a building verb that opens no toponym. One test per class, each failing with its
param off. The sentences are made up."""
from .rows import extractor_with, rows


def _areas(got):
    return [(r[0], r[1], r[4]) for r in got if r[5] == "area"]


def test_a_list_of_hot_springs_gives_each_spring(px, tmp_path):
    text = "该县地热资源丰富,先后勘探出九寨温泉、楂山里温泉、烧水湖温泉等7处温泉点。"
    assert _areas(rows(px, text)) == [(14, 18, "九寨温泉"), (19, 24, "楂山里温泉"), (25, 30, "烧水湖温泉")]
    off = extractor_with(tmp_path, "list_feature_heads: [温泉]", "list_feature_heads: []")
    assert _areas(rows(off, text)) == []


def test_a_lone_hot_spring_is_no_list(px):
    # one item only, and a verb opening the first stem: nothing
    assert _areas(rows(px, "推动汤泉温泉旅游发展。")) == []


def test_a_town_short_form_before_a_river_cue_is_the_river(px, tmp_path):
    text = "工程通过在渠江干流石牛河河段新建水库。"
    assert _areas(rows(px, text)) == [(5, 7, "渠江"), (9, 12, "石牛河")]
    off = extractor_with(tmp_path, "toponym_river_over_levels: [town, village]", "toponym_river_over_levels: []")
    assert _areas(rows(off, text)) == [(9, 12, "石牛河")]


def test_a_building_verb_opens_no_toponym(px, tmp_path):
    text = "工程在石牛河河段新建土坪水库。"
    assert (10, 12, "土坪") not in _areas(rows(px, text))
    assert all(not r[2].startswith("新建") for r in rows(px, text))
    off = extractor_with(tmp_path, "toponym_verb_openers: [新建", "toponym_verb_openers: [无此")
    assert (8, 12, "新建土坪") in _areas(rows(off, text))


def test_a_list_of_resorts_is_no_list_of_springs(px, tmp_path):
    # closed by a work (等综合体), not by a count of sites (等3处): resorts, which are projects
    text = "先后开发花囿温泉、森林温泉、天沐温泉、九寨温泉等综合体。"
    assert _areas(rows(px, text)) == []
    assert _areas(rows(px, "发现花囿温泉、森林温泉等3处。")) == [(2, 6, "花囿温泉"), (7, 11, "森林温泉")]
    line = "list_feature_close: '等(?:[0-9]+|[一二三四五六七八九十两几多数百]+)(?:处|眼|个)'"
    off = extractor_with(tmp_path, line, "list_feature_close: ''")
    assert len(_areas(rows(off, text))) == 4


def test_a_town_short_form_before_a_mountain_part_is_the_mountain(px, tmp_path):
    text = "上水库位于茶山主峰西北面,选址就在茶山风电场附近。"
    assert _areas(rows(px, text)) == [(5, 7, "茶山"), (17, 19, "茶山")]
    off = extractor_with(tmp_path, "toponym_peak_cues: [主峰", "toponym_peak_cues: [无此")
    assert _areas(rows(off, text)) == []
    # the town written in full stays the town
    assert [r[4] for r in rows(px, "东莞茶山镇举行活动。")] == ["茶山镇"]


def test_a_water_work_named_by_its_river_gives_the_river(px, tmp_path):
    text = "记者来到湘河水利枢纽项目施工现场。"
    assert _areas(rows(px, text)) == [(4, 6, "湘河")]
    off = extractor_with(tmp_path, "toponym_river_works: [水利枢纽", "toponym_river_works: [无此")
    assert _areas(rows(off, text)) == []
