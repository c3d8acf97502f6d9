"""Places round 28, branch places38 (issue 11; docs/DECISIONS.md, "Round 28 (places38)").
The sentences are made up; each class is switched off by its param."""
from .rows import extractor_with, rows



def _zone(got, start, end, text):
    """the Lingang new area of the Shanghai pilot free trade zone (place_zones.txt)"""
    return any(r[:4] == (start, end, text, "place.zone") and r[5] == "special_zone" and r[4].endswith("临港新片区")
               for r in got)


def test_a_zone_written_by_its_stem_where_the_document_names_it(px, tmp_path):
    text = "临港新片区今年引进项目十个。公司决定在临港设立研发基地，上海临港智能工厂同日开工。临港新城另有安排。"
    got = rows(px, text)
    assert _zone(got, 19, 21, "临港")
    assert _zone(got, 28, 32, "上海临港")  # one mention, the zone
    assert not any(r[2] == "上海" for r in got)
    assert not any(r[0] == 41 for r in got)  # 临港新城: another area named after the stem
    off = extractor_with(tmp_path, "zone_stem_heads: [新片区, 新区, 开发区, 合作区, 示范区, 管理区, 试验区, 保税港区]",
                         "zone_stem_heads: []")
    got = rows(off, text)
    assert not any(r[2] in ("临港", "上海临港") for r in got)


def test_no_zone_stem_without_the_zone_in_the_document(px):
    text = "公司决定在临港设立研发基地，发展临港产业。"
    assert not any(r[3] == "place.zone" for r in rows(px, text))


def test_a_region_before_a_landform_head_is_the_landform(px, tmp_path):
    text = "周口市地处豫东平原，襄阳打通鄂北岗地供水。桂北山区的县。"
    got = rows(px, text)
    assert (5, 9, "豫东平原", "place.feature", "豫东平原", "area") in got
    assert (14, 18, "鄂北岗地", "place.feature", "鄂北岗地", "area") in got
    assert (21, 23, "桂北", "place.region", "桂北", "region") in got  # 山区 is no landform head
    off = extractor_with(tmp_path, "region_landform_heads: [平原, 岗地, 盆地, 高原, 丘陵]", "region_landform_heads: []")
    got = rows(off, text)
    assert (5, 7, "豫东", "place.region", "豫东", "region") in got
    assert not any(r[2] == "豫东平原" for r in got)
