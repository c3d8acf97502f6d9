"""Projects, round 18 (issue 11; docs/DECISIONS.md "Round 18: projects"): water-works heads,
a count in 项 closing a list, the writer's own division before a list, a firm's quoted short
name, a rank before a head (the rules alone: tests/conftest.py switches the span model off for
tests/dims), and the document-context features of the span model."""
from __future__ import annotations

import regex
import pytest

from pipeline.dims.projects.crf_features import Featurizer, TEMPLATES, strings
from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text, expected", [
    # embankments and ship locks of the water-works registers (project_heads_infrastructure.txt, nu)
    ("加固工程完成后,工人们正在为加固的青禾湖大堤植草皮。", (17, 22, "青禾湖大堤", "青禾湖大堤", "infrastructure")),
    ("今年将开工建设青禾湖东湖围堤,长14公里。", (7, 14, "青禾湖东湖围堤", "青禾湖东湖围堤", "infrastructure")),
    ("星河船闸扩建工程今年开工建设。", (0, 8, "星河船闸扩建工程", "星河船闸扩建工程", "infrastructure")),
])
def test_water_works_heads(text, expected):
    assert expected in spans(text)


def test_no_embankment_without_a_name():
    assert names("新建承泄区围堤3条,总长21公里。") == []


def test_a_count_in_xiang_closes_a_list():
    # project.list_counted: 项 counts works as 个/座/条 do, where it equals the items; 我区 before
    # the first item is where the list stands (params.self_place_chars, items.py)
    text = "支持我区星河扩灌扬水更新改造、青禾流域城乡供水、鹿鸣都市圈东线供水3项重大水利工程建设。"
    assert spans(text) == [(4, 14, "星河扩灌扬水更新改造", "星河扩灌扬水更新改造", "program"),
                           (15, 23, "青禾流域城乡供水", "青禾流域城乡供水", "program"),
                           (24, 33, "鹿鸣都市圈东线供水", "鹿鸣都市圈东线供水", "program")]


def test_a_count_in_xiang_must_equal_the_items():
    assert names("完成防汛、供水3项工程。") == []


def test_a_firms_quoted_short_name_is_no_project():
    # project.quoted params.org_alias_before
    text = "山东省港口集团(简称“山东港口”)分别在青岛、日照举行年度总结会。山东港口运营良好。"
    assert names(text) == []


def test_a_projects_quoted_short_name_still_is():
    text = "星河高教科创园(以下简称“星河园”)正式开园。"
    assert "星河园" in names(text)


@pytest.mark.parametrize("text", [
    "把青禾港规划为中国“南方第二大港”。",
    "将进一步提速世界级海洋港口群建设。",
])
def test_a_rank_before_a_head_names_nothing(text):
    # params.rank_modifier
    assert not any("第二大" in n or "世界级" in n for n in names(text))


class _Seg:
    """A segmenter of one-character words (the context features do not read words)."""
    tags: dict = {}

    def cut(self, s, a, hmm=True, fast=True):
        return [(c, a + k, a + k + 1) for k, c in enumerate(s)]


def _ctx(text, rules=(), refused=(), recur=True, count=None):
    f = Featurizer({"工程": "program"}, ["开工"], _Seg(), recur_features=recur,
                   count_close=regex.compile(count) if count else None)
    sents, keys = f.document(text, list(rules), [], every=True, refused=list(refused))
    feats = [x for ks in keys for x in strings(ks)]
    return [[s for s in fs if s.startswith(("rec=", "cnt"))] for fs in feats]


def test_recurrence_feature_marks_a_mention_written_again():
    text = "星河大桥开工。星河大桥很长。青禾路通车。"
    got = _ctx(text, rules=[(0, 4, "project.head.infrastructure"), (14, 17, "project.head.infrastructure")])
    assert got[0] == ["rec=r"] and got[3] == ["rec=r"]   # 星河大桥 recurs
    assert got[14] == []                                   # 青禾路 does not
    assert "rec=" in TEMPLATES and "cnt" in TEMPLATES


def test_recurrence_feature_marks_a_refused_candidate():
    got = _ctx("建设星河闸。星河闸完工。", refused=[(2, 5, "left walk")])
    assert got[2] == ["rec=x"] and got[1] == []


def test_count_feature_marks_a_counted_lists_clause():
    got = _ctx("今年,星河、青禾2项工程开工。", recur=False, count=r"[0-9]+项[^，。]{0,10}?工程")
    assert got[3] == ["cnt"] and got[7] == ["cnt"]   # 星 … 禾: the clause before the count
    assert got[0] == [] and got[8] == []             # before the clause; the count itself


def test_context_features_off_give_none():
    got = _ctx("星河大桥开工。星河大桥很长。", rules=[(0, 4, "x")], recur=False)
    assert all(fs == [] for fs in got)
