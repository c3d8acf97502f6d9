"""Places round 26, branch places33 (issue 11; docs/DECISIONS.md, "Round 26 (places33)"):
the feature a document is about, named by repetition. The sentences are made up."""
from .rows import extractor_with, rows

HERITAGE = "青杏寨遗址公园开园。市民来到遗址参观，青杏寨遗址保护完好。青杏寨遗址今年接待游客。"
LAKE = "桃枝沟的整治工程开工。治理后，桃枝沟工程完工，桃枝沟联合运行。"


def test_a_toponym_written_three_times_is_the_feature_the_text_is_about(px):
    assert rows(px, HERITAGE) == [(0, 3, "青杏寨", "place.feature", "青杏寨", "area"),
                                  (19, 22, "青杏寨", "place.feature", "青杏寨", "area"),
                                  (29, 32, "青杏寨", "place.feature", "青杏寨", "area")]
    assert rows(px, LAKE) == [(0, 3, "桃枝沟", "place.feature", "桃枝沟", "area"),
                              (15, 18, "桃枝沟", "place.feature", "桃枝沟", "area"),
                              (23, 26, "桃枝沟", "place.feature", "桃枝沟", "area")]


def test_the_repetition_is_a_param(tmp_path):
    off = extractor_with(tmp_path, "toponym_recur_min_times: 3", "toponym_recur_min_times: 0")
    assert rows(off, HERITAGE) == []
    assert rows(off, LAKE) == []


def test_once_twice_or_never_at_a_clean_edge_is_no_evidence(px):
    assert rows(px, "。桃枝沟工程开工。") == []
    assert rows(px, "桃枝沟工程开工。治理后，桃枝沟工程完工。") == []
    assert rows(px, "推进治桃枝沟工程,完成治桃枝沟工程,治桃枝沟工程完工。") == []  # always glued (治|桃枝沟)


def test_a_one_character_verb_opening_the_name_is_no_name(px):
    assert rows(px, "这次泡温泉很舒服。大家都去泡温泉,不泡温泉不算来过。") == []


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


def test_a_person_named_like_a_mountain_does_not_recur_into_a_place(px):
    text = "局长柳青峰说，今年开工。柳青峰介绍了项目。会上，柳青峰强调安全。"
    assert all(r[3] != "place.feature" for r in rows(px, text))
