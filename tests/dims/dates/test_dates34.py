"""Round 33 (dates34): page chrome that holds 今日/明日 is no day (a navigation bar's column
label, a weather widget's forecast, a newspaper named …明日报); the day words around it still are."""
from .rows import values


def test_nav_labels_are_no_days(ex):
    assert values(ex, "首页 | 今日要览 | 图说天下", pub="2021-05-06") == []
    assert values(ex, "频道 >  今日观察\n某县新建公路一条", pub="2021-05-06") == []
    assert values(ex, "评论区\n今日热搜\n", pub="2021-05-06") == []
    assert values(ex, "分享天气:\n明日穿衣建议\n短袖", pub="2021-05-06") == []
    # a 今日 glued to its sentence stays the day
    assert values(ex, "某县十个项目今日开工\n", pub="2021-05-06") == [("今日", "date", "2021-05-06")]
    assert values(ex, "今日上午，全区重点项目集中开工", pub="2021-05-06") == [("今日上午", "date", "2021-05-06")]


def test_newspaper_named_ming_ri_bao_is_no_day(ex):
    assert values(ex, "来源:昆明日报 2020-03-04", pub="2020-03-04") == [("2020-03-04", "date", "2020-03-04")]
    # report / sign up tomorrow stay tomorrow
    assert values(ex, "新生定于明日报到", pub="2020-03-04") == [("明日", "date", "2020-03-05")]
    assert values(ex, "选手可于明日报名参赛", pub="2020-03-04") == [("明日", "date", "2020-03-05")]
