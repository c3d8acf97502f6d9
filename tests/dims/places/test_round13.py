"""Places round 13 (issue 11, branch places13): one test per class
(docs/DECISIONS.md, "Places: round 13"). The sentences are made up; the names are
register divisions."""
from .rows import extractor_with, rows as run


def test_region_short_form_needs_a_province_of_its_region(px, tmp_path):
    # 湾区 'a bay area' is 粤港澳大湾区 only in a document naming one of its provinces
    # (广东, 香港, 澳门) or the region by another form
    assert run(px, "三亚研究湾区规划。") == [(0, 2, "三亚", "place.short", "三亚市", "city")]
    assert run(px, "守好祖国北疆。") == []
    got = run(px, "湾区规划出台，梅州特产进入市场。")
    assert got[0] == (0, 2, "湾区", "place.region", "粤港澳大湾区", "region")
    got = run(px, "推进粤港澳大湾区建设，特产进入湾区。")
    assert [r[2] for r in got] == ["粤港澳大湾区", "湾区"]
    assert run(px, "喀什地处南疆。")[-1] == (4, 6, "南疆", "place.region", "南疆", "region")
    off = extractor_with(tmp_path, "anchored: true", "anchored: false")
    assert run(off, "三亚研究湾区规划。")[-1] == (4, 6, "湾区", "place.region", "粤港澳大湾区", "region")
