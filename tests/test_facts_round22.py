"""Fact linking by error class, round 22 (issue 13, branch facts23; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. Each case names the key
or cue of the rule file it exercises and fails with that key emptied (or set false); the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # equivalent_brackets + growth cue 比上年增加 for measures: an amount in brackets after one of its kind restates it
    ('bracket_restates', '今年衢州市粮食总产量为250.4万吨(50.08亿斤)，比上年增加3.2万吨(0.64亿斤)。',
     [('250.4万吨', 'output', None, '衢州市'), ('50.08亿斤', 'output', None, '衢州市'),
      ('3.2万吨', 'growth', None, '衢州市'), ('0.64亿斤', 'growth', None, '衢州市')]),
    # output cue 亩产 and growth of a weight on the year before
    ('yield_per_mu', '衢州市粮食平均亩产398.6公斤，比上年增加4.1公斤。',
     [('398.6公斤', 'output', None, '衢州市'), ('4.1公斤', 'growth', None, '衢州市')]),
    # held: a bare 增加 before a volume keeps the capacity cue before it
    ('bare_increase_held', '今年衢州市小型水库库容增加860万立方米。', [('860万立方米', 'capacity', None, '衢州市')]),
    # segment_subject_carries: segments opening with no subject list the figures of the project the sentence opens with
    ('segment_subject_carries', '衢州高新区实现工业总产值860亿元；完成固定资产投资120亿元，增长9%；外贸进出口总额15亿元。',
     [('860亿元', 'output', '衢州高新区', '衢州市'), ('120亿元', 'investment', '衢州高新区', '衢州市'),
      ('9%', 'growth', '衢州高新区', '衢州市'), ('15亿元', 'other', '衢州高新区', '衢州市')]),
    # held: a segment naming a place of its own is that place's
    ('segment_own_place_held', '衢州高新区实现工业总产值860亿元；开化县完成固定资产投资120亿元。',
     [('860亿元', 'output', '衢州高新区', '衢州市'), ('120亿元', 'investment', None, '开化县')]),
    # held: not when the opening segment's project has no figure after it in its clause (a plan issued, a list of
    # achievements follows), nor when the figure stands before it
    ('segment_no_figure_held', '衢州高新区建设方案正式出台；新增上市企业5家，总数达到20家。', []),
    ('segment_figure_before_held', '投资8亿元的开化县光伏发电项目已建成投产；二期正在试生产，达产后年产值可达6亿元。',
     [('8亿元', 'investment', '开化县光伏发电项目', '开化县')]),
    # cues 发电规模 (capacity, not 发电's output), 进账 (output)
    ('generation_scale', '开化县风电场建成后总发电规模将达12万千瓦时。', [('12万千瓦时', 'capacity', '开化县风电场', '开化县')]),
    ('revenue_taken', '衢州市去年旅游进账800亿元。', [('800亿元', 'output', None, '衢州市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round22(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
