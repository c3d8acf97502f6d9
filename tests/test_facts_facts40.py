"""Fact linking by error class, round 33 wave 1 (issue 13, branch facts40; rules/facts/linking.yaml): exact facts
on sentences written for the test — (amount, relation, project name, place name) of every fact of the text. The
class cases fail at main 75ed500; the held cases pass either way."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # place_count_before_owned + topic_project_over_counted_places: a list of places closed by a count of places
    # says whom the subject serves; the figures after the count stay the topic project's (the count itself: no row)
    ('served_list_keeps_topic', '青松水库工程建成后，将解决沛县、丰县、睢宁县3个县4.2万人的饮水问题和6万亩农田的灌溉问题。',
     [('4.2万人', 'count', '青松水库工程', None), ('6万亩', 'area', '青松水库工程', None)]),
    ('served_list_after_other_clause', '青松水库工程全长12公里，建成后将解决东海、灌云、灌南3个县4.2万人的饮水问题。',
     [('12公里', 'other', '青松水库工程', None), ('4.2万人', 'count', '青松水库工程', None)]),
    ('served_list_two_char_noun', '青松水库建成后，有效解决了沛县、丰县、睢宁县3个县区2.1万人的饮水问题。',
     [('2.1万人', 'count', '青松水库', None)]),
    # held: a count right after a place-class noun with no count before it still counts places (示范县1个)
    ('place_count_before_held', '沛县今年新增省级示范村12个，总投资3亿元。', [('3亿元', 'investment', None, '沛县')]),
    # respective_carry_clause: the clause after a respective pairing goes on pairing its own amounts of the kind
    ('respective_carried', '从区域看，沛县、丰县拟开工项目分别为39个和24个，总投资为129亿元和208亿元。',
     [('39个', 'count', None, '沛县'), ('24个', 'count', None, '丰县'),
      ('129亿元', 'investment', None, '沛县'), ('208亿元', 'investment', None, '丰县')]),
    # held: a lone total after the pairing is no item of it
    ('respective_carried_total_held', '沛县、丰县投资分别为39亿元和24亿元，总投资为129亿元。',
     [('39亿元', 'investment', None, '沛县'), ('24亿元', 'investment', None, '丰县')]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts40(pipeline, name, text, want):
    assert _facts(pipeline, text) == want
