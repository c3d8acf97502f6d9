"""Places round 14, fresh sets (issue 11; docs/DECISIONS.md, "Places: round 14"): one test
per class fixed. The sentences are made up; the names are register divisions or made-up
features and areas."""
from .rows import extractor_with, rows as run


def test_a_country_before_a_division_in_an_outlets_name_is_one_mention(px, tmp_path):
    got = run(px, "来源:中国西藏新闻网 河北省援藏工作队赴阿里。")
    assert got[0] == (3, 7, "中国西藏", "place.chain", "西藏自治区", "province")
    assert run(px, "大江网(中国江西网)讯")[0][2:5] == ("中国江西", "place.chain", "江西省")
    # in running text the two stay apart (the gold: 第28届中国|巨鹿红杏商务节)
    got = run(px, "第28届中国巨鹿红杏商务节开幕,巨鹿县主办。")
    assert got[:2] == [(4, 6, "中国", "place.country", "中国", "country"),
                       (6, 8, "巨鹿", "place.short", "巨鹿县", "county")]
    off = extractor_with(tmp_path, "country_run_levels: [province, city, county]", "country_run_levels: []")
    assert [r[2] for r in run(off, "来源:中国西藏新闻网 河北省")][:2] == ["中国", "西藏"]


def test_a_towns_short_form_before_a_new_area_head_is_the_new_area(px, tmp_path):
    got = run(px, "娄底市设娄星区、冷水江市、双峰县和娄底经开区、万宝新区6个现场。")
    assert got[-1] == (23, 27, "万宝新区", "place.feature", "万宝新区", "area")
    off = extractor_with(tmp_path, "town_new_area: true", "town_new_area: false")
    assert run(off, "娄底市设娄星区、冷水江市、双峰县和娄底经开区、万宝新区6个现场。")[-1][2:6] == (
        "万宝", "place.town_short", "万宝镇", "town")


def test_a_new_or_port_area_written_again_is_an_area(px, tmp_path):
    text = "天津港东疆港区六大项目开工,将提升东疆港区的功能。"
    assert run(px, text)[1:] == [(3, 7, "东疆港区", "place.feature", "东疆港区", "area"),
                                 (17, 21, "东疆港区", "place.feature", "东疆港区", "area")]
    got = run(px, "安岳县人民医院城南新区医院二期,城南新区医院的建设。")
    assert [r[2] for r in got] == ["安岳县", "城南新区", "城南新区"]
    # once only: no evidence; a dictionary word of another kind before the head: none
    assert [r[2] for r in run(px, "安岳县人民医院城南新区医院二期开工。")] == ["安岳县"]
    assert [r[2] for r in run(px, "推动保税港区建设,保税港区功能提升,天津市发布。")] == ["天津市"]
    off = extractor_with(tmp_path, "new_area_min_times: 2", "new_area_min_times: 0")
    assert [r[2] for r in run(off, text)] == ["天津"]


def test_a_two_character_feature_named_alone_often_sheds_a_glued_verb(px, tmp_path):
    text = "黄石市磁湖大桥开建,磁湖绿道,磁湖通道。跨磁湖大桥的开建将改善环磁湖周边交通。"
    spans = [r[2] for r in run(px, text)]
    assert "跨磁湖" not in spans and "环磁湖" not in spans and spans.count("磁湖") >= 4
    off = extractor_with(tmp_path, "glued_short_min_times: 3", "glued_short_min_times: 0")
    assert "跨磁湖" in [r[2] for r in run(off, text)]
