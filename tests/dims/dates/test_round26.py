"""Date classes of round 26 (issue 11; invented texts): a page header's yearless month-day
and clock, 九天 as a name, 今天的/明天的 in general, 同日 between a subject and its verb, a
bare day's month from the story's last day rather than a figure's month."""
from .rows import rows, run


def test_yearless_header_stamp_is_one_datetime(ex):
    text = "某某城市圈 07-21 09:45 阅读 88\n某县推进风电项目。"
    (m,) = run(ex, text)
    assert (m.start, m.end, m.rule_id) == (6, 17, "date.md_clock_stamp")
    assert (m.fields["kind"], m.fields["value"], m.fields["resolved"]) == (
        "datetime", "XXXX-07-21T09:45", "unresolved")


def test_yearless_header_stamp_glued_to_a_source_name(ex):
    assert rows(ex, "新农村快讯11-02 18:20:05\n关注") == [
        ("11-02 18:20:05", "datetime", "XXXX-11-02T18:20:05", "unresolved")]


def test_a_full_header_date_is_not_cut(ex):
    assert rows(ex, "某某网 > 正文\n2023 11-07 08:15:30 来源: 某某晚报") == [
        ("2023 11-07 08:15:30", "datetime", "2023-11-07T08:15:30", "explicit")]


def test_nine_heavens_is_no_length(ex):
    assert rows(ex, "载人航天圆梦九天，某某九天公司投资建厂，完善九天山景区交通。") == []


def test_nine_days_after_a_verb_of_lasting(ex):
    assert rows(ex, "工程历时九天完成，九天内完成全部吊装。") == [
        ("九天", "duration", "P9D", "explicit"), ("九天", "duration", "P9D", "explicit")]


def test_today_in_general_is_no_day(ex):
    assert rows(ex, "今天的积累就是明天的底气。", pub="2024-05-01") == []


def test_today_of_a_meeting_stays_a_date(ex):
    assert rows(ex, "在今天的会议上，某市签约五个项目。", pub="2024-05-01") == [
        ("今天", "date", "2024-05-01", "reference")]


def test_same_day_between_subject_and_verb_is_no_anaphor(ex):
    assert rows(ex, "某地三条公路同日通车", pub="2024-05-01") == []


def test_same_day_opening_a_clause_stays_an_anaphor(ex):
    assert rows(ex, "5月3日，甲项目开工。同日，乙项目签约。", pub="2024-05-10") == [
        ("5月3日", "date", "2024-05-03", "reference"), ("同日", "date", "2024-05-03", "context")]


def test_bare_day_keeps_the_story_month_after_a_plan_month(ex):
    text = "某县18日上午开工。9月底前完成部署。在18日上午召开的会上，县长作了讲话。"
    assert rows(ex, text, pub="2019-08-19")[-1] == ("18日上午", "date", "2019-08-18", "context")


def test_bare_day_keeps_the_story_month_after_a_figure_of_months(ex):
    text = "某区一批工程6日同时开工。1至4月累计进出口增长三成。6日开工的项目有11个。"
    assert rows(ex, text, pub="2022-06-08")[-1] == ("6日", "date", "2022-06-06", "context")


def test_bare_day_after_a_month_alone_takes_that_month(ex):
    assert rows(ex, "2024年3月，某县开幕。12日，大会闭幕")[-1] == ("12日", "date", "2024-03-12", "context")


def test_month_days_sharing_the_closing_day_mark(ex):
    text = "2020年，某县筹备大会。推进会9月24至28日在某区举办"
    m = run(ex, text)[-1]
    assert (m.text, m.rule_id, m.start, m.end) == ("9月24至28日", "date.range_md_shared", 16, 24)
    assert (m.fields["value"], m.fields["start_date"], m.fields["end_date"]) == (
        "2020-09-24/2020-09-28", "2020-09-24", "2020-09-28")


def test_a_word_before_an_annual_figure_is_no_relative_year(ex):
    # 人次 and 达效后 end where 次年/后年 would start: 年 opens the annual figure
    assert rows(ex, "航站楼满足800万人次年客流需求，项目投产达效后年销售收入5亿元。", pub="2020-01-01") == []


def test_next_year_opening_a_clause_stays(ex):
    assert rows(ex, "次年，某项目投产。", pub="2020-01-01") == [("次年", "year", "2021", "reference")]


def test_same_day_after_yu_stays_an_anaphor(ex):
    assert rows(ex, "5月3日，甲项目开工，乙项目于同日签约")[-1] == ("同日", "date", "XXXX-05-03", "unresolved")
