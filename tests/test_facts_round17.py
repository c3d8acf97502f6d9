"""Fact linking by error class, round 17 (issue 13; rules/facts/linking.yaml): exact facts on sentences written for
the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key or cue of the
rule file it exercises and fails with that cue taken out of its list."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # relations, investment of kind percent: the progress of the year's planned investment
    ('investment_progress', '今年1—7月，衢州市重大项目年度投资进度达64.9%。',
     [('64.9%', 'investment', None, '衢州市')]),
    ('share_of_planned_investment', '衢州市1至5月完成投资26.5亿元，占年度计划投资62.1%。',
     [('26.5亿元', 'investment', None, '衢州市'), ('62.1%', 'investment', None, '衢州市')]),
    # ... but a share of the plan alone stays a level
    ('share_of_plan_other', '衢州市1至5月完成投资26.5亿元，完成年度计划的62.1%。',
     [('26.5亿元', 'investment', None, '衢州市'), ('62.1%', 'other', None, '衢州市')]),
    # relations, investment: 概算 is the budgeted cost
    ('budget_estimate', '工程概算约72亿元的衢江航运工程开工。',
     [('约72亿元', 'investment', '衢江航运工程', None)]),
    # relations, funding: money handed down (下达)
    ('funds_handed_down', '衢州市下达8亿元建设3个公园。',
     [('8亿元', 'funding', None, '衢州市'), ('3个', 'count', None, '衢州市')]),
    # relations, capacity: what an airport is built to handle a year; a year's passengers counted stay a count
    ('airport_design_capacity', '衢州机场改扩建工程完工后，年旅客吞吐量将达到270万人次，年起降4万架次。',
     [('270万人次', 'capacity', '衢州机场改扩建工程', '衢州市'), ('4万架次', 'capacity', '衢州机场改扩建工程', '衢州市')]),
    ('passengers_counted', '衢州机场全年旅客吞吐量达到270万人次。',
     [('270万人次', 'count', '衢州机场', '衢州市')]),
    # relations, capacity of kind measure: water drawn a year; firms brought in (引入) stay a count
    ('water_drawn_a_year', '衢州市年引钱塘江水1.2亿立方米。',
     [('1.2亿立方米', 'capacity', None, '衢州市')]),
    ('firms_brought_in', '衢州市招商引入企业67家。',
     [('67家', 'count', None, '衢州市')]),
    # relations, growth of kind area: a change of an area; the level reached (扩大到) stays an area
    ('area_change', '衢州市植被面积增加47.3平方千米。',
     [('47.3平方千米', 'growth', None, '衢州市')]),
    ('area_level', '衢州市稻渔种养面积扩大到600公顷。',
     [('600公顷', 'area', None, '衢州市')]),
    # place_count_noun_compounds: 国家 opening 国家公园 counts parks, no countries
    ('count_of_national_parks', '青海省已建成3个国家公园。',
     [('3个', 'count', None, '青海省')]),
    ('count_of_countries', '衢州市与5个国家签订合作协议。', []),
    # direction_place_topic: the place given to (向) is the topic of the clauses after the giving one
    ('direction_place_topic', '近两年来，天津累计向甘肃投入财政帮扶资金32.24亿元，实施帮扶项目1766个，共选派专业技术人才超过2000人次。',
     [('32.24亿元', 'funding', None, '甘肃省'), ('1766个', 'count', None, '甘肃省'), ('超过2000人次', 'count', None, '甘肃省')]),
    # anaphor_skips_route_points: 该工程 is not a reservoir the route passes (经…)
    ('anaphor_skips_route_point', '衢江引水工程输水线路西起衢州市，经柯城区新建的石梁水库，向东至龙游县，该工程输水线路总长度113.2公里。',
     [('113.2公里', 'other', '衢江引水工程', '衢江区')]),
    # split_cues 已完成: the part of the plan before it done so far measures what the plan measures
    ('done_part_of_plan', '今年衢州市计划完成水利建设投资50亿元，目前已完成39亿元。',
     [('50亿元', 'investment', None, '衢州市'), ('39亿元', 'investment', None, '衢州市')]),
    # project_modifier_heads: a project before 骨干工程/控制性工程 modifies the project after it
    ('role_noun_between_projects', '衢州港骨干工程衢江航运工程建设全面提速，累计完成投资超15亿元。',
     [('超15亿元', 'investment', '衢江航运工程', '衢江区')]),
    # relations, output: a business's turnover (营业额)
    ('turnover_output', '衢州市会展中心预计明年运营，年营业额可达6.5亿元。',
     [('6.5亿元', 'output', '衢州市会展中心', '衢州市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round17(pipeline, name, text, want):
    assert _facts(pipeline, text) == want


def test_name_place_tiebreak_without_top_place(pipeline):
    """A project whose chosen place (三峡, an area) is none of its name's top places (中国 is): the tie-break has
    nothing to choose among and keeps the place chosen. It raised ``min() arg is an empty sequence`` and cost the
    document every fact (the run wrote an error row; found on a fresh set, round 17)."""
    from tests.test_facts_linking import _document

    text = '中国三峡玉门50万千瓦光热储能项目并网运行。'
    doc = _document("t", "<text>", text, "")
    pipeline.process(doc)
    assert (doc.status, doc.error) == ("ok", "")
    assert _facts(pipeline, text) == [('50万千瓦', 'capacity', '中国三峡玉门50万千瓦光热储能项目', '三峡')]
