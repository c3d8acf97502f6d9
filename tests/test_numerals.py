"""parse_number: every numeral form of issue 3, and the shared numeral macros."""
import json
import math
from pathlib import Path

import pytest
import regex

from pipeline.numerals import parse_number
from pipeline.rules import RuleSet

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, value", [
    ("63.5", 63.5), ("6243.43", 6243.43), ("1,200", 1200), ("１，２００", 1200),
    ("６３．５", 63.5), ("0", 0), (".5", 0.5), ("-3", -3), ("负1.1", -1.1),
    ("三千万", 30_000_000), ("一点二亿", 120_000_000), ("二十", 20), ("两亿", 200_000_000),
    ("千", 1000), ("百万", 1_000_000), ("壹仟贰佰", 1200), ("肆佰陸拾", 460),
    ("1.5万", 15000), ("10多万", 100_000), ("63.5亿", 6_350_000_000), ("4.78万亿", 4.78e12),
    ("3万4000", 34000), ("5亿1万4千6百", 500_014_600), ("1.2 万", 12000),
    ("二百五", 250), ("一万三", 13000), ("千三", 1300), ("萬九", 19000), ("百二萬", 1_200_000),
    ("五亿零六", 500_000_006), ("一百零一万一千", 1_011_000), ("十万柒仟捌佰伍拾肆", 107_854),
    ("四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", 4569831148725382),
    ("二〇三五", 2035), ("卅三", 33), ("廿", 20),
    ("四分之一", 0.25), ("百分之五十", 0.5), ("3又一千分之23", 3.023), ("3/5", 0.6),
    ("1 3/5", 1.6), ("一个半", 1.5), ("一半", 0.5), ("半百", 50), ("五打", 60), ("一对", 2),
    ("2e5", 200_000), ("40k", 40_000), ("2^5", 32),
])
def test_parse_number_values(text, value):
    got = parse_number(text)
    assert got is not None and math.isclose(got, value, rel_tol=1e-12), (text, got)


def test_integral_values_are_ints():
    assert parse_number("63.5亿") == 6350000000 and isinstance(parse_number("63.5亿"), int)
    assert isinstance(parse_number("44.77"), float)


@pytest.mark.parametrize("text", ["", "   ", "万", "百千万", "二三十", "十百", "abc", "1+7", "人民币", "一两", "三五",
                                  "9" * 400])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_conformance_number_suite_passes():
    path = ROOT.parent / "shared" / "conformance" / "number.jsonl"
    if not path.exists():
        pytest.skip("shared conformance cases not present")
    items = [i for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
             for c in [json.loads(line)] if c["expected"] and all(i["kind"] == "number" for i in c["expected"])
             for i in c["expected"]]
    good = sum(1 for i in items if (v := parse_number(i["text"])) is not None
               and math.isclose(v, i["value"], rel_tol=1e-6, abs_tol=1e-9))
    assert good / len(items) >= 0.95


@pytest.fixture(scope="module")
def num_regex(tmp_path_factory):
    root = tmp_path_factory.mktemp("rules")
    (root / "lexicons").mkdir()
    (root / "numerals.yaml").write_text((ROOT / "rules" / "numerals.yaml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    rs = RuleSet.load(root)
    return regex.compile("{}(?:{})".format(rs.macro("NUM_LEFT"), rs.macro("NUM")))


@pytest.mark.parametrize("text, found", [
    ("安排资金63.5亿元", ["63.5亿"]), ("1,200万元", ["1,200万"]), ("６３．５亿元", ["６３．５亿"]),
    ("三千万元", ["三千万"]), ("10多万观众", ["10多万"]), ("1.2 万个", ["1.2 万"]),
    ("第38位", []), ("72亿余元", ["72亿"]),
])
def test_num_macro_spans(num_regex, text, found):
    assert [m.group() for m in num_regex.finditer(text)] == found
