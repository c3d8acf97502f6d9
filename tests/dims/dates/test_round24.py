"""Date classes of round 24 (issue 11; invented texts): a bare part or slice of a year
(一季度, 上半年, 前三季度) whose year the text named before takes it from the text
(resolved context); with no such year it counts from the publish date (reference)."""
from .rows import rows


def test_bare_quarter_after_a_day_of_the_same_year_is_context(ex):
    assert rows(ex, "2022年3月5日，某市召开项目推进会。一季度，全市签约项目20个。", pub="2022-04-01") == [
        ("2022年3月5日", "date", "2022-03-05", "explicit"),
        ("一季度", "part", "2022-Q1", "context")]


def test_bare_half_after_a_yearless_day_read_from_the_publish_date(ex):
    # 6月18日 takes the publish year; the text has then named 2021, so 上半年 is context
    assert rows(ex, "6月18日，某县举行签约仪式。上半年，该县完成投资9亿元。", pub="2021-07-02") == [
        ("6月18日", "date", "2021-06-18", "reference"),
        ("上半年", "part", "2021-H1", "context")]


def test_bare_slice_after_a_year_is_context(ex):
    assert rows(ex, "2023年，某区加快园区建设。前三季度，全区开工项目41个。", pub="2023-10-20") == [
        ("2023年", "year", "2023", "explicit"),
        ("前三季度", "range", "2023-Q1/2023-Q3", "context")]


def test_bare_quarter_with_nothing_before_it_is_reference(ex):
    assert rows(ex, "一季度，某县新签约项目12个。", pub="2022-04-01") == [
        ("一季度", "part", "2022-Q1", "reference")]


def test_a_different_year_before_it_keeps_the_publish_year(ex):
    # a look back to another year does not move a bare part off the publish year (ref_or_text)
    assert rows(ex, "2019年，该园区一期建成。一季度，园区新签约项目8个。", pub="2022-04-01") == [
        ("2019年", "year", "2019", "explicit"),
        ("一季度", "part", "2022-Q1", "reference")]
