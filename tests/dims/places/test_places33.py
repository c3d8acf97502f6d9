"""Places round 26, branch places33 (issue 11; docs/DECISIONS.md, "Round 26 (places33)"):
a division written by its common nickname. The sentences are made up. (The branch's
recurrence evidence was reverted on places33b: on the round's gate it read a generic
phrase with a feature ending, written five times, as a place.)"""
from .rows import rows


def test_a_nickname_is_its_division_where_the_document_names_it(px):
    assert rows(px, "黑龙江省召开大会，总书记视察龙江时提出要求。") == [
        (0, 4, "黑龙江省", "place.full", "黑龙江省", "province"),
        (14, 16, "龙江", "place.nickname", "黑龙江省", "province")]
    assert rows(px, "哈尔滨市新建风电场。冰城今年再开工一批项目。") == [
        (0, 4, "哈尔滨市", "place.full", "哈尔滨市", "city"),
        (10, 12, "冰城", "place.nickname", "哈尔滨市", "city")]


def test_a_division_under_it_names_the_province_too(px):
    assert rows(px, "哈尔滨市道里区召开大会，总书记视察龙江时提出要求。") == [
        (0, 7, "哈尔滨市道里区", "place.chain", "道里区", "county"),
        (17, 19, "龙江", "place.nickname", "黑龙江省", "province")]


def test_no_nickname_reading_where_the_division_is_not_named(px):
    assert rows(px, "冰城今年再开工一批项目。") == []
    assert all(r[3] != "place.nickname" for r in rows(px, "广东省推进建设，总书记视察龙江时提出要求。"))
