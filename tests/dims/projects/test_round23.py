"""Projects, round 22 (issue 11; docs/DECISIONS.md "Round 22: projects, rules-alone errors of the
newest tuning sets by class", branch projects23): a work introduced by its own investment
and 的 is named up to its wrapper head (project.invested, invested.py); a level of designation
opening a phrase describes a kind of work (project_descriptive.txt), except after a zone's name
(params.zone_level_words) or before a long official name (params.level_named_min_chars); a five-year plan's period alone is no named plan
(project.head.program params.period_alone); ports listed and closed by their class count
operators (project.exclude.operating_list). The rules alone: tests/conftest.py switches the
span model off."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def test_a_work_introduced_by_its_investment_is_named_up_to_its_wrapper():
    text = "由星河集团投资8亿元建设的果汁和豆乳加工项目,建成后年产10万吨。"
    assert spans(text) == [(13, 22, "果汁和豆乳加工项目", "果汁和豆乳加工项目", "program")]


def test_a_numeral_inside_the_invested_name_stays_in_it():
    text = "投资5000万元的青山一号食品项目建成后将从事肉制品加工。"
    assert spans(text) == [(9, 17, "青山一号食品项目", "青山一号食品项目", "program")]


def test_an_invested_count_or_generic_class_or_clause_is_no_name():
    assert spans("总投资12亿元的六大项目同时开工。") == []
    assert spans("新签约总投资80亿元的招商项目31个。") == []
    assert spans("总投资11亿元的光伏生产基地作为龙头项目落户。") == []


def test_a_level_of_designation_opens_no_name():
    assert spans("全县认定省级现代农业产业园创建单位5个。") == []
    assert spans("依托国家级信息服务平台开展合作。") == []


def test_a_level_after_a_zones_name_is_part_of_the_parks_name():
    text = "青山开发区省级太阳能光伏产业园正式投产。"
    assert spans(text) == [(0, 15, "青山开发区省级太阳能光伏产业园", "青山开发区省级太阳能光伏产业园", "park")]


def test_a_plan_periods_label_alone_is_no_named_plan():
    assert spans("明年是完成“十四五”规划各项指标的冲刺之年。") == []
    text = "项目列入星河水电发展“十三五”规划。"
    assert spans(text) == [(4, 17, "星河水电发展“十三五”规划", "星河水电发展十三五规划", "program")]


def test_ports_listed_and_closed_by_their_class_are_operators_not_works():
    assert spans("去年,禾湾港、青屿港、星河港等港口生产均创历史新高。") == []
    # the list as works: the exclude does not apply where a project word follows the class
    got = spans("去年,禾湾港、青屿港等港口建设项目全面开工。")
    assert [s[2] for s in got] == ["禾湾港", "青屿港"]


def test_a_level_opening_a_long_official_name_is_its_first_word():
    text = "国家级海洋装备产业技术创新服务中心落户青山。"
    assert spans(text) == [(0, 17, "国家级海洋装备产业技术创新服务中心", "国家级海洋装备产业技术创新服务中心", "facility")]
