"""Projects, round 26 (docs/DECISIONS.md "Round 26 (projrec26)"): rules-alone extras by class --
a work followed by a bearing from it (a landmark), a name cut off a number, a list or a formula in
quotation marks, a title conferred, the chain-building slogan -- and a wafer size as a capacity.
The rules alone: tests/conftest.py switches the span model off. Every text is invented; each
class test fails on main at 2645f35 (rules alone); the three tests named "still"/"stays" guard
what the changes must leave alone and pass on both."""
from __future__ import annotations

from tests.dims.projects.test_recall16 import spans  # noqa: F401 (the same reader)


def names(text: str) -> list[str]:
    return [s[2] for s in spans(text)]


# project.guard.bearing_after: 附近, 旁, 交叉口, 路口 after a work
def test_a_square_near_which_something_is_built_is_a_landmark():
    assert spans("这座酒店在星河市金湖广场附近奠基。") == []


def test_a_wind_farm_beside_a_new_site_is_a_landmark():
    assert spans("新建项目选址就在白石山风电场附近。") == []


def test_a_hub_beside_a_view_is_a_landmark():
    assert spans("取景于禾川水利枢纽旁的草甸。") == []


def test_a_side_of_a_compound_still_names_the_work():
    # 侧 is not a bearing here: the gold marks 某小区北侧 items as works
    assert names("改造范围包括青禾小区北侧、星河新苑等7个小区。")[:1] == ["青禾小区"]


# params.cut_number_before: no name opens right after a digit
def test_a_count_of_corridors_is_no_name():
    assert spans("新建7条进川通道。") == []


def test_a_count_of_production_lines_is_no_name():
    assert spans("计划建设8台套玻璃纤维生产线,年产值3亿元。") == []


def test_an_anniversary_before_a_gift_works_is_no_name():
    assert spans("这是自治区70大庆献礼工程。") == []


def test_a_name_after_a_dateline_number_and_a_newline_still_opens():
    # \\Z, not $: a digit before a newline is no cut number (the headline opens a line)
    assert names("2025-11-07\n星河机场二期扩建工程开工") == ["星河机场二期扩建工程"]


# project_capacity_units.txt: 英寸 -- the walk passes a wafer size, as a capacity
def test_a_wafer_size_is_part_of_a_chip_project_name():
    assert names("星河高新区华芯半导体8英寸碳化硅芯片项目主体完工。") == [
        "星河高新区华芯半导体8英寸碳化硅芯片项目"]


# project.quoted: no list (、) and no formula of three parts (+ +) in quotation marks
def test_a_quoted_formula_is_no_name():
    assert spans("加快打造“青禾研发+星河孵化+禾川制造+海外市场”跨省协作格局") == []


def test_a_quoted_pair_of_phrases_is_no_name():
    assert spans("用好“三种渠道、两类平台”,加快产业集聚") == []


def test_a_quoted_list_of_programmes_leaves_its_named_item():
    # the whole “五大行动、千项工程” was one mention; the action stands on its own head
    assert names("以“五大行动、千项工程”为抓手,持续发挥优势") == ["五大行动"]


def test_a_quoted_name_with_one_plus_stays():
    assert names("实施“禾光+生态治理项目”") == ["禾光+生态治理项目"]


# project.guard.title (评定为) and project.guard.title_after (称号)
def test_a_title_rated_is_no_project():
    assert spans("该县被省政府评定为“青山温泉群风景名胜区”。") == []


def test_a_class_of_projects_rated_is_no_project():
    assert spans("超额完成目标的项目评定为“快马项目”。") == []


def test_a_title_before_its_noun_is_no_project():
    assert spans("先后获得“全国文明村”“省级星河示范园区”等称号。") == []


# project_excluded.txt: the chain-building slogan
def test_chain_building_projects_are_no_name():
    assert spans("这是全省新材料基地的延链补链项目。") == []


def test_a_chain_building_works_programme_is_no_name():
    assert spans("加快实施补链强链工程,推动企业集聚。") == []
