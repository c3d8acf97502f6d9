"""Fact linking by error class, round 11 (issue 13; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each class has a
case that fails without the key its comment names (11 of the 16 fail at 14eff1b); the other 5 (two_cities_first,
scale_of_fund, plant_in_base_segment, base_beside_base, cue_before_wins) guard the bounds and pass there too."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # name_place_tiebreak after_area: a site named right after the river it stands on is the project's place
    ('site_after_river', '金沙江白鹤滩水电站总投资1700亿元。',
     [('1700亿元', 'investment', '金沙江白鹤滩水电站', '白鹤滩')]),
    ('site_after_river_both_named', '黄河小浪底水利枢纽总投资347亿元，是黄河干流上的控制性工程。',
     [('347亿元', 'investment', '黄河小浪底水利枢纽', '小浪底')]),
    # ... not between two cities, neither of them an area (the first stays)
    ('two_cities_first', '西安咸阳国际机场三期扩建工程总投资476亿元。',
     [('476亿元', 'investment', '西安咸阳国际机场三期扩建工程', '西安市')]),
    # cue_heads_of_modifier: 规模 right after 总投资 is the investment's scale (read left to right the cues are 总投资 +
    # 规模, and 规模 alone is a fund's size); a fund's 规模 stays funding
    ('scale_of_investment', '今年衢州市开工重大项目120个，总投资规模860亿元。',
     [('120个', 'count', None, '衢州市'), ('860亿元', 'investment', None, '衢州市')]),
    ('scale_of_fund', '衢州市设立总规模30亿元的产业基金。',
     [('30亿元', 'funding', None, '衢州市')]),
    # container_project_heads: a plant with no place of its own stands in the base its sentence names after it
    ('plant_in_base', '国电投100MW光伏电站日前全面并网，成为阳泉领跑者基地首个并网的电站。',
     [('100MW', 'capacity', '国电投100MW光伏电站', '阳泉市')]),
    # ... within its semicolons (the next segment's base is another)
    ('plant_in_base_segment', '国电投100MW光伏电站日前全面并网；芮城领跑者基地也已开工。',
     [('100MW', 'capacity', '国电投100MW光伏电站', None)]),
    # ... and a base beside a base is a neighbour, not inside it
    ('base_beside_base', '国电投光伏基地装机100MW，成为阳泉领跑者基地首个并网的基地。',
     [('100MW', 'capacity', '国电投光伏基地', None)]),
    # destination_cues: the place the subject sends people into is not where its count is
    ('destination_into', '江苏省今年已派出三批援疆工作队进入克州。',
     [('三批', 'count', None, '江苏省')]),
    ('destination_towards', '常州市已选派两批专家前往阿勒泰市。',
     [('两批', 'count', None, '常州市')]),
    # programme_verbs + 以: what the subject is built around (以P为核心) is its reference, not what its figures are of
    ('yi_as_core', '该项目是以葛店南站为核心的综合交通枢纽工程，共设置1200个停车位。', []),
    # ignore_place_names: a continent is a yardstick like a country, never where a fact is
    ('continent_in_event_name', '博鳌亚洲论坛年会期间共举办4场招商活动。', []),
    ('continent_superlative', '亚洲最大的单体光伏电站日前建成，装机200万千瓦。', []),
    # cue_after_noun_heads: a sum before a short noun ending in a money noun is that money; a cue before it still wins
    ('sum_before_fund_noun', '连州市今年将把1000万元对口帮扶资金安排到村。',
     [('1000万元', 'funding', None, '连州市')]),
    ('sum_before_fund', '衢州市设立3亿元的产业引导基金。',
     [('3亿元', 'funding', None, '衢州市')]),
    ('cue_before_wins', '衢州市投资3亿元建设村级资金互助社。',
     [('3亿元', 'investment', None, '衢州市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round11(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
