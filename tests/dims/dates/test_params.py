"""Thresholds of the date extractor are `params:` of rules/dates.yaml, read at load."""
from pathlib import Path

import pytest

from pipeline.dims.dates import DateExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleError, RuleSet

from ..rulecopy import rules_with as copy_with

RULES = Path(__file__).resolve().parents[3] / "rules"


def rules_with(tmp_path, old, new):
    return copy_with(tmp_path, "dates.yaml", old, new)


def found(root, text):
    ex = DateExtractor(RuleSet.load(root))
    doc = Document("t", "t", text=text, publish_date="2024-05-01")
    return [(m.text, m.fields["value"]) for m in ex.extract(Context(doc, [], mentions={}))]


def test_the_rule_file_gives_the_thresholds():
    assert DateExtractor(RuleSet.load(RULES)).ana_year_reach == 200


def test_ana_year_reach_decides(tmp_path):
    # 当年 alone names the year the text named last, only within ana_year_reach characters
    text = "2019年，他来到这里。" + "那里风景很好。" * 3 + "当年他只有二十岁。"
    assert found(RULES, text) == [("2019年", "2019"), ("当年", "2019")]
    assert found(rules_with(tmp_path, "ana_year_reach: 200", "ana_year_reach: 10"), text) == [("2019年", "2019")]


def test_a_param_of_the_wrong_type_is_an_error(tmp_path):
    with pytest.raises(RuleError, match=r"dates\.yaml:\d+: params\.ana_year_reach must be int"):
        DateExtractor(RuleSet.load(rules_with(tmp_path, "ana_year_reach: 200", "ana_year_reach: far")))



def test_lookback_marks_decide(tmp_path):
    # 自2016年以来 looks back from the bulletin's year: 上年 and 全年 after it keep counting
    # from the text's own day (12月13日, published 2024-05-01: 2023), not from 2016
    text = "12月13日，统计局发布数据。结束了自2016年以来持续下降的趋势，总产量比上年增加，全年增产。"
    assert found(RULES, text) == [("12月13日", "2023-12-13"), ("2016年", "2016"),
                                  ("上年", "2022"), ("全年", "2023")]
    assert found(rules_with(tmp_path, "lookback_marks: [以来, 同期]", "lookback_marks: []"), text) == [
        ("12月13日", "2023-12-13"), ("2016年", "2016"), ("上年", "2015"), ("全年", "2016")]


def test_week_in_days_decides(tmp_path):
    # SPEC §4 writes durations in years, months, days and hours: a week is seven days
    text = "工期一个星期，再用两到三周。上周开会。"
    assert found(RULES, text) == [("一个星期", "P7D"), ("两到三周", "P14D/P21D"), ("上周", "2024-W17")]
    assert found(rules_with(tmp_path, "week_in_days: true", "week_in_days: false"), text) == [
        ("一个星期", "P1W"), ("两到三周", "P2W/P3W"), ("上周", "2024-W17")]


def test_a_lookback_year_opening_a_text_is_its_year(ex_rules=RULES):
    # with nothing named before it, 2025年以来 is the year the text talks about
    ex = DateExtractor(RuleSet.load(ex_rules))
    doc = Document("t", "t", text="2025年以来，全市推进项目建设。一季度开工项目399项，6月30日前完工。")
    assert [(m.text, m.fields["value"]) for m in ex.extract(Context(doc, [], mentions={}))] == [
        ("2025年", "2025"), ("一季度", "2025-Q1"), ("6月30日", "2025-06-30")]
