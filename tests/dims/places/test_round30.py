"""Places round 25, branch places30 (issue 11; docs/DECISIONS.md, "Round 25 (places30)"):
a compass region right after a division's suffix is that division's part (part_after of
place.region), and 省会 'provincial capital' breaks a province's full name like 市民 does
(place_suffix_breakers.txt). Each case fails with its param or lexicon line removed. The
sentences are made up."""
import shutil

from pipeline.places import PlaceExtractor
from pipeline.rules import RuleSet

from .rows import RULES, extractor_with, rows


def test_a_compass_region_after_a_province_is_its_part(px, tmp_path):
    text = "这条公路横贯湖北省中部地区，串起多个县城。"
    prov = (6, 9, "湖北省", "place.full", "湖北省", "province")
    assert rows(px, text) == [prov]
    off = extractor_with(tmp_path, "part_after: 省市县区州旗", "part_after: ''")
    assert rows(off, text) == [prov, (9, 13, "中部地区", "place.region", "中部地区", "region")]
    # the economic region itself, after no division, stays
    assert rows(px, "国家支持中部地区加快崛起。") == [(4, 8, "中部地区", "place.region", "中部地区", "region")]


def test_provincial_capital_breaks_the_full_name(px, tmp_path):
    text = "很多人问浙江省会是哪座城市。"
    assert rows(px, text) == [(4, 6, "浙江", "place.short", "浙江省", "province")]
    shutil.copytree(RULES, tmp_path / "rules")
    p = tmp_path / "rules" / "lexicons" / "place_suffix_breakers.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("\n省会\n", "\n"), encoding="utf-8")
    off = PlaceExtractor(RuleSet.load(tmp_path / "rules"))
    assert rows(off, text) == [(4, 7, "浙江省", "place.full", "浙江省", "province")]
    # a county after the province's suffix keeps the chain (湖南省|会同县: jieba reads 会同)
    assert [r[2] for r in rows(px, "湖南省会同县新建一座水厂。")] == ["湖南省会同县"]


def test_a_byline_person_named_like_a_mountain_is_no_place(px, tmp_path):
    text = "（记者 泰山 制作）游客登上泰山之巅。"
    assert rows(px, text) == [(14, 16, "泰山", "place.area", "泰山", "area")]
    off = extractor_with(tmp_path, "byline_after: '[ \\u3000]+(?:报道|報道|制作|製作|摄影|攝影|摄|攝|供稿)'", "byline_after: ''")
    assert [r[:3] for r in rows(off, text)] == [(4, 6, "泰山"), (14, 16, "泰山")]
    # written with no space before the verb, a place where the story was filed stays
    assert [r[:3] for r in rows(px, "记者 张三 泰山报道：游客增多。")] == [(6, 8, "泰山")]
