"""The candidate scan of the amount extractor (pipeline/dims/amounts/scan.py): it finds
what ``engine.scan`` finds, trying only the rules that can match where a numeral run
ends, in time linear in the text."""
import json
import time
from pathlib import Path

import pytest

from pipeline.dims.amounts import AmountExtractor
from pipeline.engine import scan
from pipeline.model import Context, Document
from pipeline.rules import RuleSet

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def ex():
    return AmountExtractor(RuleSet.load(ROOT / "rules"))


def run(ex, text):
    ms = ex.extract(Context(doc=Document("t", "", text=text), sentences=[]))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def test_fast_scan_equals_engine_scan(ex):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += ["近千深企", "人民币 美元 ￥300", "负3.9%", "打对折", "二两白酒", "约 3000 万元"]
    # starters at the text's start, stacked, before a space or an ideographic space
    texts += ["约300万元", "￥5元", " 300元", "\u3000约\u3000５万元", "近-5%", "约 ￥300", "超过约3000万元，不足 5元"]
    conf = ROOT.parent / "shared" / "conformance"
    for name in ("money.jsonl", "number.jsonl", "dimension.jsonl"):
        if (conf / name).exists():
            texts += [json.loads(line)["text"] for line in (conf / name).read_text(encoding="utf-8").splitlines()
                      if line.strip()]
    for t in texts:
        want = sorted((r.id, m.span()) for r, m in scan(ex.rules, t))
        assert sorted((r.id, m.span()) for r, m in ex._scan(t)) == want


def test_long_numeral_runs_cost_linear_time(ex):
    # a ratio of CPU times in one run, not a wall-clock limit (machines are noisy): ten times
    # the text may cost about ten times as much, never the hundred of a quadratic scan
    def cost(n):
        t0 = time.process_time()
        run(ex, "一 " * (600 * n) + "个百分点")
        run(ex, "三千万" * (300 * n) + "元")
        return time.process_time() - t0

    small, large = cost(1), cost(10)
    assert large < 30 * max(small, 0.01), (small, large)


def test_random_strings_keep_the_invariants(ex):
    """Offsets hold, spans do not overlap, the fast scan equals engine.scan."""
    import random

    alpha = list("0123456789０１.．,，%％‰-—~至到零〇一二两三四五六七八九十百千万亿兆壹贰拾佰仟萬億点多余几半个元块角分"
                 "美元港币亩平方米公里吨千瓦度电成折之家名人市县约近超过以上以下左右、和与及或 第号年月日打对股单￥$负签附")
    rnd = random.Random(8)
    for _ in range(800):
        t = "".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 30)))
        ms = run(ex, t)
        spans = sorted((m.start, m.end) for m in ms)
        assert all(0 <= a < b for a, b in spans)
        assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))
        assert sorted((r.id, m.span()) for r, m in ex._scan(t)) == sorted((r.id, m.span()) for r, m in scan(ex.rules, t))


def test_tail_filter_prunes_rules(ex):
    """After 2024年 only rules that may end at the number (bare counts, and bare money
    after a money word or a goal set after one) are tried; after % the percent rule is,
    and the money rule is not."""
    ids = lambda c: {ex.rules[i].id for i in ex._candidates(c, "")}  # noqa: E731
    assert ids("年") == {"count.bare", "money.bare", "money.bare_goal"}
    assert "percent.sign" in ids("%") and "money.suffix" not in ids("%")
    assert "money.suffix" in ids("元") and "percent.sign" not in ids("元")


@pytest.mark.parametrize("unit", ["1-", "1 ", "-1", "1%-", "1至", "12-34-", "一二三四五六七八九十百千万亿", "1万元"])
def test_rules_are_skipped_only_where_they_cannot_match(ex, unit):
    """A long pathological text with every unit character sprinkled in a few places: the
    scan skips rules where their window lacks a character they need (pipeline/required.py)
    and still finds what engine.scan finds."""
    body = unit * (3000 // len(unit))
    text = body + "元个分%万亿年月日折成度两块角亩米吨之百点" + body + "3.5亿元" + body
    assert sorted((r.id, m.span()) for r, m in ex._scan(text)) == _windowed_scan(ex, text)


def _windowed_scan(ex, text):
    """engine.scan with each match bounded to the match window, tried at every position."""
    out, n = [], len(text)
    for rule in ex.rules:
        p = 0
        while rule.regex is not None and p < n:
            m = rule.regex.match(text, p, min(n, p + ex.match_window))
            if m is not None and m.end() > p:
                out.append((rule.id, m.span()))
                p = m.end()
            else:
                p += 1
    return sorted(out)


def test_a_text_without_any_unit_is_not_scanned_rule_by_rule(ex, monkeypatch):
    """1-1-1-… holds no character a rule needs besides digits: no rule is tried at all."""
    tried = []
    for rule in ex.rules:
        if rule.regex is not None:
            monkeypatch.setattr(rule, "regex", _Spy(rule.regex, tried))
    assert ex._scan("1-" * 5000) == []
    assert tried == []


class _Spy:
    def __init__(self, rx, log):
        self.rx, self.log = rx, log

    def match(self, *a, **k):
        self.log.append(a[1:])
        return self.rx.match(*a, **k)

    def __getattr__(self, name):
        return getattr(self.rx, name)


def test_second_character_prunes_rules(ex):
    """Two characters deep: money.composite needs a digit after 元 (五元三角), so it is not
    tried where 元 ends a sum (5元，); the fast scan still equals engine.scan there."""
    from pipeline.dims.amounts.scan import _run_chars

    i = next(k for k, r in enumerate(ex.rules) if r.id == "money.composite")
    pairs = dict(ex._pairs["元"])
    assert "，" not in pairs[1 << i] and "3" in pairs[1 << i] and "三" in pairs[1 << i]
    drop = sum(bit for bit, chars in ex._pairs["元"] if "，" not in chars)
    ids = lambda d: {ex.rules[k].id for k in ex._candidates("元", "", d)}  # noqa: E731
    assert "money.composite" in ids(0) and "money.composite" not in ids(drop)
    assert "money.suffix" in ids(drop)  # it can end on 元
    assert "万" in _run_chars(ex._anchor.pattern)
    # (also where a starter stands before the run: its start is read the same way)
    for t in ["5元，", "5元3角", "五元三角", "5 元三角", "3元至5元", "3元至5元2角，", "两元又三美分", "40个亿元",
              "约5元3角", "超过5元，", "约 5元三角", "近-5%", "约3亿个", "人民币5元2角"]:
        assert sorted((r.id, m.span()) for r, m in ex._scan(t)) == sorted((r.id, m.span()) for r, m in scan(ex.rules, t))

