"""Amount classes of generalization round 7b (issue 11, sets unseen25/26/28): machines counted
with 台 before a word opening with 风, and a unit that is read whole or not at all."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # 台 before 风机 / 风电机组 counts machines (台风 the typhoon takes 个 or 号, not a count of 台)
    ("项目共设计安装31台风电机组,已完成7台风机吊装。", [
        ("31台", "count", 31, None, "台", "exact", "count.unit"),
        ("7台", "count", 7, None, "台", "exact", "count.unit")]),
    # a rate per hour is no volume, and no shorter unit inside its unit is read instead
    ("单井出水量50立方米/小时,日供水5万立方米。", [
        ("5万立方米", "measure", 50000, None, "m3", "exact", "measure.unit")]),
    # the 三角 of a delta region is no money (长三角, 珠三角)
    ("推进长三角G60科创走廊建设,珠三角A区。", []),
])
def test_round7b_classes(ex, text, expected):
    assert rows(ex, text) == expected
