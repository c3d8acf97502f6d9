"""Candidates: where a name ENDS. The rules of rules/projects.yaml with a normalizer find
a head noun (产业园, 基金, 铁路, 医院 from project_heads_<category>.txt, plus phases such as
一期/东延), a quoted name, a metro line, a section, a strategy. A head rule
(``(?P<head>{@project_heads_<cat>})...``) can only match where a head of that lexicon
starts: one automaton finds those places and the rule is tried there only -- the same
matches as ``engine.scan``, without the regex trying its alternation everywhere
(tests/dims/projects/test_scan.py checks the two agree)."""
from __future__ import annotations

from bisect import bisect_left

import ahocorasick
import regex

from ...engine import scan
from ...rules import RuleSet
from .vocab import CATEGORIES, QUOTE_OPENERS, QUOTE_STOP


class ScanMixin:
    def _setup_scan(self, rules: RuleSet) -> None:
        """The head automaton and which candidate rules may be tried only at a head."""
        # Head rules ((?P<head>{@project_heads_<cat>})...) can only match where a head of that
        # lexicon starts: one automaton finds those places, and the rule is tried there only
        # (the same matches as finditer, without the regex trying its alternation everywhere).
        self._head_rule_cat: dict[int, str] = {}
        for r in self.candidates:
            cat = _head_rule_category(r, rules)
            if cat is not None:
                self._head_rule_cat[id(r)] = cat
        # project.quoted ([“‘] 1-30 non-quote characters, then a head of any category) can
        # only match at an opening quote with a head starting 2-31 characters after it
        # before the next quote or line break: other quotes are not tried
        all_heads = "|".join(f"(?:{rules.lexicon(f'project_heads_{c}').alternation})" for c in CATEGORIES)
        quoted_prefix = f"[“‘](?P<name>(?P<mod>[^“”‘’\\n]{{1,30}}?)(?P<head>{all_heads})"
        self._quoted_rules = {id(r) for r in self.candidates if r.regex is not None
                              and not r.regex.flags & (regex.IGNORECASE | regex.FULLCASE | regex.REVERSE)
                              and r.regex.pattern.startswith(quoted_prefix)
                              and not _top_level_bar(r.regex.pattern[len(quoted_prefix):], 1)}
        # a rule opening with 2-5 Han characters and then one of a few words (project.strategy_region:
        # ...协同发展|一体化|同城化) can only start a few characters before one of those words
        self._lead_rules = {id(r): lead for r in self.candidates if (lead := _lead_words(r)) is not None}
        auto_cats = set(self._head_rule_cat.values()) | (set(CATEGORIES) if self._quoted_rules else set())
        self._head_auto = None
        if auto_cats:
            auto = ahocorasick.Automaton()
            cats = {}
            for cat in auto_cats:
                for w in rules.lexicon(f"project_heads_{cat}"):
                    cats.setdefault(w, set()).add(cat)
            for w, cs in cats.items():
                auto.add_word(w, (len(w) - 1, tuple(sorted(cs))))
            auto.make_automaton()
            self._head_auto = auto

    def _scan_candidates(self, text: str):
        """scan(self.candidates, text), with head rules tried only where a head starts."""
        if self._head_auto is None:
            return scan(self.candidates, text)
        starts: dict[str, set[int]] = {}
        reach: dict[int, int] = {}  # head start -> the end of the longest head starting there
        for end, (n, cats) in self._head_auto.iter(text):
            for cat in cats:
                starts.setdefault(cat, set()).add(end - n)
            reach[end - n] = max(reach.get(end - n, 0), end + 1)
        out = []
        head_starts = None
        for rule in self.candidates:
            if rule.regex is None:
                continue
            if id(rule) in self._quoted_rules:
                if head_starts is None:
                    head_starts = sorted(set().union(*starts.values()))
                match = rule.regex.match
                last = 0
                for q in QUOTE_OPENERS.finditer(text):
                    p = q.start()
                    if p < last:
                        continue
                    stop = QUOTE_STOP.search(text, p + 1)
                    hi = min(p + 31, stop.start() if stop else len(text))
                    k = bisect_left(head_starts, p + 2)
                    if k == len(head_starts) or head_starts[k] > hi:
                        continue  # no head where the rule needs one
                    m = match(text, p)
                    if m is not None and m.end() > m.start():
                        out.append((rule, m))
                        last = m.end()
                continue
            lead = self._lead_rules.get(id(rule))
            if lead is not None:
                out += [(rule, m) for m in _lead_matches(rule.regex, *lead, text)]
                continue
            cat = self._head_rule_cat.get(id(rule))
            if cat is None:
                for m in rule.regex.finditer(text):
                    if m.end() > m.start():
                        out.append((rule, m))
                continue
            match = rule.regex.match
            last = 0
            for p in sorted(starts.get(cat, ())):
                if p < last and reach[p] <= last:
                    continue
                # a head inside an earlier match is tried where it runs past it: 示范园区
                # holds 示范园 and 园区, and only 园区 ends a name there
                m = match(text, p)
                if m is not None and m.end() > m.start():
                    out.append((rule, m))
                    last = max(last, m.end())
        return out


def _top_level_bar(pattern: str, depth: int = 0) -> bool:
    """Does ``pattern`` (read inside ``depth`` open groups) hold a ``|`` outside every group
    it opens itself, or close more than ``depth`` groups (or is it too odd to tell)?"""
    floor, i, in_class = depth, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "[":
                return True  # a nested set: not worth reading
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                return True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return True
        elif c == "|" and depth <= floor:
            return True
        i += 1
    return depth != 0 or in_class


def _head_rule_category(rule, rules: RuleSet) -> str | None:
    """The category whose head lexicon every match of ``rule`` starts with, if its pattern
    is ``(?P<head>{@project_heads_<cat>})`` followed by anything without a top-level ``|``."""
    if rule.regex is None or rule.regex.flags & (regex.IGNORECASE | regex.FULLCASE | regex.REVERSE):
        return None
    pattern = rule.regex.pattern
    for cat in CATEGORIES:
        lex = rules.lexicon(f"project_heads_{cat}")
        head = f"(?P<head>(?:{lex.alternation}))"
        if len(lex) and pattern.startswith(head) and not _top_level_bar(pattern[len(head):]):
            return cat
    return None


# (?P<a>(?P<b>\p{Han}{m,n}?)(?:word|word|...)) opening a pattern: the words are plain characters
_LEAD = regex.compile(r"\(\?P<\w+>\(\?P<\w+>\\p\{Han\}\{(\d+),(\d+)\}\??\)\(\?:([^()\[\]\\|?*+{}.^$]+(?:\|[^()\[\]\\|?*+{}.^$]+)*)\)\)")


def _lead_words(rule) -> tuple[int, int, tuple] | None:
    """(m, n, words) of a rule whose every match opens with m to n Han characters and then
    one of ``words`` (its pattern ``(?P<x>(?P<y>\\p{Han}{m,n}?)(?:w1|w2|…))`` followed by
    anything without a top-level ``|``), else None."""
    if rule.regex is None or rule.regex.flags & (regex.IGNORECASE | regex.FULLCASE | regex.REVERSE):
        return None
    pattern = rule.regex.pattern
    m = _LEAD.match(pattern)
    if m is None or _top_level_bar(pattern[m.end():]):
        return None
    return int(m.group(1)), int(m.group(2)), tuple(m.group(3).split("|"))


def _lead_matches(rx, least: int, most: int, words: tuple, text: str) -> list:
    """``rx.finditer(text)`` (its non-empty matches) for a rule of :func:`_lead_words`: a
    match starts ``least`` to ``most`` characters before one of ``words``, so only those
    starts are tried, left to right, each from the end of the match before."""
    starts = set()
    for w in words:
        q = text.find(w)
        while q != -1:
            starts.update(range(max(0, q - most), q - least + 1))
            q = text.find(w, q + 1)
    out, last, match = [], 0, rx.match
    for p in sorted(starts):
        if p < last:
            continue
        m = match(text, p)
        if m is not None and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out
