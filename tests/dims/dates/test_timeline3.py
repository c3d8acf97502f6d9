"""Timeline classes of the third round on the tuning sets (issue 11): a yearless day or
month is the nearest fine expression too (its year unknown), a day named again keeps its
year, a wire story's 今日 is its dateline day, and 昨 / 年内 alone."""
import pytest

from .rows import rows


def test_a_yearless_day_is_the_nearest_fine_expression(ex):
    # SPEC §4: the year of the nearest earlier day or month -- unknown here -- not of a
    # bare year named since
    assert rows(ex, "每日甘肃网10月20日讯 2011年建成。2018年并网。今年,环县推进。") == [
        ("10月20日", "date", "XXXX-10-20", "unresolved"), ("2011年", "year", "2011", "explicit"),
        ("2018年", "year", "2018", "explicit"), ("今年", "year", "XXXX", "unresolved")]
    # a day alone takes the month of a yearless dateline
    assert rows(ex, "新华社武汉11月22日电(记者王贤)襄阳东站引入工程21日开工建设")[1] == (
        "21日", "date", "XXXX-11-21", "unresolved")


def test_a_day_named_again_keeps_its_year(ex):
    text = "2022-04-28 18:51:22 4月9日复工。去年5月中旬开工，当年完成。4月9日起，8月末完工。"
    got = rows(ex, text, "2022-04-28")
    assert ("4月9日", "date", "2022-04-09", "context") in got
    assert got[-2:] == [("4月9日", "date", "2022-04-09", "context"), ("8月末", "month", "2022-08", "context")]


def test_a_wire_storys_today_is_its_dateline_day(ex):
    text = "2008年10月29日 01:35 中国新闻网\n中新社九江十月二十八日电 项目开工。今日在九江奠基。"
    got = rows(ex, text, "2008-10-29")
    assert got[-1] == ("今日", "date", "2008-10-28", "context")
    # without a dateline: the publish date
    assert rows(ex, "今日在九江奠基。", "2008-10-29") == [("今日", "date", "2008-10-29", "reference")]


@pytest.mark.parametrize("text,pub,expected", [
    ("江家溇组团昨开工建设", "2013-01-22", [("昨", "date", "2013-01-21", "reference")]),
    # round 19: 年内 is this year, as 今年 is: with no publish date and no day of the text,
    # its year is unknown (a bare year named before gives none)
    ("2022年，园区启动。年内完成5亿元以上投资", "", [("2022年", "year", "2022", "explicit"),
                                           ("年内", "year", "XXXX", "unresolved")]),
    ("2022年，园区启动。年内完成5亿元以上投资", "2024-09-24", [("2022年", "year", "2022", "explicit"),
                                                     ("年内", "year", "2024", "reference")]),
    ("力争五年内把该景区建成", "", [("五年", "duration", "P5Y", "explicit")]),
    ("在3至5年内辐射", "", [("3至5年", "duration", "P3Y/P5Y", "explicit")]),
])
def test_lone_words(ex, text, pub, expected):
    assert rows(ex, text, pub) == expected


@pytest.mark.parametrize("text,expected", [
    ("每天上午9—11时开放", [("上午9—11时", "range", "T09:00/T11:00", "explicit")]),
    ("早上五到六点", [("早上五到六点", "range", "T05:00/T06:00", "explicit")]),
    ("下午3-5点举行", [("下午3-5点", "range", "T15:00/T17:00", "explicit")]),
    ("第9—11时段", []),
])
def test_a_clock_range_shares_its_closing_unit(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text", ["2月30日本月", "10月20日本月上月", "11月22日电 上周三本月5日", "3月5日。今年。本月。去年同期"])
def test_relative_words_after_a_yearless_day_do_not_fail(ex, text):
    # a month or day whose year is unknown is the context: relative months stay unresolved
    for _t, kind, value, resolved in rows(ex, text):
        assert resolved in ("explicit", "context", "reference", "unresolved")
