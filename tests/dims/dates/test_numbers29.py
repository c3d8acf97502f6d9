"""Date class of round 29 (branch numbers29; invented texts): a month-first numeric date with
the year last (11-28-2019) where the day is past 12, so the order is certain (date.mdy)."""
from .rows import rows


def test_month_first_date_with_a_day_past_twelve(ex):
    assert rows(ex, "发稿日期:11-28-2019\n本报讯 新桥开工。") == [
        ("11-28-2019", "date", "2019-11-28", "explicit")]


def test_an_order_that_could_be_read_either_way_stays_unread(ex):
    assert rows(ex, "发稿日期:05-06-2019\n本报讯 新桥开工。") == []


def test_day_first_dotted_dates_keep_their_order(ex):
    assert rows(ex, "16.09.2015  12:03\n本报讯") == [
        ("16.09.2015  12:03", "datetime", "2015-09-16T12:03", "explicit")]
