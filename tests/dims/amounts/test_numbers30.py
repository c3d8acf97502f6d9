"""Amount classes of round 30 (branch numbers30; invented texts): a share written as digits over
digits after a share word; a row of rates written with no separator; a session's number before
its body; a bare 万 before 吨级; value added and GDP as money words; a Chinese unit right before a
digit; 对 counting pairs."""
import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.model import Context, Document

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def test_slash_fractions_after_a_share_word(ex):
    assert rows(ex, "其产量分别占全省、全国的1/4和1/20；") == [
        ("1/4", "percent", 25, None, "%", "exact", "percent.slash"),
        ("1/20", "percent", 5, None, "%", "exact", "percent.slash")]


def test_slash_fraction_offsets(ex):
    text = "外出务工人员占到了1/3。"
    out = ex.extract(Context(doc=Document("t", "", text=text), sentences=[]))
    assert [(m.start, m.end, m.text) for m in out] == [(9, 12, "1/3")]


@pytest.mark.parametrize("text", ["首页 1/7 下一页", "发布于 2022 11/23 10:05", "建成500/220千伏网架", "的7/4"])
def test_slashes_that_are_no_share(ex, text):
    assert rows(ex, text) == []


def test_a_row_of_rates_without_separators(ex):
    assert [(r[0], r[2], r[6]) for r in rows(ex, "三次产业增速依次为-3.2%1.8%-0.4%5.5%。")] == [
        ("-3.2%", -3.2, "percent.sign"), ("1.8%", 1.8, "percent.glued"),
        ("-0.4%", -0.4, "percent.glued"), ("5.5%", 5.5, "percent.glued")]


def test_url_escapes_stay_unread(ex):
    assert rows(ex, "q=30%25%2020") == []


def test_a_range_of_percents_stays_one(ex):
    assert [r[0] for r in rows(ex, "由35.5%-40.5%提高")] == ["35.5%-40.5%"]


@pytest.mark.parametrize("text", ["中共某县五届县委第三轮巡视进驻", "某市六届人大常委会", "省委十届三次全会"])
def test_a_session_number_before_its_body(ex, text):
    assert rows(ex, text) == []


def test_editions_held_stay_a_count(ex):
    assert rows(ex, "这项赛事已成功举办5届，") == [("5届", "count", 5, None, "届", "exact", "count.unit")]


def test_a_bare_wan_tonne_class_is_no_amount(ex):
    assert rows(ex, "港区新增万吨级以上泊位") == []
    assert [r[0] for r in rows(ex, "新建3万吨级泊位和千吨级船闸")] == ["3万吨", "千吨"]


@pytest.mark.parametrize("text,span,value", [
    ("园区完成工业增加值8.6亿，", "8.6亿", 860000000),
    ("全市GDP近4100亿的城市", "近4100亿", 410000000000),
    ("某市拟投60亿建设港口", "60亿", 6000000000),
])
def test_value_figures_are_money(ex, text, span, value):
    assert [(r[0], r[1], r[2], r[4]) for r in rows(ex, text)] == [(span, "money", value, "CNY")]


def test_a_chinese_unit_before_a_digit_ends_the_amount(ex):
    assert [(r[0], r[1]) for r in rows(ex, "合作社已采收辣椒700亩5600吨，")] == [
        ("700亩", "area"), ("5600吨", "measure")]
    assert [r[0] for r in rows(ex, "年产能8万吨1.6mm超白玻璃")] == ["8万吨", "1.6mm"]
    assert [r[0] for r in rows(ex, "面积12km2")] == ["12km2"]
    assert [r[0] for r in rows(ex, "拟建年产500吨PBT项目")] == ["500吨"]


def test_no_bare_hundred_after_mei(ex):
    assert [r[0] for r in rows(ex, "路网密度为每百平方公里5.2公里")] == ["5.2公里"]


def test_dui_counts_pairs(ex):
    assert rows(ex, "新线每日开行4对动车组") == [("4对", "count", 4, None, "对", "exact", "count.unit")]
    assert rows(ex, "实行“一对一”帮扶") == []
    assert rows(ex, "与3对口县签约") == []
    # after a sum, 对 is the preposition: the sum stays money
    assert [(r[0], r[1]) for r in rows(ex, "某区拟投资3.6亿对老旧小区实施改造")] == [("3.6亿", "money")]
