"""Places round 11 (issue 11, branch places11): one test per class
(docs/DECISIONS.md, "Places: round 11"). The sentences are made up; the names are
register divisions."""
from pipeline.gazetteer import Gazetteer

from .rows import RULES, rows as run


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
