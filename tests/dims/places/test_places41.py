"""Places round 30, branch places41 (issue 11; docs/DECISIONS.md, "Round 30 (places41)").
The sentences are made up; each class with a param is also read with it off."""
from .rows import extractor_with, mentions, named


def test_a_new_area_carries_the_name_the_state_council_approved(px):
    got = named(px, "兰州新区今年新建三座物流园。")
    assert got[0][:5] == (0, 4, "兰州新区", "兰州新区", "special_zone")
    got = named(px, "甘肃兰州新区今年新建三座物流园。")
    assert (0, 6, "甘肃兰州新区", "兰州新区", "special_zone", "") in got


SPELLED = "年 度 报 告\n枣 阳 市 人 民 政 府 办 公 室\n今年的工作取得新进展。"


def test_a_full_name_spelled_out_in_a_spaced_page(px, tmp_path):
    i = SPELLED.index("枣")
    assert (i, i + 5, "枣 阳 市", "枣阳市", "county", "420683") in named(px, SPELLED)
    off = extractor_with(tmp_path, "spaced_full_levels: [province, city, county]", "spaced_full_levels: []")
    assert not [m for m in mentions(off, SPELLED) if m.start == i]


def test_no_spelled_name_without_a_full_name_in_the_run(px):
    text = "年 度 报 告\n人 民 政 府 办 公 室\n今年的工作取得新进展。"
    assert not [m for m in mentions(px, text) if m.start < 20]


ACROSS = "正安县召开专题会议。会议要求为正安全面发展提速。"


def test_a_county_written_in_full_holds_its_short_form_across_a_jieba_cut(px, tmp_path):
    i = ACROSS.index("正安全")
    assert (i, i + 2, "正安", "正安县", "county", "520324") in named(px, ACROSS)
    off = extractor_with(tmp_path, "named_full_across_word: true", "named_full_across_word: false")
    assert not [m for m in mentions(off, ACROSS) if m.start == i]


def test_no_short_form_across_a_jieba_cut_without_the_full_name(px):
    text = "会议要求为正安全面发展提速。"
    assert not [m for m in mentions(px, text) if m.text == "正安"]
