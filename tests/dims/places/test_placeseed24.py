"""Places round 24, branch placeseed24 (issue 11; docs/DECISIONS.md, "Round 24: places by the seed
gold's conventions"): classes the tuning gold split, read as the seed gold (the hidden sets'
annotator) marks them. The first test fails at main ea67ffa (the ideology's name was in
place_blocklist.txt); the others pin readings the rules already had. The sentences are made up."""
from .rows import rows

CN = ("中国", "place.country", "中国", "country")


def _cut(got):
    return [(r[0], r[1]) + tuple(r[2:]) for r in got]


def test_the_country_inside_the_ideologys_name(px):
    text = "全县党员干部认真领会中国特色社会主义思想精髓。"
    assert rows(px, text) == [(10, 12) + CN]
    # and in the zone's name, as before
    assert rows(px, "某市对标中国特色社会主义示范城市。") == [(4, 6) + CN]


def test_the_country_in_a_phrase_and_an_outlets_name(px):
    assert rows(px, "奋力书写中国式现代化的县域答卷。") == [(4, 6) + CN]
    assert rows(px, "来源：中国新闻网 编辑：某某") == [(3, 5) + CN]


def test_a_region_naming_an_outlet(px):
    assert rows(px, "本文来源：齐鲁网 责任编辑：某某") == [(5, 7, "齐鲁", "place.region", "齐鲁", "region")]
    assert rows(px, "据华西都市报消息，该展会将于下月开幕。") == [(1, 3, "华西", "place.region", "华西", "region")]


def test_a_bare_compass_word_is_no_place(px):
    assert rows(px, "该片区位于县城东部，规划建设一座公园。") == []
    assert rows(px, "本文来源：西部新闻网 责任编辑：某某") == []


def test_a_region_written_with_diqu_is_the_region_alone(px):
    assert rows(px, "东北地区冬季供暖保障有力。") == [(0, 2, "东北", "place.region", "东北", "region")]
