"""Date classes of round 22 (issue 11; invented texts): a page's date in eight digits in
brackets, a header's year set apart from its month-day by a space, a list item's number
before a bare year, and a plan period that names no year for 上年 to count from."""
from .rows import rows, run, values


def test_compact_date_in_brackets(ex):
    found = run(ex, "某县2020年政府工作报告（20191226）\n今年以来，全县经济平稳。")
    assert [(m.start, m.end, m.fields["kind"], m.fields["value"], m.fields["resolved"]) for m in found] == [
        (2, 7, "year", "2020", "explicit"),
        (14, 22, "date", "2019-12-26", "explicit"),
        # 今年 with no publish date: a day whose mention wrote its year no longer anchors it
        # (round 30, param ref_year_from_written_day; this form costs unseen80 one value)
        (24, 26, "year", "XXXX", "unresolved")]
    # eight bare digits are an index number or a file name, no date
    assert values(ex, "索引号:20190425-000123\n图片20191215_172219.jpg") == []
    # no calendar day: nothing
    assert values(ex, "报告(20191332)") == []


def test_year_space_month_day(ex):
    found = run(ex, "某某网 > 正文\n2022 06-18 09:05:12 来源: 某某日报")
    assert [(m.start, m.end, m.fields["kind"], m.fields["value"]) for m in found] == [
        (9, 28, "datetime", "2022-06-18T09:05:12")]
    # with neither a clock nor a line end after it, the year stands alone
    assert values(ex, "编号 2022 06-18-17 号") == [("2022", "year", "2022")]


def test_list_number_before_a_bare_year(ex):
    found = run(ex, "目录\n1.2022“两会”解读之一\n2.2022“两会”解读之二")
    assert [(m.start, m.end, m.fields["value"]) for m in found] == [(5, 9, "2022"), (20, 24, "2022")]
    # a decimal stays no year
    assert values(ex, "增长3.2024\n13.2019个百分点") == []


def test_plan_period_sets_no_year_for_shangnian(ex):
    assert rows(ex, "2022年，全区“十四五”开局良好。全区生产总值比上年增长6.1%。") == [
        ("2022年", "year", "2022", "explicit"),
        ("十四五", "period", "2021/2025", "explicit"),
        ("上年", "year", "2021", "context")]
