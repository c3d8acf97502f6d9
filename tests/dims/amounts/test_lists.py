"""Items of a list share the unit of its last amount (pipeline/dims/amounts/lists.py): the
same rows as the straightforward insertion into one list, which moved the whole list per
item (quadratic on a megabyte of 1、2万元，…; tests/test_linear.py holds the ratio)."""
import random
from bisect import bisect_left
from pathlib import Path

import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.dims.amounts import lists
from pipeline.model import Context, Document, Mention
from pipeline.numerals import parse_number
from pipeline.rules import RuleSet

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def ex():
    return AmountExtractor(RuleSet.load(ROOT / "rules"))


def _reference(ex, text, mentions, targets):
    """The distribution as first written: every item inserted into one sorted list."""
    out = list(mentions)
    starts = [x.start for x in out]
    for m in mentions:
        num, factor = targets.get(id(m), (None, None))
        if not num:
            continue
        tail = lists._MAG_TAIL.search(num.strip())
        mag = parse_number("1" + tail.group()) if tail and not lists._RX_UNITS_ONLY.fullmatch(num.strip()) else 1
        pos = m.start
        while True:
            sep = lists._LIST_SEP.search(text, max(0, pos - 3), pos)
            if sep is None:
                break
            item = ex._item_before.search(text, max(0, sep.start() - ex.list_item_reach), sep.start())
            if item is None or not lists._LIST_ITEM.search(item.group()):
                break
            s, e = item.span()
            at = j = bisect_left(starts, e)
            while j > 0 and out[j - 1].end > s:
                j -= 1
            if any(not (x.fields["kind"] == "count" and not x.fields["unit"] and (x.start, x.end) == (s, e))
                   for x in out[j:at]):
                break
            v = parse_number(item.group())
            if v is None:
                break
            if mag != 1 and not lists._HAS_MAG.search(item.group()):
                v *= mag
            fields = {"kind": m.fields["kind"], "value": lists._clean(v * factor), "value_max": None,
                      "unit": m.fields["unit"], "qualifier": "over" if lists._RX_INNER.search(item.group()) else "exact"}
            out[j:at] = [Mention(lists.TABLE, s, e, text[s:e], m.rule_id, fields, m.priority)]
            starts[j:at] = [s]
            pos = s
    return out


def _rows(ms):
    return [(m.start, m.end, m.text, m.rule_id, m.fields) for m in ms]


def test_distribution_equals_the_reference(ex, monkeypatch):
    seen = []
    real = lists.ListsMixin._distribute

    def both(self, text, mentions, targets):
        got = real(self, text, mentions, targets)
        assert _rows(got) == _rows(_reference(self, text, mentions, targets)), text
        seen.append(len(got))
        return got

    monkeypatch.setattr(lists.ListsMixin, "_distribute", both)
    rnd = random.Random(10)
    alpha = ["1", "2", "35", "1.5", "万", "亿", "、", "和", "与", "及", "或", "以及", "元", "个", "亿元", "%", "，", "第", "年"]
    texts = ["分别为5亿和7.5亿元", "1200、1000、500万元", "1万、2万、3万个", "3、5个和7个", "1、2万元，" * 30]
    texts += ["".join(rnd.choice(alpha) for _ in range(rnd.randint(2, 30))) for _ in range(1500)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for text in texts:
        ex.extract(Context(doc=Document("t", "", text=text), sentences=[]))
    assert sum(seen) > 1000

