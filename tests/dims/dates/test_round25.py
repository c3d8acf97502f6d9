"""Date classes of round 25 (issue 11; invented texts): lunar dates converted to the
Gregorian days they fall on in the lunar year the text gives (lunardate's table), festival
names left unmarked, a thousand years written with a Chinese unit read as a length."""
from .rows import rows, run


def test_lunar_day_with_its_year_written(ex):
    assert rows(ex, "2023年农历六月初三，某村举办丰收会。") == [
        ("2023年农历六月初三", "date", "2023-07-20", "explicit")]


def test_lunar_day_offsets_and_bounds(ex):
    text = "据悉，2023年农历六月初三，某村举办丰收会。"
    (m,) = run(ex, text)
    assert (m.start, m.end, m.rule_id) == (3, 14, "date.lunar")
    assert (m.fields["start_date"], m.fields["end_date"]) == ("2023-07-20", "2023-07-20")


def test_first_month_is_lunar_not_january(ex):
    # 正月初八 of lunar 2025 is 5 February 2025, not 2025-01-08
    assert rows(ex, "正月初八，某镇项目集中复工。", pub="2025-03-01") == [
        ("正月初八", "date", "2025-02-05", "reference")]


def test_twelfth_month_before_the_publish_date_is_of_the_previous_lunar_year(ex):
    # lunar 2025's 腊月二十三 falls in 2026, after the page: lunar 2024's, 22 January 2025
    assert rows(ex, "腊月二十三，某县年货市场开市。", pub="2025-03-01") == [
        ("腊月二十三", "date", "2025-01-22", "reference")]


def test_lunar_month_day_in_arabic_digits(ex):
    assert rows(ex, "农历2月2日，某镇举行开耕仪式。", pub="2024-05-10") == [
        ("农历2月2日", "date", "2024-03-11", "reference")]


def test_lunar_day_with_no_year_keeps_its_span_and_writes_x(ex):
    assert rows(ex, "农历六月初三，某村举办丰收会。") == [
        ("农历六月初三", "date", "XXXX-XX-XX", "unresolved")]


def test_lunar_day_takes_the_year_of_the_timeline(ex):
    assert rows(ex, "2022年5月，某馆开工。农历八月十五晚，馆前广场亮灯。") == [
        ("2022年5月", "month", "2022-05", "explicit"),
        ("农历八月十五晚", "date", "2022-09-10", "context")]


def test_lunar_day_with_a_clock_time(ex):
    assert rows(ex, "农历六月初三上午9时，某仪式开始。", pub="2024-08-01") == [
        ("农历六月初三上午9时", "datetime", "2024-07-08T09:00", "reference")]


def test_leap_month(ex):
    assert rows(ex, "今年农历闰二月初一，某会举行。", pub="2023-06-01") == [
        ("今年农历闰二月初一", "date", "2023-03-22", "reference")]


def test_lunar_month_alone_is_the_range_of_its_days(ex):
    # the twelfth month that lies in Gregorian 2024 is lunar 2023's (11 January - 9 February)
    assert rows(ex, "2024年腊月，某工地仍在赶工。") == [
        ("2024年腊月", "range", "2024-01-11/2024-02-09", "explicit")]


def test_written_year_is_the_gregorian_year_the_lunar_day_falls_in(ex):
    # 2024年腊月二十三 is the day of that name in 2024 (lunar 2023's, 2 February 2024), not
    # lunar 2024's (22 January 2025); a first month never spills over, 正月初八 stays lunar 2024's
    assert rows(ex, "2024年腊月二十三，某县年货市场开市；2024年正月初八复工。") == [
        ("2024年腊月二十三", "date", "2024-02-02", "explicit"),
        ("2024年正月初八", "date", "2024-02-17", "explicit")]


def test_chinese_month_with_a_lunar_day(ex):
    assert rows(ex, "十月初三，某村开工。", pub="2024-12-01") == [
        ("十月初三", "date", "2024-11-03", "reference")]


def test_gregorian_forms_stay_gregorian(ex):
    assert rows(ex, "元月十日召开大会，6月初开工，2月2日签约。", pub="2024-08-01") == [
        ("元月十日", "date", "2024-01-10", "reference"),
        ("6月初", "month", "2024-06", "context"),
        ("2月2日", "date", "2024-02-02", "context")]


def test_an_era_year_outside_the_lunar_table_keeps_its_written_day(ex):
    assert rows(ex, "神龙二年正月初一") == [("神龙二年正月初一", "date", "0706-01-01", "explicit")]


def test_winter_idiom_and_festival_names_are_no_dates(ex):
    assert rows(ex, "寒冬腊月，工人坚守一线。春节期间，某景区接待游客。中秋节，某园亮灯。", pub="2024-10-01") == []


def test_thousands_of_years_in_chinese_are_a_length(ex):
    assert rows(ex, "某地有七千年的稻作历史。", pub="2024-10-01") == [("七千年", "duration", "P7000Y", "explicit")]


def test_bare_thousand_years_is_no_length(ex):
    # 千年 with no digit before it is "age-old" (千年古镇), left as before
    assert rows(ex, "这座千年古村迎来新生。", pub="2024-10-01") == []


def test_budget_year_reaches_past_the_paragraph(ex):
    # 当年 before a plan figure is the plan's year however far back the text named it
    text = "2021年，某县安排重点项目30项。\n\n其中，新开工项目12项，总投资80亿元，当年计划投资20亿元。"
    assert rows(ex, text) == [("2021年", "year", "2021", "explicit"), ("当年", "year", "2021", "context")]
    (_, m) = run(ex, text)
    assert (m.start, m.end, m.rule_id) == (40, 42, "date.budget_year")


def test_budget_year_with_no_year_is_unknown(ex):
    assert rows(ex, "某园区签下一批合同，其中三家企业当年到位资金逾两亿元。") == [("当年", "year", "XXXX", "unresolved")]


def test_back_then_stays_no_date(ex):
    assert rows(ex, "这里是老书记当年战斗过的地方。") == []
