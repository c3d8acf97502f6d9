"""Places round 26 wave 2, branch places34 (issue 11; docs/DECISIONS.md, "Round 26 (places34)").
The sentences are made up; each class is switched off by its param where it has one."""
from .rows import extractor_with, mentions, rows


def test_a_city_fused_with_its_port_names_its_province(px, tmp_path):
    text = "青岛港吞吐量稳居前列，日照港和烟台港紧随其后。"
    assert rows(px, text) == [
        (0, 2, "青岛", "place.short", "青岛市", "city"),
        (11, 13, "日照", "place.short", "日照市", "city"),
        (15, 17, "烟台", "place.short", "烟台市", "city")]
    off = extractor_with(tmp_path, "fused_context: true", "fused_context: false")
    assert [r[2] for r in rows(off, text)] == ["青岛"]  # 日照 'sunshine' waits for evidence


def test_a_county_of_the_named_province_among_namesakes(px, tmp_path):
    text = "福建省推出旅游线路，永定土楼游客增多。"
    got = mentions(px, text)
    assert [(m.start, m.end, m.fields["name"], m.fields["adcode"]) for m in got] == [
        (0, 3, "福建省", "350000"), (10, 12, "永定区", "350803")]  # 龙岩's, not 张家界's
    off = extractor_with(tmp_path, "province_county_per_province: 8", "province_county_per_province: 0")
    assert [r[2] for r in rows(off, text)] == ["福建省"]


def test_a_namesake_county_only_where_it_is_a_word(px):
    # 大通县 (青海) and 大通区 (安徽): 南北|大通道 holds no 大通
    assert [r[2] for r in rows(px, "青海省建成南北大通道。")] == ["青海省"]


def test_a_recurring_new_city_is_no_area(px, tmp_path):
    text = "昆明市推进云岭新城建设，云岭新城年内开工。"
    assert [r[2] for r in rows(px, text)] == ["昆明市"]
    off = extractor_with(tmp_path, "new_area_recur_not: [新城]", "new_area_recur_not: []")
    assert [r[2] for r in rows(off, text)] == ["昆明市", "云岭新城", "云岭新城"]
    # 新区 still recurs as the area
    assert [r[2] for r in rows(px, "昆明市推进云岭新区建设，云岭新区年内开工。")] == ["昆明市", "云岭新区", "云岭新区"]


def test_the_gulf_is_an_area(px):
    assert rows(px, "货轮经钦州驶入北部湾。")[-1] == (7, 10, "北部湾", "place.area", "北部湾", "area")


def test_port_islands_and_a_historic_block(px):
    assert rows(px, "集装箱船驶向洋山深水港。") == [(6, 8, "洋山", "place.area", "洋山", "area")]
    assert rows(px, "周末三坊七巷游人如织。") == [(2, 6, "三坊七巷", "place.area", "三坊七巷", "area")]
    assert rows(px, "洋山特殊综合保税区新增企业。")[0][:5] == (
        0, 9, "洋山特殊综合保税区", "place.zone", "洋山特殊综合保税区")
