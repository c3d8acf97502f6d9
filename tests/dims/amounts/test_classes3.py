"""Amount classes of the third round on the tuning sets (issue 11): money named by the
word before a bare number, 方 read by its context, multiples, grades and quoted labels,
and lists of percentage points."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # a bare 万/亿 number after a word naming money is money (CNY), else a bare count
    ("建筑面积6.051万平方米,总投资约900万。", [
        ("6.051万平方米", "area", 60510, None, "m2", "exact", "area.unit"),
        ("约900万", "money", 9000000, None, "CNY", "approx", "money.bare")]),
    ("营收达1.2亿，", [("1.2亿", "money", 120000000, None, "CNY", "exact", "money.bare")]),
    ("吸引游客约900万。", [("约900万", "count", 9000000, None, "", "approx", "count.bare")]),
    ("总投资900万元", [("900万元", "money", 9000000, None, "CNY", "exact", "money.suffix")]),
    # 方: a floor area with buildings, a volume with water or earth, else nothing
    ("绍市13万方城中村项目", [("13万方", "area", 130000, None, "m2", "exact", "area.fang")]),
    ("累计完成土石方开挖30万方，", [("30万方", "measure", 300000, None, "m3", "exact", "measure.fang")]),
    ("污水处理厂改造后日处理5万方", [("5万方", "measure", 50000, None, "m3", "exact", "measure.fang")]),
    ("三方签约，各方面", []),
    # multiples: 一倍 is a number
    ("运力将至少提升一倍以上，", [("一倍以上", "count", 1, None, "倍", "over", "count.unit")]),
    ("增长2.1倍", [("2.1倍", "count", 2.1, None, "倍", "exact", "count.unit")]),
    # 二 + measure word is a grade; 两 counts
    ("属于资源较为丰富的二类地区", []),
    ("新建二级公路12公里", [("12公里", "measure", 12000, None, "m", "exact", "measure.unit")]),
    ("分为两类", [("两类", "count", 2, None, "类", "exact", "count.unit")]),
    # quotes holding nothing but numeral + measure word: a label; more inside: a count
    ("专项债等“三类”资金", []),
    ("建设“四个中心”", [("四个", "count", 4, None, "个", "exact", "count.unit")]),
    # a list of percentage points keeps the 个 of each item
    ("分别快于一季度、全年2.3个、7个百分点。", [
        ("2.3个", "percent", 2.3, None, "pp", "exact", "percent.points"),
        ("7个百分点", "percent", 7, None, "pp", "exact", "percent.points")]),
    ("分别提高1.2个和0.8个百分点", [
        ("1.2个", "percent", 1.2, None, "pp", "exact", "percent.points"),
        ("0.8个百分点", "percent", 0.8, None, "pp", "exact", "percent.points")]),
    # a count of things before a list of points stays a count
    ("建成3个。提高0.8个百分点", [
        ("3个", "count", 3, None, "个", "exact", "count.unit"),
        ("0.8个百分点", "percent", 0.8, None, "pp", "exact", "percent.points")]),
])
def test_round3_classes(ex, text, expected):
    assert rows(ex, text) == expected
