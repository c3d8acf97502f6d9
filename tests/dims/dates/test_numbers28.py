"""Date class of round 28 (branch numbers28; invented texts): a clock on a bare day of the month
(9日晚上7时) is a datetime as shipped, kind `time` when params.bare_day_clock_is_time is true
(the gold is split: DECISIONS "Round 28 (lead)"); a written month-day with a clock stays a
datetime either way."""
from .rows import rows


def test_clock_on_a_bare_day_is_a_datetime_as_shipped(ex):
    assert ex.bare_day_clock_is_time is False
    assert rows(ex, "2018年6月2日，新码头开港。截至9日晚上7时，已有12艘货轮靠泊。") == [
        ("2018年6月2日", "date", "2018-06-02", "explicit"),
        ("9日晚上7时", "datetime", "2018-06-09T19:00", "context")]


def test_clock_on_a_bare_day_is_a_time_with_the_param_on(ex, monkeypatch):
    monkeypatch.setattr(ex, "bare_day_clock_is_time", True)
    assert rows(ex, "2018年6月2日，新码头开港。截至9日晚上7时，已有12艘货轮靠泊。") == [
        ("2018年6月2日", "date", "2018-06-02", "explicit"),
        ("9日晚上7时", "time", "2018-06-09T19:00", "context")]


def test_clock_on_a_written_month_day_stays_a_datetime(ex):
    assert rows(ex, "2018年6月2日开港，6月9日晚上7时举行仪式。") == [
        ("2018年6月2日", "date", "2018-06-02", "explicit"),
        ("6月9日晚上7时", "datetime", "2018-06-09T19:00", "context")]


def test_a_bare_day_without_a_clock_stays_a_date(ex):
    assert rows(ex, "2018年6月2日开港，9日试运行。") == [
        ("2018年6月2日", "date", "2018-06-02", "explicit"),
        ("9日", "date", "2018-06-09", "context")]
