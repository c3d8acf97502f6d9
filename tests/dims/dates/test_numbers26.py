"""Date class of round 26 (branch numbers26; invented texts): 当年/當年 right after a year the
page leaves unknown (今年9月 with no publish date) is that unknown year, XXXX, not dropped."""
from .rows import rows


def test_same_year_after_an_unknown_year_is_xxxx(ex):
    assert rows(ex, "某风场计划今年8月动工，当年建成升压站。") == [
        ("今年8月", "month", "XXXX-08", "unresolved"), ("当年", "year", "XXXX", "unresolved")]


def test_same_year_after_a_known_year_keeps_it(ex):
    assert rows(ex, "某风场2021年8月动工，当年建成升压站。") == [
        ("2021年8月", "month", "2021-08", "explicit"), ("当年", "year", "2021", "context")]


def test_back_then_with_nothing_before_is_no_date(ex):
    assert rows(ex, "这片林子是老场长当年带人种下的。") == []


def test_same_year_after_a_yearless_month_range_is_no_date(ex):
    assert rows(ex, "今年以来，1—3月全县签约项目十个，当年签约当年落地。") == [
        ("今年", "year", "XXXX", "unresolved"), ("1—3月", "range", "XXXX-01/XXXX-03", "unresolved")]
