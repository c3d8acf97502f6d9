"""Fact linking by error class, round 21 (issue 13, branch facts22; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key
or cue of the rule file it exercises and fails with that key emptied (or set false)."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # segment_project_fallback + project_subject_predicates 建设正酣/持续推进: a sum opening a semicolon segment is the
    # project that is the subject of a later clause of it
    ('segment_later_subject', '今年一季度，鹤山市新开工项目12个；总投资50亿元，鹤山市滨江公园持续推进。',
     [('12个', 'count', None, '鹤山市'), ('50亿元', 'investment', '鹤山市滨江公园', '鹤山市')]),
    # ... also in the sentence's first segment, by the predicate alone (project_subject_predicates 建设正酣)
    ('progress_predicate', '总投资50亿元，鹤山市滨江公园建设正酣。',
     [('50亿元', 'investment', '鹤山市滨江公园', '鹤山市')]),
    # object_join_verbs: a work the clause joins the subject to (接 opening the clause, a modifier between) is no topic
    ('joined_work_no_topic', '线路止于白马井镇，接已建成通车的海口绕城高速公路，全长约165公里。', []),
    # programme_opening_adverbs: 深入开展… opens a clause naming the subject's campaign, not a project of the figures
    ('programme_after_adverb', '五莲县深入开展项目招引建设“一号发展工程”，新签约总投资489亿元的招商项目62个。',
     [('489亿元', 'investment', None, '五莲县'), ('62个', 'count', None, '五莲县')]),
    # money_bound_before_project: a money bound before modifiers and a project noun, no count before it, is investment
    ('money_bound_projects', '今年，酒泉市集中开工亿元以上重大产业项目34个。',
     [('亿元以上', 'investment', None, '酒泉市'), ('34个', 'count', None, '酒泉市')]),
    # ... held: after a count it stays a level (the seeds' reading)
    ('money_bound_after_count', '去年，深圳市落地200余个百万元以上产业项目。',
     [('200余个', 'count', None, '深圳市'), ('百万元以上', 'other', None, '深圳市')]),
    # investment cue 招商: capital a place draws in
    ('zhaoshang_investment', '海西州昨日旅游招商27亿元。', [('27亿元', 'investment', None, '海西蒙古族藏族自治州')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round21(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
