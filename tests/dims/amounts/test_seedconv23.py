"""Amounts, seed-gold conventions (issue 11, branch seedconv23): a bare magnitude of money with
以上 (亿元以上, the seeds' 百万元以上 ×3) is money, over; 两地/三地 count places with the unit 地 (the
seeds' 6 of 6). The tuning gold was mended to both. The shipped rules already read them so; these
tests pin it. Invented texts."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import spans


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_a_bare_magnitude_of_money_with_yishang(ex):
    assert spans(ex, "全区新签约亿元以上项目9个") == [
        (5, 9, "亿元以上", "money", 100000000, "CNY", "over"), (11, 13, "9个", "count", 9, "个", "exact")]
    assert spans(ex, "新开工千万元以上项目") == [(3, 8, "千万元以上", "money", 10000000, "CNY", "over")]


def test_two_places_count_with_the_unit_di(ex):
    assert spans(ex, "推动两地企业互访交流") == [(2, 4, "两地", "count", 2, "地", "exact")]
    assert spans(ex, "三地联合举办招商会") == [(0, 2, "三地", "count", 3, "地", "exact")]
