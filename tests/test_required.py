"""pipeline/required.py: the characters a match must consume, read off a pattern, and the
start positions a scan may skip because of them (issue 14). The reader may say too little,
never too much: every match of every amount and date rule holds a character of every
class it names."""
import random
from pathlib import Path

import pytest
import regex

from pipeline import required
from pipeline.engine import scan
from pipeline.required import Requirements, required_sets
from pipeline.rules import RuleSet

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    ("a(?:b|c)d?", ["a", "bc"]),  # an optional item requires nothing
    ("(?P<x>元|美元)(?=分)", ["元"]),  # every branch holds 元; a look-ahead consumes nothing
    ("[0-9]+(?:至[0-9]+)?[%％]", ["0-9", "%％"]),
    ("(?:ab|c)", ["ac", "bc"]),  # one class from each branch, every choice
    ("x*y+", ["y"]),
    ("a{0,3}b{2}", ["b"]),
    ("[^a]b", ["b"]),  # a negated class requires nothing
    (r"(?<=打)(?P<num>对|對)(?P<unit>折)", ["折", "对對"]),  # a look-behind consumes nothing
    (r"\p{Han}{2}", [r"\p{Han}"]),
    (r"(a)\1", []),  # a back-reference: not read, so nothing is required
    ("a|", []),  # an empty branch
])
def test_required_sets(pattern, expected):
    assert required_sets(pattern) == expected


@pytest.fixture(scope="module")
def rules():
    return RuleSet.load(ROOT / "rules")


def _texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for folder in ("unseen", "unseen2"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / folder).glob("*.txt"))]
    return texts


@pytest.mark.parametrize("table", ["amounts", "dates"])
def test_every_match_holds_what_its_rule_requires(rules, table):
    examples = [ex.get("text", "") for r in rules.rules(table) for ex in (r.data.get("examples") or {}).get("match", [])
                if isinstance(ex, dict)]
    seen = 0
    for text in _texts() + examples:
        for rule, m in scan(rules.rules(table), text):
            for body in required_sets(rule.regex.pattern):
                assert regex.search(f"[{body}]", m.group()), (rule.id, m.group(), body)
            seen += 1
    assert seen > 500  # the texts did exercise the rules


def test_zones_are_where_a_window_misses_a_class(monkeypatch):
    """The dead zones of a long text equal a brute-force reading of every window, for the
    classes that are sparse in it; a rule is alive when the text holds all its classes."""
    monkeypatch.setattr(required, "ZONE_MIN_CHARS", 10)
    req = Requirements(["[0-9]+元", "[0-9]+(?:个|元)", "[0-9]+"])
    assert [[req.bodies[j] for j in ids] for ids in req.of_rule] == [["元", "0-9"], ["个元", "0-9"], ["0-9"]]
    rnd = random.Random(3)
    checked = 0
    for _ in range(300):
        text = "".join(rnd.choice("1-1-1- 元个") if rnd.random() < 0.05 else rnd.choice("1-")
                       for _ in range(rnd.randint(10, 300)))
        window = rnd.randint(1, 40)
        alive, zones = req.read(text, window)
        for i, ids in enumerate(req.of_rule):
            classes = [req.classes[j] for j in ids]
            assert alive[i] == all(c.search(text) for c in classes)
            if zones[i] is None:
                continue
            # zones come from the sparse classes only; brute force over those
            sparse = [c for c in classes if sum(1 for _ in c.finditer(text)) * window <= len(text)]
            dead = {p for p in range(len(text))
                    if not all(c.search(text, p, min(len(text), p + window)) for c in sparse)}
            assert {p for a, b in zip(*zones[i]) for p in range(a, b)} == dead
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("body, chars", [
    ("0-3元", set("0123元")),
    (r"\-\~–—到至－～", set("-~–—到至－～")),
    (r"\u3000a", {"\u3000", "a"}),
    (r"\p{Han}", None),  # a property: read by the regex, not expanded
    (r"\s0-9", None),
])
def test_a_plain_class_is_expanded_to_its_characters(body, chars):
    got = required._expand(body)
    assert (got if got is None else set(got)) == chars


def test_every_class_of_the_rules_expands_to_what_its_regex_matches(rules):
    # (with the line breaks: a rule may need one, rules/dates_pages.yaml date.stacked_header)
    universe = "\t\n\r" + "".join(chr(i) for i in range(0x20, 0xA000)) + "".join(chr(i) for i in range(0xFF00, 0xFFF0))
    for table in ("amounts", "dates"):
        req = Requirements([r.regex.pattern if r.regex is not None else None for r in rules.rules(table)])
        for body, cls, chars in zip(req.bodies, req.classes, req.chars):
            if chars is not None:
                assert set(cls.findall(universe)) == set(chars), body


def test_a_case_insensitive_pattern_requires_nothing():
    assert Requirements([regex.compile("元"), regex.compile("usd", regex.IGNORECASE), None]).of_rule == [[0], [], []]


def test_plain_classes_read_by_set_tests_as_by_the_general_loop(rules):
    """Where every class is a plain list (the date and amount rules), a text's live rules
    come from one set test per class: the same as the loop that also reads property
    classes (forced here) and, for long texts, the zones."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))]
    texts += ["", "元", "2024年3月", "约5万元", "hello 12 USD"]
    for table in ("amounts", "dates"):
        req = Requirements([r.regex for r in rules.rules(table)])
        assert req._plain
        fast = [req.read(t, None) for t in texts]
        req._plain = False
        assert [req.read(t, None) for t in texts] == fast
        assert any(not all(alive) for alive, _ in fast) and any(any(alive) for alive, _ in fast)
