"""Amount classes of round 24 (issue 11; invented texts): the parts of a total written as
bare numbers with 万/亿 share the unit written after the total (measure/area/money
.shared_unit), and a bare 亿 is money where a verb of spending on a work follows it
(money.bare_spend) or a goal verb sets it right after a sum of money (money.bare_goal)."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import spans as _spans


def spans(ex, text):
    return _spans(ex, text, rule_id=True)


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # parts in brackets after the total: each takes its unit (万 kept: 50万千瓦)
    ("规划建设120万千瓦新能源项目(风电40万、光伏80万),同步治理", [
        (4, 10, "120万千瓦", "measure", 1200000000, "W", "exact", "measure.unit"),
        (18, 21, "40万", "measure", 400000000, "W", "exact", "measure.shared_unit"),
        (24, 27, "80万", "measure", 800000000, "W", "exact", "measure.shared_unit")]),
    # after 其中, and with a magnitude other than the total's
    ("总装机1.2亿千瓦,其中水电8000万、风电4000万。", [
        (3, 9, "1.2亿千瓦", "measure", 120000000000, "W", "exact", "measure.unit"),
        (14, 19, "8000万", "measure", 80000000000, "W", "exact", "measure.shared_unit"),
        (22, 27, "4000万", "measure", 40000000000, "W", "exact", "measure.shared_unit")]),
    ("改造80万平方米(老城区30万和新区50万)", [
        (2, 8, "80万平方米", "area", 800000, "m2", "exact", "area.unit"),
        (12, 15, "30万", "area", 300000, "m2", "exact", "area.shared_unit"),
        (18, 21, "50万", "area", 500000, "m2", "exact", "area.shared_unit")]),
    ("总投资12亿元(其中省级补助5亿、地方配套7亿)", [
        (3, 7, "12亿元", "money", 1200000000, "CNY", "exact", "money.suffix"),
        (14, 16, "5亿", "money", 500000000, "CNY", "exact", "money.shared_unit"),
        (21, 23, "7亿", "money", 700000000, "CNY", "exact", "money.shared_unit")]),
    # no total with a unit before them: they stay counts
    ("风电40万、光伏80万", [
        (2, 5, "40万", "count", 400000, "", "exact", "count.bare"),
        (8, 11, "80万", "count", 800000, "", "exact", "count.bare")]),
    ("全市人口52万,其中31万人口住在城区", [
        (4, 7, "52万", "count", 520000, "", "exact", "count.bare"),
        (10, 13, "31万", "count", 310000, "", "exact", "count.bare")]),
    # a number after the total but in no bracket and after no 其中 is no part of it
    ("总投资12亿元,吸引游客300万、带动就业", [
        (3, 7, "12亿元", "money", 1200000000, "CNY", "exact", "money.suffix"),
        (12, 16, "300万", "count", 3000000, "", "exact", "count.bare")]),
    # a part with its own unit or noun keeps it
    ("年产能3万吨(一期1万吨、二期2万件)", [
        (3, 6, "3万吨", "measure", 30000000, "kg", "exact", "measure.unit"),
        (9, 12, "1万吨", "measure", 10000000, "kg", "exact", "measure.unit"),
        (15, 18, "2万件", "count", 20000, "件", "exact", "count.unit")]),
])
def test_round24_parts_share_the_total_unit(ex, text, expected):
    assert spans(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("某集团联手县里 80亿打造滨湖康养小镇", [
        (8, 11, "80亿", "money", 8000000000, "CNY", "exact", "money.bare_spend")]),
    ("全市10万建设者奋战一线", [(2, 5, "10万", "count", 100000, "", "exact", "count.bare")]),
    ("全省旅游收入5200亿 明年力争破6000亿", [
        (6, 11, "5200亿", "money", 520000000000, "CNY", "exact", "money.bare"),
        (17, 22, "6000亿", "money", 600000000000, "CNY", "exact", "money.bare_goal")]),
    # another thing named between: the goal's number stays a count
    ("投资5亿元带动游客突破1亿", [
        (2, 5, "5亿元", "money", 500000000, "CNY", "exact", "money.suffix"),
        (11, 13, "1亿", "count", 100000000, "", "exact", "count.bare")]),
    ("营收1.2亿，用户突破1亿", [
        (2, 6, "1.2亿", "money", 120000000, "CNY", "exact", "money.bare"),
        (11, 13, "1亿", "count", 100000000, "", "exact", "count.bare")]),
])
def test_round24_bare_yi_money(ex, text, expected):
    assert spans(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    # one space between a list item and its separator (a page's spacing): the items still
    # share the last item's unit
    ("各类商品价格分别上涨了2.6、5.1、9.8 和11个百分点", [
        (11, 14, "2.6", "percent", 2.6, "pp", "exact", "percent.points"),
        (15, 18, "5.1", "percent", 5.1, "pp", "exact", "percent.points"),
        (19, 22, "9.8", "percent", 9.8, "pp", "exact", "percent.points"),
        (24, 30, "11个百分点", "percent", 11, "pp", "exact", "percent.points")]),
    ("前后分别需要3亿 和4.5亿元", [
        (6, 8, "3亿", "money", 300000000, "CNY", "exact", "money.suffix"),
        (10, 15, "4.5亿元", "money", 450000000, "CNY", "exact", "money.suffix")]),
])
def test_round24_list_item_before_a_spaced_separator(ex, text, expected):
    assert spans(ex, text) == expected
