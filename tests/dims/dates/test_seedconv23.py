"""Dates, seed-gold conventions (issue 11, branch seedconv23): N周年 is a duration (the seeds'
5周年, 100 周年) and 全年 the year it speaks of (the seeds' 全年经济工作); the tuning gold was mended
to both. The shipped rules already read them so; these tests pin it. Invented texts."""
from .rows import rows


def test_n_anniversary_is_a_duration(ex):
    assert rows(ex, "在县城建成二十周年之际，举行了纪念活动。") == [("二十周年", "duration", "P20Y", "explicit")]
    assert rows(ex, "庆祝公司成立 30 周年。") == [("30 周年", "duration", "P30Y", "explicit")]


def test_the_whole_year_is_the_year_of_the_text(ex):
    got = rows(ex, "2019年，某区完成投资80亿元，完成全年任务的95%。")
    assert got[0] == ("2019年", "year", "2019", "explicit")
    assert got[1][:3] == ("全年", "year", "2019")
