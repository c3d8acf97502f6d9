"""Amount classes of round 10 (issue 11, tuning sets unseen37-unseen40; invented texts):
a count before a word opening with
a numeral, later parts of a numbered slogan, a rate's denominator, units 华里 and K㎡,
片区 counted."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # a count before a word that opens with a numeral (五星级) is a count, not a label
    ("全县有两家五星级宾馆。", [("两家", "count", 2, None, "家", "exact", "count.unit")]),
    # a demonstrative before a count (jieba's dictionary holds 这三家 as one word)
    ("这三家企业都已投产。", [("三家", "count", 3, None, "家", "exact", "count.unit")]),
    # ... but a count before another numbered part stays a label
    ("打造两区一中心。", []),
    # later parts of a quoted slogan whose first part opens with a numeral
    ("落实“一核、五翼”布局,推进“八大工程、千项行动”。", []),
    # a bare magnitude after a slash is the denominator of a rate
    ("铁路网密度达到2.1公里/百平方公里。", [
        ("2.1公里", "measure", 2100, None, "m", "exact", "measure.unit")]),
    # 华里 is 500 m; K㎡ typed for the square kilometre
    ("沿河修建20华里绿道,园区规划3.5K㎡。", [
        ("20华里", "measure", 10000, None, "m", "exact", "measure.unit"),
        ("3.5K㎡", "area", 3500000, None, "m2", "exact", "area.unit")]),
    # a bare 亿 after 价值 (value) is money, as after 总投资
    ("这批设备价值3亿,已全部到位。", [("3亿", "money", 300000000, None, "CNY", "exact", "money.bare")]),
    # 片区 counted (not 两片 + 区)
    ("新城分为东西两片区建设。", [("两片区", "count", 2, None, "片区", "exact", "count.unit")]),
])
def test_round10_classes(ex, text, expected):
    got = rows(ex, text)
    assert [(t, k, v, vm, u, q, r) for t, k, v, vm, u, q, r in got] == [
        (t, k, pytest.approx(v), vm, u, q, r) for t, k, v, vm, u, q, r in expected]
