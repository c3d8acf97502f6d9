"""AmountExtractor: spans, offsets and normalized columns of SPEC §3."""
import shutil
from pathlib import Path

import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.extract import Pipeline
from pipeline.model import Context, Document
from pipeline.rules import RuleError, RuleSet
from pipeline.ruletest import check_rule

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def rules():
    return RuleSet.load(ROOT / "rules")


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


def run(ex, text):
    ms = ex.extract(Context(doc=Document("t", "", text=text), sentences=[]))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def rows(ex, text):
    return [(m.text, m.fields["kind"], m.fields["value"], m.fields["value_max"], m.fields["unit"],
             m.fields["qualifier"]) for m in run(ex, text)]


@pytest.mark.parametrize("text, expected", [
    ("安排资金63.5亿元，", [("63.5亿元", "money", 6350000000, None, "CNY", "exact")]),
    ("共计６３．５亿元", [("６３．５亿元", "money", 6350000000, None, "CNY", "exact")]),
    ("合同1,200万元", [("1,200万元", "money", 12000000, None, "CNY", "exact")]),
    ("筹集三千万元", [("三千万元", "money", 30000000, None, "CNY", "exact")]),
    ("总投资一点二亿元", [("一点二亿元", "money", 120000000, None, "CNY", "exact")]),
    ("营收百万元以上的企业", [("百万元以上", "money", 1000000, None, "CNY", "over")]),
    ("完成投资72亿余元", [("72亿余元", "money", 7200000000, None, "CNY", "over")]),
    ("单个项目3至5亿元", [("3至5亿元", "money", 300000000, 500000000, "CNY", "exact")]),
    ("净流出1200亿美元", [("1200亿美元", "money", 120000000000, None, "USD", "exact")]),
    ("补贴不足1万元", [("不足1万元", "money", 10000, None, "CNY", "under")]),
    ("约22.9万平方米", [("约22.9万平方米", "area", 229000, None, "m2", "approx")]),
    ("改造近百万平方米", [("近百万平方米", "area", 1000000, None, "m2", "approx")]),
    ("占地20公顷", [("20公顷", "area", 200000, None, "m2", "exact")]),
    ("占比44.77%，", [("44.77%", "percent", 44.77, None, "%", "exact")]),
    ("增长5%左右", [("5%左右", "percent", 5, None, "%", "approx")]),
    ("利率5%—8%", [("5%—8%", "percent", 5, 8, "%", "exact")]),
    ("提高2.4个百分点", [("2.4个百分点", "percent", 2.4, None, "pp", "exact")]),
    ("约占四分之一", [("四分之一", "percent", 25, None, "%", "exact")]),
    ("增长三成", [("三成", "percent", 30, None, "%", "exact")]),
    ("全长5公里", [("5公里", "measure", 5000, None, "m", "exact")]),
    ("装机10万千瓦", [("10万千瓦", "measure", 100000000, None, "W", "exact")]),
    ("风电5兆瓦，", [("5兆瓦", "measure", 5000000, None, "W", "exact")]),
    ("吸引480余名", [("480余名", "count", 480, None, "名", "over")]),
    ("潮州4市对口", [("4市", "count", 4, None, "市", "exact")]),
    ("建设1.2 万个", [("1.2 万个", "count", 12000, None, "个", "exact")]),
    ("新建1-2 所学校", [("1-2 所", "count", 1, 2, "所", "exact")]),
    ("共有千架无人机", [("千架", "count", 1000, None, "架", "exact")]),
    ("吸引全国10多万观众", [("10多万", "count", 100000, None, "", "over")]),
    ("1200万元、1000万元、500万元", [("1200万元", "money", 12000000, None, "CNY", "exact"),
                                   ("1000万元", "money", 10000000, None, "CNY", "exact"),
                                   ("500万元", "money", 5000000, None, "CNY", "exact")]),
    ("占地约1200亩，", [("约1200亩", "area", 800000, None, "m2", "approx")]),
    ("新开工亿元以上项目", [("亿元以上", "money", 100000000, None, "CNY", "over")]),
    ("吸引万余名游客", [("万余名", "count", 10000, None, "名", "over")]),
    ("近万名志愿者", [("近万名", "count", 10000, None, "名", "approx")]),
    ("打造千亿级产业集群", []),  # a grade (千亿级 "of the hundred-billion class"), no amount
    ("两美元又三美分", [("两美元又三美分", "money", 2.03, None, "USD", "exact")]),
    ("五块六到五块七毛八", [("五块六到五块七毛八", "money", 5.6, 5.78, "CNY", "exact")]),
    ("下降2个多百分点", [("2个多百分点", "percent", 2, None, "pp", "over")]),
    ("全场打八折", [("八折", "percent", 80, None, "%", "exact")]),
    ("喝了二两白酒", [("二两", "measure", 0.1, None, "kg", "exact")]),
])
def test_amounts(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text", [
    "排名第38位", "世界500强", "地铁10号线", "5G基站", "1+7+11+X", "2.0版本", "电话0755-83456789",
    "粤ICP备12345678号", "三大主导产业", "十大行动计划", "引进一批企业", "举办一场活动", "持续3个月",
    "10分钟后", "李四人民币账户", "千家万户", "数千家企业", "若干个", "上万人", "用了两三个", "千方百计",
    "统一规划，进一步", "2024年8月", "百县千镇万村", "“两区”共建", "两区一中心",
    "十四届全国人大", "三次产业", "三伏天高温", "实现3位数增长", "2024届毕业生", "5亿年前", "一两个", "主变容量2×50兆乏",
    "三两天", "一元二次方程", "五角大楼", "千万不要", "附近", "q=30%25",
])
def test_not_amounts(ex, text):
    assert run(ex, text) == []


def test_three_blocks_are_not_money(ex):
    assert rows(ex, "用了3块砖") == [("3块", "count", 3, None, "块", "exact")]
    assert rows(ex, "只花了3块。") == [("3块", "money", 3, None, "CNY", "exact")]


def test_qualifier_tail_of_word_is_trimmed(ex):
    assert rows(ex, "签约3个项目") == [("3个", "count", 3, None, "个", "exact")]


def test_offsets_index_the_original_text(ex):
    text = "前文\n\n全年投资６３．５亿元，增长5%。"
    ms = run(ex, text)
    assert [(m.start, m.end) for m in ms] == [(8, 14), (17, 19)]


def test_rule_examples(rules):
    pipe = Pipeline(rules, tables=("amounts",))
    fails = [str(f) for r in rules.rules("amounts") for f in check_rule(pipe, r)]
    assert fails == []


def test_unknown_normalizer_is_a_rule_error(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    path = tmp_path / "rules" / "amounts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("normalize: cheng", "normalize: chengg"),
                    encoding="utf-8")
    with pytest.raises(RuleError, match="unknown normalizer"):
        AmountExtractor(RuleSet.load(tmp_path / "rules"))


def test_list_items_share_the_last_unit(ex):
    assert rows(ex, "分别为5亿和7.5亿元") == [("5亿", "money", 500000000, None, "CNY", "exact"),
                                          ("7.5亿元", "money", 750000000, None, "CNY", "exact")]
    assert rows(ex, "获得1200、1000、500万元") == [("1200", "money", 12000000, None, "CNY", "exact"),
                                               ("1000", "money", 10000000, None, "CNY", "exact"),
                                               ("500万元", "money", 5000000, None, "CNY", "exact")]
    assert rows(ex, "面积分别为30和50亩") == [("30", "area", 20000, None, "m2", "exact"),
                                         ("50亩", "area", 33333.3333333, None, "m2", "exact")]
    # no list: an ordinal, a year, a place name before the separator
    assert rows(ex, "第1、2名") == [("2名", "count", 2, None, "名", "exact")]
    assert rows(ex, "2023年和5个") == [("5个", "count", 5, None, "个", "exact")]


@pytest.mark.parametrize("text,expected", [
    # a low end with its own unit keeps its own magnitude
    ("亩均收益8000元至1.2万元，", [("8000元至1.2万元", "money", 8000, 12000, "CNY", "exact")]),
    ("收益8000至1.2万元", [("8000至1.2万元", "money", 8000, 12000, "CNY", "exact")]),
    ("单个项目3至5亿元", [("3至5亿元", "money", 300000000, 500000000, "CNY", "exact")]),
    # container units after 万
    ("集装箱吞吐量完成450万标箱，", [("450万标箱", "count", 4500000, None, "标箱", "exact")]),
    ("吞吐量30万TEU", [("30万TEU", "count", 300000, None, "TEU", "exact")]),
    # bounds: a lower bound is over, an upper bound under
    ("签约金额不低于500亿元。", [("不低于500亿元", "money", 50000000000, None, "CNY", "over")]),
    ("每年安排不少于10亿元", [("不少于10亿元", "money", 1000000000, None, "CNY", "over")]),
    ("新开工过亿元项目156个", [("过亿元", "money", 100000000, None, "CNY", "over"),
                             ("156个", "count", 156, None, "个", "exact")]),
    ("通过3个部门", [("3个", "count", 3, None, "个", "exact")]),
    # administrative nouns counted together
    ("来凤县4县市联手", [("4县市", "count", 4, None, "县市", "exact")]),
])
def test_round2_classes(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("资江漂流、八角寨景区", []),
    ("在三道堰镇、友爱镇建设", []),
    ("走过十里河滩", []),
    # a measure word before a name head counts the head
    ("全县三个村", [("三个", "count", 3, None, "个", "exact")]),
    ("推翻五座大山", [("五座", "count", 5, None, "座", "exact")]),
    ("新建三座桥", [("三座", "count", 3, None, "座", "exact")]),
    ("每斤八角，", [("八角", "money", 0.8, None, "CNY", "exact")]),
])
def test_numerals_opening_place_names(ex, text, expected):
    assert rows(ex, text) == expected


def test_count_before_a_time_numeral_is_no_set_label(ex):
    assert rows(ex, "协同发展区五市一季度共引进") == [("五市", "count", 5, None, "市", "exact")]
    assert rows(ex, "打造两区一中心") == []


@pytest.mark.parametrize("text,expected", [
    # 超 after 收入 (not the word 入超) stays a qualifier
    ("实现销售收入超3000万元，", [("超3000万元", "money", 30000000, None, "CNY", "over")]),
    ("签约3个项目", [("3个", "count", 3, None, "个", "exact")]),
    # 万亩 is ten thousand mu like 千亩; 数万亩 is vague
    ("依托万亩稻田景观", [("万亩", "area", 6666666.66667, None, "m2", "exact")]),
    ("数万亩稻田", []),
    # 一半 bounded by a qualifier
    ("宝塔区占比接近一半。", [("接近一半", "percent", 50, None, "%", "approx")]),
    ("一半的人", []),
    # a grade is not a count of levels
    ("全区新增三级医院8所。", [("8所", "count", 8, None, "所", "exact")]),
    ("通三级及以上公路的乡镇21个", [("21个", "count", 21, None, "个", "exact")]),
    ("区、街道、社区三级推进", [("三级", "count", 3, None, "级", "exact")]),
])
def test_unseen2_classes(ex, text, expected):
    got = rows(ex, text)
    assert [(r[:2] + (pytest.approx(r[2]),) + r[3:]) for r in got] == expected


@pytest.mark.parametrize("text,expected", [
    ("港幣三個一毫四", [("港幣三個一毫四", "money", 3.14, None, "HKD", "exact")]),
    ("港币三个账户", [("三个", "count", 3, None, "个", "exact")]),
    ("10日元5日本銭", [("10日元5日本銭", "money", 10.05, None, "JPY", "exact")]),
    ("只要5分钱", [("5分钱", "money", 0.05, None, "CNY", "exact")]),
    ("居民电价每千瓦时下调2分。", [("2分", "money", 0.02, None, "CNY", "exact")]),
    # elsewhere N分 is a score
    ("每题5分。", [("5分", "count", 5, None, "分", "exact")]),
    ("5分", [("5分", "count", 5, None, "分", "exact")]),
])
def test_cents_in_monetary_context(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("七成六的受访者", [("七成六", "percent", 76, None, "%", "exact")]),
    ("七成六左右", [("七成六左右", "percent", 76, None, "%", "approx")]),
    ("近七成一线城市", [("近七成", "percent", 70, None, "%", "approx")]),
    ("三成六个", [("三成", "percent", 30, None, "%", "exact"), ("六个", "count", 6, None, "个", "exact")]),
    ("每千米造价", []),
])
def test_tenths_of_cheng_and_unit_words(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("出口300箱", [("300箱", "count", 300, None, "箱", "exact")]),
    ("存栏10万羽", [("10万羽", "count", 100000, None, "羽", "exact")]),
    ("年发电量12太瓦时", [("12太瓦时", "measure", 12000000000000, None, "Wh", "exact")]),
    ("天然气15亿标方", [("15亿标方", "measure", 1500000000, None, "m3", "exact")]),
    ("实行一票否决", []),
    ("开展1对1帮扶", []),
])
def test_more_measure_words(ex, text, expected):
    assert rows(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("存款1万多亿元", [("1万多亿元", "money", 1000000000000, None, "CNY", "over")]),
    ("投资3千多万元", [("3千多万元", "money", 30000000, None, "CNY", "over")]),
    ("增长两成多。", [("两成多", "percent", 20, None, "%", "over")]),
])
def test_approximator_between_magnitudes(ex, text, expected):
    assert rows(ex, text) == expected


def test_spoken_hundred_millions_per_mille_points_and_signed_list_items():
    from pipeline.extract import Pipeline

    found = Pipeline.load().extract_text("投入40个亿,下降3.18个千分点,分别提高0.15、-5.64、1.34个百分点。")["amounts"]
    assert [(m.text, m.fields["value"], m.fields["unit"]) for m in found] == [
        ("40个亿", 4000000000, "CNY"), ("3.18个千分点", 3.18, "‰"),
        ("0.15", 0.15, "pp"), ("-5.64", -5.64, "pp"), ("1.34个百分点", 1.34, "pp")]


def test_a_measure_word_that_counts_no_such_thing_opens_a_name():
    from pipeline.extract import Pipeline

    found = Pipeline.load().extract_text("新建五眼桥农贸市场。修建三个村道路,两座桥。")["amounts"]
    assert [(m.text, m.fields["value"]) for m in found] == [("三个", 3), ("两座", 2)]


def test_a_qualifier_a_layout_space_apart_from_its_number_is_the_amounts():
    from pipeline.extract import Pipeline

    found = Pipeline.load().extract_text("小区建设规模约 1.32 万平方米,总投资约1.5亿元。")["amounts"]
    assert [(m.start, m.end, m.fields["value"], m.fields["qualifier"]) for m in found] == [
        (6, 17, 13200, "approx"), (21, 27, 150000000, "approx")]
