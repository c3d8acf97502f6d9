"""Round 30 (branch meta30; invented texts): 今年 on a page with no publish date does not take
its year from a day whose own mention wrote the year (a look back at a dated event); it still
does from a day that took its year from the text around it. A run of three or more bare years
with only spaces between (a portal's year index) is no date; two still read."""
from .rows import rows


def _val(ex, text, word):
    return [r for r in rows(ex, text) if r[0] == word]


def test_this_year_after_a_written_day_stays_unknown(ex):
    got = _val(ex, "青山馆于2009年3月4日动工，今年新增展厅两个。", "今年")
    assert got == [("今年", "year", "XXXX", "unresolved")]


def test_this_year_after_a_day_that_took_its_year_from_the_text(ex):
    got = _val(ex, "2021年，青山县开启新征程。1月12日，县委全会召开，部署今年任务。", "今年")
    assert got == [("今年", "year", "2021", "context")]


def test_year_index_is_no_date(ex):
    assert rows(ex, "年报索引: 2021 2020 2019 2018 [ 全部 ]\n青山县林场完成验收。") == []


def test_two_bare_years_still_read(ex):
    assert [r[2] for r in rows(ex, "热门: 2029  2030  青山县林场完成验收。")] == ["2029", "2030"]
