"""Round 34 (dates35): slices written 前N月 with no 个, minutes written with a bare 分 after hours,
two neighbouring months listed with 、, and a yearless dateline as the day 今天 counts from."""
from .rows import rows, values


def test_slice_of_months_without_ge(ex):
    assert rows(ex, "前8月全县完成投资12亿元", pub="2022-09-10") == [
        ("前8月", "range", "2022-01/2022-08", "reference")]
    assert rows(ex, "今年前9月，某港吞吐量增长", pub="2019-10-12") == [
        ("今年前9月", "range", "2019-01/2019-09", "reference")]
    assert values(ex, "前两月份，某市开工项目40个", pub="2021-03-15") == [("前两月份", "range", "2021-01/2021-02")]
    # 提前/此前 + a month count is no slice; nor a month-day after 前
    assert values(ex, "工程比计划提前两月完工", pub="2021-03-15") == []
    assert values(ex, "会议前5月10日已发通知", pub="2021-06-15") == [("5月10日", "date", "2021-05-10")]


def test_minutes_with_bare_fen_after_hours(ex):
    assert values(ex, "列车运行3小时45分即可到达") == [("3小时45分", "duration", "PT3H45M")]
    assert values(ex, "两地车程缩短为1小时10分钟") == [("1小时10分钟", "duration", "PT1H10M")]
    # a bare 分 with no hours before it is no minute (a score)
    assert values(ex, "某队以3分之差落败") == []


def test_neighbouring_months_listed(ex):
    assert rows(ex, "项目计划7、8月份开工建设", pub="2024-09-01") == [
        ("7、8月份", "range", "2024-07/2024-08", "reference")]
    assert values(ex, "预计明年十一、十二月建成", pub="2024-05-01") == [("明年十一、十二月", "range", "2025-11/2025-12")]
    # months apart are a list of two months, not a stretch; a day after the second is a day
    assert [r[0] for r in values(ex, "先后于3、5月份召开", pub="2024-09-01")] == ["5月份"]
    assert [r[0] for r in values(ex, "8、9月12日举行", pub="2024-09-20")] == ["9月12日"]


def test_yearless_dateline_anchors_today(ex):
    # a reporter's credit in brackets after a place and a yearless day: the story's day
    text = "某某新闻网 长沙4月8日 (记者李明)\n8日，某市签约项目20个。\n记者今天从市商务局获悉，"
    assert [r for r in rows(ex, text) if r[0] == "今天"] == [("今天", "date", "XXXX-04-08", "unresolved")]
    # a wire dateline with 讯 wins over a day the story names after it
    text = "本报某地5月20日讯 省里于5月12日批复了该工程。这是记者今天获悉的。"
    assert [r for r in rows(ex, text) if r[0] == "今天"] == [("今天", "date", "XXXX-05-20", "unresolved")]
    # a note in brackets after a signature's date on its own line is no credit
    text = "某县人民政府\n3月2日\n(此件公开发布)\n今天，某县召开会议"
    assert [r for r in rows(ex, text) if r[0] == "今天"] == [("今天", "date", "XXXX-XX-XX", "unresolved")]
