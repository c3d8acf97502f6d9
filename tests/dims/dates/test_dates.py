"""Dates (SPEC §4): spans, kinds, values and how the year was resolved."""
import pytest

from pipeline.dims.dates import DateExtractor
from pipeline.model import Context, Document, Mention
from pipeline.rules import RuleError, RuleSet

from .rows import rows, run


def test_header_datetime_and_relative_day(ex):
    text = "时间:2024-07-26 13:44:44 来源:深圳特区报\n\n昨日，深圳市政府新闻办举行发布会。"
    found = run(ex, text, "2024-07-26")
    assert [(m.start, m.end) for m in found] == [(3, 22), (33, 35)]
    assert found[0].fields == {"kind": "datetime", "value": "2024-07-26T13:44:44", "start_date": "2024-07-26",
                               "end_date": "2024-07-26", "resolved": "explicit"}
    assert found[1].fields["value"] == "2024-07-25" and found[1].fields["resolved"] == "reference"


def test_timeline_month_day_takes_year_of_nearest_fine_expression(ex):
    text = "2024年11月，马拉松开跑。2023年，两地联手办节。12月1日，火塘节举行。同日，团队赴京。"
    assert rows(ex, text, "2025-04-20") == [
        ("2024年11月", "month", "2024-11", "explicit"),
        ("2023年", "year", "2023", "explicit"),
        ("12月1日", "date", "2024-12-01", "context"),
        ("同日", "date", "2024-12-01", "context"),
    ]


def test_month_day_past_bias_and_unresolved(ex):
    assert rows(ex, "10月9日召开推进会", "2024-07-26") == [("10月9日", "date", "2023-10-09", "reference")]
    assert rows(ex, "5月9日召开推进会", "2024-07-26") == [("5月9日", "date", "2024-05-09", "reference")]
    found = run(ex, "5月9日召开推进会")
    assert found[0].fields == {"kind": "date", "value": "XXXX-05-09", "start_date": "", "end_date": "",
                               "resolved": "unresolved"}


def test_relative_years_without_publish_date_use_the_text(ex):
    text = "2021年，开启新征程。1月12日，大会召开，总结去年工作，部署今年任务，安排全年工作。"
    got = rows(ex, text)
    assert ("去年", "year", "2020", "context") in got
    assert ("今年", "year", "2021", "context") in got
    assert ("全年", "year", "2021", "context") in got


def test_ranges(ex):
    got = run(ex, "2024年8月30日开园。8月9日至11日，好食节登场；9月20日—22日，丰收节。")
    assert [(m.text, m.fields["value"], m.fields["end_date"]) for m in got[1:]] == [
        ("8月9日至11日", "2024-08-09/2024-08-11", "2024-08-11"),
        ("9月20日—22日", "2024-09-20/2024-09-22", "2024-09-22"),
    ]
    assert rows(ex, "版权所有© 2011-2023 产业研究网") == [("2011-2023", "range", "2011/2023", "explicit")]
    assert rows(ex, "荣获2020-2021年度国家优质工程奖") == [("2020-2021年度", "range", "2020/2021", "explicit")]


def test_periods(ex):
    got = rows(ex, "开启“十四五”新征程，回顾“十三五”，编制“八五”普法规划，制定第十四个五年规划")
    assert [(t, v) for t, _, v, _ in got] == [("十四五", "2021/2025"), ("十三五", "2016/2020"),
                                              ("八五", "2021/2025"), ("第十四个五年", "2021/2025")]
    assert all(k == "period" for _, k, _, _ in got)


@pytest.mark.parametrize("text,span,value", [
    ("启动了为期3年的专项行动", "3年", "P3Y"),
    ("为18-36个月幼儿提供照护", "18-36个月", "P18M/P36M"),
    ("计划用两年半时间完成", "两年半", "P2Y6M"),  # round 19: half a year in months
    ("还有半小时饭就做好了", "半小时", "PT0.5H"),
    ("一年又一个月21天", "一年又一个月21天", "P1Y1M21D"),
])
def test_durations(ex, text, span, value):
    got = rows(ex, text)
    assert got == [(span, "duration", value, "explicit")]


def test_years_and_parts(ex):
    assert rows(ex, "截至2024年6月底，全区") == [("2024年6月底", "month", "2024-06", "explicit")]
    assert rows(ex, "二〇三五年远景目标") == [("二〇三五年", "year", "2035", "explicit")]
    assert rows(ex, "今年上半年，事件总量下降", "2024-08-20") == [("今年上半年", "part", "2024-H1", "reference")]
    assert rows(ex, "今年以来，坪山区", "2024-08-20") == [("今年", "year", "2024", "reference")]
    assert rows(ex, "“蛇口味道2024好食节”") == [("2024", "year", "2024", "explicit")]


def test_times_and_weeks(ex):
    assert rows(ex, "活动定于下午三点开始") == [("下午三点", "time", "T15:00", "explicit")]
    assert rows(ex, "2024年7月20日晚，无人机升空。当天下午，行动举行") == [
        ("2024年7月20日晚", "date", "2024-07-20", "explicit"), ("当天下午", "date", "2024-07-20", "context")]
    got = run(ex, "上周，全市召开大会", "2024-07-26")
    assert got[0].fields == {"kind": "week", "value": "2024-W29", "start_date": "2024-07-15",
                             "end_date": "2024-07-21", "resolved": "reference"}


@pytest.mark.parametrize("text", [
    "近年来，多年来，目前，未来，近期，下一步",
    "每年为村集体带来收入",
    "我国第七个中国农民丰收节，首届论坛",
    "年满18周岁",
    "提出三点要求，重点推进",
    "据今日头条报道",
    "开局之年交出亮眼成绩单，首年良好开局",
    "增长零点五个百分点",
])
def test_no_false_positives(ex, text):
    assert run(ex, text) == []


def test_bare_number_taken_by_amounts_is_no_year(ex):
    text = "全市共有2019人参加"
    amount = Mention("amounts", 4, 9, "2019人", "count.x")
    assert run(ex, text, amounts=[amount]) == []


def test_unknown_normalizer_is_reported(tmp_path):
    (tmp_path / "dates.yaml").write_text(
        "table: dates\nrules:\n  - id: d.x\n    label: date\n    normalize: nope\n    pattern: 'x'\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match="unknown normalizer nope"):
        DateExtractor(RuleSet.load(tmp_path))


def test_relative_year_and_month_are_one_span(ex):
    text = "去年12月，新园区动工。今年3月底主体完工，明年5月10日开业，今年2至4月客流增长。"
    assert rows(ex, text, "2025-06-01") == [
        ("去年12月", "month", "2024-12", "reference"),
        ("今年3月底", "month", "2025-03", "reference"),
        ("明年5月10日", "date", "2026-05-10", "reference"),
        ("今年2至4月", "range", "2025-02/2025-04", "reference"),
    ]
    found = run(ex, text, "2025-06-01")
    assert (found[1].start, found[1].end) == (12, 17)
    assert found[1].fields["end_date"] == "2025-03-31"


def test_previous_year_counts_from_the_year_in_context(ex):
    # 上年 is the year before the year the text is talking about, not before the publish year
    assert rows(ex, "去年全镇产值8亿元，比上年增长一成。", "2025-03-01") == [
        ("去年", "year", "2024", "reference"),
        ("上年", "year", "2023", "context"),
    ]
    assert rows(ex, "2019年，该厂投产，次年扭亏。", "2025-03-01") == [
        ("2019年", "year", "2019", "explicit"),
        ("次年", "year", "2020", "context"),
    ]
    # nothing named before: the publish date
    assert rows(ex, "营收比上年增长5%。", "2025-03-01") == [("上年", "year", "2024", "reference")]


def test_that_year_needs_a_year_just_before(ex):
    assert rows(ex, "2018年，大桥开工，当年完成投资3亿元。", "2025-03-01")[1] == ("当年", "year", "2018", "context")
    # "back then": no year named in the paragraph
    assert rows(ex, "今年客流回升。\n\n这里是老书记当年带领群众治沙的地方。", "2025-03-01") == [
        ("今年", "year", "2025", "reference")]


def test_date_word_cut_out_of_another_word_is_no_date(ex):
    assert rows(ex, "机场建成后年旅客吞吐能力达到3000万人次。", "2025-03-01") == []
    assert rows(ex, "工程提前年底完工，目前天气晴好。", "2025-03-01") == []
    assert rows(ex, "预计后年建成。", "2025-03-01") == [("后年", "year", "2027", "reference")]


def test_seasons_are_no_parts(ex):
    # SPEC: part is H1/H2/Q1-Q4 only; 今年冬季 is the year
    assert rows(ex, "将于今年冬季举办第五届冰雪节", "2025-03-01") == [("今年", "year", "2025", "reference")]


def test_month_range_feeds_the_timeline(ex):
    # the nearest earlier month-precision expression is the range 今年1至2月, not 去年11月
    text = "去年11月，物流园开工。今年1至2月，园区完成投资2亿元。3月8日，二期签约，当天签约企业12家。"
    assert rows(ex, text, "2025-04-02") == [
        ("去年11月", "month", "2024-11", "reference"),
        ("今年1至2月", "range", "2025-01/2025-02", "reference"),
        ("3月8日", "date", "2025-03-08", "context"),
        ("当天", "date", "2025-03-08", "context"),
    ]


def test_range_end_and_day_slice_feed_the_timeline(ex):
    # a range of months reaching into the next year: the later 3月5日 takes the end's year
    text = "2019年12月至2020年2月，全线停工。3月5日复工。"
    got = rows(ex, text, "2020-06-01")
    assert got[-1] == ("3月5日", "date", "2020-03-05", "context")
    # a stretch of days (今年前10天) has day precision
    text = "去年12月，码头开港。今年前10天，吞吐量增长一成。2月3日，新航线开通。"
    got = rows(ex, text, "2023-02-20")
    assert got[1] == ("今年前10天", "range", "2023-01-01/2023-01-10", "reference")
    assert got[2] == ("2月3日", "date", "2023-02-03", "context")


def test_bare_first_quarters_and_months_are_one_span(ex):
    text = "全省紧盯前三季度目标任务，企业前两个月营收增长。"
    assert rows(ex, text, "2021-07-15") == [
        ("前三季度", "range", "2021-Q1/2021-Q3", "reference"),
        # the text has named 2021 by its 前三季度 (round 24: bare_part_text_year_context)
        ("前两个月", "range", "2021-01/2021-02", "context"),
    ]
    # 提前/靠前 end in 前: what follows is a length of time, not a slice of the year
    assert rows(ex, "项目比计划提前3个月建成", "2021-07-15") == [("3个月", "duration", "P3M", "explicit")]
    assert rows(ex, "节前两个月", "2021-07-15") == [("两个月", "duration", "P2M", "explicit")]


def test_year_heading_a_part_or_slice_is_an_earlier_year(ex):
    # no month/day expression before: the month-day takes the nearest written year,
    # here the one that heads a quarter or a slice of the year
    assert rows(ex, "2022年一季度，工厂投产。5月9日，首批产品下线。", "2024-05-10")[1] == \
        ("5月9日", "date", "2022-05-09", "context")
    assert rows(ex, "2021年前三季度营收增长。10月9日召开会议。", "2024-05-10")[1] == \
        ("10月9日", "date", "2021-10-09", "context")


def test_spans_overlap_as_a_scan_of_every_span_says():
    import random

    from pipeline.dims.dates.checks import Spans

    rnd = random.Random(5)
    for _ in range(300):
        spans = [(a, a + rnd.randint(1, 6)) for a in (rnd.randint(0, 60) for _ in range(rnd.randint(0, 12)))]
        index = Spans(spans)
        assert bool(index) == bool(spans)
        for s in range(0, 70):
            for e in range(s + 1, s + 5):
                assert index.overlap(s, e) == any(a < e and s < b for a, b in spans), (spans, s, e)


def test_bare_years_beside_many_amounts_cost_linear_time(ex):
    """A bare year is checked against the amounts by bisection: 10x the text, about 10x the
    cost (a scan of every amount per year made it 100x)."""
    import time

    def cost(n):
        text = "2024好，5元，" * n
        amounts = [Mention("amounts", i * 9 + 6, i * 9 + 8, "5元", "money.suffix", {}) for i in range(n)]
        doc = Document("t", "t", text=text)
        t0 = time.process_time()
        found = ex.extract(Context(doc, [], mentions={"amounts": amounts}))
        assert len(found) == n
        return time.process_time() - t0

    cost(100)
    small, large = cost(1500), cost(15000)
    assert large < 25 * max(small, 0.01), (small, large)


@pytest.mark.parametrize("text, expected", [
    ("已连续13个季度保持增长", [("13个季度", "duration", "P39M", "explicit")]),
    ("为期2-3个季度", [("2-3个季度", "duration", "P6M/P9M", "explicit")]),
    ("预计两年到三年收回成本", [("两年到三年", "duration", "P2Y/P3Y", "explicit")]),
    ("上世纪90年代", [("上世纪90年代", "range", "1990/1999", "explicit")]),
])
def test_quarters_duration_ranges_and_the_last_century(ex, text, expected):
    assert rows(ex, text, "2024-05-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("较2016年全年加快6.8个百分点", [("2016年", "year", "2016", "explicit")]),
    ("全年完成投资20亿元", [("全年", "year", "2024", "reference")]),
    ("(国能新能〔2015〕222号)", []),
    ("经过几十年努力", []),
])
def test_year_words_that_repeat_or_are_no_dates(ex, text, expected):
    assert rows(ex, text, "2024-05-01") == expected


def test_relative_days_and_month_spans_with_nothing_to_fill_them_from_write_x(ex):
    # SPEC §4: unresolved values write X for what is missing (no publish date, no earlier date)
    assert rows(ex, "昨日上午开工。今年1-9月份投资增长。前三季度增长。") == [
        ("昨日上午", "date", "XXXX-XX-XX", "unresolved"),
        ("今年1-9月份", "range", "XXXX-01/XXXX-09", "unresolved"),
        ("前三季度", "range", "XXXX-Q1/XXXX-Q3", "unresolved"),
    ]


def test_part_of_a_month_and_approximate_durations():
    from pipeline.extract import Pipeline

    found = Pipeline.load().extract_text("工期是到9月中下旬。调水工程十余年的建设,三十多年来。", publish_date="2025-08-27")["dates"]
    assert [(m.text, m.fields["value"]) for m in found] == [("9月中下旬", "2024-09"), ("十余年", "P10Y"), ("三十多年", "P30Y")]


@pytest.mark.parametrize("text, expected", [
    # a space may stand between the hour and its minutes (上午 9时 58分)
    ("2020年1月1日上午 9时 58分,大桥通车。", [("2020年1月1日上午 9时 58分", "datetime", "2020-01-01T09:58", "explicit")]),
    # 多 after a length's unit stays in its span; 多次 is no part of it
    ("两年多来,该县发展迅速。", [("两年多", "duration", "P2Y", "explicit")]),
    ("三年多次获奖。", [("三年", "duration", "P3Y", "explicit")]),
    # a day without 日 right before its weekday (a masthead); the weekday after a date is
    # that date's, no mention of its own
    ("2017年01月24星期二", [("2017年01月24", "date", "2017-01-24", "explicit")]),
    ("2024年5月6日（星期一）开幕。", [("2024年5月6日", "date", "2024-05-06", "explicit")]),
    # round 7b: a header's day without 日 before its clock time; a 0 typed for 〇 in a year
    ("2013年10月30 14:05:00 来源:青山快报", [("2013年10月30 14:05:00", "datetime", "2013-10-30T14:05:00", "explicit")]),
    ("力争二0一0年该区产值翻番。", [("二0一0年", "year", "2010", "explicit")]),
    ("青山市统计局\n(2024年4月19)\n", [("2024年4月19", "date", "2024-04-19", "explicit")]),
])
def test_round6_spans(ex, text, expected):
    assert rows(ex, text) == expected
