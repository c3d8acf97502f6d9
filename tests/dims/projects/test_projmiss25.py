"""Projects, round 25 (issue 11, projmiss25; docs/DECISIONS.md "Round 25 (projmiss25)"): gold
names no rule mention overlapped. Two classes fixed: a list closed by 等 and a longer qualifier
of the batch (等全县重点示范性项目, 等大批新兴产业项目) names each item a project; a name written
with its quoted part and a wrapper (“鹿鸣水城”项目) recurs by the quoted words where they stand
alone or quoted again. Invented text. The rules alone: tests/conftest.py switches the span
model off here."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text, expected", [
    ("推进青禾县鹿鸣精工、白岭星岳光电等全县重点示范性项目开工建设。",
     [(2, 9, "青禾县鹿鸣精工", "青禾县鹿鸣精工", "program"),
      (10, 16, "白岭星岳光电", "白岭星岳光电", "program")]),
])
def test_a_list_closed_by_a_longer_batch_qualifier_names_its_items(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "加快星河、青禾干流和鹿城等4处沿江城镇防洪工程建设",
    "推进泊位新建、航道拓宽浚深、堆场扩容等港口配套设施项目共9个",
])
def test_a_count_in_the_qualifier_or_a_total_after_it_is_no_uncounted_list(text):
    assert not any(s[2] in ("鹿城", "航道拓宽浚深", "堆场扩容") for s in spans(text))


def test_a_quoted_core_recurs_alone_and_quoted():
    text = "投资2亿元的“鹿鸣水城”项目开工。本报讯 “鹿鸣水城”将建成旅游综合体。鹿鸣水城位于江边。"
    assert spans(text) == [
        (6, 14, "“鹿鸣水城”项目", "鹿鸣水城项目", "program"),
        (22, 26, "鹿鸣水城", "鹿鸣水城", "program"),
        (36, 40, "鹿鸣水城", "鹿鸣水城", "program"),
    ]


def test_a_batch_label_does_not_recur():
    assert "开工一批" not in names("今年“开工一批”项目17个已全部开工。开工一批、投产一批。")
