"""Fact linking by error class, round 22 wave 2 (issue 13, branch facts24; rules/facts/linking.yaml): exact facts on
sentences written for the test — (amount, relation, project name, place name) of every fact of the text. Each case names
the key of the rule file it exercises and fails with that key back at its old value; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # thing_tail_max 3: a place before a product of three characters and 、 is the product's origin, not the place the
    # segments after it speak of — they keep the sentence's subject
    ('product_origin', '2023年，丽水市粮食总产量达到52.6万吨；新认证绿色食品120个，遂昌黑木耳、缙云麻鸭获国家地理标志认证；'
                       '蔬菜例行监测合格率98.2%；认定省级特色农产品优势区6个。',
     [('52.6万吨', 'output', None, '丽水市'), ('120个', 'count', None, '丽水市'), ('98.2%', 'other', None, '丽水市'),
      ('6个', 'count', None, '丽水市')]),
    # thing_tail_not_openers: an ordinal batch after a place (浙江省第一批、第二批…) is no thing; the place stays the topic
    ('ordinal_batch', '截至目前，纳入浙江省第一批、第二批新能源建设方案项目27个，计划年内开工9个。',
     [('27个', 'count', None, '浙江省'), ('9个', 'count', None, '浙江省')]),
    # thing_tail_not_openers 委: a place before 委 and a title (衢州市委常委、) is no product's origin; the place stays the
    # sentence's
    ('committee_title', '据衢州市委常委、副市长介绍，本次集中开工项目涵盖三大类，其中产业类项目17个。',
     # (三大类: a count of categories, no fact since round 31: category_count_classifiers)
     [('17个', 'count', None, '衢州市')]),
    # inside_project_units 头/只: head of livestock in a farm project's name is its scale
    ('livestock_scale', '今年畜牧业重点抓好开化正邦50万头生猪、常山华康20万只肉羊等投资亿元以上项目建设。',
     [('50万头', 'capacity', '开化正邦50万头生猪', None), ('20万只', 'capacity', '常山华康20万只肉羊', None)]),
    # held: a count of head outside any project name stays a count
    ('livestock_count_held', '2023年衢州市生猪出栏120万头。', [('120万头', 'count', None, '衢州市')]),
    # direction_cues 为: a place after 为 is who gains from the project the segment names as its object before; the
    # figure keeps that project (the count after the county is its villages: held_division_counts)
    ('beneficiary_keeps_project', '衢州派驻开化的干部积极推进两地共建茶叶、中药材等项目；其中，共建高山云雾茶示范基地项目，'
                                  '为开化县32个村集体经济增收900多万元。',
     [('32个', 'count', None, '开化县'), ('900多万元', 'other', '高山云雾茶示范基地项目', '开化县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round22b(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
