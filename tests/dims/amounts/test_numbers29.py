"""Amount classes of round 29 (branch numbers29; invented texts): the cubic metre typed with a
plain 3 (m3, as m2 is an area), also after a Chinese magnitude (万m3); a Chinese numeral whose
unit jieba glues to the noun after it (一|吨粮) still ends after the unit."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_m3_after_a_chinese_magnitude(ex):
    assert rows(ex, "该塘坝可蓄水45万m3，灌溉农田") == [
        ("45万m3", "measure", 450000, None, "m3", "exact", "measure.unit")]


def test_m3_after_digits(ex):
    assert rows(ex, "新建清水池一座，容积800m3。") == [
        ("800m3", "measure", 800, None, "m3", "exact", "measure.unit")]


def test_a_flow_in_m3_per_second_stays_a_flow(ex):
    out = rows(ex, "设计流量12m3/s")
    assert [r[0] for r in out] == ["12m3/s"] and out[0][4] == "m3/s"


def test_a_unit_glued_to_its_noun_ends_the_measure(ex):
    assert rows(ex, "那个县早已实现人均一吨粮") == [
        ("一吨", "measure", 1000, None, "kg", "exact", "measure.unit")]


def test_a_glued_unit_is_no_licence_inside_a_word(ex):
    # 千家万户 and a name's numeral stay unread: the numeral itself is inside a word
    assert rows(ex, "走进千家万户") == []
