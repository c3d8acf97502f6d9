"""Date classes of round 21 (issue 11, branch meta21; invented texts): two thirds of a month in
either order (中上旬), and 一年 that names no length (又是一年)."""
from .rows import rows, run


def test_two_thirds_of_a_month_either_order(ex):
    assert rows(ex, "2019年计划投资5亿元,5月中上旬开工,9月中下旬完工。") == [
        ("2019年", "year", "2019", "explicit"),
        ("5月中上旬", "month", "2019-05", "context"),
        ("9月中下旬", "month", "2019-09", "context")]
    found = run(ex, "项目于5月中上旬开工。", pub="2019-06-01")
    assert [(m.start, m.end, m.fields["value"]) for m in found] == [(3, 8, "2019-05")]


def test_yi_nian_that_names_no_length(ex):
    # another year has come
    assert rows(ex, "又是一年丰收季,稻田一片金黄。") == []
    # a length of one year still is one, and so is a report's 过去一年 (the tuning gold's majority)
    assert rows(ex, "工期一年,预计明年建成。", pub="2019-01-20")[0] == ("一年", "duration", "P1Y", "explicit")
    assert rows(ex, "过去一年,全县新建道路120公里。") == [("一年", "duration", "P1Y", "explicit")]
