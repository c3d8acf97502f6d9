"""Amount classes of round 33 (amounts34; issue 11, errors of round 32's arrival reads;
invented texts): 个 before another numeral counts, a money noun reaching a bare sum through
adverbs and a verb, 百/千 + 项 as a programme label."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows, spans


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # 个 counts what the numeral after it opens: a sized berth, a numbered campaign
    ("港区将新建两个七万吨级泊位。", [
        ("两个", "count", 2, None, "个", "exact", "count.unit"),
        ("七万吨", "measure", 70000000, None, "kg", "exact", "measure.unit")]),
    ("某县举办第三期“三個一批”集中签约。", [("三個", "count", 3, None, "個", "exact", "count.unit")]),
    # other measure words before a numeral still name a label (两区一中心)
    ("某区推进两区一中心建设。", []),
    # a verb of reaching, with adverbs, between a money noun and a bare sum: money
    ("某区去年投资完成86亿 新开工项目增多", [
        ("86亿", "money", 8600000000, None, "CNY", "exact", "money.bare")]),
    ("茶叶综合产值将首破25亿", [("25亿", "money", 2500000000, None, "CNY", "exact", "money.bare")]),
    ("全县招商引资超320亿", [("超320亿", "money", 32000000000, None, "CNY", "over", "money.bare")]),
    # a verb after a word that names no money leaves the bare number a count
    ("游客人数将首破25万", [("25万", "count", 250000, None, "", "exact", "count.bare")]),
    # a bare round 百/千 counting 项 names a programme list; with 余, or another measure word, it counts
    ("列入全省百项重点工程，纳入“千项万亿”计划。", []),
    ("完善千余项配套设施,千架无人机升空。", [
        ("千余项", "count", 1000, None, "项", "over", "count.unit"),
        ("千架", "count", 1000, None, "架", "exact", "count.unit")]),
])
def test_round33_classes(ex, text, expected):
    got = rows(ex, text)
    assert [(t, k, v, vm, u, q, r) for t, k, v, vm, u, q, r in got] == [
        (t, k, pytest.approx(v), vm, u, q, r) for t, k, v, vm, u, q, r in expected]


def test_round33_offsets(ex):
    text = "今年计划新建两个五万吨级码头，另有“三个一批”项目。"
    got = spans(ex, text)
    assert [(s, e, t) for s, e, t, *_ in got] == [(6, 8, "两个"), (8, 11, "五万吨"), (18, 20, "三个")]
