"""Fact linking by error class, round 29 (issue 13, branch facts33; rules/facts/linking.yaml): exact facts on sentences
written for the test — (amount, relation, project name, place name) of every fact of the text. The class cases fail at
main 7f49283; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # thing_back_tail_words: places listed with their figures (某市N个、某市N个…) are no items of things, each its own
    ('places_with_figures', '全省新开工项目共计500个，其中，长沙市120个、株洲市80个、湘潭市66个、衡阳市54个、邵阳市31个。',
     [('120个', 'count', None, '长沙市'), ('80个', 'count', None, '株洲市'),
      ('66个', 'count', None, '湘潭市'), ('54个', 'count', None, '衡阳市'), ('31个', 'count', None, '邵阳市')]),
    # segment_place_carries: segments behind a semicolon that open with no subject go on listing the figures of the
    # place the sentence opens with
    ('place_across_semicolon', '昨日，来自湖北省文旅厅的统计表明，国庆期间，全省共接待游客2000万人次；旅游收入90亿元，同比增长20%。',
     [('2000万人次', 'count', None, '湖北省'), ('90亿元', 'output', None, '湖北省'), ('20%', 'growth', None, '湖北省')]),
    # held: the opening segment gives no figure of its place, so the semicolon ends it
    ('no_figure_no_carry', '目前，滨江大道东湖段已开工建设；共签约入驻企业6家，在谈9家。', []),
    # held: a place named in a later segment is no subject of the sentence
    ('later_segment_place', '全年粮食产量稳定在700亿斤；做大以宜昌为龙头的柑橘加工业，产值力争达到80亿元；力争培育龙头企业3家。',
     [('80亿元', 'output', None, '宜昌市')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_round29(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
