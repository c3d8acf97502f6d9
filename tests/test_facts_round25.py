"""Fact linking by error class, round 25 (issue 13, branch facts27; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key
it exercises and fails with that key at its old value; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # investment cues 造价, 总造价, 工程造价: what the works cost to build
    ('build_cost', '桐乡市城南水厂工程造价为1.5亿元。', [('1.5亿元', 'investment', '桐乡市城南水厂', '桐乡市')]),
    # capacity cues 日处理, 年处理, 年加工, 年屠宰, 仓容: what a plant is built to process, slaughter or store
    ('process_daily', '德清县城北污水处理厂扩建工程总造价约3.2亿元，建成后日处理污水8万吨。',
     [('约3.2亿元', 'investment', '德清县城北污水处理厂扩建工程', '德清县'),
      ('8万吨', 'capacity', '德清县城北污水处理厂扩建工程', '德清县')]),
    ('process_yearly', '安吉县垃圾焚烧发电项目投资6亿元，年处理生活垃圾40万吨。',
     [('6亿元', 'investment', '安吉县垃圾焚烧发电项目', '安吉县'), ('40万吨', 'capacity', '安吉县垃圾焚烧发电项目', '安吉县')]),
    ('slaughter_and_process', '长兴县生猪屠宰加工项目建成后可年屠宰生猪50万头，年加工肉制品2万吨。',
     [('50万头', 'capacity', '长兴县生猪屠宰加工项目', '长兴县'), ('2万吨', 'capacity', '长兴县生猪屠宰加工项目', '长兴县')]),
    ('storage', '海宁市粮食仓储项目总仓容达到10万吨。', [('10万吨', 'capacity', '海宁市粮食仓储项目', '海宁市')]),
    # held: a sum after 年加工 is no capacity (the relation's kinds are measure and count)
    ('process_output_held', '长兴县食品加工项目投产后年加工产值达5亿元。', [('5亿元', 'output', '长兴县食品加工项目', '长兴县')]),
    # funding cues 授信, 融资, 奖励, 奖补: money lent, raised or awarded
    ('credit_line', '德清县某某新材料项目获得银行授信12亿元。', [('12亿元', 'funding', None, '德清县')]),
    ('award', '长兴县对引进的重大项目给予奖励500万元。', [('500万元', 'funding', None, '长兴县')]),
    # capacity cues 供水规模, 处理规模, 设计规模 (measures only): the scale a works is designed for
    ('supply_scale', '德清县某某水厂项目设计供水规模为每日10万吨。', [('10万吨', 'capacity', None, '德清县')]),
    # held: a sum after 规模 stays funding
    ('fund_scale_held', '长兴县设立产业引导基金，基金规模20亿元。', [('20亿元', 'funding', None, '长兴县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round25(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
