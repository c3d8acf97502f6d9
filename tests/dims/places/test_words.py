"""pipeline/dims/places/words.py: word boundaries and commonness from jieba's dictionary."""
from pathlib import Path

import pytest

from pipeline.dims.places import PlaceExtractor
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def px():
    return PlaceExtractor(RuleSet.load(RULES))


def test_boundaries_match_jieba_without_hmm(px):
    import jieba

    for w in ["推进与汕头、河源、汕尾、潮州4市对口", "种草坪山微博阅读量", "深汕特别合作区内的项目工地"]:
        px._tok_cache = {}
        mine = {x for s, e in px._tokens(w, 0, len(w)).items() for x in (s, e)}
        ref = {x for tok, s, e in jieba.tokenize(w, HMM=False) if tok.strip() and tok not in "、，" for x in (s, e)}
        assert ref <= mine | {0, len(w)}


def test_a_name_is_a_word_where_jieba_puts_boundaries_around_it(px):
    px._tok_cache, px._word_cache = {}, {}
    text = "沿海城市海城市"
    assert not px.is_word(text, 1, 4)  # 海城市 inside 沿海城市
    assert px.is_word(text, 4, 7)
    px._tok_cache, px._word_cache = {}, {}
    assert px.is_word("北京大学", 0, 2, prefix_ok=True) and not px.is_word("北京大学", 0, 2)


def test_commonness_follows_the_thresholds(px):
    assert px.commonness("资源") == 2  # a very common word: context alone is no evidence
    assert px.commonness("深圳") == 0
    assert px.common_freq == 300 and px.very_common_freq == 5000 and px.word_window == 5
