"""Date class of round 27 (branch numbers27; invented texts): two neighbouring months written as
one numeral (五六月, 七八月份) are a range of two written ends, with the year a relative year gives."""
from .rows import rows


def test_neighbouring_months_after_a_relative_year(ex):
    assert rows(ex, "新馆预计明年五六月对外开放。", pub="2024-08-01") == [
        ("明年五六月", "range", "2025-05/2025-06", "reference")]


def test_neighbouring_months_with_yue_fen(ex):
    assert rows(ex, "2022年七八月份雨水偏多。") == [("2022年七八月份", "range", "2022-07/2022-08", "explicit")]


def test_months_that_are_no_neighbours_are_no_range(ex):
    assert rows(ex, "三五月间") == []
