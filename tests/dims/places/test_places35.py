"""Places round 27, branch places35 (issue 11; docs/DECISIONS.md, "Round 27 (places35)").
The sentences are made up; the class is switched off by its param."""
from .rows import extractor_with, rows


def test_a_named_block_before_its_head_is_an_area(px, tmp_path):
    text = "武侯区棕北苑片区完成改造；棕北苑居民陆续回迁。"
    got = rows(px, text)
    assert (3, 6, "棕北苑", "place.feature", "棕北苑", "area") in got
    assert (13, 16, "棕北苑", "place.feature", "棕北苑", "area") in got  # written again: the same area
    off = extractor_with(tmp_path, "block_max_chars: 3", "block_max_chars: 0")
    assert not any(r[2] == "棕北苑" for r in rows(off, text))


def test_no_block_from_a_road_a_side_or_a_common_word(px):
    for text in ("推进望江路片区改造。", "推进城市东部片区建设。", "持续推进西扩片区建设。", "推进铁路片区招商。"):
        assert not any(r[4] == "area" for r in rows(px, text)), text
