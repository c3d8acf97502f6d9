"""Places round 23, branch places28 (issue 11; docs/DECISIONS.md, "Round 23: places, register
villages by the document's context"): a register village in full is looked for under the
county of a town the document names, and (long names only) under the counties of a city it
names; a register village named as a kind of village is is no mention. Each case fails with
its param switched off. The sentences are made up."""
from .rows import extractor_with, rows


def test_a_village_in_full_after_a_chain_ending_in_its_town(px, tmp_path):
    # town_county: the chain resolves to the town; the town's county is named too
    text = "湖州市德清县莫干山镇推进乡村振兴。去年仙潭村新建了一批民宿。"
    want = [(0, 10, "湖州市德清县莫干山镇", "place.chain", "莫干山镇", "town"),
            (19, 22, "仙潭村", "place.village", "仙潭村", "village")]
    assert rows(px, text) == want
    off = extractor_with(tmp_path, "town_county: true", "town_county: false")
    assert rows(off, text) == want[:1]


def test_a_register_village_named_as_a_kind_of_village_is_the_word(px, tmp_path):
    # not_generic: 青河镇 of 平泉市 holds a register village named 中心村 ('central village');
    # a document naming another town of the county means the word
    text = "承德市平泉市杨树岭镇推进乡村建设，今年再建中心村两个。"
    want = [(0, 10, "承德市平泉市杨树岭镇", "place.chain", "杨树岭镇", "town")]
    assert rows(px, text) == want
    off = extractor_with(tmp_path, "not_generic: true", "not_generic: false")
    assert rows(off, text) == want + [(21, 24, "中心村", "place.village", "中心村", "village")]
    # ... and the village where the document names its own town
    assert rows(px, "承德市平泉市青河镇推进乡村建设，今年中心村新修了道路。") == [
        (0, 9, "承德市平泉市青河镇", "place.chain", "青河镇", "town"),
        (18, 21, "中心村", "place.village", "中心村", "village")]


def test_a_long_village_name_under_a_city_named_alone(px, tmp_path):
    # city_min_chars: only the city named; a village of four characters of one of its counties
    text = "朔州市推进生态修复工作。桑干河沈庄窝村段治理工程开工。"
    want = [(0, 3, "朔州市", "place.full", "朔州市", "city"),
            (12, 15, "桑干河", "place.area", "桑干河", "area"),
            (15, 19, "沈庄窝村", "place.village", "沈庄窝村", "village")]
    # on again (places29: looked up without an index, DECISIONS "Round 24: places")
    assert rows(px, text) == want
    off = extractor_with(tmp_path, "city_min_chars: 4", "city_min_chars: 0")
    assert rows(off, text) == want[:2]


def test_a_short_village_name_under_a_city_named_alone_is_not_looked_for(px):
    # city_min_chars: three characters are too few across a whole city (玉井村 of 山阴县)
    text = "朔州市推进生态修复工作。玉井村新建一座广场。"
    assert rows(px, text) == [(0, 3, "朔州市", "place.full", "朔州市", "city")]


def test_a_two_character_village_of_the_town_named(px, tmp_path):
    # town_two_chars: 何村 of 莫干山镇, which the document names
    text = "德清县莫干山镇推进乡村振兴。去年何村新建了一批民宿。"
    want = [(0, 7, "德清县莫干山镇", "place.chain", "莫干山镇", "town"),
            (16, 18, "何村", "place.village", "何村", "village")]
    assert rows(px, text) == want
    off = extractor_with(tmp_path, "town_two_chars: true", "town_two_chars: false")
    assert rows(off, text) == want[:1]
    # ... not under its county alone
    assert rows(px, "德清县推进乡村振兴。去年何村新建了一批民宿。") == [(0, 3, "德清县", "place.full", "德清县", "county")]
