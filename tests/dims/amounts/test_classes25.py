"""Amount classes of round 23 (issue 11, branch datamt24; invented texts): with
``quoted_label_reach`` set, a Chinese count opening a short quotation is a set label, no count
(shipped off: the seed gold counts them); a lone 一角 is "a corner of", no money."""
import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.rules import RuleSet

from ..rulecopy import rules_with
from .rows import short_spans as spans


@pytest.fixture(scope="module")
def ex(rules):
    return AmountExtractor(rules)


@pytest.fixture(scope="module")
def ex_labels(tmp_path_factory):
    root = rules_with(tmp_path_factory.mktemp("labels"), "amounts.yaml",
                      "quoted_label_reach: 0", "quoted_label_reach: 8")
    return AmountExtractor(RuleSet.load(root))


@pytest.mark.parametrize("text,expected", [
    # quoted labels of a policy: no count
    ("全县上下落实“两个坚持”，推进“五项工程”，建成“三个基地”。", []),
    # the quotes hold only a magnitude the count counts: it counts
    ("全省经济总量连跨“两个万亿”台阶", [(9, 11, "两个", "count", 2, "个")]),
    ("实现‘两个百万千瓦级’目标", [(3, 5, "两个", "count", 2, "个"), (5, 9, "百万千瓦", "measure", 1000000000, "W")]),
    ("落实“千项万亿”工程", []),
    # a quoted sentence that opens with a count: it counts
    ("村主任说：“三个村都通了自来水，”", [(6, 8, "三个", "count", 3, "个")]),
    # unquoted counts as before
    ("全县实施五项工程，新建三个基地。", [(4, 6, "五项", "count", 5, "项"), (11, 13, "三个", "count", 3, "个")]),
])
def test_quoted_labels(ex_labels, text, expected):
    assert spans(ex_labels, text) == expected


def test_quoted_labels_count_as_shipped(ex):
    # the shipped rules (quoted_label_reach: 0) count them, as the seed gold does
    assert spans(ex, "全县上下落实“两个坚持”，推进“五项工程”。") == [
        (7, 9, "两个", "count", 2, "个"), (16, 18, "五项", "count", 5, "项")]


@pytest.mark.parametrize("text,expected", [
    ("图为新建展厅一角\n3月5日，记者来到现场。", []),
    ("某物流园区仓库一角。", []),
    # a sum of money with jiao still reads
    ("每张门票降价三角，另一种一角五分。", [(6, 8, "三角", "money", 0.3, "CNY"), (12, 16, "一角五分", "money", 0.15, "CNY")]),
    ("售价一元一角", [(2, 6, "一元一角", "money", 1.1, "CNY")]),
])
def test_yijiao_corner(ex, text, expected):
    assert spans(ex, text) == expected
