"""pipeline/dims/projects/scan.py: head rules tried only where a head starts."""
import pytest

from pipeline.dims.projects import ProjectExtractor
from pipeline.dims.projects.scan import _top_level_bar


@pytest.fixture(scope="module")
def ex(rules):
    return ProjectExtractor(rules)


def test_head_rules_scan_like_finditer(ex):
    # head rules are tried only where the automaton finds a head: the same matches as scan()
    from pipeline.engine import scan

    assert len(ex._head_rule_cat) == 5 and len(ex._quoted_rules) == 1
    text = ("推进深汕(南山)高新产业园一期、河源南山高新产业园等异地产业园建设，“百千万工程”"
            "示范带，地铁10号线东延、保山至瑞丽段，工程工程项目计划，“濠创园”一、二期；"
            "“千村示范、万村整治”工程\n“领航计划 2.0”")
    got = [(r.id, m.span(), m.groupdict()) for r, m in ex._scan_candidates(text)]
    want = [(r.id, m.span(), m.groupdict()) for r, m in scan(ex.candidates, text)]
    assert got == want and got


def test_a_head_running_past_an_earlier_match_is_tried_too(ex):
    # finditer stops at 示范园 in 示范园区; the scan also tries 园区, which runs past it
    from pipeline.engine import scan

    text = "红河红示范园区开工"
    got = [(r.id, m.group("head")) for r, m in ex._scan_candidates(text)]
    want = [(r.id, m.group("head")) for r, m in scan(ex.candidates, text)]
    assert [x for x in got if x not in want] == [("project.head.park", "园区")]
    assert all(x in got for x in want)


@pytest.mark.parametrize("pattern, depth, bar", [
    ("(?P<suffix>a|b)", 0, False),      # the | is inside a group the pattern opens
    ("x|y", 0, True),                   # a top-level alternative: not safe to anchor
    ("[|]", 0, False),                  # a | in a class is a character
    ("a)|b", 1, True),                  # read inside one open group, the | is at its level
    ("a))", 1, True),                   # closes more groups than it was given
])
def test_top_level_bar(pattern, depth, bar):
    assert _top_level_bar(pattern, depth) is bar


def test_lead_word_rules_scan_like_finditer(ex):
    # project.strategy_region opens with 2-5 Han characters and then 协同发展/一体化/同城化:
    # tried only a few characters before those words, with the same matches as finditer
    from pipeline.dims.projects.scan import _lead_matches, _lead_words

    rule = next(r for r in ex.candidates if r.id == "project.strategy_region")
    assert _lead_words(rule) == (2, 5, ("协同发展", "一体化发展", "一体化", "同城化发展", "同城化"))
    assert [r.id for r in ex.candidates if id(r) in ex._lead_rules] == ["project.strategy_region"]
    text = ("推动京津冀协同发展和长三角一体化发展，广佛同城化同城化，一体化，"
            "成渝地区双城经济圈一体化示范区，区域一体化")
    got = [m.span() for m in _lead_matches(rule.regex, 2, 5, _lead_words(rule)[2], text)]
    want = [m.span() for m in rule.regex.finditer(text) if m.end() > m.start()]
    assert got == want == [(0, 9), (9, 18), (19, 24), (48, 53)]  # (示范区 after 一体化 refuses one)
