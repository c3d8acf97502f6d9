"""Places round 7 (issue 11, branch places7): one test per class
(docs/DECISIONS.md, "Places: round 7")."""
from .rows import rows as run


def test_an_ethnic_division_written_as_its_stem_and_plain_suffix(px):
    # 湘西州: the alias of 湘西土家族苗族自治州 has no full reading beside it, so it is not a
    # county that must be a word (it was cut to 湘西 before 州府)
    got = run(px, "将全面提升湘西州府吉首市的防洪能力。")
    assert got[0] == (5, 8, "湘西州", "place.short", "湘西土家族苗族自治州", "city")
    # 固增苗族乡 -> 固增乡 (place_suffix.txt: 乡 keeps 乡 as the alias when an ethnic name
    # goes): the township in its county's report
    got = run(px, "木里藏族自治县实施固增乡1.3公里通乡公路。")
    assert (9, 12, "固增乡", "place.town_short", "固增苗族乡", "town") in got


def test_a_county_seat_is_the_county_written_in_full(px):
    # 县城 is no suffix breaker: 木里县城 is 木里县 + 城
    got = run(px, "木里藏族自治县供水完工，木里县城3万人口每天供水。")
    assert got[1] == (12, 15, "木里县", "place.short", "木里藏族自治县", "county")
    # 县域 still breaks (连平|县域)
    assert run(px, "河源市，连平县域经济发展。")[1][:3] == (4, 6, "连平")


def test_a_common_noun_that_is_a_town_short_form_ends_no_chain(px):
    # 汝州|温泉 'the hot springs of Ruzhou', 九江|港口 'the port of Jiujiang': the chain stops
    got = run(px, "河南省汝州市，挖掘汝州温泉深厚的文化内涵。")
    assert (9, 11, "汝州", "place.short", "汝州市", "county") in got
    assert not [g for g in got if g[2].startswith("汝州温泉")]
    got = run(px, "江西九江。九江港口具体定位是枢纽港。")
    assert [g[:3] for g in got if g[0] >= 5] == [(5, 7, "九江")]
    # before a work's head (params.named_work_heads) the common word is the town's name
    got = run(px, "从长沙黄花机场出发。")
    assert got == [(1, 5, "长沙黄花", "place.chain", "黄花镇", "town")]


def test_a_compass_region_after_a_pre_cue_or_sharing_a_cue(px):
    # 我国西南部, 地处西北: the country's macro-regions (place_region_precue.txt)
    assert run(px, "四川位于我国西南部。")[1] == (6, 8, "西南", "place.region", "西南", "region")
    assert run(px, "地处西北的陕西。")[0] == (2, 4, "西北", "place.region", "西北", "region")
    # 西南中南地区: one cue for the pair
    got = run(px, "构建西南中南地区开放发展新的战略支点。")
    assert [g[:3] for g in got] == [(2, 4, "西南"), (4, 6, "中南")]
    # directions stay directions
    assert run(px, "位于县城西南8公里处，路线呈西南至东北走向，地势西北高。") == []


def test_bare_village_stems_are_off_by_default(px):
    # (they did not carry to sets the rules never saw: docs/DECISIONS.md, "Places: round 7")
    # (a stem at a route's end counts since round 17, route_stem_max_chars: 至桑什斗公路, see
    # test_round17.py; a stem before any other head stays off)
    assert "朱家仙河" not in [g[2] for g in run(px, "卢龙县沉寂多年的朱家仙河片区征收。")]


def test_a_register_village_written_without_its_suffix(tmp_path):
    # switched on in a copy of the rules (bare_stem_max_chars 4)
    from pipeline.dims.places import PlaceExtractor
    from pipeline.rules import RuleSet
    from tests.dims.rulecopy import rules_with

    px = PlaceExtractor(RuleSet.load(rules_with(tmp_path, "places.yaml", "bare_stem_max_chars: 0", "bare_stem_max_chars: 4")))
    # the stem of one register village of a county the document names, before the head of
    # what is named after it (公路, 片区, 段): the village (barestems.py)
    got = run(px, "兴海县龙藏乡纳洞村至桑什斗公路开工。")
    assert got[-1] == (10, 13, "桑什斗", "place.village", "桑什斗村", "village")
    got = run(px, "卢龙县沉寂多年的朱家仙河片区征收。")
    assert got[-1] == (8, 12, "朱家仙河", "place.village", "朱家仙河村", "village")
    # a stem in a toponym final is the feature the village is named after
    got = run(px, "镇原县蒲河流域水环境综合治理项目。")
    assert got[-1] == (3, 5, "蒲河", "place.feature", "蒲河", "area")
    # not before a list's joint, a sentence end or a compass character, nor without its county
    # (the route's two ends count since round 17, route_stem_max_chars; the stem taken there
    # recurs alone, recurring_listed_stems: 祁川 at 17; 高庄 before 和 is still none; since
    # round 22 the county and the village written together are one mention, SPEC §5:
    # run_join_levels of place.chain, runs.py)
    got = run(px, "镇原县高庄-祁川段道路工程，高庄和祁川。")
    assert [(g[0], g[2]) for g in got] == [(0, "镇原县高庄"), (6, "祁川"), (17, "祁川")]
    assert "桑什斗" not in [g[2] for g in run(px, "纳洞村至桑什斗公路开工。")]


def test_the_region_of_a_strategy_is_its_area_not_the_strategy(px):
    # 成渝地区双城经济圈 is a strategy (a project); the place is the region 成渝地区
    got = run(px, "推动成渝地区双城经济圈建设。")
    assert [(g[0], g[1], g[2], g[4], g[5]) for g in got] == [(2, 6, "成渝地区", "成渝地区", "region")]


def test_a_region_a_work_stands_in_or_reaches_out_to(px):
    # 立足/面向/辐射 before a compass region; 东北亚 is a region of its own
    got = run(px, "项目立足东北、辐射东北亚。位于县城东北5公里。")
    assert [(g[0], g[1], g[2], g[5]) for g in got] == [(4, 6, "东北", "region"), (9, 12, "东北亚", "region")]


def test_a_towns_village_pair_brings_its_countys_other_villages(px):
    # 大王镇江垅村 names 阳新县's town and village though the text names another district;
    # the county's other villages written alone are then read too (贵湾村)
    got = run(px, "黄石市铁山区大王镇江垅村的香椿基地。以香椿为主导产业的贵湾村因土地面积有限。")
    assert [(g[2], g[4], g[5]) for g in got if g[5] == "village"] == [
        ("大王镇江垅村", "江垅村", "village"), ("贵湾村", "贵湾村", "village")]


def test_qilu_is_a_region(px):
    got = run(px, "齐鲁医院专家团队支援黄冈。")
    assert (got[0][2], got[0][4], got[0][5]) == ("齐鲁", "齐鲁", "region")
