"""Round 29 (branch meta29; invented texts): a year-last numeric date whose order the day
settles (day above 12) is read month-first (11-28-2019, 3/17/2021) or day-first with dashes
(28-11-2019); two numbers of at most 12 with dashes stay unread (the order is not certain)."""
from .rows import rows


def test_month_first_header_date(ex):
    assert rows(ex, "日期:11-28-2019\n青山县林场完成验收。") == [
        ("11-28-2019", "date", "2019-11-28", "explicit")]


def test_month_first_slashed_with_a_clock(ex):
    assert rows(ex, "更新 3/17/2021 09:30 青山县林场完成验收。") == [
        ("3/17/2021 09:30", "datetime", "2021-03-17T09:30", "explicit")]


def test_day_first_dashed(ex):
    assert rows(ex, "更新于 28-11-2019 青山县林场完成验收。") == [
        ("28-11-2019", "date", "2019-11-28", "explicit")]


def test_dashed_pair_at_most_twelve_stays_unread(ex):
    assert rows(ex, "编号 11-05-2019 青山县林场完成验收。") == []
