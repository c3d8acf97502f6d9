"""Date classes of round 32 (issue 11, dates33; invented texts): 上年 counts back from the
year the text talks about, not from a comparison base (与去年相比, 比2019年); a bare
four-digit number alone between line breaks (a table cell) is no year."""
from .rows import rows


def test_last_year_after_qunian_is_the_story_years_last(ex):
    text = "今年某市蔬菜播种面积与去年相比明显扩大，预计总产较上年增加一成。"
    assert rows(ex, text, pub="2015-08-20") == [
        ("今年", "year", "2015", "reference"), ("去年", "year", "2014", "reference"),
        ("上年", "year", "2014", "context")]


def test_last_year_after_a_clause_of_qunian_counts_back_from_qunian(ex):
    # 去年 heading the clause is the figure's year: 上年 is the year before it
    assert rows(ex, "某村去年旅游收入约80万元，比上年增长一成。", pub="2015-08-20") == [
        ("去年", "year", "2014", "reference"), ("上年", "year", "2013", "context")]


def test_a_written_comparison_year_is_no_base_for_shangnian(ex):
    text = "2018年某县粮食总产52万吨，比2016年增加3万吨，比上年增长2%。"
    assert rows(ex, text) == [
        ("2018年", "year", "2018", "explicit"), ("2016年", "year", "2016", "explicit"),
        ("上年", "year", "2017", "context")]


def test_next_year_after_qunian_still_counts_from_qunian(ex):
    # 次年 keeps base prev: the year after the year last named, 去年 included
    assert rows(ex, "该项目去年开工，次年建成。", pub="2015-08-20") == [
        ("去年", "year", "2014", "reference"), ("次年", "year", "2015", "context")]


def test_last_year_after_a_written_year_is_unchanged(ex):
    assert rows(ex, "2019年，全县财政收入比上年增长8%。") == [
        ("2019年", "year", "2019", "explicit"), ("上年", "year", "2018", "context")]


def test_a_number_alone_on_its_line_is_no_year(ex):
    text = "2018年某县人口统计\n男性人口\n1987\n51.20\n全年出生人口比上年减少。"
    assert rows(ex, text) == [
        ("2018年", "year", "2018", "explicit"), ("全年", "year", "2018", "context"),
        ("上年", "year", "2017", "context")]


def test_a_range_of_bare_years_still_reads(ex):
    assert rows(ex, "规划期限为2026—2040年。") == [("2026—2040年", "range", "2026/2040", "explicit")]


def test_a_bare_year_in_a_line_of_text_still_reads(ex):
    assert rows(ex, "首页\n某某2026文旅节\n开幕") == [("2026", "year", "2026", "explicit")]


def test_a_bulletins_release_day_gives_the_year_before(ex):
    text = "某市统计局\n2021年3月9日\n一、综合\n初步核算，全年本市经济总量300亿元，比上年增长5%。全年粮食产量40万吨。"
    assert rows(ex, text) == [
        ("2021年3月9日", "date", "2021-03-09", "explicit"), ("全年", "year", "2020", "context"),
        ("上年", "year", "2019", "context"), ("全年", "year", "2020", "context")]


def test_a_midyear_release_or_a_titled_year_keeps_its_year(ex):
    assert rows(ex, "某市统计局\n2021年7月9日\n初步核算，全年预计增长5%。")[1] == (
        "全年", "year", "2021", "context")
    assert rows(ex, "2020年某市统计公报\n2021年3月9日\n初步核算，全年实现增长。")[2] == (
        "全年", "year", "2020", "context")
