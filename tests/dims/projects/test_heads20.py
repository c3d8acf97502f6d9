"""Projects, round 20 (issue 11; docs/DECISIONS.md "Round 20: heads of kinds of works"): kinds
of works the head lexicons lacked -- a place's trunk road network (骨干路网), themed streets,
theme parks and leisure cities (乐园, 海洋世界, 娱乐城, quoted XX世界), makerspaces and innovation
clusters (众创空间, 集聚空间, quoted XX空间) -- and the bare words that stay no head (路网,
空间, 世界 unquoted). The rules alone: tests/conftest.py switches the span model off here."""
from __future__ import annotations

import pytest

from tests.dims.projects.test_recall16 import names, spans  # noqa: F401 (the same two readers)


@pytest.mark.parametrize("text, expected", [
    ("标志着滨海新区对外骨干路网进入全面建设阶段。",
     [(3, 13, "滨海新区对外骨干路网", "滨海新区对外骨干路网", "infrastructure")]),
    ("青禾市科技创新生态集聚空间揭牌成立。",
     [(0, 13, "青禾市科技创新生态集聚空间", "青禾市科技创新生态集聚空间", "park")]),
    ("“鹿鸣空间”入选上海品牌。",
     [(1, 5, "鹿鸣空间", "鹿鸣空间", "park")]),
    ("包括“海洋世界”“文化娱乐城”等一批文化建设项目。",
     [(3, 7, "海洋世界", "海洋世界", "facility"), (9, 14, "文化娱乐城", "文化娱乐城", "facility")]),
    ("总投资3亿元的鹿鸣湖水上乐园开工建设。",
     [(7, 14, "鹿鸣湖水上乐园", "鹿鸣湖水上乐园", "facility")]),
])
def test_a_named_work_of_a_new_kind_is_a_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "全市交通路网不断完善,高速公路网覆盖所有县区。",
    "分布式光伏发展打开空间,企业拓展更大空间。",
    "公司提供信息存储空间和现代创意办公空间。",
    "中国企业正在走向世界。",
    "周末带孩子去星河动物园游玩。",
])
def test_a_bare_kind_or_a_visit_is_no_name(text):
    assert names(text) == []
