"""Places round 22, branch places27 (issue 11; docs/DECISIONS.md, "Round 22: places, runs of
nested names written together"): SPEC §5, a run of nested names written together is one
mention. Each case fails with the step switched off. The sentences are made up."""
from .rows import extractor_with, rows

_ON = "run_join_levels: [province, city, county, town]"
_OFF = "run_join_levels: []"


def test_a_town_and_its_village_written_together_are_one_mention(px):
    text = "连平县组织大湖镇湖东开展技能培训。"
    assert rows(px, text) == [
        (0, 3, "连平县", "place.full", "连平县", "county"),
        (5, 10, "大湖镇湖东", "place.chain", "湖东村", "village")]


def test_a_town_before_the_village_list_it_holds_stays_apart(px):
    # run_join_not_before: the village opens a 、-list, the town is where every item lies
    text = "连平县组织大湖镇湖东、湖西等村开展技能培训。"
    assert rows(px, text) == [
        (0, 3, "连平县", "place.full", "连平县", "county"),
        (5, 8, "大湖镇", "place.town", "大湖镇", "town"),
        (8, 10, "湖东", "place.village", "湖东村", "village"),
        (11, 13, "湖西", "place.village", "湖西村", "village")]


def test_a_province_and_a_town_short_form_two_levels_down_stay_apart(px, tmp_path):
    # a province + a town's short form (a company named after the town) is no run
    text = "东阳市横店镇举行签约，浙江横店影视公司参加。"
    want = [(0, 6, "东阳市横店镇", "place.chain", "横店镇", "town"),
            (11, 13, "浙江", "place.short", "浙江省", "province"),
            (13, 15, "横店", "place.town_short", "横店镇", "town")]
    assert rows(px, text) == want
    deep = extractor_with(tmp_path, "run_join_max_depth: 2", "run_join_max_depth: 3")
    assert rows(deep, text) == [want[0], (11, 15, "浙江横店", "place.chain", "横店镇", "town")]

