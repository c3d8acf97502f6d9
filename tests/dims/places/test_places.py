"""PlaceExtractor: exact spans, offsets and resolved names (SPEC §5)."""
from pathlib import Path

from pipeline.model import Context, Document

from .rows import mentions as run

RULES = Path(__file__).resolve().parents[3] / "rules"


def spans(ms):
    return [(m.text, m.fields["name"], m.fields["level"], m.fields["adcode"]) for m in ms]


def test_chain_resolves_to_most_specific(px):
    ms = run(px, "南山区已在江西省吉安市、广东省河源市连平县建设产业园。")
    got = {m.text: m for m in ms}
    assert got["江西省吉安市"].fields == {"name": "吉安市", "level": "city", "adcode": "360800",
                                         "path": "江西省/吉安市"}
    assert got["广东省河源市连平县"].fields["adcode"] == "441623"
    assert got["广东省河源市连平县"].rule_id == "place.chain"


def test_chain_runs_into_village(px):
    text = "音乐节唱响在河源连平县大湖镇湖东村的田间，距离不远的连平县溪山镇东水村。"
    got = {m.text: m.fields for m in run(px, text)}
    assert got["河源连平县大湖镇湖东村"] == {"name": "湖东村", "level": "village", "adcode": "441623113207",
                                             "path": "广东省/河源市/连平县/大湖镇/湖东村"}
    assert got["连平县溪山镇东水村"]["adcode"] == "441623105207"


def test_list_sharing_a_suffix_gives_one_mention_each(px):
    text = "深圳市各区考核中，南山、宝安、龙岗、龙华、罗湖区为良好等次。"
    ms = run(px, text)
    names = [(m.text, m.fields["name"], m.fields["adcode"]) for m in ms if m.start > 6]
    assert names == [("南山", "南山区", "440305"), ("宝安", "宝安区", "440306"), ("龙岗", "龙岗区", "440307"),
                     ("龙华", "龙华区", "440309"), ("罗湖区", "罗湖区", "440303")]


def test_common_word_needs_evidence(px):
    # 资源 'resources' is no place on context alone; beside 龙胜 (same city) it is 资源县
    text = "广西资源、龙胜丰富的文旅资源首先被唤醒。资源、龙胜的百香果香飘四溢，优势资源禀赋。"
    ms = run(px, text)
    res = [m for m in ms if m.text == "资源"]
    assert [m.start for m in res] == [text.index("资源、龙胜的")]
    assert res[0].fields["name"] == "资源县"
    assert any(m.text == "广西资源" and m.fields["adcode"] == "450329" for m in ms)


def test_context_picks_the_right_namesake(px):
    sz = run(px, "深圳市召开会议。南山区发布规划。")
    assert [m.fields["adcode"] for m in sz if m.text == "南山区"] == ["440305"]
    hg = run(px, "黑龙江省鹤岗市召开会议。南山区发布规划。")
    assert [m.fields["adcode"] for m in hg if m.text == "南山区"] == ["230404"]


def test_county_short_without_its_city_needs_a_neighbour(px):
    assert run(px, "企业来此投资兴业，落地项目。") == []
    assert [m.text for m in run(px, "加快推进南头古城建设。")] == []


def test_one_character_and_fused_abbreviations_are_not_places(px):
    assert run(px, "粤桂协作、深惠合作、深港合作。") == []


def test_names_inside_names(px):
    got = spans(run(px, "深圳新闻网报道，北京大学深圳校区、华南师范大学汕尾校区揭牌。"))
    assert ("深圳", "深圳市", "city", "440300") in got
    assert ("北京", "北京市", "province", "110000") in got
    assert ("华南", "华南", "region", "") in got
    assert ("汕尾", "汕尾市", "city", "441500") in got


def test_blocklist_compound(px):
    assert [m.text for m in run(px, "他毕业于中山大学。")] == []


def test_special_zone_and_member_town(px):
    text = "深汕特别合作区加快发展，提升小漠港发展能级。"
    got = {m.text: m.fields for m in run(px, text)}
    assert got["深汕特别合作区"] == {"name": "深汕特别合作区", "level": "special_zone", "adcode": "",
                                     "path": "广东省/深圳市/深汕特别合作区"}
    assert got["小漠"] == {"name": "小漠镇", "level": "town", "adcode": "441521102000",
                           "path": "广东省/深圳市/深汕特别合作区/小漠镇"}


def test_street_short_form_is_an_area_under_its_county(px):
    got = {m.text: m.fields for m in run(px, "深圳市南山区加快西丽高铁枢纽建设。")}
    assert got["西丽"] == {"name": "西丽", "level": "area", "adcode": "", "path": "广东省/深圳市/南山区/西丽"}


def test_feature_compound(px):
    text = "坪山区推进坪山河流域治理，连平山海音乐节开幕。"
    got = spans(run(px, text))
    assert ("坪山河", "坪山河", "area", "") in got
    assert not any(t.startswith("连平山") for t, *_ in got)


def test_regions_and_countries(px):
    # (湾区 needs a province of its region named: place_regions_anchored.txt)
    got = spans(run(px, "特产入湾区，远销欧洲、东南亚和美国。广东"))
    assert got[:-1] == [("湾区", "粤港澳大湾区", "region", ""), ("欧洲", "欧洲", "region", ""),
                   ("东南亚", "东南亚", "region", ""), ("美国", "美国", "country", "")]


def test_other_provinces(px):
    text = "四川省成都市武侯区推进城市更新。武侯、锦江、青羊、金牛、成华区同步启动。湖北恩施州来凤县的茶叶。"
    got = spans(run(px, text))
    assert ("四川省成都市武侯区", "武侯区", "county", "510107") in got
    assert ("锦江", "锦江区", "county", "510104") in got
    assert ("湖北恩施州来凤县", "来凤县", "county", "422827") in got


def test_village_under_named_county(px):
    got = spans(run(px, "龙胜各族自治县联手在马海村举办梯田节。"))
    assert ("马海村", "马海村", "village", "450328103210") in got


def test_town_needs_parent_or_unique_name(px):
    # 大湖镇: three towns of the name; no county in reach -> no mention
    assert [m.text for m in run(px, "大湖镇的村民。")] == []
    got = spans(run(px, "河源市连平县召开会议。大湖镇的村民。"))
    assert ("大湖镇", "大湖镇", "town", "441623113000") in got


def test_deterministic_and_sorted(px):
    text = "深圳市南山区与汕头市濠江区共建产业园，南山、濠江两地协同发展。"
    a, b = run(px, text), run(px, text)
    assert [(m.start, m.end, m.rule_id, m.fields) for m in a] == [(m.start, m.end, m.rule_id, m.fields) for m in b]
    assert [m.start for m in a] == sorted(m.start for m in a)


def test_unlisted_village_after_its_county_and_later_mentions(px):
    text = "龙岗区山厦新村城中村便是通过改造。山厦新村将村头大榕树改造。推进城中村改造。"
    got = [(m.start, m.end, m.fields["name"], m.fields["level"], m.fields["adcode"]) for m in run(px, text)
           if m.fields["level"] == "village"]
    second = text.index("山厦新村", 5)
    assert got == [(0, 7, "山厦新村", "village", ""), (second, second + 4, "山厦新村", "village", "")]
    assert [m.text for m in run(px, "南山区城中村改造全面铺开。")] == ["南山区"]


def test_feature_after_a_chain_is_named_by_its_last_name(px):
    got = {m.text: m.fields for m in run(px, "长沙岳麓山大学科技城建设提速。")}
    assert got["长沙岳麓山"]["name"] == "岳麓山"
    assert got["长沙岳麓山"]["level"] == "area"


def test_districts_of_a_province_level_city(px):
    got = spans(run(px, "北京市推进城市更新，大兴机场临空经济区、通州城市副中心建设提速。"))
    assert ("大兴", "大兴区", "county", "110115") in got
    assert ("通州", "通州区", "county", "110112") in got


def test_compass_regions_from_province_abbreviations(px):
    got = spans(run(px, "医院提升了河源、汕尾乃至整个粤北、粤东地区的医疗水平。"))
    assert ("粤北", "粤北", "region", "") in got and ("粤东", "粤东", "region", "") in got
    assert run(px, "东北部的县城聚焦氢能。") == []


def test_county_name_inside_a_word_without_its_city(px):
    # 海城市 (辽宁鞍山) is no place inside 沿海城市
    assert [m.text for m in run(px, "青岛、烟台、威海、日照等沿海城市的协同发展。") if "海城" in m.text] == []


def test_town_follows_its_own_county_in_a_chain(px):
    # 济南 + 黄河: the river, not some 黄河街道 under a county of 济南
    got = spans(run(px, "济南黄河济泺路隧道等重点工程加快建设。"))
    assert ("黄河", "黄河", "area", "") in got
    assert ("济南", "济南市", "city", "370100") in got


def test_unlisted_village_needs_a_name(px):
    assert [m.text for m in run(px, "宁波北仑区则把乡村振兴作为重点。")] == ["宁波北仑区"]


def test_registered_village_after_its_town(px):
    got = spans(run(px, "在连平县溪山镇东水村，农业基地建成。"))
    assert ("连平县溪山镇东水村", "东水村", "village", "441623105207") in got


def test_offsets_survive_characters_beyond_the_bmp(px):
    # the automaton reads UTF-16 bytes: an emoji (a surrogate pair there) must not shift offsets
    text = "\U0001F600在广东省河源市连平县\U0001F600深圳市"
    assert [(m.start, m.end, m.fields["name"]) for m in run(px, text)] == [
        (2, 11, "连平县"), (12, 15, "深圳市")]


def test_town_short_forms_found_at_every_occurrence(px):
    # town short forms are looked up with str.find: overlapping and repeated ones all count
    ms = run(px, "深圳市南山区发布规划。西丽高铁枢纽，西丽湖畔。")
    assert [m.text for m in ms if m.fields["name"] == "西丽"] == ["西丽"]


def test_national_features_and_cues(px):
    got = {m.text: m.fields for m in run(px, "青岛市发布通告，崂山风景区游客增多，崂山区发布通告。")}
    assert got["崂山"]["level"] == "area" and got["崂山"]["adcode"] == ""
    assert got["崂山区"]["adcode"] == "370212"
    # the district the context supports, with no feature cue after it
    got = {m.text: m.fields for m in run(px, "青岛市发布通告，崂山实验室建设。")}
    assert got["崂山"]["name"] == "崂山区"


def test_chain_stops_before_a_feature(px):
    ms = run(px, "运河始于南宁市横州市西津库区。")
    assert [(m.text, m.fields["level"]) for m in ms] == [("南宁市横州市", "county"), ("西津库区", "area")]


# ---- round 3: shared short forms, skipped levels, words holding names, lists, routes

def test_city_short_form_shared_with_its_county_is_the_city(px):
    # 长沙 names 长沙市 and 长沙县 (under it): the city, unless the county is written
    got = spans(run(px, "湖南省今年新开通多条航线，长沙机场旅客吞吐量增长；长沙县星沙街道。"))
    assert ("长沙", "长沙市", "city", "430100") in got
    assert ("长沙县星沙街道", "星沙街道", "town", "430121001000") in got
    # 吉林: the province, not 吉林市 under it
    assert spans(run(px, "吉林今年粮食产量创新高。")) == [("吉林", "吉林省", "province", "220000")]


def test_county_short_form_picked_by_its_city_in_context(px):
    got = spans(run(px, "北京市朝阳区，辽宁朝阳"))
    assert got == [("北京市朝阳区", "朝阳区", "county", "110105"), ("辽宁朝阳", "朝阳市", "city", "211300")]


def test_chain_with_a_skipped_level(px):
    # city + town written together: one mention, the town (SPEC §5)
    got = spans(run(px, "湖南长沙黄花国际机场扩建，昆明长水国际机场"))
    assert got == [("湖南长沙黄花", "黄花镇", "town", "430121105000"),
                   ("昆明长水", "长水街道", "town", "530111011000")]


def test_street_and_product_words_hold_no_place(px):
    got = spans(run(px, "厦门中山路一带客流大增，推出普洱茶线路。"))
    assert got == [("厦门", "厦门市", "city", "350200")]


def test_generic_head_after_a_county_is_no_second_county(px):
    # 南溪古城 is the old town of 南溪, not 丽江's 古城区 (even when that is named)
    ms = run(px, "丽江市古城区游客增长，宜宾市南溪古城片区改造。")
    assert [(m.text, m.start) for m in ms] == [("丽江市古城区", 0), ("宜宾市南溪", 11)]
    ms = run(px, "丽江市古城区游客增长，宜宾市南溪区有南溪古城。")
    assert [(m.text, m.fields["name"]) for m in ms][-1] == ("南溪", "南溪区")


def test_a_generic_district_name_needs_its_city_named_elsewhere(px):
    # 老城区 'the old town' of the place the text is about, not 洛阳's district
    assert spans(run(px, "盘锦市双台子区对老城区的老旧小区进行改造。")) == [
        ("盘锦市双台子区", "双台子区", "county", "211102")]
    got = spans(run(px, "河南省洛阳市召开会议，老城区投资增长。"))
    assert got[-1] == ("老城区", "老城区", "county", "410302")


def test_regions_before_a_region_cue(px):
    # (南疆 needs a division of Xinjiang named: place_regions_anchored.txt)
    got = spans(run(px, "每年可向关中地区调水，西南地区运费下降；陕北、豫北、滇西北、南疆。喀什"))
    assert [g[0] for g in got] == ["关中", "西南", "陕北", "豫北", "滇西北", "南疆", "喀什"]
    assert all(g[2] == "region" for g in got[:-1])
    # a compass word alone is no region, a fused abbreviation neither (中欧班列: China–Europe);
    # before the name of its strategy (东北振兴: a region cue since branch places4) it is one
    assert spans(run(px, "东北方向，西南方向，中欧班列开行。")) == []
    assert spans(run(px, "东北振兴")) == [("东北", "东北", "region", "")]
    assert spans(run(px, "中欧国家代表团")) == [("中欧", "中欧", "region", "")]


def test_places_in_route_names_from_another_province(px):
    got = spans(run(px, "包银高铁包头至惠农段加快建设。"))
    assert got == [("包头", "包头市", "city", "150200"), ("惠农", "惠农区", "county", "640205")]
    got = spans(run(px, "云南大理至瑞丽铁路运营平稳。"))
    assert ("瑞丽", "瑞丽市", "county", "533102") in got
    # without a route head the far county stays unproven
    assert [g[0] for g in spans(run(px, "包头至惠农的人很多。"))] == ["包头"]


def test_feature_named_like_a_division_decided_by_province(px):
    got = spans(run(px, "内蒙古自治区呼伦贝尔市，大兴安岭、阴山等重点生态功能区"))
    assert ("大兴安岭", "大兴安岭", "area", "") in got
    got = spans(run(px, "黑龙江省加强森林防火，大兴安岭林区降雨偏少。"))
    assert ("大兴安岭", "大兴安岭地区", "city", "232700") in got


def test_town_short_form_before_a_park_cue_is_the_feature(px):
    got = spans(run(px, "湖南省浏阳市大围山镇依托大围山国家森林公园发展旅游"))
    assert got == [("湖南省浏阳市大围山镇", "大围山镇", "town", "430181125000"),
                   ("大围山", "大围山", "area", "")]


def test_rivers_of_the_national_lexicon(px):
    got = spans(run(px, "酉水、澧水、资水等河流水质优良"))
    assert got == [("酉水", "酉水", "area", ""), ("澧水", "澧水", "area", ""), ("资水", "资水", "area", "")]


def test_province_short_form_beats_a_county_of_the_same_name(px):
    # 河北 is 河北省 though 天津 (whose 河北区 shares the name) is named
    got = spans(run(px, "河北与天津合作推进，河北全年引进项目百个。"))
    assert got[0] == ("河北", "河北省", "province", "130000")
    assert got[2] == ("河北", "河北省", "province", "130000")


def test_feature_before_a_division_after_a_precue(px):
    got = spans(run(px, "安徽省合肥市，环巢湖地区生态旅游；巢湖市经济"))
    assert got[1:] == [("巢湖", "巢湖", "area", ""), ("巢湖市", "巢湖市", "county", "340181")]
    # without the cue the named city's county wins (旅游 is a cue since branch places4:
    # 巢湖旅游 is the lake's)
    assert spans(run(px, "安徽省合肥市，巢湖发展"))[1] == ("巢湖", "巢湖市", "county", "340181")
    assert spans(run(px, "安徽省合肥市，巢湖旅游"))[1] == ("巢湖", "巢湖", "area", "")


def test_route_across_a_dash_with_a_river_before_the_head(px):
    got = spans(run(px, "河南省开封市兰考县，兰考—东明黄河大桥项目"))
    assert ("东明", "东明县", "county", "371728") in got
    assert ("黄河", "黄河", "area", "") in got


def test_later_mention_of_a_village_a_chain_named(px):
    # several villages of the county share the name: the one the chain named
    ms = run(px, "广西桂林市龙胜各族自治县龙脊镇大寨村举办晒秋节，大寨村游客增长。")
    assert [(m.text, m.start, m.fields["adcode"]) for m in ms][1] == ("大寨村", 24, "450328103212")


def test_villages_listed_after_a_village(px):
    got = {m.text: m for m in run(px, "连平县大湖镇湖东村、湖西村和罗经村开展活动。")}
    assert got["湖西村"].fields["adcode"] == "441623113204"
    assert got["罗经村"].fields["adcode"] == "441623113202"
    assert got["湖西村"].rule_id == "place.village"
    # a name the register lacks, in a list after a village of the town: unlisted
    got = {m.text: m.fields for m in run(px, "连平县大湖镇湖东村、望月新村开展活动。")}
    assert got["望月新村"] == {"name": "望月新村", "level": "village", "adcode": "",
                               "path": "广东省/河源市/连平县/大湖镇/望月新村"}


def test_town_written_in_full_under_a_city_the_document_names(px):
    got = {m.text: m.fields for m in run(px, "河源市举行会议，大湖镇的农民参加。")}
    assert got["大湖镇"]["adcode"] == "441623113000"
    # no city of it named: a town name shared by many stays unresolved
    assert "大湖镇" not in {m.text for m in run(px, "会议举行，大湖镇的农民参加。")}


def test_no_feature_head_after_a_full_official_name(px):
    got = {m.text: m.fields["name"] for m in run(px, "青海省海东市河湟工业园开工。")}
    assert "青海省海东市" in got and not any(t.endswith("河") for t in got)


def test_a_resort_is_no_village(px):
    got = {m.text: m.fields["name"] for m in run(px, "来到通渭县温泉度假村游玩。")}
    assert got == {"通渭县": "通渭县"}


def test_list_items_split_by_bars(px):
    got = {m.text: m.fields["name"] for m in run(px, "西部地区\n儋州|东方|白沙\n海南省")}
    assert got["东方"] == "东方市" and got["白沙"] == "白沙黎族自治县"


def test_an_old_town_after_a_place_name_is_the_place(px):
    got = {m.text: m.fields["name"] for m in run(px, "游客来到丽江古城游玩。")}
    assert got == {"丽江": "丽江市"}


def test_national_zone_with_a_short_official_name(px):
    got = {m.text: m.fields for m in run(px, "郑州航空港区1至9月货邮吞吐量增长。")}
    assert got["郑州航空港区"]["name"] == "郑州航空港经济综合实验区"
    assert got["郑州航空港区"]["level"] == "special_zone"


def test_name_tagged_county_short_form_of_a_named_province(px):
    got = {m.text: m.fields["name"] for m in run(px, "海南省推进航天产业，文昌正在建设发射场。")}
    assert got.get("文昌") == "文昌市"


def test_customary_regions_by_two_character_direction(px):
    got = {m.text: m.fields["level"] for m in run(px, "琼西北供水工程开工，鄂西南的恩施州发展富硒产业。")}
    assert got["琼西北"] == "region" and got["鄂西南"] == "region"
    # 陕西北部 is 陕西 + 北部, no region 陕西北
    assert "陕西北" not in {m.text for m in run(px, "陕西北部降雪。")}


def test_city_cluster_is_the_place_inside(px):
    got = {m.text: m.fields["name"] for m in run(px, "加快建设长江中游城市群核心区域。")}
    assert got == {"长江": "长江"}


def test_river_named_before_a_river_cue(px):
    got = {m.text: m.fields for m in run(px, "天角潭水利枢纽工程位于儋州市北门江流域。")}
    assert got["北门江"] == {"name": "北门江", "level": "area", "adcode": "", "path": "海南省/儋州市/北门江"}
    assert got["儋州市"]["level"] == "city"
    # a dictionary word of another kind is no river name
    assert "母亲河" not in {m.text for m in run(px, "保护好我们的母亲河流域生态。")}


def test_natural_locality_after_a_division(px):
    # issue 11 class: a named area right after a division chain (XX县YY滩)
    text = "走进青海省海南藏族自治州共和县塔拉滩光伏产业园，青海共和塔拉滩。"
    ms = run(px, text)
    assert [(m.text, m.fields["name"], m.fields["level"], m.fields["path"], m.rule_id) for m in ms] == [
        ("青海省海南藏族自治州共和县塔拉滩", "塔拉滩", "area", "青海省/海南藏族自治州/共和县/塔拉滩", "place.feature"),
        ("青海共和塔拉滩", "塔拉滩", "area", "青海省/海南藏族自治州/共和县/塔拉滩", "place.feature")]


def test_no_locality_from_a_phrase_or_another_name(px):
    # a function word inside (东部的坪), a common word (贡献), another name inside (沿|秦岭)
    ms = run(px, "深圳东部的坪山。连平县贡献坪台。周至县沿秦岭。")
    assert [(m.text, m.rule_id) for m in ms] == [
        ("深圳", "place.short"), ("坪山", "place.short"), ("连平县", "place.full"),
        ("周至县", "place.full"), ("秦岭", "place.area")]


def test_suffix_breaker_only_where_it_is_a_word(px):
    # 区位/市民 are breaker words, but jieba ends the name after its suffix here
    # (福田区|位列, 泉州市|民营): the full name stands; 河源|市民 still breaks
    ms = run(px, "福田区位列创先类优秀等次。泉州市民营经济发展。河源市民保。")
    assert [(m.text, m.fields["name"], m.rule_id) for m in ms] == [
        ("福田区", "福田区", "place.full"), ("泉州市", "泉州市", "place.full"), ("河源", "河源市", "place.short")]
    # 县城 is no breaker (places round 7): the county's seat is the county written in full
    # (连平县|城, 木里县城: the annotators' reading in two sets)
    assert [(m.text, m.fields["name"], m.start, m.end)
            for m in run(px, "连平县城的发展，河源市。")][0] == ("连平县", "连平县", 0, 3)


def test_county_short_form_in_its_own_report(px):
    # a county work report names no city: 全县/县委 say the text is about a 县
    text = "2022年，是桦川振兴发展进程中极不平凡的一年。在县委的领导下，全县建设新桦川。"
    assert [(m.text, m.fields["name"], m.fields["adcode"]) for m in run(px, text)] == [
        ("桦川", "桦川县", "230826"), ("桦川", "桦川县", "230826")]
    # no self-reference, or a city named (its counties are found under it): none
    assert run(px, "2022年，是桦川振兴发展进程中极不平凡的一年。建设新桦川。") == []
    assert [m.text for m in run(px, text.replace("县委", "深圳市委"))] == ["深圳市"]


def test_former_names_resolve_to_their_successors(px):
    # rules/gazetteer/renamed.tsv (civil-affairs change records): 滦县 became 滦州市 (2018);
    # 南郊区 (大同) was split into 平城区 and 云冈区: the chain's town settles which
    # (a former name counts only in a document naming its own province or no other:
    # place.former own_province_only)
    got = run(px, "滦县的发展。")
    assert [(m.text, m.fields["name"], m.fields["adcode"], m.rule_id) for m in got] == [
        ("滦县", "滦州市", "130284", "place.former")]
    text = "项目位于大同市南郊区高山镇，南郊区的采煤沉陷区。"
    assert [(m.text, m.fields["name"], m.fields["adcode"], m.rule_id) for m in run(px, text)] == [
        ("大同市南郊区高山镇", "高山镇", "140214101000", "place.chain"),
        ("南郊区", "云冈区", "140214", "place.former")]


def test_renamed_register_holds_no_current_or_generic_name(px):
    rows = [line.split("\t") for line in (RULES / "gazetteer" / "renamed.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    current = {e.name for lst in px.gz.surfaces.values() for e in lst if e.form == "full" and e.level != "town"}
    assert len(rows) > 500
    assert not [r[0] for r in rows if r[0] in current]
    assert not {"新区", "南区", "北区", "城区", "郊区"} & {r[0] for r in rows}


def test_name_across_a_word_boundary_gives_way_to_the_supported_one(px):
    # “坪山城区”: 山城区 (鹤壁) notes its own city; without that note nothing supports it,
    # while 坪山 lies under 深圳, which the document names
    ms = run(px, "深圳市坪山区。首推卡雷拉斯中国首演；“坪山城区IP形象创意策划”获评案例")
    assert [(m.text, m.fields["name"], m.start) for m in ms] == [
        ("深圳市坪山区", "坪山区", 0), ("中国", "中国", 13), ("坪山", "坪山区", 19)]
    # with nothing of 深圳 named, the full name stands
    assert [m.text for m in run(px, "“坪山城区IP形象创意策划”")] == ["山城区"]


def test_town_short_form_under_a_city_the_document_names(px):
    # only the city is named: a rare place word that names one town of the city counts
    ms = run(px, "宜昌市推进长江宜昌港白洋港区三期工程。")
    assert [(m.text, m.fields["name"], m.fields["adcode"], m.rule_id) for m in ms if m.start >= 10] == [
        ("白洋", "白洋镇", "420583102000", "place.town_short")]
    # a common word (大桥 'bridge', frequency above common_freq) does not, though 嘉兴 has a 大桥镇
    assert [m.text for m in run(px, "嘉兴市推进大桥改造工程。")] == ["嘉兴市"]


def test_a_park_at_town_level_continues_no_chain(px):
    # 经济技术开发区 is a town-level unit of 南宁 in the register, but a park, not a place
    ms = run(px, "三塘镇还与南宁经济技术开发区合作建设产业园。")
    assert [(m.text, m.fields["name"], m.rule_id) for m in ms if m.start >= 5] == [("南宁", "南宁市", "place.short")]


def test_famous_feature_when_the_document_is_about_it(px):
    # a chain ending in a feature's name before a feature cue is the feature (长沙岳麓山 alike);
    # a document that cues the feature and never writes the division in full means the feature
    ms = run(px, "南平市武夷山景区游客增多。武夷山的茶产业发展。")
    assert [(m.text, m.fields["name"], m.fields["level"]) for m in ms] == [
        ("南平市武夷山", "武夷山", "area"), ("武夷山", "武夷山", "area")]
    # the division written in full: each bare occurrence by its context (崂山实验室 in Qingdao)
    ms = run(px, "南平市武夷山市发展。武夷山风景区游客增多。武夷山的茶产业发展。")
    assert [(m.text, m.fields["name"]) for m in ms] == [
        ("南平市武夷山市", "武夷山市"), ("武夷山", "武夷山"), ("武夷山", "武夷山市")]


def test_named_features_of_the_dictionary(px):
    # jieba's dictionary lists 大沙河, 兴凯湖 as place words ending in a feature head
    ms = run(px, "大沙河已成为生态建设的缩影。兴凯湖和天台山。")
    assert [(m.text, m.fields["name"], m.fields["level"], m.rule_id) for m in ms] == [
        ("大沙河", "大沙河", "area", "place.area"), ("兴凯湖", "兴凯湖", "area", "place.area"),
        ("天台山", "天台山", "area", "place.area")]
    # such a feature that is also a town's short form does not break a chain (the town)
    assert [(m.text, m.fields["name"]) for m in run(px, "延安南泥湾发展。")] == [("延安南泥湾", "南泥湾镇")]
    # idioms tagged as places (two feature heads: 登山越岭) are left out
    assert "登山越岭" not in px.surfaces


def test_town_with_no_parent_named_before_its_village(px):
    # 大湖镇: many towns; the one whose register village follows (湖东村) is it, then the list
    ms = run(px, "广东省大湖镇湖东村、湖西村发展。")
    assert [(m.text, m.fields["name"], m.fields["adcode"]) for m in ms] == [
        ("广东省", "广东省", "440000"), ("大湖镇湖东村", "湖东村", "441623113207"),
        ("湖西村", "湖西村", "441623113204")]
    # no province named: the village lists are not searched
    assert run(px, "大湖镇湖东村发展。") == []


def test_city_short_form_in_a_dateline(px):
    # jieba tags 合肥 'n', 保定 'v': a common word by frequency; in a dateline it is the city,
    # named with certainty (its later bare mentions follow)
    ms = run(px, "新华社合肥5月1日电（记者张三）合肥的发展。")
    assert [(m.text, m.fields["name"], m.start) for m in ms] == [("合肥", "合肥市", 3), ("合肥", "合肥市", 16)]
    assert [m.fields["name"] for m in run(px, "本报保定5月1日电")] == ["保定市"]
    assert run(px, "合肥的发展。") == []  # no dateline, no other evidence: as before


def test_short_form_of_a_town_the_document_names(px):
    # 安仁 is also 安仁县 (湖南), whose city is not named; the document names 安仁镇 (大邑县)
    ms = run(px, "大邑县安仁镇依托安仁古镇打造文博旅游目的地，安仁的博物馆。")
    assert [(m.text, m.fields["name"], m.fields["level"], m.fields["path"]) for m in ms] == [
        ("大邑县安仁镇", "安仁镇", "town", "四川省/成都市/大邑县/安仁镇"),
        ("安仁", "安仁", "area", "四川省/成都市/大邑县/安仁"),  # before a site head (古镇)
        ("安仁", "安仁镇", "town", "四川省/成都市/大邑县/安仁镇")]


def test_curated_name_that_jieba_splits(px):
    # jieba reads 举办|径|山茶: it splits the curated name 径山 (the mountain) itself, so the
    # name stands; 华中 starts inside a word (龙华|中心) and stays none
    assert [(m.text, m.fields["level"]) for m in run(px, "每年举办径山茶文化节。")] == [("径山", "area")]
    assert all(m.text != "华中" for m in run(px, "深圳市龙华中心区建设。"))


def test_county_report_that_names_cities_of_its_province(px):
    # 贵阳, 遵义 (where the county sent help) lie in 玉屏's province: still its own report;
    # 玉屏 is tagged as a name by jieba, rare enough to be place-like
    text = "选派人员赶赴贵阳、遵义等地支援。在市委、市政府和县委的坚强领导下，玉屏发展。玉屏的箫笛。"
    assert [(m.text, m.fields["name"]) for m in run(px, text) if m.text == "玉屏"] == [
        ("玉屏", "玉屏侗族自治县"), ("玉屏", "玉屏侗族自治县")]
    # a city of another province named: not read so
    assert not [m for m in run(px, text.replace("贵阳", "长沙")) if m.text == "玉屏"]


def test_town_of_several_in_the_city_by_its_list_neighbour(px):
    # two 上坪镇 under 河源市 (龙川县, 连平县): the neighbour 大湖镇 (连平县) tells, in either order
    for text in ("河源市的大湖镇、上坪镇发展。", "河源市的上坪镇、大湖镇发展。"):
        assert {(m.text, m.fields["adcode"]) for m in run(px, text)} == {
            ("河源市", "441600"), ("大湖镇", "441623113000"), ("上坪镇", "441623101000")}
    # alone it stays out (which of the two is unknown)
    assert [m.text for m in run(px, "河源市的上坪镇发展。")] == ["河源市"]
    cands = {(c.text, c.by) for c in _trace_of(px, "河源市的上坪镇发展。")}
    assert ("上坪镇", "places.town_no_county") in cands


def _trace_of(px, text):
    from pipeline import trace
    with trace.tracing() as t:
        ms = px.extract(Context(Document("t", "t", text=text), []))
    return t.finish({"places": ms})


def test_function_character_starts_no_village_name(px):
    # 的 / 辖 after the town is no part of the village's name (not an unlisted 的湖东村)
    for text in ("连平县大湖镇的湖东村、湖西村发展。", "河源市大湖镇辖湖东村、湖西村发展。"):
        ms = run(px, text)
        assert [(m.text, m.fields["name"], m.fields["adcode"]) for m in ms][1:] == [
            ("湖东村", "湖东村", "441623113207"), ("湖西村", "湖西村", "441623113204")]
        assert ms[0].fields["name"] == "大湖镇"


def test_guards_of_the_new_readings(px):
    # a common word (港口 'port') is no town short form, though a chain read 九江港口 as a town
    ms = run(px, "九江港口具体定位。把九江建成港口城市。")
    assert not [m for m in ms if m.text == "港口"]
    # a dictionary's feature name before a settlement head names the settlement
    assert not [m for m in run(px, "横桥凤凰山自然村安置房也将启动建设。") if m.text == "凤凰山"]


def test_a_full_county_name_that_jieba_mistags_is_still_the_county(px):
    # 公安县 is a dictionary word tagged nr with a frequency above common_freq
    assert spans(run(px, "公安县将新建城区二水厂。")) == [("公安县", "公安县", "county", "421022")]


def test_a_curated_name_starting_inside_a_word_jieba_took_apart_is_no_mention(px):
    # 远|古巴人: 远古 is the word; 古巴 is the country only in jieba's longer guess
    assert [m.text for m in run(px, "远古巴人的遗风民俗。古巴和中国。全中国。记者从中国民用航空局获悉。")] == ["古巴", "中国", "中国", "中国"]


def test_a_county_short_form_jieba_knows_as_a_place_needs_only_its_province(px):
    # 蛟河 (ns, frequency 11: below well_known_freq) under 吉林省, which the text names
    got = spans(run(px, "吉林省国家电网蛟河抽水蓄能电站项目建设。"))
    assert ("蛟河", "蛟河市", "county", "220281") in got


def test_a_town_short_form_jieba_reads_as_a_verb_is_that_verb(px):
    # 抽水乡 is a town of 白山市's 抚松县; 抽水 (v) in 白山抽水蓄能电站 is 'pumping'
    got = [m.text for m in run(px, "吉林省白山市。白山抽水蓄能电站扩建,蛟河抽水蓄能电站开工。")]
    assert "抽水" not in got and "白山抽水" not in got


def test_a_town_of_several_of_its_name_whose_county_the_text_writes_short(px):
    # 横林镇: 常州's 武进区 and 湖北's 天门市 both have one; the outlet 武进新闻 names the county
    got = spans(run(px, "来源:武进新闻。横林镇项目10月完工。"))
    assert ("横林镇", "横林镇", "town", "320412105000") in got
    assert not [g for g in spans(run(px, "横林镇项目10月完工。")) if g[0] == "横林镇"]


def test_a_county_inside_one_word_of_places_and_the_work_named_after_them(px):
    # jieba reads 拉萨贡嘎机场 as one word: 贡嘎 is still 山南市's 贡嘎县
    got = spans(run(px, "西藏自治区山南市。拉萨贡嘎机场年旅客吞吐量增长。"))
    assert ("贡嘎", "贡嘎县", "county", "540522") in got


def test_a_recent_prefectures_former_name_is_its_city_and_an_old_one_an_area(px):
    # 毕节地区 became 毕节市 in 2011 (renamed.tsv); 遵义地区 (1997) reads as 'the Zunyi area'
    got = spans(run(px, "援建了遵义地区规模最大的幼儿园。毕节地区。"))
    assert ("遵义", "遵义市", "city", "520300") in got
    assert ("毕节地区", "毕节市", "city", "520500") in got


def test_a_countys_own_paper_names_it_with_certainty(px):
    got = spans(run(px, "昆山日报讯 今年上半年,昆山援疆工作组加大工作力度。"))
    assert got[:2] == [("昆山", "昆山市", "county", "320583"), ("昆山", "昆山市", "county", "320583")]
    assert not [g for g in spans(run(px, "今年上半年,昆山援疆工作组加大工作力度。")) if g[0] == "昆山"]


def test_a_citys_short_form_that_is_a_common_word_in_a_story_of_its_province(px):
    # 海口 (tag s, frequency 474: 'estuary') is 海口市 where the text names 海南
    got = spans(run(px, "海南老街区改造。去年来,海口加快推进特色街区建设。"))
    assert ("海口", "海口市", "city", "460100") in got
    assert not [g for g in spans(run(px, "去年来,海口加快推进特色街区建设。")) if g[0] == "海口"]


def test_a_famous_features_name_after_the_same_lone_character_every_time_is_a_local_name(px):
    # 富|华山 … 富|华山: the text's own 富华山 (a scenic area), not 陕西's 华山
    got = [m.text for m in run(px, "江西共青城富华山旅游景区。富华山旅游度假区开工。")]
    assert "华山" not in got
    assert "华山" in [m.text for m in run(px, "游客登上华山。华山旅游景区。")]
