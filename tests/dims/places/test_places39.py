"""Places round 29, branch places39 (issue 11; docs/DECISIONS.md, "Round 29 (places39)").
The sentences are made up; each class is switched off by its param."""
from .rows import extractor_with, rows


def test_a_full_division_name_broken_by_a_line_end(px, tmp_path):
    text = "今年改造涉及南岸区、大渡\n口区等地。项目覆盖湖\n南省多个县。"
    got = rows(px, text)
    assert (10, 15, "大渡\n口区", "place.full", "大渡口区", "county") in got
    assert (22, 26, "湖\n南省", "place.full", "湖南省", "province") in got
    off = extractor_with(tmp_path, "line_break_levels: [province, city, county]", "line_break_levels: []")
    got = rows(off, text)
    assert not any("\n" in r[2] for r in got)


def test_no_name_across_a_line_end_that_is_no_full_name(px):
    text = "本报讯 今年当地推进\n城中村改造，\n大力发展旅游。"
    assert not any("\n" in r[2] for r in rows(px, text))


def test_a_town_suffix_after_a_stem_opens_no_village_name(px, tmp_path):
    text = "沙坡头区民宗局\n2021年收到项目资金。\n二、资金安排\n(一)兴仁镇岚峪村渠道改造项目\n该项目在兴仁镇岚峪村砌护渠道。"
    got = rows(px, text)
    assert (31, 37, "兴仁镇岚峪村", "place.village_unlisted", "岚峪村", "village") in got
    assert (48, 54, "兴仁镇岚峪村", "place.village_unlisted", "岚峪村", "village") in got
    off = extractor_with(tmp_path, "town_suffix_first: 镇乡", "town_suffix_first: ''")
    got = rows(off, text)
    assert (31, 37, "兴仁镇岚峪村", "place.village_unlisted", "镇岚峪村", "village") in got


def test_the_three_norths_are_a_region(px):
    text = "该市场辐射华北和三北地区，带动三北的农产品流通。"
    got = rows(px, text)
    assert (8, 10, "三北", "place.region", "三北", "region") in got
    assert (15, 17, "三北", "place.region", "三北", "region") in got
