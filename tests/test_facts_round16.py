"""Fact linking by error class, round 16 (issue 13; rules/facts/linking.yaml): exact facts on sentences written for
the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key of the
rule file it exercises and fails with that key off (or the word it names taken out of its list)."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # respective_prev_clause: a clause opening with 分别 pairs its amounts with the places listed in the clause before;
    # the relation is the listing clause's, else that of an earlier such pairing in the sentence
    ('respective_prev_clause', '从各县看，开化、常山、江山投资额居前三，分别为30亿元、20亿元、10亿元，龙游、柯城次之，分别为8亿元、6亿元。',
     [('30亿元', 'investment', None, '开化县'), ('20亿元', 'investment', None, '常山县'),
      ('10亿元', 'investment', None, '江山市'), ('8亿元', 'investment', None, '龙游县'),
      ('6亿元', 'investment', None, '柯城区')]),
    # locator_cues after route_cues: where a route starts is no place of the subject nor of the sentence
    ('route_start_located', '该项目总投资为12亿元，全长30公里，路线起点位于衢州市柯城区石梁镇，止于龙游县。', []),
    # bound_after_count: a bound of things counted right after a count picks out what is counted, no figure of its own
    ('bound_after_count', '衢州市450个30户以上自然村、120个30户以下自然村通了自来水。',
     [('450个', 'count', None, '衢州市'), ('120个', 'count', None, '衢州市')]),
    # quoted_name_heads: a place opening a quoted name in 号 names a machine, no place
    ('quoted_machine_name', '目前正在进行“衢州号”盾构机掘进，已掘进至1500米。', []),
    # listed_items_place: a total over listed projects takes the place their names share
    ('listed_items_place', '柯城区石梁镇风景区项目开工。该项目总投资约9亿元，将建设石梁文化园、石梁体育基地、乡村商业街等5个项目。',
     [('5个', 'count', None, '石梁镇')]),
    # resource_cues: what a project draws on (依托) is no place the sentence is about
    ('resource_not_sentence_place', '据了解，根宫佛国景区建设总投资2亿元，项目依托千岛湖自然资源。',
     [('2亿元', 'investment', '根宫佛国景区', None)]),
    # programme_verbs 租用: the premises rented are not the topic project of the clauses after
    ('rented_premises', '据介绍，该公司租用衢州智造产业园标准化厂房1万平方米，主要建设电子设备、家电模块等生产线共6条。',
     [('1万平方米', 'area', '衢州智造产业园', '衢州市')]),
    # inside_project_units Wh: an energy in a project's name is the plant's scale
    ('wh_inside_name', '衢州市有10GWh锂电池项目、衢江航运工程等12个项目开工。',
     [('10GWh', 'capacity', '10GWh锂电池项目', '衢州市'), ('12个', 'count', None, '衢州市')]),
    # 日产 as 年产: a capacity cue
    ('daily_output_capacity', '投资10亿元的衢州新能源汽车生产项目目前日产汽车30余台。',
     [('10亿元', 'investment', '衢州新能源汽车生产项目', '衢州市'),
      ('30余台', 'capacity', '衢州新能源汽车生产项目', '衢州市')]),
    # list_intro_items_not_sentence_place: a place in an item after 包括 is no place the sentence is about
    ('item_place_after_intro', '民生类计划投资30亿元，主要包括幼儿园、学校、衢州天文馆等。', []),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round16(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
