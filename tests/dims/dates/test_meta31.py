"""Round 30 (branch meta31; invented texts): a bare 百年 with no numeral before it is the set
phrase (百年大计, 第二个百年), no length; 一百年 and 100年 stay durations."""
from .rows import rows


def test_bare_hundred_years_is_no_duration(ex):
    assert [r for r in rows(ex, "修好这条路是青山县的百年大计，也是向第二个百年目标迈进的一步。") if "百年" in r[0]] == []


def test_one_hundred_years_stays_a_duration(ex):
    got = [r for r in rows(ex, "这座古桥已经走过了一百年。") if r[0] == "一百年"]
    assert got and got[0][2] == "P100Y"


def test_comparison_base_year_sets_no_timeline(ex):
    text = "9月13日，青山县通报项目进展，上半年完成投资8亿元，比2023年同期增长12%。下半年将再开工5个项目。"
    got = [r for r in rows(ex, text) if r[0] == "下半年"]
    assert got and got[0][2] == "XXXX-H2"
