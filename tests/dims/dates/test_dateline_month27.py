"""Date class of round 27 (branch meta28; invented texts): a month counted from the story's month
(本月, 上月, 下月) under a yearless dateline (某社某地4月10日电) is that month of an unknown year,
XXXX-04, as a day counted from the dateline is; with no dateline it stays XXXX-XX."""
from .rows import rows


def test_this_month_under_a_yearless_dateline(ex):
    got = rows(ex, "青山社某地4月10日电 隧道将于本月贯通，下月通车。")
    assert ("本月", "month", "XXXX-04", "unresolved") in got
    assert ("下月", "month", "XXXX-05", "unresolved") in got


def test_last_month_under_a_yearless_dateline_in_january(ex):
    got = rows(ex, "青山社某地1月8日电 上月完成投资三亿元。")
    assert ("上月", "month", "XXXX-12", "unresolved") in got


def test_this_month_without_a_dateline_stays_unknown(ex):
    got = rows(ex, "隧道将于本月贯通。")
    assert ("本月", "month", "XXXX-XX", "unresolved") in got
