"""Places round 20, branch places22 (issue 11; docs/DECISIONS.md, "Round 20: places"): one
test per class, each failing with its param off. The sentences are made up; the names are
the register's (rules/gazetteer)."""
from .rows import extractor_with, rows


def _places(got):
    return [(r[0], r[1], r[2], r[4], r[5]) for r in got]


def test_a_suffixed_alias_names_its_county_for_the_bare_short_form(px, tmp_path):
    # 南涧县 is the suffixed alias of 南涧彝族自治县; no city or province is named
    text = "南涧成为茶乡。南涧县今年新建茶园。"
    assert _places(rows(px, text)) == [(0, 2, "南涧", "南涧彝族自治县", "county"),
                                       (7, 10, "南涧县", "南涧彝族自治县", "county")]
    off = extractor_with(tmp_path, "certain_forms: [full, former, alias]", "certain_forms: [full, former]")
    assert _places(rows(off, text)) == [(7, 10, "南涧县", "南涧彝族自治县", "county")]


def test_the_countys_own_seat_town_leaves_its_short_form_the_county(px, tmp_path):
    # 林西: 林西县 (赤峰), its seat 林西镇, and two towns of 河北; the text names 内蒙古
    text = "内蒙古将在林西建设光伏基地。"
    assert _places(rows(px, text)) == [(0, 3, "内蒙古", "内蒙古自治区", "province"),
                                       (5, 7, "林西", "林西县", "county")]
    off = extractor_with(tmp_path, "province_county_own_towns: true", "province_county_own_towns: false")
    assert _places(rows(off, text)) == [(0, 3, "内蒙古", "内蒙古自治区", "province")]


def test_a_function_word_alone_before_a_county_short_form_ends_no_name(px, tmp_path):
    text = "吉林省做大以珲春为主体的加工业。"
    assert _places(rows(px, text)) == [(0, 3, "吉林省", "吉林省", "province"),
                                       (6, 8, "珲春", "珲春市", "county")]
    off = extractor_with(tmp_path, "lone_front_chars: 以和与及对为将把被让", "lone_front_chars: ''")
    assert _places(rows(off, text)) == [(0, 3, "吉林省", "吉林省", "province")]
