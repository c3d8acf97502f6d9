"""Places round 32, branch places45 (issue 11; docs/DECISIONS.md, "Round 32 (places45)"): a
province's short form before its own paper's lead stays the province; a short form right after
a person's title and a common surname is the person's given name. The sentences are made up."""
from .rows import extractor_with, mentions, named


def test_a_province_paper_lead_names_the_province_not_a_homonym_district(px):
    text = "河北日报讯 近日，保定市一批新能源项目集中签约。"
    assert (0, 2, "河北", "河北省", "province", "130000") in named(px, text)


def test_a_province_paper_lead_beside_the_homonym_district_city(px):
    # 天津 named too (海南区 lies in 乌海, 河北区 in 天津): the paper is still the province's
    text = "海南日报讯 天津港与洋浦港昨日签署合作协议。"
    assert (0, 2, "海南", "海南省", "province", "460000") in named(px, text)


def test_a_county_paper_lead_still_names_the_county(px):
    text = "昆山日报讯 昨日，一批智能制造项目开工。"
    assert (0, 2, "昆山", "昆山市", "county", "320583") in named(px, text)


PERSON = "开工仪式上，园区管委会主任陈朝阳致辞，副市长刘广东主持。"


def test_a_short_form_after_a_title_and_a_surname_is_a_given_name(px):
    got = named(px, PERSON)
    assert not [g for g in got if g[2] in ("朝阳", "广东")]


def test_the_person_veto_switched_off_reads_the_places(px, tmp_path):
    off = extractor_with(tmp_path, "      person_before: '", "      person_before_unused: '")
    assert {m.text for m in mentions(off, PERSON)} >= {"朝阳", "广东"}


def test_a_byline_editor_with_a_city_given_name(px):
    text = "项目预计年底建成。\n\n编辑：孙嘉兴\n"
    assert not [g for g in named(px, text) if g[2] == "嘉兴"]


def test_a_division_after_a_title_without_a_surname_stays(px):
    # 长江 opens right after 市长's 长 is not read: 宜昌市 and the river both stand
    text = "宜昌市长江大桥通车，市长在成都考察。"
    got = named(px, text)
    assert (0, 3, "宜昌市", "宜昌市", "city", "420500") in got
    i = text.index("成都")
    assert (i, i + 2, "成都", "成都市", "city", "510100") in got


def test_a_full_name_after_a_surname_stays(px):
    text = "记者王成都市报道，当地新开工项目十个。"
    assert [g for g in named(px, text) if g[2] == "成都市"]
