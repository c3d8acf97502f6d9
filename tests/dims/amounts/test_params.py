"""Thresholds of the amount extractor are `params:` of rules/amounts.yaml, read at load."""
from pathlib import Path

import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleError, RuleSet

from ..rulecopy import rules_with as copy_with

RULES = Path(__file__).resolve().parents[3] / "rules"


def rules_with(tmp_path, old, new):
    return copy_with(tmp_path, "amounts.yaml", old, new)


def found(root, text):
    ex = AmountExtractor(RuleSet.load(root))
    doc = Document("t", "t", text=text)
    return [(m.text, m.fields["value"], m.fields["qualifier"]) for m in ex.extract(Context(doc, [], mentions={}))]


def test_the_rule_file_gives_the_thresholds():
    ex = AmountExtractor(RuleSet.load(RULES))
    assert (ex.match_window, ex.segment_window, ex.word_freq, ex.list_item_reach) == (200, 6, 20, 24)


@pytest.mark.parametrize("old, new, text, before, after", [
    # 签约 is a dictionary word above qualifier_word_freq: its 约 is no qualifier
    ("qualifier_word_freq: 20", "qualifier_word_freq: 100000", "双方签约3个项目",
     [("3个", 3, "exact")], [("约3个", 3, "approx")]),
    # the items of a list share the last one's unit only within list_item_reach
    ("list_item_reach: 24", "list_item_reach: 2", "分别为1200、1000、500万元",
     [("1200", 12000000, "exact"), ("1000", 10000000, "exact"), ("500万元", 5000000, "exact")],
     [("500万元", 5000000, "exact")]),
    # a match may not reach past match_window characters from its start
    ("match_window: 200", "match_window: 5", "投资12345678.5万元",
     [("12345678.5万元", 123456785000, "exact")], []),
])
def test_a_param_decides(tmp_path, old, new, text, before, after):
    assert found(RULES, text) == before
    assert found(rules_with(tmp_path, old, new), text) == after


def test_a_param_of_the_wrong_type_is_an_error(tmp_path):
    with pytest.raises(RuleError, match=r"amounts\.yaml:\d+: params\.match_window must be int"):
        AmountExtractor(RuleSet.load(rules_with(tmp_path, "match_window: 200", "match_window: far")))
