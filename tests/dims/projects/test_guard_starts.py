"""pipeline/dims/projects/guards.py: a guard_after rule is tried at a name's end only where
its first characters (and the one before) let it start (round 24, speed)."""
import pytest

from pipeline.dims.projects import ProjectExtractor


@pytest.fixture(scope="module")
def ex(rules):
    return ProjectExtractor(rules)


class _EveryRule:
    """A start test letting every rule be tried: _guarded as it was before round 24."""

    def start_mask(self, text, p):
        return -1


def test_no_rule_is_tried_where_none_can_start(ex):
    text = "新建滨河大道工程，年底完工"
    assert ex._after_starts.start_mask(text, text.index("，")) == 0
    assert ex._after_starts.start_mask(text, len(text)) == 0  # nothing after the name


def test_the_rule_that_can_start_is_tried(ex):
    text = "青松岭新材料产业园公司成立"
    end = text.index("公司")
    ids = [ex.guard_after[i].id for i in range(len(ex.guard_after))
           if ex._after_starts.start_mask(text, end) >> i & 1]
    assert "project.guard.company_after" in ids
    assert len(ids) < len(ex.guard_after)
    assert ex._guarded(text, 0, end).id == "project.guard.company_after"


@pytest.mark.parametrize("text", [
    "东湖绿道工程3个标段同步施工，石门水库项目12个子项全部完工。",
    "白杨镇中心小学 18号地块，清溪湿地公园城区段、滨江新城委员会",
    "“松风”文化馆奖项，橘园工业区网红打卡点、双峰大桥标准段",
    "在青禾会展中心隆重举行，金穗园区3000亩，东坪片区经济圈",
])
def test_same_rule_as_every_rule_tried(ex, text, monkeypatch):
    spans = [(s, e) for e in range(1, len(text) + 1) for s in range(max(0, e - 6), e)]
    got = [ex._guarded(text, s, e) for s, e in spans]
    monkeypatch.setattr(ex, "_after_starts", _EveryRule())
    want = [ex._guarded(text, s, e) for s, e in spans]
    assert [r and r.id for r in got] == [r and r.id for r in want]
    assert any(r is not None and r.label == "guard_after" for r in got)
