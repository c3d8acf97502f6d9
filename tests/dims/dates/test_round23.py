"""Date classes of round 23 (issue 11; invented texts): a year the text writes after a
month-day of unknown year gives the next month-day its year (year_after_unknown_fine)."""
from .rows import rows


def test_year_written_after_an_unknown_month_day(ex):
    # no publish date: the headline's 5月2日 has no year; 2019年 written after it is the
    # nearest earlier expression that gives one
    assert rows(ex, "5月2日，某县春季项目集中开工。\n某县2019年春季开工18个项目，4月20日开工的光伏项目已并网。") == [
        ("5月2日", "date", "XXXX-05-02", "unresolved"),
        ("2019年", "year", "2019", "explicit"),
        ("4月20日", "date", "2019-04-20", "context")]


def test_no_year_written_after_it_stays_unknown(ex):
    assert rows(ex, "5月2日，某县春季项目集中开工。4月20日开工的光伏项目已并网。") == [
        ("5月2日", "date", "XXXX-05-02", "unresolved"),
        ("4月20日", "date", "XXXX-04-20", "unresolved")]
