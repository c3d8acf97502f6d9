"""Places round 10 (issue 11, branch places10): one test per class
(docs/DECISIONS.md, "Places: round 10"). The routes are made up; the towns are register
towns (信丰县's 虎山乡, 万隆乡, 小河镇, 小江镇; 大冶市's 保安镇, 金牛镇, 金山街道)."""
from .rows import extractor_with, rows as run

XINFENG = "江西省公路建设提速。虎山至万隆、小河至小江段、保安至金牛公路年内开工。"


def test_route_ends_by_their_short_forms(px):
    got = run(px, XINFENG)
    # 虎山 (6 readings) and 万隆 (4): one pair shares a county (信丰县), in the province
    # named; a list item with a route head later in its clause
    assert (10, 12, "虎山", "place.town_short", "虎山乡", "town") in got
    assert (13, 15, "万隆", "place.town_short", "万隆乡", "town") in got
    # a route head (段) right after the second name
    assert (16, 18, "小河", "place.town_short", "小河镇", "town") in got
    assert (19, 21, "小江", "place.town_short", "小江镇", "town") in got
    # 保安/金牛 (湖北) lie in no province the document names, and neither end was resolved
    # before: nothing
    assert not any(g[2] in ("保安", "金牛") for g in got)
    got = run(px, "湖北省消息。保安至金牛公路年内开工。")
    assert got[1:] == [(6, 8, "保安", "place.town_short", "保安镇", "town"),
                       (9, 11, "金牛", "place.town_short", "金牛镇", "town")]


def test_route_end_beside_a_resolved_end(px):
    # one end taken before (大冶 by its city named): the other end's one reading near it;
    # a 街道's short form at a route's end is the 街道
    got = run(px, "黄石市大冶至金山段通车。")
    assert got[-1] == (6, 8, "金山", "place.town_short", "金山街道", "town")
    # a name taken before keeps its reading (长沙市, not 江西's 长沙乡 beside 赣州)
    got = run(px, "长沙至赣州高速铁路湖南段开工。")
    assert got[:2] == [(0, 2, "长沙", "place.short", "长沙市", "city"),
                       (3, 5, "赣州", "place.short", "赣州市", "city")]


def test_route_ends_need_a_route(px):
    # no route head after the pair, nor in its clause: no route
    got = run(px, "江西省消息。虎山至万隆,乡亲们走了一天。")
    assert not any(g[2] in ("虎山", "万隆") for g in got)
    # the readings share only a province: too far apart for one road
    got = run(px, "江西省消息。虎山至金牛公路开工。")
    assert not any(g[2] in ("虎山", "金牛") for g in got)


def test_route_ends_off_by_their_param(tmp_path):
    ex = extractor_with(tmp_path, "route_end_share: city", "route_end_share: ''")
    got = run(ex, XINFENG)
    assert not any(g[2] in ("虎山", "万隆", "小河", "小江") for g in got)


def test_a_pass_is_a_toponym_final(px):
    # 关 (a mountain pass, a border pass) ends a feature's name as 山 or 口 do: with the
    # route's end as its second piece of evidence, an unlisted pass counts
    got = run(px, "广西崇左至平岗关公路开工。")
    assert got[-1] == (5, 8, "平岗关", "place.feature", "平岗关", "area")
    # words of another kind that end in 关 stay words
    for text in ("企业顺利通过海关。", "大家齐心渡过难关。", "到相关部门办理。"):
        assert run(px, text) == []
