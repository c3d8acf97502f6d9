"""Projects in lists, round 12 (issue 11; docs/DECISIONS.md "Projects: lists, round 12"):
each test is one class of list the rules now read, on invented sentences."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def names(text: str) -> list[str]:
    return [m.text for m in Pipeline.load().extract_text(text)["projects"]]


@pytest.mark.parametrize("text, expected", [
    # 项 counts works like 个 (等4项工程, 等40项重点项目)
    ("星河综合治理、青禾引水二期等2项工程建成达效。", ["星河综合治理", "青禾引水二期"]),
    # two or three class words between the count and 项目 are the class (农业产业重点)
    ("共谋划了百万肉鸭全产业链、青禾种业制种基地等21个农业产业重点项目。", ["百万肉鸭全产业链", "青禾种业制种基地"]),
    # ... but another noun there is what is counted: 6座…城市 counts cities, and 延吉 is no work
    ("加快星河、青禾干流堤防工程和延吉等6座重点城市防洪工程建设。", ["青禾干流堤防工程"]),
])
def test_counts_and_classes_closing_a_list(text, expected):
    assert names(text) == expected


def test_hotels_counted_by_jia_after_deng():
    """A count of 家 before a class of hotels (巨洋、凯晟等12家高星级酒店): each item is a
    hotel built (project.list_class, which took only vague counts such as 多家 before)."""
    assert names("旅游综合体建设快速推进,星岳、禾晟等12家高星级酒店建设有序推进。") == ["星岳", "禾晟"]
