"""Error classes of issue 11 on places, one test per class (docs/DECISIONS.md, Places)."""
from .rows import rows_with_path as run


def test_town_short_form_before_a_new_area_head_is_the_new_area(px):
    # 东津 is 东津镇's short form; before 新区 the chain names the new area, under the city
    got = run(px, "湖北省襄阳市东津新区建设加快。")
    assert got == [(0, 10, "湖北省襄阳市东津新区", "place.chain", "东津新区", "area", "湖北省/襄阳市/东津新区")]
    # without the head the chain still ends in the town, and a full name stays a division
    assert run(px, "襄阳市东津镇")[0][4:6] == ("东津镇", "town")
    assert run(px, "北京东城区")[0][2:6] == ("北京东城区", "place.chain", "东城区", "county")


def test_villages_written_without_their_suffix_in_a_list(px):
    # 大湖头 before 、塘下赵村: 大湖头村 of the same county (越城区); later both stems recur
    # as list items next to 、
    text = "越城区完成了大湖头、塘下赵村的拆迁。争取完成塘下赵、大湖头组团工程建设施工。"
    got = [g for g in run(px, text) if g[5] == "village"]
    assert [(a, b, t, n) for a, b, t, _r, n, _l, _p in got] == [
        (6, 9, "大湖头", "大湖头村"), (10, 14, "塘下赵村", "塘下赵村"),
        (22, 25, "塘下赵", "塘下赵村"), (26, 29, "大湖头", "大湖头村")]
    assert got[0][6] == "浙江省/绍兴市/越城区/皋埠街道/大湖头村"
    # no village named in full: the stems alone are no mention
    assert [g for g in run(px, "越城区争取完成塘下赵、大湖头组团工程建设施工。") if g[5] == "village"] == []


def test_compass_county_name_needs_its_city_written(px):
    # 西区 is 攀枝花's county, and also 'the west part' of a compound (鉴湖新村西区)
    text = "今年将实施昌安新村、鉴湖新村西区、越都新村等老住宅小区的整治改造。"
    assert [g for g in run(px, text) if g[2] == "西区"] == []
    got = run(px, "攀枝花市是钢城。西区的企业很多。")
    assert (8, 10, "西区", "place.full", "西区", "county", "四川省/攀枝花市/西区") in got


def test_a_layout_space_inside_a_province_or_country_name(px):
    # three spaces between Han characters or more: the page is laid out (精 神); 辽 宁 and
    # 中 国 are names, 上海 南京 gives no 海南 and 江西 藏区 no 西藏
    text = "坚持新时代中 国特色思想,在辽 宁、辽阳考察时的讲话精 神。上海 南京 江西 藏区"
    got = [(a, b, t, n) for a, b, t, _r, n, _l, _p in run(px, text)]
    assert (5, 8, "中 国", "中国") in got and (14, 17, "辽 宁", "辽宁省") in got
    assert not any(n in ("海南省", "西藏自治区") for *_x, n in got)
    # one space only: no bridge (two words of a list may stand so)
    assert [g for g in run(px, "在辽 宁考察。") if g[4] == "辽宁省"] == []


def test_central_region_unless_beside_other_compass_parts(px):
    got = run(px, "把九江建成沿江和中部地区重要的中心城市。")
    assert (8, 12, "中部地区", "place.region", "中部地区", "region", "") in got
    # 北部地区 … 中部地区 …: the parts of a province, no national region
    got = run(px, "北部地区：海口、澄迈。东部地区：琼海、文昌。中部地区：琼中、屯昌。")
    assert not any(g[2] == "中部地区" for g in got)


def test_generic_county_name_after_another_division_is_its_part(px):
    # 老城区 written in full after 蓬江 (江门): the old town of 蓬江, not 洛阳's 老城区
    # (江门|市区: 市区 'the urban area' is a suffix breaker since places round 11)
    got = run(px, "江门市区。蓬江老城区城市风貌。")
    assert [g[2] for g in got] == ["江门", "蓬江"]
    # under its own city it stays the district
    assert run(px, "洛阳市老城区")[0][4:6] == ("老城区", "county")


def test_unlisted_lake_before_a_scenic_cue_and_where_it_recurs(px):
    text = "犍为县打造嘉阳小火车和桫椤湖\n\n嘉阳·桫椤湖旅游景区开发。在桫椤湖景区加快旅游。"
    got = [(a, b, t, r, n) for a, b, t, r, n, lvl, _p in run(px, text) if lvl == "area"]
    assert got == [(11, 14, "桫椤湖", "place.feature", "桫椤湖"), (19, 22, "桫椤湖", "place.feature", "桫椤湖"),
                   (30, 33, "桫椤湖", "place.feature", "桫椤湖")]
    # no cue anywhere: an unknown lake name alone is no mention
    assert [g for g in run(px, "犍为县打造嘉阳小火车和桫椤湖。") if g[5] == "area"] == []


def test_new_area_before_its_management_committee(px):
    got = run(px, "辽阳市文圣区。特别是在文圣区与河东新城管委会合署办公后。")
    assert (15, 19, "河东新城", "place.feature", "河东新城", "area", "辽宁省/辽阳市/河东新城") in got
    # no committee after it: no new area
    assert not any(g[2] == "河东新城" for g in run(px, "辽阳市文圣区。文圣区与河东新城合署办公。"))


def test_town_written_with_a_suffix_not_the_registers(px):
    # 良渚 was a 镇 and is a 街道 now; under 余杭区 (named) 良渚镇 is that town
    got = run(px, "余杭区良渚文化村旁。今年良渚镇将建设新的公园。")
    assert (12, 15, "良渚镇", "place.town", "良渚街道", "town", "浙江省/杭州市/余杭区/良渚街道") in got
    # no county of it named: nothing to resolve it under
    assert [g for g in run(px, "今年良渚镇将建设新的公园。") if g[2] == "良渚镇"] == []


def test_a_list_sharing_a_village_or_town_suffix(px):
    text = "余杭区今年启动外窑(一期)、张堰、石濑等村的改造,完成求是、漕桥两个“精品村”的创建,编制闲林、径山镇规划。"
    got = {(a, b, t): (n, lvl) for a, b, t, _r, n, lvl, _p in run(px, text)}
    assert got[(7, 9, "外窑")] == ("外窑村", "village")
    assert got[(14, 16, "张堰")] == ("张堰村", "village")
    assert got[(17, 19, "石濑")] == ("石濑村", "village")
    assert got[(27, 29, "求是")] == ("求是村", "village")
    assert got[(30, 32, "漕桥")] == ("漕桥村", "village")
    assert got[(45, 47, "闲林")] == ("闲林街道", "town")
    assert got[(48, 51, "径山镇")] == ("径山镇", "town")
    # one item alone is no list; a stem no register village has ends the list
    assert not any(g[4] == "张堰村" for g in run(px, "余杭区启动张堰等村的改造。"))
    assert not any(g[5] == "village" for g in run(px, "余杭区启动张三、李四等村民的改造。"))


def test_a_village_become_a_community_under_its_old_name(px):
    # 杨梅坞社区 is the register's; the text writes 杨梅坞村 (not a dictionary word), right
    # after its county or alone; 城中村 'urban village' is a dictionary word
    got = run(px, "余杭区杨梅坞村推进改造。余杭区推进改造,杨梅坞村完成拆迁。")
    assert got[0] == (0, 7, "余杭区杨梅坞村", "place.village", "杨梅坞社区", "village",
                      "浙江省/杭州市/余杭区/瓶窑镇/杨梅坞社区")
    got = run(px, "余杭区推进改造,杨梅坞村完成拆迁。")
    assert (8, 12, "杨梅坞村", "place.village", "杨梅坞社区", "village", "浙江省/杭州市/余杭区/瓶窑镇/杨梅坞社区") in got
    assert not any(g[2] == "城中村" for g in run(px, "余杭区推进城中村改造。"))


def test_a_famous_feature_before_travel_is_the_feature(px):
    # 旅游 after the name (a feature cue): the document is about the mountain, and every bare
    # 峨眉山 is the mountain though its city 乐山 is named (峨眉山市 is never written)
    text = "乐山市发布消息。峨眉山旅游股份有限公司占股20%,峨眉山公司也加入。"
    got = [(a, b, n, lvl) for a, b, t, _r, n, lvl, _p in run(px, text) if t == "峨眉山"]
    assert got == [(8, 11, "峨眉山", "area"), (25, 28, "峨眉山", "area")]
    # without the cue the county-level city its city supports
    got = [(n, lvl) for a, b, t, _r, n, lvl, _p in run(px, "乐山市发布消息。峨眉山公司也加入。") if t == "峨眉山"]
    assert got == [("峨眉山市", "county")]


def test_a_well_known_county_needs_no_city_named(px):
    # 敦煌, 汶川: tagged ns often in jieba's dictionary, one reading only
    got = run(px, "对口支援汶川地震灾区。游客来到敦煌参观。")
    assert [(t, n) for _a, _b, t, _r, n, _l, _p in got] == [("汶川", "汶川县"), ("敦煌", "敦煌市")]
    # the end of an unknown name after a lone character (普|瑞金) is none; a name with
    # another reading (宜兴: also 宜兴乡) still needs its city
    assert run(px, "艾欣达伟、普瑞金等创新型企业") == []
    assert run(px, "建成十三陵、宜兴等电站") == []


def test_a_region_before_its_strategy(px):
    got = run(px, "深入推进东北振兴座谈会。推动东北全面振兴。东北方向有风。")
    assert [(a, t, n, lvl) for a, _b, t, _r, n, lvl, _p in got] == [
        (4, "东北", "东北", "region"), (14, "东北", "东北", "region")]


def test_a_new_areas_stem_recurs_as_the_new_area(px):
    text = "辽阳市文圣区与河东新城管委会合署办公。共建大美河东、共享幸福文圣。企业落户河东。河东规划区"
    got = [(a, b, t, n) for a, b, t, _r, n, _l, _p in run(px, text) if n == "河东新城"]
    assert got == [(7, 11, "河东新城", "河东新城"), (23, 25, "河东", "河东新城"), (37, 39, "河东", "河东新城")]


def test_a_settlement_named_after_a_town(px):
    # 甜水 is 甜水镇's short form; 甜水堡 (a settlement head after it) is the locality
    got = run(px, "庆阳市环县发布消息。华润甜水堡风电项目开工,甜水镇也在建设。")
    assert (12, 15, "甜水堡", "place.town_short", "甜水堡", "area", "甘肃省/庆阳市/环县/甜水堡") in got
    assert any(g[2] == "甜水镇" and g[5] == "town" for g in got)


def test_a_town_of_a_named_county_beats_a_far_countys_short_form(px):
    # 双河 is 新疆's 双河市 (its region not named) and 钟祥市's 双河镇 (钟祥市 named)
    got = run(px, "荆门市钟祥市境内,全线设宜城北、双河、荆门西3座车站。")
    assert (16, 18, "双河", "place.town_short", "双河镇", "town", "湖北省/荆门市/钟祥市/双河镇") in got
    # no county of the town named: still nothing
    assert not any(g[2] == "双河" for g in run(px, "全线设宜城北、双河、荆门西3座车站。"))


def test_a_mountain_cave_or_gorge_the_lexicons_lack_before_a_feature_cue(px):
    got = [(a, b, t, lvl) for a, b, t, _r, _n, lvl, _p in run(px, "游客来到黄龙洞景区参观,在天子山国家森林公园游览,天子山风景优美。")]
    assert got == [(4, 7, "黄龙洞", "area"), (13, 16, "天子山", "area"), (25, 28, "天子山", "area")]
    # a function character starts no name; a dictionary word of another kind is none
    assert run(px, "保护母亲河流域") == []


def test_a_renamed_town_in_a_document_naming_only_its_city(px):
    got = run(px, "杭州市今年良渚镇建设新的公园,统筹城乡发展。")
    assert (5, 8, "良渚镇", "place.town", "良渚街道", "town", "浙江省/杭州市/余杭区/良渚街道") in got
    assert [g[2] for g in got] == ["杭州市", "良渚镇"]
    # no city of it named: no town (良渚 stays the curated area it was)
    assert [g[5] for g in run(px, "今年良渚镇建设新的公园。")] == ["area"]


def test_a_frequent_word_is_a_town_short_form_only_right_after_its_county(px):
    # 高山 (高山镇 of 荣县, named above) after another county's name is 'high mountain'
    text = "自贡市荣县将联手乐山市公司。将填补永嘉高山温泉度假产品的空白。"
    assert [g[4] for g in run(px, text)] == ["荣县", "乐山市"]
    assert run(px, "荣县高山的茶园。")[-1][4:6] == ("高山镇", "town")
