"""Places round 33, branch places47 (issue 11; docs/DECISIONS.md, "Round 33 (places47)"): a
route's short-form ends in a list of routes, with both ends pending, after a note in brackets;
中国 + a division before an outlet's head; a short form heading an idiom.
The sentences are made up; each param is also read with it off."""
from .rows import extractor_with, named

LIST = "今年将开工满洲里至漠河、珲春至敦化等四条高速公路。"


def test_route_ends_in_a_list_closed_before_the_route_head(px, tmp_path):
    got = named(px, LIST)
    assert (12, 14, "珲春", "珲春市", "county", "222404") in got
    assert (15, 17, "敦化", "敦化市", "county", "222403") in got
    assert (5, 8, "满洲里", "满洲里市", "county", "150781") in got
    off = extractor_with(tmp_path, "route_list_evidence: true", "route_list_evidence: false")
    assert [g[2] for g in named(off, LIST)] == []


def test_both_ends_pending_need_one_reading_each(px, tmp_path):
    text = "会议还提到延吉至图们等高速公路的前期工作。"
    assert [g[2] for g in named(px, text)] == ["延吉", "图们"]
    off = extractor_with(tmp_path, "route_pending_unique: true", "route_pending_unique: false")
    assert named(off, text) == []


def test_no_route_without_a_head_in_the_clause(px):
    # 至 between two short forms, no route head before the clause ends: no evidence
    assert named(px, "会议还提到延吉至图们等地，工作很多。") == []


def test_a_bracketed_note_before_the_route_head(px, tmp_path):
    text = "昆明至那坡(边境段)高速公路开工。"
    assert (3, 5, "那坡", "那坡县", "county", "451026") in named(px, text)
    off = extractor_with(tmp_path, "route_note_max: 8", "route_note_max: 0")
    assert [g[2] for g in named(off, text)] == ["昆明"]
    assert [g[2] for g in named(px, "从南宁至那坡(走访)一行人。")] == ["南宁"]


OUTLET = "来源：中国甘肃网　记者从省交通厅获悉。"


def test_country_and_province_before_an_outlet_head_are_one_mention(px, tmp_path):
    assert (3, 7, "中国甘肃", "甘肃省", "province", "620000") in named(px, OUTLET)
    off = extractor_with(tmp_path, "country_run_before: [网, 新闻网, 網, 新聞網]", "country_run_before: []")
    assert [g[2] for g in named(off, OUTLET)] == ["中国", "甘肃"]


def test_country_and_province_in_running_text_stay_apart(px):
    got = [g[2] for g in named(px, "中国甘肃的葡萄酒走向世界。")]
    assert got == ["中国", "甘肃"]


def test_a_short_form_heading_an_idiom_is_no_place(px, tmp_path):
    text = "各族群众盼望长治久安。"
    assert named(px, text) == []
    off = extractor_with(tmp_path, "prefix_word_not_tags: [l, i]", "prefix_word_not_tags: []")
    assert [g[2] for g in named(off, text)] == ["长治"]
    assert (0, 2, "长治", "长治市", "city", "140400") in named(px, "长治是山西的一座城市。")
