"""Amount classes of round 27 (branch numbers27; invented texts): two neighbouring digits as a
range (三四十家, 七八米), a decimal point lost to a space before 万/亿 and the currency (14 8亿元),
no space left at the span's start after a trimmed qualifier (签约 16亿元), and the measure words
樘 and 锭 of a plant's capacity."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_neighbouring_digits_before_a_measure_word_are_a_range(ex):
    assert rows(ex, "镇上有二三十家作坊，堤坝高七八米。") == [
        ("二三十家", "count", 20, 30, "家", "exact", "count.unit"),
        ("七八米", "measure", 7, 8, "m", "exact", "measure.unit")]


def test_neighbouring_digits_share_the_magnitude(ex):
    assert rows(ex, "每户补贴两三万元") == [("两三万元", "money", 20000, 30000, "CNY", "exact", "money.suffix")]


def test_a_few_counted_without_a_magnitude_stays_vague(ex):
    assert rows(ex, "来了两三个人，开了三四家店") == []


def test_digits_that_are_no_neighbours_stay_unread(ex):
    # 三五 (three to five) and 一二 (a name's numbering) are not read as ranges
    assert rows(ex, "三五家企业落户，一二村改造") == []


def test_a_space_for_the_decimal_point(ex):
    assert rows(ex, "新馆计划投资14 8亿元，建设期三年") == [
        ("14 8亿元", "money", 1480000000, None, "CNY", "exact", "money.spaced_point")]


def test_two_digits_after_the_space_are_another_figure(ex):
    assert rows(ex, "投资12 36亿元") == [("36亿元", "money", 3600000000, None, "CNY", "exact", "money.suffix")]


def test_no_space_left_after_a_trimmed_qualifier(ex):
    # 签约 ends in 约 (a word, not the qualifier): the span starts at the number, not at the space
    assert rows(ex, "现场意向签约 16亿元") == [("16亿元", "money", 1600000000, None, "CNY", "exact", "money.suffix")]


def test_door_frames_and_spindles_are_measure_words(ex):
    assert rows(ex, "年产30万樘木门，新增5万锭纺纱能力") == [
        ("30万樘", "count", 300000, None, "樘", "exact", "count.unit"),
        ("5万锭", "count", 50000, None, "锭", "exact", "count.unit")]


def test_prefecture_level_units_counted_together(ex):
    assert rows(ex, "北疆三地州联动，全区五市地同步推进，滇西8州市") == [
        ("三地州", "count", 3, None, "地州", "exact", "count.unit"),
        ("五市地", "count", 5, None, "市地", "exact", "count.unit"),
        ("8州市", "count", 8, None, "州市", "exact", "count.unit")]
