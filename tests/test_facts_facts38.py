"""Fact linking by error class, round 31 wave 1 late (issue 13, branch facts38; rules/facts/linking.yaml): exact facts
on sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 1f41986; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # a lead decision: the volume a port handled in a period is its output (吞吐量, 货物吞吐量, 集装箱吞吐量)
    ('throughput_output', '今年前三季度，温州市港口累计完成货物吞吐量6200万吨，同比增长5.1%。',
     [('6200万吨', 'output', None, '温州市'), ('5.1%', 'growth', None, '温州市')]),
    ('container_throughput_output', '去年，嘉兴市港口集装箱吞吐量完成310万标箱。',
     [('310万标箱', 'output', None, '嘉兴市')]),
    # held: what a port is built to handle stays capacity, people passing through a count
    ('throughput_capacity_held', '扩建完成后，嘉兴市港口新增年吞吐能力800万吨。',
     [('800万吨', 'capacity', '嘉兴市港口', '嘉兴市')]),
    ('passenger_throughput_held', '去年，丽水市机场旅客吞吐量达到95万人次。',
     [('95万人次', 'count', '丽水市机场', '丽水市')]),
    # unit_relations m3/s: a flow a pumping station or a water works is designed for is its capacity
    ('flow_capacity', '新建的排涝泵站位于沛县，设计排涝流量为12.5立方米/秒。',
     [('12.5立方米/秒', 'capacity', None, '沛县')]),
    # category_count_classifiers: a count of big categories sorts the items listed, no fact; a bare 种 count stays one
    ('category_count_no_fact', '沛县今年谋划实施工业、农业、民生等五大类项目共36个，总投资52亿元。',
     [('36个', 'count', None, '沛县'), ('52亿元', 'investment', None, '沛县')]),
    ('category_then_kinds', '丰县的特色农产品有6大类80余种。',
     [('80余种', 'count', None, '丰县')]),
    # level_carry_kinds money: a sum after a level verb states another level of the sum before it (its cue taken there)
    ('level_carry_money', '2014年丰县茶叶产值首次突破10亿元，达到10.3亿元。',
     [('10亿元', 'output', None, '丰县'), ('10.3亿元', 'output', None, '丰县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts38(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
