"""Fact linking by error class, round 33 wave 1 (issue 13, branch facts40; rules/facts/linking.yaml): exact facts
on sentences written for the test — (amount, relation, project name, place name) of every fact of the text."""
import pytest

from tests.test_facts_linking import _facts

CASES = [
    # topic_project_over_counted_places: places that only list whom the subject serves, closed by a count of
    # places, do not take the amounts after the count from the sentence's topic project
    ('served_list_keeps_topic', '青松水库建成后，将解决东坪、西坪、南坪3个乡镇4.2万人的饮水问题。',
     None),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_linking_class_facts40(pipeline, name, text, want):
    got = _facts(pipeline, text)
    print(got)
    assert want is None or got == want
