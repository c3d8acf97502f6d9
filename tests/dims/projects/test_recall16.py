"""Projects: recall, round 16 (issue 11; docs/DECISIONS.md "Round 16: project recall"): each
test is one class of gold name no rule proposed before, on invented sentences, with the rules
alone (tests/conftest.py switches the span model off for tests/dims)."""
from __future__ import annotations

import pytest

from pipeline.extract import Pipeline


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    return [(m.start, m.end, m.text, m.fields.get("name"), m.fields.get("category"))
            for m in Pipeline.load().extract_text(text)["projects"]]


def names(text: str) -> list[str]:
    return [t for _s, _e, t, _n, _c in spans(text)]


def cut(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every project span: the reader of the round files test_projects27-34."""
    return [(s, e, t) for s, e, t, _n, _c in spans(text)]


@pytest.mark.parametrize("text, expected", [
    # a strategy of the general list is no counted label: the count is of its projects
    ("海南自贸港180个建设项目集中开工。", [(0, 5, "海南自贸港", "海南自贸港", "program")]),
    # 一带一路 and 厕所革命 name their strategy and campaign without a word after them
    ("积极参与一带一路建设。", [(4, 8, "一带一路", "一带一路", "program")]),
    ("全县厕所革命基本完成。", [(2, 6, "厕所革命", "厕所革命", "program")]),
    ("在长三角区域一体化发展的背景下。", [(1, 11, "长三角区域一体化发展", "长三角区域一体化发展", "program")]),
])
def test_listed_strategies(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全面实施围封转移战略,积极转变生产方式。", [(4, 10, "围封转移战略", "围封转移战略", "program")]),
    # round 24 (projseed24): a quoted label before 战略 is no project, as the seed gold reads it
    ("认真实施“四争攻坚”发展战略,全力以赴。", []),
    ("对于贯彻落实长江经济带绿色发展战略,带动产业。",
     [(6, 17, "长江经济带绿色发展战略", "长江经济带绿色发展战略", "program")]),
])
def test_governed_strategies(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "主动融入服务重大国家战略,助推发展。",
    "持续实施“三个做优做强”重大战略,至2025年。",
    "深化与甘肃全面战略合作关系。",
    "实施“一村一策”战略。",
    "认真贯彻这一战略。",
])
def test_governed_strategy_vetoes(text):
    assert names(text) == []


def test_a_layout_space_before_the_count_of_a_list():
    # …金牛(枢纽) 9处互通式立交: the space is no part of the last item, the count still equals the items
    got = names("全线设星河南(枢纽)、青禾湖、白岭、金牛(枢纽) 4处互通式立交。")
    assert got == ["星河南(枢纽)", "青禾湖", "白岭", "金牛(枢纽)"]


@pytest.mark.parametrize("text, expected", [
    # a company's trade name and trade, beside a named item (trade_items)
    ("推进星洲印染、豪钢锻造、华岳实业等项目竣工投产。", ["星洲印染", "豪钢锻造", "华岳实业"]),
    # common words before the trade are a field, no company (汽车|制造, 电子|材料)
    ("推进汽车制造、电子材料等项目建设。", []),
])
def test_items_named_after_their_company(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("投资1.2亿元; 9.星河至青禾,二级公路改建项目,全长22公里;",
     [(11, 16, "星河至青禾", "星河至青禾", "infrastructure")]),
    # a city written in full before the first end is where the road lies
    ("投资5.9亿元; 8.禾岭市星河至青禾,二级公路改建项目,",
     [(14, 19, "星河至青禾", "星河至青禾", "infrastructure")]),
    # no road class after it: a numbered route is no work
    ("投资1.2亿元; 9.星河至青禾,全长22公里。", []),
])
def test_numbered_route_items(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("珠海将全面推动港珠澳协同发展,联动港澳。", [(7, 14, "港珠澳协同发展", "港珠澳协同发展", "program")]),
    # common words, a longer word's tail and a count of regions name no region
    ("全面推进城乡一体化。", []),
    ("推进山水林田湖草一体化保护。", []),
    ("报道沿黄九省一体化。", []),
    ("推动产业上下游协同发展。", []),
])
def test_strategies_named_by_their_regions(text, expected):
    assert spans(text) == expected
