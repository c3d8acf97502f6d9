"""Places recall round 6 (issue 11, branch places6): one test per class
(docs/DECISIONS.md, "Places: recall round 6")."""
from .rows import rows as run


def areas(px, text):
    return [(a, b, t) for a, b, t, _r, _n, lv in run(px, text) if lv == "area"]


def test_an_unlisted_toponym_with_a_final_and_a_cue_or_locative(px):
    # 云栖峡: no lexicon holds it; the final 峡 + a locative (来到) or a cue (景区) is enough,
    # then every occurrence that is a word counts
    got = run(px, "游客来到云栖峡，云栖峡景区人流如织。")
    assert got == [(4, 7, "云栖峡", "place.feature", "云栖峡", "area"), (8, 11, "云栖峡", "place.feature", "云栖峡", "area")]
    assert run(px, "在潮里泾大桥举行仪式。") == [(1, 4, "潮里泾", "place.feature", "潮里泾", "area")]
    # the final alone is no evidence
    assert run(px, "云栖峡人流如织。") == []


def test_an_unlisted_toponym_at_a_routes_end(px):
    got = areas(px, "S123线石门泉至白杨沟段公路开工，石门泉风景优美。")
    assert got == [(5, 8, "石门泉"), (18, 21, "石门泉")]  # not 线石门泉: 线 is the code's


def test_what_an_unlisted_toponym_is_not(px):
    # a verb or an adjective opening it, a dictionary word ending it, a person, a name
    # glued after a place name, a route's own name
    assert areas(px, "要推动汤泉旅游发展。") == []
    assert areas(px, "城西港口景区开放。") == []
    assert areas(px, "党委书记林雁山说，走进林雁山的家。") == []
    assert areas(px, "泉州港围头湾港区建设。") == [(3, 6, "围头湾")]
    assert areas(px, "位于北沿江高铁与沪宁铁路的交汇处。") == []


def villages(px, text):
    return [(a, b, t, n) for a, b, t, _r, n, lv in run(px, text) if lv == "village"]


def test_the_villages_of_a_document_about_one_town(px):
    # 径山镇 named first and alone: its register villages written as list items by their
    # stems (四岭“…”, 漕桥“…”, 前溪、麻车头), an unlisted one in full (松风村“…”), and an item
    # of a list next to them (云竹园 -> 云竹园村)
    text = ("余杭区径山镇立足本地实际发展茶产业。以四岭“高山茶园”、漕桥“精品民宿”为龙头；"
            "以松风村“茶叶合作社”为示范；以前溪、麻车头、云竹园等为样板。")
    assert villages(px, text) == [(19, 21, "四岭", "四岭村"), (28, 30, "漕桥", "漕桥村"), (41, 44, "松风村", "松风村"),
                                  (56, 58, "前溪", "前溪村"), (59, 62, "麻车头", "麻车头村"), (63, 66, "云竹园", "云竹园村")]
    # a document naming two towns is about neither: the stems stay none
    text2 = "余杭区径山镇发展茶产业。以四岭“高山茶园”、漕桥“精品民宿”为龙头；径山镇和瓶窑镇合作。"
    assert villages(px, text2) == []


def test_a_town_running_on_into_its_village_a_feature_or_an_old_suffix(px):
    # the stem of one of its register villages (码头 a common word: before 至 only)
    got = run(px, "国道G638线安溪城厢码头至金谷汤内段公路工程")
    assert [(a, b, t, n, lv) for a, b, t, _r, n, lv in got] == [
        (7, 13, "安溪城厢码头", "码头村", "village"), (14, 18, "金谷汤内", "汤内村", "village")]
    assert run(px, "安溪城厢码头建设")[0][2] == "安溪城厢"
    # a named feature right after the town: one mention, the feature under the town
    assert run(px, "该项目位于宁乡灰汤乌江以东")[0][2:6] == ("宁乡灰汤乌江", "place.feature", "乌江", "area")
    # a town suffix the register no longer has: the town, suffix and all
    assert run(px, "山南市泽当镇至拉萨")[0][2:6] == ("山南市泽当镇", "place.chain", "泽当街道", "town")


def test_a_chain_opening_a_route_stays_in_the_routes_name(px):
    from pipeline.dims.projects import ProjectExtractor
    from pipeline.model import Context, Document
    from pipeline.rules import RuleSet
    from .conftest import RULES
    text = "建成山南市泽当镇至拉萨贡嘎机场高等级公路。"
    places = px.extract(Context(Document("t", "t", text=text), []))
    ex = ProjectExtractor(RuleSet.load(RULES))
    got = ex.extract(Context(Document("t", "t", text=text), [], mentions={"places": places}))
    assert [m.text for m in got] == ["山南市泽当镇至拉萨贡嘎机场高等级公路"]


def test_a_town_written_in_full_keeps_the_site_inside_it(px):
    # 西塘镇: a town written in full whose county the context does not name with certainty
    # gave way to the curated site 西塘 it holds; the text wrote the town, suffix and all
    assert run(px, "嘉善公路通车。开工仪式在西塘镇举行。") == [(12, 15, "西塘镇", "place.town", "西塘镇", "town")]
    assert run(px, "嘉善公路通车。开工仪式在西塘举行。") == [(12, 14, "西塘", "place.area", "西塘", "area")]


def test_a_feature_written_by_its_stem_where_its_full_name_is_in_the_text(px):
    got = run(px, "乌兰布和沙漠位于内蒙古。乌兰布和基地项目开工。")
    assert got[-1] == (12, 16, "乌兰布和", "place.feature", "乌兰布和沙漠", "area")
    # without the full name the stem alone is none
    assert areas(px, "乌兰布和基地项目开工。") == []


def test_the_county_of_two_towns_written_in_full_is_named(px):
    # 西塘镇 and 魏塘街道, both of 嘉善县 only: the county is named with certainty, so its
    # short form (嘉善) and its towns' short forms in a list (干窑、陶庄) count
    text = "嘉善公路通车。开工仪式在西塘镇举行。仪式在魏塘街道举行。分别在干窑、陶庄两地举行。"
    got = [(a, b, n) for a, b, _t, _r, n, _lv in run(px, text)]
    assert got == [(0, 2, "嘉善县"), (12, 15, "西塘镇"), (21, 25, "魏塘街道"), (31, 33, "干窑镇"), (34, 36, "陶庄镇")]
    # one town is not enough
    got = [n for _a, _b, _t, _r, n, _lv in run(px, "嘉善公路通车。仪式在魏塘街道举行。分别在干窑、陶庄两地举行。")]
    assert got == ["魏塘街道"]


def test_a_countys_outlet_after_the_pages_source_label(px):
    text = "时间:2025-08-27 21:03:13 来源:武进新闻 作者:阳湖网。横林农技服务中心建成。"
    assert [(a, b, n) for a, b, _t, _r, n, _lv in run(px, text)] == [(26, 28, "武进区"), (38, 40, "横林镇")]
    # without the label, or for a name with a province's reading (来源:海南日报), not so
    assert run(px, "武进新闻 作者:阳湖网。") == []
    assert run(px, "来源:海南日报")[0][4] == "海南省"


def test_a_toponym_with_a_weak_final_needs_two_kinds_of_evidence(px):
    # 柳树子: a route's end and a work named after it (停车场); 子 alone is no evidence
    got = areas(px, "G312(柳树子)至黑山湖公路,终点位于连霍高速公路柳树子停车场以东。")
    assert [(a, b, t) for a, b, t in got if t == "柳树子"] == [(5, 8, "柳树子"), (26, 29, "柳树子")]
    assert areas(px, "终点位于连霍高速公路柳树子停车场以东。") == []


def test_a_two_character_toponym_needs_a_clean_left_edge(px):
    # after a function character (了) it may be one; after a lone character of an unknown
    # longer name (犬|木塘) or opening with a verb (引江), not; glued after a place name no
    # mention holds (武当|大明峰) the longer name is one mention with it, named by the feature;
    # after a division taken as a mention (湖南邵阳|犬木塘) two mentions
    assert areas(px, "覆盖了妫河森林公园、野鸭湖湿地公园") == [(3, 5, "妫河"), (10, 13, "野鸭湖")]
    assert [(a, b, n) for a, b, _t, _r, n, lv in run(px, "在湖南邵阳犬木塘水库施工")] == [(1, 5, "邵阳市"), (5, 8, "犬木塘")]
    assert [(a, b, n) for a, b, _t, _r, n, lv in run(px, "目前,武当大明峰景区已累计投资")] == [(3, 8, "大明峰")]
    assert areas(px, "施工机械在引江济淮工程河道上作业") == []


def test_the_central_south_macro_region_before_a_region_cue(px):
    assert run(px, "将建造我国中南地区影响力最大的酒店。") == [(5, 7, "中南", "place.region", "中南", "region")]
    assert run(px, "在中南海召开会议。位于中南部。") == []


def test_a_ports_operating_area_named_after_a_locality_of_the_city(px):
    got = run(px, "加快推进南充港都京作业区一期工程、广元港红岩作业区一期工程建设。")
    assert [(a, b, n) for a, b, _t, _r, n, _lv in got] == [(4, 6, "南充市"), (7, 9, "都京街道"), (17, 19, "广元市"), (20, 22, "红岩镇")]
    # no port area head: no town
    assert [n for _a, _b, _t, _r, n, _lv in run(px, "南充港都京建设。")] == ["南充市"]


def test_a_curated_feature_after_a_chain_is_no_local_name(px):
    # 乌江 always follows 汤 here, but 汤 ends the chain 宁乡灰汤 (a place before it), so the
    # text's own name is not 汤乌江: the feature, under the town
    text = "该项目位于宁乡灰汤乌江以东。宁乡灰汤乌江以东有温泉。"
    got = [(a, b, n, lv) for a, b, _t, _r, n, lv in run(px, text)]
    assert got == [(5, 11, "乌江", "area"), (14, 20, "乌江", "area")]


def test_a_toponym_in_a_list_holding_a_place(px):
    # 潘家口: a list item; another item of the same list (泰山) is a place found
    got = areas(px, "我国已经建成潘家口、十三陵、天荒坪、泰山、宜兴等一批大型抽水蓄能电站。")
    assert (6, 9, "潘家口") in got
    assert areas(px, "我国已经建成潘家口、十三陵、天荒坪等一批大型抽水蓄能电站。") == []


def test_round6_merge_fixes():
    """A town written with its suffix takes no second one from the next word (民主镇|乡村振兴);
    a reservoir is a built work, so the place is the name before 水库 (凤山镇, not 凤山水库)."""
    from pipeline.extract import Pipeline
    found = [(m.text, m.fields["level"]) for m in Pipeline.load().extract_text(
        "陕西省安康市岚皋县民主镇先进村,为民主镇乡村振兴赋动能。")["places"]]
    assert ("民主镇", "town") in found and not any(t == "民主镇乡" for t, _l in found)
    found = [m.text for m in Pipeline.load().extract_text(
        "黔南州福泉市凤山镇,1座大型水库即凤山水库开工。")["places"]]
    assert "凤山水库" not in found


def test_a_full_name_does_not_start_inside_another_places_word():
    """大南昌都市圈: jieba reads 南昌 as one word, so 昌都市 (a city in Tibet) is no reading."""
    from pipeline.extract import Pipeline
    found = [m.text for m in Pipeline.load().extract_text("全力打造大南昌都市圈高质量发展核心支撑区。")["places"]]
    assert "昌都市" not in found and "南昌" in found


def test_more_toponym_finals_and_the_longer_name_first():
    """里/寨/坪 end localities (汤里, with a cue and a locative as evidence); where two
    candidates share characters the longer one is read first (潮里泾, not 潮里)."""
    from pathlib import Path
    from pipeline.extract import Pipeline
    text = (Path(__file__).parents[2] / "fixtures" / "unseen21" / "002_jiangxi_hotspring.txt").read_text(encoding="utf-8")
    found = [m.text for m in Pipeline.load().extract_text(text)["places"]]
    assert found.count("汤里") >= 5
    found = [m.text for m in Pipeline.load().extract_text(
        "在潮里泾大桥附近施工。途经潮里泾的船只增多。")["places"]]
    assert "潮里" not in found
