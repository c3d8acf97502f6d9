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


@pytest.mark.parametrize("text, expected", [
    # what stands before 的 in an item describes it (援建的, 内的): the item starts after it
    ("到去年末,星河援建的青禾县自来水厂扩建、县中学校舍、县医院门诊大楼等3个项目竣工。",
     ["青禾县自来水厂扩建", "县中学校舍", "县医院门诊大楼"]),
    # a capacity's digits inside an item are no earlier count: the list runs on past them
    ("星河县举行星岳20GW太阳能电池封装胶膜、禾达3.5GW高效光伏组件两个项目集中签约仪式。",
     ["星岳20GW太阳能电池封装胶膜", "禾达3.5GW高效光伏组件"]),
    # ... while an earlier count still ends the list (2个|…)
    ("新建2个公园和星河大道、青禾大道2条道路。", ["星河大道", "青禾大道"]),
    # a stop word coordinated with what follows it governs nothing (…改扩建|及管网改造)
    ("星河县开工了青禾水厂改扩建及管网改造、县中学校舍等2个项目。", ["青禾水厂改扩建及管网改造", "县中学校舍"]),
])
def test_item_edges(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each item of a list carries its own investment: each is a work invested in (SPEC §6)
    ("如总投资5.5亿元的星河集团肉鸡产业化项目、总投资2.7亿元的青禾华英肉鸡系列加工、总投资2.2亿元的三岳电源等。",
     ["星河集团肉鸡产业化项目", "青禾华英肉鸡系列加工", "三岳电源"]),
    # the next item's own amount ends an item (二港池及|投资约0.85亿元的…)
    ("包括投资约0.98亿元的星河港池及投资约0.85亿元的青禾航道疏浚工程。", ["星河港池", "青禾航道疏浚工程"]),
    # one investment alone, its name not closed by 、 or 等: the head rules' to find
    ("总投资11亿元的光伏生产基地作为龙头项目落户。", []),
    # a company after 与 is the next clause's subject, no item (only 及/和/与 right before the
    # next amount joins two items); each work is named from its own investment's 的
    # (project.invested, round 22: 禾丰设施农业产业园项目 whole, as the tuning gold names such works)
    ("星河公司计划投资30亿元的青禾精细化工产业园项目与星岳集团有限公司计划投资8.6亿元的禾丰设施农业产业园项目将陆续落户。",
     ["青禾精细化工产业园项目", "禾丰设施农业产业园项目"]),
    # an adverb makes the piece a clause, no name
    ("投资6000万元的工贸项目建成后将从事工艺品、日用品加工。", ["工贸项目"]),
])
def test_items_with_their_own_investment(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the count after 项目 (重大项目有11个,包括…): the items after 包括 are projects, 等 closes them
    ("集中开工的重大项目有11个,包括星河算力平台项目、白岳荣新能源汽车零部件成型项目等,涵盖科技等领域。",
     ["星河算力平台项目", "白岳荣新能源汽车零部件成型项目"]),
    # an undertaking cue between 项目 and 包括 (有5个项目竣工,包括…)
    ("有5个项目竣工,包括职业中专实训基地、星河板洞供水管网改造。", ["职业中专实训基地", "星河板洞供水管网改造"]),
    # 为 after a count of projects opens their list too
    ("交付使用的10个援建项目为禾岭县人民医院、新城区客运枢纽站等。", ["禾岭县人民医院", "新城区客运枢纽站"]),
    # not a count of kinds (617个重大项目中,包括…四个方面), nor 为 after a class with no count before it
    ("集中竣工的617个重大项目中,包括基础设施、产业发展、社会民生、生态环保四个方面。", []),
    ("其中风电项目为37个、光伏项目26个。", []),
])
def test_lists_after_baokuo_or_wei(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # long items without a proper word, beside an item that is a name, before 等…项目
    ("园区内的彩印纸箱包装制品生产、防水防腐材料异地技改、星岳瓦楞原纸、禾桦酒业乙酸乙酯生产等一批项目建设顺利推进。",
     ["彩印纸箱包装制品生产", "防水防腐材料异地技改", "星岳瓦楞原纸", "禾桦酒业乙酸乙酯生产"]),
    # ... and none of them without that name beside them
    ("园区内的彩印纸箱包装制品生产、防水防腐材料异地技改等一批项目建设顺利推进。", []),
    # ... not where no item names a work (fields a fund is spent on)
    ("将1000万元财政帮扶资金主要用于卫生、教育、文化旅游等项目上。", []),
    # ... nor a long first item whose opening nothing cut (代表们关心关注…: the clause's subject)
    ("代表们特别关心关注星河城区雨污管网建设、老旧小区改造等民生项目。", []),
    # ... nor parts joined by 及 (观光栈道及观景平台)
    ("拟重点建设禾岭入口服务区、观光栈道及观景平台等项目。", ["禾岭入口服务区"]),
    # a long item after 包括 in a counted list (半导体器件模组产业化)
    ("构建现代化产业体系行动19个项目,包括星河氧化铝智能化升级、半导体器件模组产业化、高标准农田改造提升等。",
     ["构建现代化产业体系行动", "星河氧化铝智能化升级", "半导体器件模组产业化", "高标准农田改造提升"]),
    # 及 joins the parts of one work in an uncounted list of works (joining_words)
    ("全力推进星岳旅游景区项目、禾岭口岸跨境旅游景区及文化旅游产业项目等重点项目建设。",
     ["星岳旅游景区项目", "禾岭口岸跨境旅游景区及文化旅游产业项目"]),
])
def test_long_items_and_joined_parts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a 、-list with two recognized names: the items next to them are names, at the ends too
    ("此外,星岳扩能二期、星河城区至青禾金龙高速、禾岭城际铁路、星遂城际铁路前期工作稳步推进。",
     ["星岳扩能二期", "星河城区至青禾金龙高速", "禾岭城际铁路", "星遂城际铁路"]),
    ("工程包括禾岭高铁通道星河段正线、禾岭高铁立折线、星禾至汉十联络线。",
     ["禾岭高铁通道星河段正线", "禾岭高铁立折线", "星禾至汉十联络线"]),
    # names that describe kinds make no list of works (传统商圈、低效产业园区)
    ("市级计划7项:老旧小区、老旧厂房、老旧楼宇、传统商圈、低效产业园区更新改造。", ["传统商圈", "低效产业园区"]),
])
def test_items_next_to_names_in_a_list(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 等 and a class of 工程 closes a list of works like 等…项目, and the list is no name of its own
    ("加快推进禾岭寺、金泉、沙陀湖等调蓄工程前期工作。", ["禾岭寺", "金泉", "沙陀湖"]),
    # ... but after 主要建设 such a list names the parts of the work the sentence is about
    ("星河水利枢纽二期工程总投资7亿元,主要建设坝体加高、禾岭表孔溢洪道等工程。", ["星河水利枢纽二期工程"]),
    # historic and cultural streets are a class of named works (等特色文化街区建设)
    ("加快推进星头古城、禾岭海上世界等特色文化街区建设。", ["星头古城", "禾岭海上世界"]),
])
def test_lists_closed_by_a_class_of_works(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # roads a new one meets, counted after 与 and before 相通, are landmarks (SPEC §6)
    ("星河外环高速公路建成通车,与包茂、银百、福银3条国家高速公路相通。", ["星河外环高速公路"]),
    # ... not roads counted without 与 before them (建成包茂、银百、福银3条高速公路)
    ("今年建成包茂、银百、福银3条高速公路。", ["包茂", "银百", "福银"]),
])
def test_counted_roads_a_work_meets(text, expected):
    assert names(text) == expected
