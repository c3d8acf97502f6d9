"""Places round 31, branch places43 (issue 11; docs/DECISIONS.md, "Round 31 (places43)").
The sentences are made up; the port param is also read with it off."""
from .rows import extractor_with, mentions, named


def test_the_yellow_river_before_its_basin_word_is_the_river(px):
    got = named(px, "两地将联手加强黄河流域的水土保持工作。")
    assert (7, 9, "黄河", "黄河", "area", "") in got
    assert not [g for g in got if g[2] == "黄河流域"]


def test_the_yangtze_before_its_basin_word_is_the_river(px):
    got = named(px, "这是长江流域防洪规划的组成部分。")
    assert (2, 4, "长江", "长江", "area", "") in got
    assert not [g for g in got if g[4] == "region"]


PORT = "该港规划三个港区，其中北港区已投用、鹿岬港区在建，南港区待批。"


def test_a_port_part_opening_a_list_item_in_a_port_story(px, tmp_path):
    i = PORT.index("鹿岬")
    assert (i, i + 2, "鹿岬", "鹿岬", "area", "") in named(px, PORT)
    off = extractor_with(tmp_path, 'port_part_open_marks: "\\n、，,。；;：:"', 'port_part_open_marks: ""')
    assert not [m for m in mentions(off, PORT) if m.start == i]


def test_no_port_part_opened_in_a_text_with_few_heads(px):
    assert not [m for m in mentions(px, "今年通航，鹿岬港区投用。") if m.text == "鹿岬"]


def test_no_clause_opening_word_run_into_a_port_part(px):
    text = "该港规划三个港区，其中北港区已投用，南港区待批，东港区在建。"
    assert not [m for m in mentions(px, text) if m.text.startswith("其中")]


def test_central_tibet_is_a_region(px):
    text = "日喀则与藏中电网实现联网。"
    i = text.index("藏中")
    assert (i, i + 2, "藏中", "藏中", "region", "") in named(px, text)
    assert not [m for m in mentions(px, "西藏中小学今天开学。") if m.text == "藏中"]


def test_the_yangling_zone_by_its_customary_short_name(px):
    got = [m for m in mentions(px, "杨凌示范区今年新开工一批项目。") if m.start == 0]
    assert [(m.end, m.fields["name"], m.fields["level"], m.fields["path"]) for m in got] == [
        (5, "杨凌农业高新技术产业示范区", "special_zone", "陕西省/杨凌农业高新技术产业示范区")]
