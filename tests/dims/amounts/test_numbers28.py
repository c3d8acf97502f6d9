"""Amount classes of round 28 (branch numbers28; invented texts): a grid's voltage and a
transformer's apparent power (220千伏 → V, 300万千伏安 → VA, 110千伏及以上 over), and a flow
written as one unit per second (45立方米/秒 → m3/s)."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_voltage_in_kilovolts(ex):
    assert rows(ex, "新建一回220千伏线路接入青山变电站") == [
        ("220千伏", "measure", 220000, None, "V", "exact", "measure.volt")]


def test_voltage_and_over(ex):
    assert rows(ex, "青山片区110千伏及以上电网项目") == [
        ("110千伏及以上", "measure", 110000, None, "V", "over", "measure.volt")]


def test_apparent_power_with_a_magnitude(ex):
    assert rows(ex, "扩建后将有3组100万千伏安主变") == [
        ("3组", "count", 3, None, "组", "exact", "count.unit"),
        ("100万千伏安", "measure", 1000000000, None, "VA", "exact", "measure.volt")]


def test_latin_kilovolts_and_mega_volt_amperes(ex):
    assert rows(ex, "接入35kV升压站，容量63兆伏安") == [
        ("35kV", "measure", 35000, None, "V", "exact", "measure.volt"),
        ("63兆伏安", "measure", 63000000, None, "VA", "exact", "measure.volt")]


def test_no_voltage_in_the_dog_days(ex):
    assert rows(ex, "正值三伏天") == []


def test_a_flow_per_second(ex):
    assert rows(ex, "渠首引水流量45立方米/秒，泵站排涝能力约120.5立方米每秒") == [
        ("45立方米/秒", "measure", 45, None, "m3/s", "exact", "measure.flow"),
        ("约120.5立方米每秒", "measure", 120.5, None, "m3/s", "approx", "measure.flow")]


def test_a_volume_alone_stays_cubic_metres(ex):
    assert rows(ex, "蓄水500立方米") == [("500立方米", "measure", 500, None, "m3", "exact", "measure.unit")]
