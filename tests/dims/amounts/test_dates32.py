"""Amount classes of round 31 (branch dates32; invented texts): a 万/亿 before 度 is energy
(kWh) without an electricity cue in reach; 电力 is a cue; 及以上/及以下 after any unit is the
qualifier 以上/以下 (as the voltages had it)."""
import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.model import Context, Document

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_magnitude_before_du_is_energy(ex):
    assert rows(ex, "项目建成后每年可输送清洁能源超过4.5亿度，") == [
        ("超过4.5亿度", "measure", 450000000000, None, "Wh", "over", "measure.du")]


def test_grouped_digits_before_wan_du(ex):
    text = "首年上网量预计为6,320.5万度，"
    out = ex.extract(Context(doc=Document("t", "", text=text), sentences=[]))
    assert [(m.start, m.end, m.text) for m in out] == [(8, 17, "6,320.5万度")]
    assert rows(ex, text)[0][1:5] == ("measure", 63205000000, None, "Wh")


def test_dianli_is_a_cue(ex):
    assert rows(ex, "每天向周边村庄供应电力约800度") == [
        ("约800度", "measure", 800000, None, "Wh", "approx", "measure.du")]


@pytest.mark.parametrize("text", ["炉膛里是上万度的高温", "气温升到35度", "向右转动90度"])
def test_du_that_is_no_energy(ex, text):
    assert [r for r in rows(ex, text) if r[4] == "Wh"] == []


def test_ji_yishang_after_a_count(ex):
    assert rows(ex, "每个镇新建的站点都在15个及以上。") == [
        ("15个及以上", "count", 15, None, "个", "over", "count.unit")]


def test_ji_yishang_after_a_measure(ex):
    assert rows(ex, "全部选用单机容量7兆瓦及以上机组") == [
        ("7兆瓦及以上", "measure", 7000000, None, "W", "over", "measure.unit")]


def test_ji_yixia_after_a_measure(ex):
    assert rows(ex, "坡度在25度以内、海拔2000米及以下的地块") [-1] == (
        "2000米及以下", "measure", 2000, None, "m", "under", "measure.unit")
