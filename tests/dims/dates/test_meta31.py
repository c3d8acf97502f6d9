"""Round 30 (branch meta31; invented texts): a bare 百年 with no numeral before it is the set
phrase (百年大计, 第二个百年), no length; 一百年 and 100年 stay durations."""
from .rows import rows


def test_bare_hundred_years_is_no_duration(ex):
    assert [r for r in rows(ex, "修好这条路是青山县的百年大计，也是向第二个百年目标迈进的一步。") if "百年" in r[0]] == []


def test_one_hundred_years_stays_a_duration(ex):
    got = [r for r in rows(ex, "这座古桥已经走过了一百年。") if r[0] == "一百年"]
    assert got and got[0][2] == "P100Y"
