"""Amount classes of round 34 (amounts35; issue 11, errors of the arrival reads; invented
texts): the places a rank moved (上升3位) and a spaced 第 N位 are no counts; compound
measure words of 次 (艘次, 家次) count whole; a range of 个亿 is one mention; Gwh and kt."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # a rank and the places it moved are no amounts (SPEC §3: ranks)
    ("某港货物吞吐量居全国第12位,较上年上升2位。", []),
    ("该园区列全市第五,比一季度前进1位;", []),
    ("综合实力排在第 41 位,比上年提高了 9 位,", []),
    # a noun after 位/名 keeps the count
    ("今年提升了5位院士的待遇。", [("5位", "count", 5, None, "位", "exact", "count.unit")]),
    ("引进12位专家。", [("12位", "count", 12, None, "位", "exact", "count.unit")]),
    # N艘次 / N家次 count whole, like 人次 and 架次
    ("全年进出港船舶8600艘次,服务企业300家次。", [
        ("8600艘次", "count", 8600, None, "艘次", "exact", "count.unit"),
        ("300家次", "count", 300, None, "家次", "exact", "count.unit")]),
    # a range of the spoken 个亿 is one mention (SPEC §3 ranges)
    ("二期再投入6至8个亿建设码头。", [
        ("6至8个亿", "money", 600000000, 800000000, "CNY", "exact", "money.ge_yi")]),
    # mixed-case Latin units: GWh typed Gwh, the kilotonne kt
    ("规划建设20Gwh储能电池项目,年产45kt锂盐。", [
        ("20Gwh", "measure", 20000000000, None, "Wh", "exact", "measure.unit"),
        ("45kt", "measure", 45000000, None, "kg", "exact", "measure.unit")]),
])
def test_round34_classes(ex, text, expected):
    got = rows(ex, text)
    assert [(t, k, v, vm, u, q, r) for t, k, v, vm, u, q, r in got] == [
        (t, k, pytest.approx(v), vm, u, q, r) for t, k, v, vm, u, q, r in expected]
