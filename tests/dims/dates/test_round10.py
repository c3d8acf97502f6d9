"""Date classes of round 10 (issue 11, tuning sets unseen37-unseen40; invented texts):
return periods are no durations, 余 makes a long duration, 公元 years, 每当 is no anaphor,
a clock time after 于, five-year plans written with a dot or before 发展."""
from .rows import values


def test_return_periods_are_no_durations(ex):
    assert values(ex, "大坝按100年一遇洪水设计,经受了千年不遇的暴雨。") == []
    assert values(ex, "大坝运行100年,") == [("100年", "duration", "P100Y")]


def test_a_long_duration_with_yu(ex):
    assert values(ex, "这座古桥历经1600余年。") == [("1600余年", "duration", "P1600Y")]
    assert values(ex, "这座古桥建于1600年。") == [("1600年", "year", "1600")]


def test_common_era_year(ex):
    assert values(ex, "古城始建于公元221年。") == [("公元221年", "year", "0221")]


def test_meidang_is_no_anaphor(ex):
    assert values(ex, "2024年5月1日开街。每当夜幕降临,游人如织。") == [("2024年5月1日", "date", "2024-05-01")]


def test_clock_after_yu(ex):
    assert values(ex, "大桥将于9时正式通车。") == [("9时", "time", "T09:00")]
    assert values(ex, "提出三点要求。") == []


def test_five_year_plan_forms(ex):
    assert values(ex, "“十二·五”时期,全省回顾十三五发展成就。") == [
        ("十二·五", "period", "2011/2015"), ("十三五", "period", "2016/2020")]


def test_event_label_needs_its_month_named(ex):
    # “7·17” is a day where the text named July of a year before it (SPEC §4: context)
    assert values(ex, "2014年7月,暴雨不断。电站经受了“7·17”洪水考验。") == [
        ("2014年7月", "month", "2014-07"), ("7·17", "date", "2014-07-17")]
    # another month named, or none: the label stays a name
    assert values(ex, "2014年7月,电站经受了“8·17”洪水考验。") == [("2014年7月", "month", "2014-07")]
    assert values(ex, "这里是“5·12”地震极重灾区。") == []


def test_this_year_without_publish_date(ex):
    # a bare year named before gives 今年 no year (SPEC §4: it counts from the publish date)
    assert values(ex, "2015年,园区成立。今年计划新建厂房。") == [
        ("2015年", "year", "2015"), ("今年", "year", "XXXX")]
    # a day that took its year from the text is the text's own date: 今年 counts from it;
    # a day whose own mention wrote its year does not (round 30, param ref_year_from_written_day)
    assert values(ex, "2021年,新开局。1月12日,大会召开。今年计划新建厂房。")[2] == ("今年", "year", "2021")
    assert values(ex, "2021年1月12日,大会召开。今年计划新建厂房。")[1] == ("今年", "year", "XXXX")
    # the publish date first
    assert values(ex, "2015年,园区成立。今年计划新建厂房。", pub="2024-03-01")[1] == ("今年", "year", "2024")
    # a bare quarter is the year talked about (a bulletin's 2023年 … 第一季度)
    assert values(ex, "2023年全省经济回升,第一季度增长5%。")[1] == ("第一季度", "part", "2023-Q1")


def test_a_day_of_unknown_month_is_a_date(ex):
    # SPEC §4 writes X for what is missing: the month too, and the kind stays date
    assert values(ex, "17日,首批项目开工。") == [("17日", "date", "XXXX-XX-17")]
    assert values(ex, "2012年是决战之年,17日,首批项目开工。")[1] == ("17日", "date", "2012-XX-17")
