"""Fact linking by error class, round 14 (issue 13; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each class has a
case that fails at 9404dec without the key its comment names; helper_with_no_helper, company_invests_in_topic and
place_after_reference_cue guard the bounds and pass there too."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # sentence_place_later_clauses: round 14 let the sentence's one place count wherever in its segment it stood; round 23
    # (facts25) sets 0 — a place in a clause after the amount's is neither its clause's nor the subject's (SPEC §8)
    ('place_clauses_later', '该项目总投资3亿元，建设工期两年，建成后将彻底解决吴忠市城区的用水问题。',
     []),
    # project_list_item_marks + 和: two projects joined by 和 are a list; a figure after them is a total over both —
    # neither the first item nor the last (the clause's object) is its project, and a place in an item is that item's
    ('total_over_two_projects', '衢州市此次开工的衢江航运工程和签约的龙游港区码头工程，一期已投入5亿元。',
     [('5亿元', 'funding', None, '衢州市')]),
    ('item_before_he', '加快衢江堤防工程和衢州等6座重点城市防洪工程建设。',
     [('6座', 'count', None, '衢州市')]),
    # project_count_classifiers: a count of projects is a count, whatever cue their noun holds (发电: output)
    ('count_of_projects', '衢州市共签订3个光伏发电项目投资协议和5个光伏发电项目框架协议。',
     [('3个', 'count', None, '衢州市'), ('5个', 'count', None, '衢州市')]),
    # helper_destination_cues (emptied in round 20: the fact gold reads the place helped, unseen60/66/75/76) ...
    ('helper_named', '江苏对口支援新疆年度资金总计5.57亿元。',
     [('5.57亿元', 'funding', None, '新疆维吾尔自治区')]),
    # ... when a helper is named before the cue; else it is the one place
    ('helper_with_no_helper', '对口支援木里县去年完成10个项目。',
     [('10个', 'count', None, '木里藏族自治县')]),
    # organisation_subjects: a segment that opens with a company has its own subject, the place before is not its topic
    ('company_segment', '上海市援建项目15个、援建资金4亿元；宝钢集团援建项目13个、援建资金2亿元。',
     [('15个', 'count', None, '上海市'), ('4亿元', 'funding', None, '上海市')]),
    # ... but the project named before stays its topic: the company invests in it
    ('company_invests_in_topic', '龙游石窟旅游景区开发签约仪式在衢州举行，浙江省旅游集团有限公司将投入20亿元。',
     [('20亿元', 'funding', '龙游石窟旅游景区', '龙游县')]),
    # reference_name_max: a place inside the name of the point a distance is measured from (no project we know) is
    # that point's, not where the figure is; a place right after 距 stays a yardstick as before
    ('place_in_reference_name', '光伏电站位于衢州市衢江区，距220kV柯城变电站约3000米。',
     [('约3000米', 'other', None, '衢江区')]),
    ('place_after_reference_cue', '项目位于衢州市柯城区，距衢州机场约5公里。',
     [('约5公里', 'other', None, '柯城区')]),
    # located_subject_topic: a clause saying where the subject is (位于 + a place, no amount) passes the project named
    # before it on to the clauses after it, and the place it locates wins over the coarser place of the project's name
    ('located_project_topic', '龙游水电站是浙江省重点工程，位于龙游县东华街道，电站总装机容量18万千瓦。',
     [('18万千瓦', 'capacity', '龙游水电站', '东华街道')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round14(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
