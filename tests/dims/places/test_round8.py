"""Places round 8 (issue 11, branch places8): one test per class
(docs/DECISIONS.md, "Places: round 8")."""
from .rows import rows as run


def test_a_county_of_the_named_province_with_few_readings(px):
    # 吉水 (ns, also two towns of other provinces) and 桂平 (tagged nr): the one division of
    # the name in the province the document names
    got = run(px, "江西省发布通知。吉水今年新建公路12条。")
    assert got[1] == (8, 10, "吉水", "place.short", "吉水县", "county")
    got = run(px, "新疆维吾尔自治区水利厅称，民丰今年完成水库建设。")
    assert got[1] == (13, 15, "民丰", "place.short", "民丰县", "county")
    # another province named: no evidence
    assert [g[2] for g in run(px, "广东省发布通知。吉水今年新建公路12条。")] == ["广东省"]
    # a name of many readings (新建: a county and nine towns) stays out
    assert [g[2] for g in run(px, "江西省发布通知。新建今年新建公路12条。")] == ["江西省"]


def test_a_locality_right_after_a_division_written_in_full(px):
    # 北流市|铜石岭: a name in a toponym final right after a county written with its suffix
    # (toponym_division_levels) has its second piece of evidence, and recurs
    got = run(px, "玉林市的北流市铜石岭开业。铜石岭游客多。")
    assert got[2:] == [(7, 10, "铜石岭", "place.feature", "铜石岭", "area"),
                       (13, 16, "铜石岭", "place.feature", "铜石岭", "area")]
    # after a run of divisions ending in a short form (玉林北流) the division counts too since
    # round 21 (places24: toponym_short_division_levels; test_round24.py has the lone short form)
    assert [g[2] for g in run(px, "玉林北流铜石岭国际旅游度假区开业。")] == ["玉林北流", "铜石岭"]
    # a phrase after the county is no locality: the name opens with a common word (贡献 n)
    assert [g[2] for g in run(px, "连平县贡献坪台。")] == ["连平县"]
