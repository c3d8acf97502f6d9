"""Date classes of round 19 (issue 11; invented texts): span edges (近N年, 一季度末),
ranges (两至三年, 元-4月), page forms (a header in lines of its own, a slash before the
clock, two-digit years, a link list's month-day, widgets), the day relative words count
from when the year is unknown, a day named again, 这一年, halves of a year, anniversaries."""
from .rows import rows, run, values


def test_jin_opens_a_duration(ex):
    assert values(ex, "近五年来,央企累计投资。") == [("近五年", "duration", "P5Y")]
    assert values(ex, "近两个月来,公司加快建设。") == [("近两个月", "duration", "P2M")]
    # 接近 is a verb of approach: the duration alone
    assert values(ex, "工期接近三年。") == [("三年", "duration", "P3Y")]
    assert values(ex, "近年来,全县加快发展。") == []


def test_duration_range_in_chinese_numerals(ex):
    assert values(ex, "预计两至三年全部建成。") == [("两至三年", "duration", "P2Y/P3Y")]
    assert values(ex, "需三到五天完成。") == [("三到五天", "duration", "P3D/P5D")]


def test_yuan_is_january(ex):
    assert values(ex, "2016年计划投资60亿元,元-4月累计完成投资10亿元。") == [
        ("2016年", "year", "2016"), ("元-4月", "range", "2016-01/2016-04")]
    assert values(ex, "2016年元月5日开工。") == [("2016年元月5日", "date", "2016-01-05")]
    # a money word before 元: no month
    assert values(ex, "投资300万元-4月底完成。", pub="2016-05-01") == [("4月底", "month", "2016-04")]


def test_quarter_end_is_the_quarter(ex):
    assert rows(ex, "2023年粮食增产。一季度末,生猪存栏1700万头。")[1] == ("一季度末", "part", "2023-Q1", "context")


def test_stacked_header(ex):
    text = "跨境产业合作\n2020\n06/06\n08:39\n\n中新社广西凭祥6月5日电"
    found = run(ex, text)
    assert (found[0].start, found[0].end, found[0].fields["kind"], found[0].fields["value"]) == (
        7, 23, "datetime", "2020-06-06T08:39")
    # a year line with no MM/DD line after it is no stacked header; since round 32 a number
    # alone on its line is no year either (a table cell or a page ornament: tuning gold 2 of 2)
    assert values(ex, "目录\n2023\n“两会”解读") == []
    assert values(ex, "目录\n2023“两会”解读") == [("2023", "year", "2023")]


def test_portal_forms(ex):
    assert values(ex, "投入使用\n 2021/09/11/ 23:09 来源:新甘肃") == [
        ("2021/09/11/ 23:09", "datetime", "2021-09-11T23:09")]
    assert values(ex, "内蒙古新闻网  15-05-13 17:50 打印本页") == [
        ("15-05-13 17:50", "datetime", "2015-05-13T17:50")]
    assert values(ex, "黄河水将解渴白洋淀   13-12-05\n") == [("13-12-05", "date", "2013-12-05")]
    # not inside a token, and not without a clock or a line end after it
    assert values(ex, "编号 15-05-13 的文件") == []
    assert values(ex, "路径 a/2021/09/11/x") == []


def test_month_day_ending_a_line(ex):
    assert rows(ex, "字体:\n—2023—\n02/15\n08:09:11\n") == [
        ("2023", "year", "2023", "explicit"), ("02/15", "date", "2023-02-15", "context"),
        ("08:09:11", "time", "2023-02-15T08:09:11", "context")]
    assert rows(ex, "券商研报精选 · 10-18\n") == [("10-18", "date", "XXXX-10-18", "unresolved")]
    assert values(ex, "比分 10-18\n") == []


def test_widget_words_are_no_dates(ex):
    assert values(ex, "秘书长信箱 今天是:\n 扶贫要闻", pub="2019-04-09") == []
    assert values(ex, "您好!今天是 中国中小企业青海网", pub="2010-11-15") == []
    assert values(ex, "首页>> 今日中国>> 图片新闻", pub="2010-03-18") == []
    assert values(ex, "会员服务\n今日天气: 站内搜索", pub="2010-11-15") == []
    # the words themselves still are
    assert values(ex, "今天是 星期五", pub="2024-07-26")[0] == ("今天", "date", "2024-07-26")
    assert values(ex, "今天是 十二月一日", pub="2024-12-01")[0] == ("今天", "date", "2024-12-01")
    assert values(ex, "今天,全市召开大会。", pub="2024-07-26") == [("今天", "date", "2024-07-26")]


def test_relative_day_from_a_yearless_day(ex):
    # a yearless dateline: 今天 is its day, the year unknown (SPEC §4: XXXX)
    assert rows(ex, "甘肃日报兰州12月30日讯(记者)今天下午,酒店开业。")[1] == (
        "今天下午", "date", "XXXX-12-30", "unresolved")
    # a yearless day of the same paragraph
    assert rows(ex, "6月29日上午,大会召开。项目今日集中开工,昨日签约。")[1:] == [
        ("今日", "date", "XXXX-06-29", "unresolved"), ("昨日", "date", "XXXX-06-28", "unresolved")]
    # another paragraph, and no dateline: the day stays unknown
    assert rows(ex, "12月30日,大桥通车。\n2017年建成三环。随着今天通车,")[2] == (
        "今天", "date", "XXXX-XX-XX", "unresolved")


def test_a_day_named_again_keeps_only_a_year_the_text_gave(ex):
    # the headline's 7月9日 takes its year from the publish date; after the page's own date
    # line the same day is read from that line
    text = "6条高速7月9日零时通车\n时间:2021-07-07 14:59:21\n7月9日零时,6条高速通车。"
    assert [v for _, _, v in values(ex, text, pub="2021-06-01")] == [
        "2020-07-09T00:00", "2021-07-07T14:59:21", "2021-07-09T00:00"]


def test_this_year_of_a_report(ex):
    # 这一年 opening a paragraph is the year the report reviews, however far it was named
    assert rows(ex, "2023年工作回顾\n2023年,经济恢复。\n这一年,我们促转型。")[2] == (
        "这一年", "year", "2023", "context")


def test_half_a_year_in_months(ex):
    assert values(ex, "总工期三年半。") == [("三年半", "duration", "P3Y6M")]
    assert values(ex, "建设工期两年半。") == [("两年半", "duration", "P2Y6M")]
    assert values(ex, "重大工程半年成绩单") == [("半年", "duration", "P6M")]
    assert values(ex, "只需半小时。") == [("半小时", "duration", "PT0.5H")]


def test_anniversaries_stay_durations(ex):
    # the seed gold (SPEC's authors) marks 公布5周年 and 建党 100 周年 as durations; round 19's
    # date.stop_anniversary (after 12 of 14 unmarked in the tuning gold) was taken back
    assert values(ex, "2024年是中华人民共和国成立75周年。") == [("2024年", "year", "2024"), ("75周年", "duration", "P75Y")]
    assert values(ex, "工程历时5周。") == [("5周", "duration", "P35D")]  # weeks in days (week_in_days)


def test_a_ratio_is_no_clock(ex):
    assert values(ex, "三次产业结构为14:36.7:49.3。") == []
    assert values(ex, "比例由20:34.4:45.6调整为19.8:35.1:45.1") == []
    assert values(ex, "会议于9:30召开。") == [("9:30", "time", "T09:30")]


def test_next_month_with_nothing_to_count_from(ex):
    # SPEC §4 writes X for what is missing: the year and the month
    assert rows(ex, "桓仁人下月就可以坐火车了") == [("下月", "month", "XXXX-XX", "unresolved")]
    assert rows(ex, "桓仁人下月就可以坐火车了", pub="2024-04-09") == [("下月", "month", "2024-05", "reference")]


def test_year_end_and_within_the_year_are_this_year(ex):
    # 年底/年内 in a plan are this year, as 今年 is: the publish date's year, not a year the
    # text looked back to
    assert rows(ex, "该项目自2021年5月开工。年内计划完成投资230亿元,到年底前建成。", pub="2024-09-24")[1:] == [
        ("年内", "year", "2024", "reference"), ("年底", "year", "2024", "reference")]
    # 年末 and 年初 stay the year being talked about (a bulletin's)
    assert rows(ex, "2021年全省经济回升,年末常住人口减少10万人。", pub="2022-03-01")[1] == (
        "年末", "year", "2021", "context")
