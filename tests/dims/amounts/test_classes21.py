"""Amount classes of round 21 (issue 11, the newest tuning sets unseen60-unseen78; invented
texts): session numbers, grades against counts of levels, 目前/前N批 counts, tonnage
classes with a bare or Chinese magnitude, qualified 亿 sizing projects, money nouns, Latin
tonnes before a per-day rate, 二个, percentage points without 个."""
import pytest

from pipeline.dims.amounts import AmountExtractor

from .rows import rows


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.mark.parametrize("text,expected", [
    # a session's number after 届 or before 全会 is no count; a count of meetings still is
    ("贯彻省委十二届三次、四次全会精神。", []),
    ("在县十八届人大二次会议、区九届人大四次会议上。", []),
    ("全年召开4次会议。", [("4次", "count", 4, None, "次", "exact", "count.unit")]),
    # N级 counts levels only right after them; elsewhere it grades what follows
    ("建立省、市、县三级协调机制。", [("三级", "count", 3, None, "级", "exact", "count.unit")]),
    ("推进“市—区—街道—社区”四级服务体系", [("四级", "count", 4, None, "级", "exact", "count.unit")]),
    ("年产一级菜籽油2万吨、三级菜籽油1万吨。", [
        ("2万吨", "measure", 20000000, None, "kg", "exact", "measure.unit"),
        ("1万吨", "measure", 10000000, None, "kg", "exact", "measure.unit")]),
    ("整治四级航道,形成三级物流网络。", []),
    # 目前 is "now", not a rank's 前; 前N批 counts batches; 前N名 stays a rank
    ("目前8个村已完成改造。", [("8个", "count", 8, None, "个", "exact", "count.unit")]),
    ("前三批集中开工项目已全部复工。", [("三批", "count", 3, None, "批", "exact", "count.unit")]),
    ("全省排名前5名。", []),
    # a tonnage class: 千吨级 holds 千吨; a bare 万 before 吨级 is no amount (round 30: the
    # tuning gold leaves 万吨级 out 4 of 4); 亿吨 before a word is a measure
    ("新建3个千吨级泊位和一座万吨级码头,打造亿吨大港。", [
        ("3个", "count", 3, None, "个", "exact", "count.unit"),
        ("千吨", "measure", 1000000, None, "kg", "exact", "measure.unit"),
        ("亿吨", "measure", 100000000000, None, "kg", "exact", "measure.unit")]),
    ("粮食 | 万吨 | 83.6", []),
    # a qualified bare 亿 sizing projects is money; a size class with 级 is nothing
    ("今年共有120个过亿项目开工。", [
        ("120个", "count", 120, None, "个", "exact", "count.unit"),
        ("过亿", "money", 100000000, None, "CNY", "over", "money.size_class")]),
    ("其中8个项目投资规模超百亿级。", [("8个", "count", 8, None, "个", "exact", "count.unit")]),
    # money nouns before a bare 亿
    ("全县筹资15亿,三季度投资规模6.2亿,公司进账1.5亿。", [
        ("15亿", "money", 1500000000, None, "CNY", "exact", "money.bare"),
        ("6.2亿", "money", 620000000, None, "CNY", "exact", "money.bare"),
        ("1.5亿", "money", 150000000, None, "CNY", "exact", "money.bare")]),
    # Latin tonnes before a per-day or per-year rate; a bare 5t is no amount
    ("焚烧线处理能力800t/d,年产10万t/a。", [
        ("800t", "measure", 800000, None, "kg", "exact", "measure.rate_latin"),
        ("10万t", "measure", 100000000, None, "kg", "exact", "measure.rate_latin")]),
    ("载重5t的货车", []),
    # 二 before 个 counts two; before a grade word it stays a grade
    ("新增二个停车场,属二类地区。", [("二个", "count", 2, None, "个", "exact", "count.unit")]),
    # a range of counts with the measure word written twice is one mention
    ("年接待游客80万人次至100万人次。", [
        ("80万人次至100万人次", "count", 800000, 1000000, "人次", "exact", "count.unit")]),
    # pages and livestock by head are counted; 群众 is no count of 群
    ("长达三百多页的报告,解决1.2万头只牲畜饮水,惠及20万群众。", [
        ("三百多页", "count", 300, None, "页", "over", "count.unit"),
        ("1.2万头只", "count", 12000, None, "头只", "exact", "count.unit"),
        ("20万", "count", 200000, None, "", "exact", "count.bare")]),
    # a bare number alone on its line is a page widget's counter
    ("论坛\n  3万\n  主题\n阅读量达1230万", [
        ("1230万", "count", 12300000, None, "", "exact", "count.bare")]),
    # percentage points without 个 after an Arabic number
    ("占比提高0.8百分点。", [("0.8百分点", "percent", 0.8, None, "pp", "exact", "percent.points_bare")]),
])
def test_round21_classes(ex, text, expected):
    got = rows(ex, text)
    assert [(t, k, v, vm, u, q, r) for t, k, v, vm, u, q, r in got] == [
        (t, k, pytest.approx(v), vm, u, q, r) for t, k, v, vm, u, q, r in expected]


@pytest.mark.parametrize("text,expected", [
    # round 22: 所 counts schools and hospitals, never towns or ports: a Chinese numeral
    # with 所 before a place head opens a name (八所镇, 九所港), as 八角寨 does
    ("调研组来到九所镇,货轮驶离八所港。", []),
    ("新建两所乡镇卫生院。", [("两所", "count", 2, None, "所", "exact", "count.unit")]),
    ("建成三座港口、两个港区。", [("三座", "count", 3, None, "座", "exact", "count.unit"),
                            ("两个", "count", 2, None, "个", "exact", "count.unit")]),
])
def test_round22_numeral_opening_a_town_name(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    # round 22: a qualifier before the number outranks an inner 多 (params.qualifier_order)
    ("引进果树近80多种。", [("近80多种", "count", 80, None, "种", "approx", "count.unit")]),
    ("新增林地约6万多亩。", [("约6万多亩", "area", 400000000 / 10, None, "m2", "approx", "area.unit")]),
    # one qualifier: as before
    ("种植60多种。", [("60多种", "count", 60, None, "种", "over", "count.unit")]),
    ("栽种约60种。", [("约60种", "count", 60, None, "种", "approx", "count.unit")]),
])
def test_round22_qualifier_before_the_number_wins(ex, text, expected):
    assert rows(ex, text) == expected
