"""Fact linking by error class, round 18 (issue 13; rules/facts/linking.yaml): exact facts on sentences written for
the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key or cue of the
rule file it exercises and fails with that key emptied."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # enumeration_colons: the semicolon inside what a colon enumerates keeps the project the colon's clause opens with
    ('enumeration_colon_scope', '宁波舟山港梅山港区二期工程主要建设内容为：疏浚航道46公里；新建船闸3座。',
     [('46公里', 'other', '宁波舟山港梅山港区二期工程', '梅山'), ('3座', 'count', '宁波舟山港梅山港区二期工程', '梅山')]),
    # ... without the colon, since round 22 (segment_subject_carries), a segment opening with no subject and naming nothing
    # goes on with the sentence's subject when its opening clause gives a figure after it (SPEC §8: the project the
    # sentence's subject names)
    ('semicolon_without_colon', '宁波舟山港梅山港区二期工程总投资20亿元，疏浚航道46公里；新建船闸3座，改造码头5个。',
     [('20亿元', 'investment', '宁波舟山港梅山港区二期工程', '梅山'), ('46公里', 'other', '宁波舟山港梅山港区二期工程', '梅山'),
      ('3座', 'count', '宁波舟山港梅山港区二期工程', '梅山'), ('5个', 'count', '宁波舟山港梅山港区二期工程', '梅山')]),
    # money_before_project_nouns: a sum with no cue right before a project noun is the projects' investment
    ('money_before_projects', '2022年衢州市18亿元电网建设项目全部开工。',
     [('18亿元', 'investment', None, '衢州市')]),
    ('money_range_before_projects', '衢州市本次开工总投资10亿元以上项目10个，5亿元至10亿元项目25个。',
     [('10亿元以上', 'investment', None, '衢州市'), ('10个', 'count', None, '衢州市'),
      ('5亿元至10亿元', 'investment', None, '衢州市'), ('25个', 'count', None, '衢州市')]),
    # ... not a bound written after a count: a level
    ('bound_before_projects_level', '衢州市落地200余个百万元以上产业项目。',
     [('200余个', 'count', None, '衢州市'), ('百万元以上', 'other', None, '衢州市')]),
    # relations, funding: the state budget's money allotted (预算内投资), and the parts of it after 其中
    ('budget_allotment_funding', '衢州市安排中央预算内投资15.7亿元，其中衢州机场改扩建工程6.7亿元。',
     [('15.7亿元', 'funding', None, '衢州市'), ('6.7亿元', 'funding', '衢州机场改扩建工程', '衢州市')]),
    # own_division_cues: how many divisions a place administers (辖…) is its figure, the counts after the first too
    ('own_divisions', '衢江区地处浙江省西部，区域面积1748平方公里，辖10个乡镇，283个行政村，总人口40万。',
     [('1748平方公里', 'area', None, '衢江区'), ('10个', 'count', None, '衢江区'), ('283个', 'count', None, '衢江区'),
      ('40万', 'count', None, '衢江区')]),
    # ... without the cue a count of towns still counts places: no fact
    ('count_of_towns', '衢江区地处浙江省西部，共有10个乡镇。', []),
    # water_source_cues: the river the water is drawn from is no place of the clause; the works stay its topic
    ('water_source_not_place', '衢州市引水工程建成后，年引钱塘江水1.2亿立方米。',
     [('1.2亿立方米', 'capacity', '衢州市引水工程', '衢州市')]),
    # ... nor the one place of its sentence (facts.place.sentence): the source ties nothing
    ('water_source_not_sentence_place', '按照规划，该工程将尽快实现全线开工建设，形成年引黄河水6.2亿立方米的能力。', []),
    # counted_thing_heads: a place right before a facility's head after a count names the things counted
    ('counted_facility_name', '“十四五”期间，衢州综合实力稳步增长，2条高铁、2座钱塘江大桥建成通车。',
     [('2条', 'count', None, '衢州市'), ('2座', 'count', None, '衢州市')]),
    # split_item_marks: after 其中, an unnamed part listed before the named ones is the whole's
    ('split_unnamed_part', '衢江航运工程全长75公里，其中主线69公里、衢州港支线6公里。',
     [('75公里', 'other', '衢江航运工程', '衢江区'), ('69公里', 'other', '衢江航运工程', '衢江区'),
      ('6公里', 'other', '衢州港支线', '衢州市')]),
    # located_list_no_place: located in a list of places (分别位于A、B、C等地) is no one place
    ('located_in_several', '另有五个百亿元以上项目，分别位于衢州、金华、丽水等地。', []),
    # ... one place after the cue still locates the figures
    ('located_in_one', '此次涉及改造项目24个，全部位于衢江区。', [('24个', 'count', None, '衢江区')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round18(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
