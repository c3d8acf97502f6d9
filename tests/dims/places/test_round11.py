"""Places round 11 (issue 11, branch places11): one test per class
(docs/DECISIONS.md, "Places: round 11"). The sentences are made up; the names are
register divisions."""
from pipeline.gazetteer import Gazetteer

from .rows import RULES, extractor_with, rows as run


def test_contractions_of_long_transliterated_names(px):
    # a league, an autonomous prefecture with a stem of four characters or more, and a
    # banner with its direction: the stem's first character and the suffix (alias form)
    got = run(px, "锡盟各旗县今年新建了一批牧区公路。")
    assert got == [(0, 2, "锡盟", "place.short", "锡林郭勒盟", "city")]
    got = run(px, "博州与伊犁州签订了能源合作协议。")
    assert got[0] == (0, 2, "博州", "place.short", "博尔塔拉蒙古自治州", "city")
    got = run(px, "察右前旗和科左中旗都在推进风电。")
    assert got == [(0, 4, "察右前旗", "place.short", "察哈尔右翼前旗", "county"),
                   (5, 9, "科左中旗", "place.short", "科尔沁左翼中旗", "county")]
    # in a chain under its city, as its full name would be
    got = run(px, "呼和浩特市土左旗的农民合作社开始收购玉米。")
    assert got == [(0, 8, "呼和浩特市土左旗", "place.chain", "土默特左旗", "county")]
    # a short form shared with another division keeps the one the context names
    got = run(px, "巴中市巴州区今年新建三所学校，巴州城区交通改善。")
    assert got[-1] == (15, 17, "巴州", "place.short", "巴州区", "county")


def test_contractions_made_by_rule_only_where_safe():
    gz = Gazetteer.load(RULES.parent / "rules")
    alias = {s: [e.name for e in gz.get(s) if e.form == "alias"] for s in ("锡盟", "阿盟", "博州", "巴州", "克州",
                                                                           "土左旗", "乌中旗", "科右前旗", "西州", "兴盟",
                                                                           "巴左旗", "杭后旗")}
    assert alias["锡盟"] == ["锡林郭勒盟"] and alias["阿盟"] == ["阿拉善盟"]
    assert alias["博州"] == ["博尔塔拉蒙古自治州"] and alias["克州"] == ["克孜勒苏柯尔克孜自治州"]
    assert alias["巴州"] == ["巴音郭楞蒙古自治州"]
    assert alias["土左旗"] == ["土默特左旗"] and alias["乌中旗"] == ["乌拉特中旗"]
    assert alias["科右前旗"] == ["科尔沁右翼前旗"]
    # 西双版纳 would give 西州, which ends 湘西州 and 海西州: left out
    assert alias["西州"] == []
    # stems too short to contract (兴安盟, 巴林左旗, 杭锦后旗)
    assert alias["兴盟"] == [] and alias["巴左旗"] == [] and alias["杭后旗"] == []


def test_unlisted_features_by_works_and_river_cues(px):
    # a hydropower station or a water-control hub named after the place is a cue, as a
    # reservoir is; a river's name before it is a mention of its own (not glued on)
    got = run(px, "黄河青石峡水电站截流成功。青石峡电站明年发电。")
    assert got == [(0, 2, "黄河", "place.area", "黄河", "area"),
                   (2, 5, "青石峡", "place.feature", "青石峡", "area"),
                   (13, 16, "青石峡", "place.feature", "青石峡", "area")]
    got = run(px, "渭南市兴建黄峪口水利枢纽。")
    assert got[-1] == (5, 8, "黄峪口", "place.feature", "黄峪口", "area")
    # a river cue after a name in 河: two characters need no function character before
    # them; a generic word does not open the name (一级支流|澴河)
    got = run(px, "该市建设澴河沿岸生态廊道。")
    assert got == [(4, 6, "澴河", "place.feature", "澴河", "area")]
    got = run(px, "水库位于淮河一级支流澴河上游。")
    assert got[-1] == (10, 12, "澴河", "place.feature", "澴河", "area")
    # right after a division written in full; a division's stem before 镇 is none
    got = run(px, "镇原县璞河流域治理项目开工。")
    assert got == [(0, 3, "镇原县", "place.full", "镇原县", "county"),
                   (3, 5, "璞河", "place.feature", "璞河", "area")]
    assert run(px, "纳雍县骔岭镇开工。") == [(0, 3, "纳雍县", "place.full", "纳雍县", "county")]
    assert run(px, "合水县璞岭林场开展植树。")[-1] == (3, 5, "璞岭", "place.feature", "璞岭", "area")


def test_lakes_in_hai_and_rivers_along_a_line(px):
    # 海 ends a lake's name in the north (as 湖 does); a national wetland park after it is
    # a cue, and the name counts wherever else it is a word
    got = run(px, "璞素海国家湿地公园开园。璞素海码头完工。")
    assert got == [(0, 3, "璞素海", "place.feature", "璞素海", "area"),
                   (12, 15, "璞素海", "place.feature", "璞素海", "area")]
    # 沿线 after a river's name is a river cue
    assert run(px, "推进璞林河沿线生态景观带建设。") == [(2, 5, "璞林河", "place.feature", "璞林河", "area")]
    # words in 海 stay words
    assert [g[2] for g in run(px, "沿海地区发展旅游。上海市民出海游玩。")] == ["上海"]


def test_a_common_word_glues_onto_no_toponym(px):
    # 建设 is also a town's short form, but a common word: the river alone
    got = run(px, "项目将在澴江源头建设澴江文化公园。")
    assert [g[:3] for g in got] == [(4, 6, "澴江"), (10, 12, "澴江")]


def test_river_cues_off_by_their_params(tmp_path):
    ex = extractor_with(tmp_path, "toponym_river_cues: true", "toponym_river_cues: false")
    assert run(ex, "该市建设澴河沿岸生态廊道。") == []


def test_two_characters_after_a_division_off_by_its_param(tmp_path):
    # a ridge of two characters with no river cue: only the division before it opens it
    text = "合水县璞岭林场开展植树。"
    ex = extractor_with(tmp_path, "toponym_two_after_division: true", "toponym_two_after_division: false")
    assert [g[2] for g in run(ex, text)] == ["合水县"]


MENGLIAN = "孟连傣族拉祜族佤族自治县景吭村发展茶产业。孟连景吭茶园今年扩种，景吭茶叶合作社增收。"


def test_a_village_named_in_full_recurs_by_its_stem(px):
    got = run(px, MENGLIAN)
    # the county's short form right before the stem is one mention with it (SPEC §5)
    assert got == [(0, 15, "孟连傣族拉祜族佤族自治县景吭村", "place.village", "景吭村", "village"),
                   (21, 25, "孟连景吭", "place.chain", "景吭村", "village"),
                   (32, 34, "景吭", "place.village", "景吭村", "village")]
    # ... and so is a city's (普洱|景吭)
    got = run(px, "普洱市孟连县景吭村建成。普洱景吭民宿开业。")
    assert got[-1] == (12, 16, "普洱景吭", "place.chain", "景吭村", "village")
    # not before a head that makes it another name (景吭路: a road)
    assert len(run(px, "孟连傣族拉祜族佤族自治县景吭村修路。景吭路年底通车。")) == 1
    # the stem alone, with no village of that name written in full: nothing (bare stems
    # stay off, barestems.py)
    assert run(px, "景吭茶叶合作社增收。") == []


def test_recurring_village_stems_off_by_their_param(tmp_path):
    ex = extractor_with(tmp_path, "recurring_village_min_chars: 2", "recurring_village_min_chars: 0")
    got = run(ex, MENGLIAN)
    assert [g[2] for g in got] == ["孟连傣族拉祜族佤族自治县景吭村", "孟连"]


def test_urban_area_and_city_level_break_a_full_name(px):
    # 市区 'the urban area', 市级 'city-level' begin with the suffix: the place is the short
    # form (place_suffix_breakers.txt, as 市民)
    assert run(px, "杭宁高速湖州市区联络线开工。") == [(4, 6, "湖州", "place.short", "湖州市", "city")]
    assert run(px, "缓解南雄市区医院诊疗压力。") == [(2, 4, "南雄", "place.short", "南雄市", "county")]
    # not where jieba reads another word after the suffix (市|区域) or an institution (市委)
    assert run(px, "南雄市区域医疗中心建成。") == [(0, 3, "南雄市", "place.full", "南雄市", "county")]
    assert run(px, "湖州市委召开会议。") == [(0, 3, "湖州市", "place.full", "湖州市", "city")]


def test_the_site_a_station_is_named_after(px):
    # between a river and a station head: the site, wherever the text writes it again
    got = run(px, "金沙江璞石水电站开工。璞石水电站装机100万千瓦。")
    assert got == [(0, 3, "金沙江", "place.area", "金沙江", "area"),
                   (3, 5, "璞石", "place.feature", "璞石", "area"),
                   (11, 13, "璞石", "place.feature", "璞石", "area")]
    # ... or a division and a station head
    got = run(px, "河南林州璞上抽水蓄能电站开工。")
    assert got[-1] == (4, 6, "璞上", "place.feature", "璞上", "area")
    # nothing before it that is a place: no site
    assert run(px, "这座璞石水电站开工。") == []


def test_station_sites_off_by_their_param(tmp_path):
    ex = extractor_with(tmp_path, "site_max_chars: 3", "site_max_chars: 0")
    assert [g[2] for g in run(ex, "金沙江璞石水电站开工。")] == ["金沙江"]
