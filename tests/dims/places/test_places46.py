"""Places round 32, branch places46 (issue 11; docs/DECISIONS.md, "Round 32 (places46)"): a
county's short form that the evidence rule had turned down although the document names its
province and the province holds exactly one division of the name. The sentences are made up."""
from .rows import named


def test_a_lone_particle_before_a_place_word_of_the_named_province(px):
    # 了 stands alone before 准格尔 (ns): no end of an unknown name (province_lone_front_tags)
    text = "内蒙古自治区发改委介绍，今年开工了准格尔电厂四期。"
    assert (17, 20, "准格尔", "准格尔旗", "county", "150622") in named(px, text)


def test_a_road_number_before_a_proper_name_of_the_named_province(px):
    text = "新疆今年改建G315线民丰段公路。"
    assert (11, 13, "民丰", "民丰县", "county", "653227") in named(px, text)


def test_an_untagged_county_after_a_company_short_name(px):
    text = "甘肃省新能源基地里，中国能建阿克塞光热项目投产。"
    assert (14, 17, "阿克塞", "阿克塞哈萨克族自治县", "county", "620924") in named(px, text)


def test_a_verb_after_a_lone_character_keeps_the_check(px):
    # 冬|修水|利: jieba tags 修水 a verb; 修水县 lies in 江西 but the word is 修水利
    text = "江西省各地正值冬修水利的好时节。"
    assert [g[2] for g in named(px, text)] == ["江西省"]


def test_a_place_word_with_several_town_readings_in_its_named_province(px):
    # 龙口: 龙口市 and six towns elsewhere, tagged n (no verb, no person's name):
    # province_county_word_readings
    text = "山东省今年推进多个项目，龙口港区扩建顺利。"
    assert (12, 14, "龙口", "龙口市", "county", "370681") in named(px, text)
    text = "宁夏回族自治区今年在同心建成两座光伏电站。"
    assert (10, 12, "同心", "同心县", "county", "640324") in named(px, text)


def test_a_verb_with_several_readings_keeps_the_old_limit(px):
    # 安居 v (安居乐业), 安居区 of 四川 and four towns: five readings, more than three
    text = "四川省农村群众安居乐业。"
    assert [g[2] for g in named(px, text)] == ["四川省"]


def test_a_length_before_a_short_form_makes_it_the_common_word(px):
    # 大关 'the mark' after a length (quantity_before): not 大关县 of 云南
    text = "云南省公路里程突破一万公里大关。"
    assert [g[2] for g in named(px, text)] == ["云南省"]
