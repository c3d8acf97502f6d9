"""Fact linking by error class, round 23 (issue 13, branch facts25; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each class was chosen by
leaving annotators out: the newest fact sets (tune14–17, written under the current docs/ANNOTATING.md) read it one way
consistently. Each case names the key it exercises and fails with that key at its old value; the held cases pass either
way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # sentence_place_later_clauses 0: a place in a clause after the amount's is neither the amount's clause's place nor
    # the sentence's subject's (SPEC §8): no row
    ('later_place_object', '其中，市级重点项目500个，这些项目将有力推动湖州制造业转型升级。', []),
    ('later_place_verb_object', '在疫情期间每天有800吨货物从这里运出，让企业更加坚定了扎根德清县发展的信心。', []),
    ('later_place_river', '运河建成后，每年平均输水12亿立方米，既可满足沿岸用水，又对钱塘江下游生态改善具有重要意义。', []),
    # held: a place before the amount, in an earlier clause, is still the sentence's one place
    ('earlier_place_held', '去年，老旧小区改造列入绍兴市政府民生实事，全年共计推进80个城镇老旧小区改造。',
     [('80个', 'count', None, '绍兴市')]),
    # held: a headline's second half is one statement with the first (sentence_place_headline_halves)
    ('headline_half_held', '总投资120亿元 衢州市30个重点项目集中开工',
     [('120亿元', 'investment', None, '衢州市'), ('30个', 'count', None, '衢州市')]),
    # capacity cues 设计年发电量: what a plant is designed to generate a year is its scale
    ('design_generation', '龙游抽水蓄能电站总投资80亿元，总装机容量120万千瓦，设计年发电量约9.6亿千瓦时。',
     [('80亿元', 'investment', '龙游抽水蓄能电站', None), ('120万千瓦', 'capacity', '龙游抽水蓄能电站', None),
      ('约9.6亿千瓦时', 'capacity', '龙游抽水蓄能电站', None)]),
    # held: the energy generated in a year stays output
    ('generated_held', '2023年，衢州市全年发电量达120亿千瓦时。', [('120亿千瓦时', 'output', None, '衢州市')]),
    # capacity cues 年生产: as 年产, what a works is built to make a year; the place opening the company's name is its
    # origin, no place of the project
    ('yearly_make', '由浙江某食品公司投资3亿元建设的饲料加工项目，竣工后可年生产30万吨饲料和2万吨添加剂。',
     [('3亿元', 'investment', '饲料加工项目', None), ('30万吨', 'capacity', '饲料加工项目', None),
      ('2万吨', 'capacity', '饲料加工项目', None)]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round23(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
