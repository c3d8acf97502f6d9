"""Fact linking by error class, round 31 wave 1 (issue 13, branch facts37; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The class
cases fail at main 99d8b83; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # unit_relations VA: a substation's apparent power is linked, as capacity
    ('va_capacity', '今年浙江省新建变电站12座，新增变电容量260万千伏安。',
     [('12座', 'count', None, '浙江省'), ('260万千伏安', 'capacity', None, '浙江省')]),
    # respective_subject_max: the places of the clause before pair with 分别's amounts after a short subject
    ('respective_after_subject', '排在前两位的是沛县和睢宁县，棉花总产分别为9.5万吨和8.1万吨。',
     [('9.5万吨', 'output', None, '沛县'), ('8.1万吨', 'output', None, '睢宁县')]),
    # comparison_growth_pattern: a change on a compared level of a measure reads growth
    ('comparison_growth', '去年沛县棉花总产量为9万吨，比2019年增加1.2万吨。',
     [('9万吨', 'output', None, '沛县'), ('1.2万吨', 'growth', None, '沛县')]),
    ('comparison_growth_since', '截至去年底，宿迁市高速公路通车里程达520公里，较“十三五”末增加86公里。',
     [('520公里', 'other', '宿迁市高速公路', '宿迁市'), ('86公里', 'growth', '宿迁市高速公路', '宿迁市')]),
    # held: a bare 增加 of a measure stays unread as a change (库容增加: the capacity added)
    ('bare_increase_held', '扩容工程完成后，沛县小湖水库库容增加300万立方米。',
     [('300万立方米', 'capacity', '沛县小湖水库', '沛县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts37(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
