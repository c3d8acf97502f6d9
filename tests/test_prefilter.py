"""pipeline/anchors.py and pipeline/prefilter.py (issue 12): the start paths read off a
pattern may allow too much, never too little, so the anchored scan finds exactly what a
full ``finditer`` of every rule finds -- on the rule examples, the corpus, held-out texts
and random strings made of the characters the rules care about."""
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

from pipeline import prefilter
from pipeline.anchors import prefixes
from pipeline.engine import scan
from pipeline.lint import lint
from pipeline.prefilter import AnchoredScan
from pipeline.rules import RuleSet

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    ("ab?c", {("", ("a", "c")), ("", ("a", "b", "c"))}),
    # a negative look-behind of single characters: the character before; a longer
    # branch (每年) says nothing about one character
    ("(?<![0-9]|每年)x", {("0-9", ("x",))}),
    ("(?<!每年)x", {("", ("x",))}),
    # read to three characters; paths differing in their last class merge
    ("(?<![0-9])[0-9]+年", {("0-9", ("0-9", "年")), ("0-9", ("0-9", "0-9", "0-9年"))}),
    # look-aheads are read as if absent (the body says enough)
    ("(?=[0-9])(?:[0-9]{2}|十)月", {("", ("十", "月")), ("", ("0-9", "0-9", "月"))}),
    # a back-reference matches anything: the path ends there
    ("(?P<s>[-/])1(?P=s)", {("", ("/\\-", "1"))}),
    (r"\bab", {("", ("a", "b"))}),
    (r"\p{Han}x", {("", (r"\p{Han}", "x"))}),
    # a look-behind after a consumed character reads that character: no constraint
    ("x(?<!y)z", {("", ("x", "z"))}),
    ("(?:(?<!y)a|b)c", {("y", ("a", "c")), ("", ("b", "c"))}),
])
def test_prefixes(pattern, expected):
    assert prefixes(pattern) == expected


@pytest.mark.parametrize("pattern", ["a*", "ab|", ".a", "[^a]b", "(?i)ab", r"(a)?\1b", "(?(1)a|b)"])
def test_no_start_can_be_told(pattern):
    """Can match nothing, starts with any character, or a construct the reader does not
    know: no paths (the rule runs over the whole text)."""
    assert prefixes(pattern) is None


@dataclass
class _Rule:
    id: str
    regex: object


def test_unanchored_rules_still_run_in_full():
    rules = [_Rule("a", regex.compile("x*y?")), _Rule("b", regex.compile("(?<![0-9])[0-9]+年")),
             _Rule("c", regex.compile(".z")), _Rule("d", None)]
    sc = AnchoredScan(rules)
    assert sc.anchored == [1] and sc.unanchored == [0, 2]
    text = "xxy 2024年 12年 az y"
    got = [(r.id, m.span()) for r, m in sc.scan(text)]
    assert got == [(r.id, m.span()) for r, m in scan(rules, text)]
    assert got == [("a", (0, 3)), ("a", (17, 18)), ("b", (4, 9)), ("b", (10, 13)), ("c", (14, 16))]
    # pos/endpos bound the matches as finditer's do; look-behinds still read before pos
    assert [(r.id, m.span()) for r, m in sc.scan(text, pos=5, endpos=13)] == [("b", (10, 13))]


def test_a_character_in_a_plain_class_and_in_a_property_class():
    """千 is the second character of a path of rule a (a class of characters) and of rule
    b (\\p{Han}): its signature there holds both, so rule b is tried at “千万”."""
    rules = [_Rule("a", regex.compile("x千")), _Rule("b", regex.compile(r"“\p{Han}{2}”"))]
    sc = AnchoredScan(rules)
    text = "“千万”x千"
    assert [(r.id, m.span()) for r, m in sc.scan(text)] == [("a", (4, 6)), ("b", (0, 4))]


@pytest.fixture(scope="module")
def rules():
    return RuleSet.load(ROOT / "rules")


def _texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for folder in ("unseen", "unseen2", "unseen9", "unseen14"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.txt"))]
    return texts


def _random_texts(rules, n=400, seed=7):
    """Random strings of characters the rules' patterns and examples hold, with digits
    and separators: matches at text edges, inside runs and back to back."""
    chars = set("0123456789０１２３4５ -/.:：年月日号时点分至到—~、，。")
    for r in rules:
        for ex in (r.data.get("examples") or {}).get("match", []):
            chars.update(ex.get("text", "") if isinstance(ex, dict) else ex)
    pool = sorted(c for c in chars if not c.isspace() or c == " ")
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 60))) for _ in range(n)]


@pytest.mark.parametrize("table", sorted({*prefilter.TABLES, "projects", "metadata"}))
def test_prefiltered_matches_equal_full_scan(rules, table):
    table_rules = rules.rules(table)
    examples = [ex.get("text", "") if isinstance(ex, dict) else ex
                for r in table_rules for kind in ("match", "no_match")
                for ex in (r.data.get("examples") or {}).get(kind, [])]
    sc = AnchoredScan(table_rules)
    assert sc.anchored, "no rule of the table could be anchored"
    seen = 0
    for text in examples + _texts() + _random_texts(table_rules):
        full = [(r.id, m.span(), m.groups()) for r, m in scan(table_rules, text)]
        assert [(r.id, m.span(), m.groups()) for r, m in sc.scan(text)] == full, text[:80]
        seen += len(full)
    assert seen > 200  # the texts did exercise the rules


def test_lint_names_a_rule_without_a_start(tmp_path):
    """A dates rule that can start with any character is named by `rules lint`."""
    from tests.dims.rulecopy import rules_with

    root = rules_with(tmp_path, "dates.yaml", "\nrules:\n",
                      "\nrules:\n  - id: date.any_start\n    label: date\n    pattern: '.?年底'\n"
                      "    examples:\n      match: [{text: 去年底, span: 年底}]\n")
    found = [f for f in lint(RuleSet.load(root), measure=False) if f.check == "unanchored"]
    assert [f.message.split(":")[0] for f in found] == ["rule date.any_start"]


_RUN = set("0123456789一二三十万")


@pytest.mark.parametrize("pattern, expected", [
    ("[0-9]+元", set("0123456789元")),
    ("[0-9]+(?:至[0-9]+)?元", set("0123456789元至")),
    # a qualifier before the number never follows it; a space may
    ("约?[0-9]+[ ]?(?:个|元)", set("0123456789个元 ")),
    # look-arounds consume nothing
    ("(?<=约)[0-9]+(?![元])万?人", set("0123456789万人")),
    ("一半", {"半"}),
    ("[0-9]+", None),  # a match a run can hold whole: anything may follow
    ("[0-9]+ ", None),  # a match that can end on a space
    (r"[0-9]+\p{Han}", None),  # cannot be listed
    (r"([0-9])\1元", None),  # a back-reference: anything
])
def test_follows(pattern, expected):
    """The characters that can come right after a character of a numeral run inside a
    match (pipeline/patternread.py; the amounts' scan tries a rule after a run only where
    the next character is one of them)."""
    from pipeline.patternread import follows

    got = follows(pattern, _RUN | {" "}, {" "}, _RUN)
    assert (None if got is None else set(got)) == expected



@pytest.mark.parametrize("pattern, c, expected", [
    # what may follow 元 after a run: a digit; not the second 元 (its match began at 至)
    ("[0-9]+元(?:[0-9]角|零[0-9]分?)(?:至[0-9]+元[0-9]?)?(?:左右)?", "元", set("0123456789零")),
    ("[0-9]+元[0-9]?", "元", None),  # the match can end on 元
    ("约?[0-9]+万?元", "万", {"元"}),
    ("约?[0-9]+万?元", "约", set()),  # not after a run
    (r"[0-9]+元\p{Han}", "元", None),  # cannot be listed
    (r"[0-9]+元(?=[0-9])角", "元", {"角"}),  # look-arounds consume nothing
    ("[0-9]+(?:元[0-9])+", "元", set("0123456789")),
    ("[0-9]+(?:元[0-9])+", "0", set("0123456789元")),  # inside the run
])
def test_pair_follows(pattern, c, expected):
    """The characters that can come right after ``c`` where a match starts with run
    characters and has ``c`` next (the amounts' scan looks two characters past a run)."""
    from pipeline.patternpairs import pair_follows

    got = pair_follows(pattern, frozenset(_RUN | {" "}), c)[c]
    assert (None if got is None else set(got)) == expected


def test_amount_scan_equals_full_scan_on_held_out_texts(rules):
    """The amounts' own scan (numeral runs, follow sets, start paths) finds what every
    rule's finditer finds, on tuning sets and the rule examples."""
    from pipeline.dims.amounts import AmountExtractor

    ex = AmountExtractor(rules)
    examples = [ex_.get("text", "") if isinstance(ex_, dict) else ex_
                for r in ex.rules for kind in ("match", "no_match")
                for ex_ in (r.data.get("examples") or {}).get(kind, [])]
    seen = 0
    for text in examples + _texts():
        want = sorted((r.id, m.span()) for r, m in scan(ex.rules, text))
        assert sorted((r.id, m.span()) for r, m in ex._scan(text)) == want, text[:80]
        seen += len(want)
    assert seen > 1000


@pytest.mark.parametrize("table", ["amounts", "dates"])
def test_path_masks_read_off_signature_bits(rules, table):
    """A signature's mask of paths (``_allowing``), read off per-bit masks, equals the walk
    over every path: before, the paths whose class before is none of the signature's; at a
    character, those whose class there is one of them or that have none there."""
    sc = AnchoredScan(rules.rules(table))

    def walk(place, s):
        out = 0
        for k in range(len(sc._owner)):
            c = sc._before[k] if place == 0 else sc._chars[k][place - 1]
            if (not c & s) if place == 0 else (c is None or c & s):
                out |= 1 << k
        return out

    for place, sig in enumerate(sc._sigs):
        values = sorted({0, *sig.known.values()})
        values += [a | b for a, b in zip(values, values[1::3])]  # signatures of several classes
        for s in values:
            assert sc._allowing(place, s) == walk(place, s), (place, s)
    rnd = random.Random(3)
    for _ in range(200):
        key = tuple(rnd.choice(sorted({0, *sig.known.values()})) for sig in sc._sigs)
        fits = -1
        for place, s in enumerate(key):
            fits &= walk(place, s)
        assert sc._rules_for(key) == tuple(sorted({sc._owner[k] for k in range(len(sc._owner)) if fits >> k & 1}))


def test_control_escapes_in_a_class_are_control_characters():
    """A class holding \\n or \\t starts a path at a line end or a tab, not at the letters n
    and t (the project-span model's sentence ends, [。！？!?\\n], were missed at line ends)."""
    from pipeline.patternread import expand_items

    assert expand_items(frozenset(["\\n", "\\t", "。"])) == frozenset(["\n", "\t", "。"])
    r = regex.compile(r"[。\n]")

    class Rule:
        id, regex, pattern, label = "t.ends", r, r.pattern, "x"
        data = {}

    text = "甲。乙\n丙n"
    assert [m.span() for _, m in AnchoredScan([Rule()]).scan(text)] == [(1, 2), (3, 4)]
