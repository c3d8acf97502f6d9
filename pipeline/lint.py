"""``zhextract rules lint``: what a rule author would want to hear before a run.

Checks (each finding names ``file:line``, a severity and its check):

* ``backtracking`` — every pattern is timed against adversarial inputs (runs of its own
  literal characters, digits, numerals, separators) at two lengths: a match attempt that
  times out, or whose time grows much faster than the input, is an **error**; nested
  unbounded quantifiers (``(?:a+)+``) without a possessive or atomic guard are flagged
  statically (**warning**).
* ``unreachable`` — a start filter ``(?=FILTER)(?=...{@lexicon}...)`` that rejects a word the
  rest of the pattern would match: adding that word to the lexicon would do nothing
  (**error**; write the filter as ``{@^lexicon}``, the class of the lexicon's first characters).
* ``duplicate`` / ``shadowed`` — a lexicon line repeated, or a second line with the same key
  (``x-key-columns`` in rules/schema/lexicons.schema.json, default the surface) whose data
  is never read (**warning** / **error**).
* ``variant`` — a full-width (Ｍ) or traditional (週) entry whose half-width / simplified form
  is missing, and lexicons that list such forms for some entries but not for others (**warning**).
* ``no-example`` — a rule without a ``match`` example (**warning**).
* ``unanchored`` — a rule of a table scanned from start positions (pipeline/prefilter.py)
  whose pattern says nothing about where a match starts (it can match the empty string,
  starts with ``.`` or a negated class, or uses a construct the reader does not know): it
  runs over every document in full, which costs every run time (**warning**).

Unknown macros and lexicons, bad labels and broken lexicon lines are load errors (exit 2).
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass

import regex

from .rules import MACRO_REF, RuleSet
from .schema import schema_dir

TIMEOUT = 3.0  # seconds (wall) for a pass over the longer input: exponential patterns never finish
LENGTHS = (500, 1000)
GROWTH_ERROR = 6.0  # time ratio for 2x input: linear ~2, quadratic ~4, cubic ~8
MIN_SLOW = 0.05  # seconds: faster than this at the longer length is never reported


@dataclass(frozen=True)
class Finding:
    where: str
    severity: str  # error | warning
    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: [{self.check}] {self.message}"


# ------------------------------------------------------------------ backtracking
_GROUP_PREFIX = regex.compile(r"\?(?:P?<(?![=!])[^>]*>|<[=!]|[:>=!|]|[a-zA-Z\-]+:?)")
_QUANT = regex.compile(r"(?:[*+?]|\{\d*,?\d*\})([?+]?)")


def _class_end(p: str, i: int) -> int:
    """Index just after the character class opening at ``p[i] == '['``."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    depth = 1
    while j < len(p) and depth:
        if p[j] == "\\":
            j += 2
            continue
        if p[j] == "[":
            depth += 1  # regex module: nested sets
        elif p[j] == "]":
            depth -= 1
        j += 1
    return j


def _unbounded(q) -> bool:
    return q is not None and (q.group()[0] in "*+" or regex.fullmatch(r"\{\d*,\}[?+]?", q.group()) is not None)


def nested_quantifier(p: str) -> int | None:
    """Offset of the first group that holds an unbounded quantifier and is itself
    quantified without bound while nothing in it is mandatory (``(?:[0-9]+,?)+``: a run
    of digits splits between the iterations in exponentially many ways), unless the inner
    quantifier is possessive or the group atomic. ``(?:[ \\t]*、[0-9]+)*`` is safe: every
    iteration must consume a 、."""
    # per open group: [holds unbounded, atomic, start, branch has mandatory, all branches so far, zero-width]
    stack = [[False, False, 0, False, True, False]]
    i = 0
    while i < len(p):
        c = p[i]
        if c == "(":
            zero = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            stack.append([False, p.startswith("(?>", i), i, False, True, zero])
            prefix = _GROUP_PREFIX.match(p, i + 1)
            i = prefix.end() if prefix else i + 1
            continue
        if c == "|":
            top = stack[-1]
            top[4], top[3] = top[4] and top[3], False
            i += 1
            continue
        if c == ")" and len(stack) > 1:
            inner, atomic, start, branch, all_branches, zero = stack.pop()
            mandatory = all_branches and branch and not zero
            q = _QUANT.match(p, i + 1)
            possessive = q is not None and q.group(1) == "+"
            if inner and not atomic and _unbounded(q) and not possessive and not mandatory:
                return start
            stack[-1][0] |= (inner and not atomic) or (_unbounded(q) and not possessive)
            stack[-1][3] |= mandatory and _fixed(q)
            i = q.end() if q else i + 1
            continue
        if c == "\\":
            end = i + 2
            if p[i + 1:i + 2] in ("p", "P", "N") and p[i + 2:i + 3] == "{":
                end = p.index("}", i) + 1
        elif c == "[":
            end = _class_end(p, i)
        else:
            end = i + 1
        q = _QUANT.match(p, end)
        if _unbounded(q) and q.group(1) != "+":
            stack[-1][0] = True
        if _fixed(q) and c not in "^$":
            stack[-1][3] = True
        i = q.end() if q else end
    return None


def _fixed(q) -> bool:
    """No quantifier, or one that needs at least one repetition and not a variable count."""
    return q is None or regex.fullmatch(r"\{[1-9]\d*\}[?+]?", q.group()) is not None


def _literals(p: str, limit: int = 12) -> str:
    """The most frequent literal characters of a pattern (not syntax, not escapes)."""
    counts, i = Counter(), 0
    while i < len(p):
        if p[i] == "\\":
            i += 2
            continue
        if not p[i].isascii() or p[i].isdigit():
            counts[p[i]] += 1
        i += 1
    return "".join(c for c, _ in counts.most_common(limit))


def adversarial_inputs(pattern: str, n: int):
    lit = _literals(pattern) or "元"
    for name, unit in (("digits", "1"), ("numerals", "一"), ("spaced", "1 "), ("grouped", "1,"),
                       ("literals", lit), ("digits+literals", "".join("1" + c for c in lit)),
                       ("numerals+literals", "".join("三" + c for c in lit))):
        # a run the pattern can eat, then a character it cannot, then its literals (so a
        # required-literal precheck passes and the engine must try the run)
        yield name, (unit * (n // len(unit) + 1))[:n] + "!" + lit


def _time(rx, s: str) -> float:
    """CPU seconds for a match attempt at every start (finditer), or +inf on timeout
    (CPU time, so that a loaded machine does not make a pattern look slow)."""
    t0 = time.process_time()
    try:
        for _ in rx.finditer(s, timeout=TIMEOUT):
            pass
    except TimeoutError:
        return float("inf")
    return time.process_time() - t0


def check_backtracking(rs: RuleSet, measure: bool = True):
    for rule in rs.rules():
        if rule.regex is None:
            continue
        at = nested_quantifier(rule.pattern)
        if at is not None:
            yield Finding(rule.source, "warning", "backtracking",
                          f"rule {rule.id}: nested unbounded quantifiers at {rule.pattern[at:at + 40]!r}...: "
                          f"make the inner one possessive (++) or atomic (?>...) if a run can fail late")
        if not measure:
            continue
        for name, short in adversarial_inputs(rule.pattern, LENGTHS[0]):
            long = dict(adversarial_inputs(rule.pattern, LENGTHS[1]))[name]
            t_long = _time(rule.regex, long)
            if t_long == float("inf"):
                yield Finding(rule.source, "error", "backtracking",
                              f"rule {rule.id}: matching {LENGTHS[1]} characters of {name} ({long[:12]!r}...) "
                              f"took over {TIMEOUT:g}s: catastrophic backtracking")
                break
            if t_long < MIN_SLOW:
                continue
            t_short = max(_time(rule.regex, short), 1e-6)
            if t_long / t_short >= GROWTH_ERROR:  # confirm: best of three each, noise only slows
                t_short = max(min(_time(rule.regex, short) for _ in range(3)), 1e-6)
                t_long = min(_time(rule.regex, long) for _ in range(3))
            if t_long / t_short >= GROWTH_ERROR:
                yield Finding(rule.source, "error", "backtracking",
                              f"rule {rule.id}: {t_long / t_short:.0f}x the time for 2x the input on {name} "
                              f"({t_short:.3f}s -> {t_long:.3f}s): super-quadratic backtracking")
                break


# ------------------------------------------------------------------ start filters
def _balanced(p: str, i: int) -> int:
    """Index just after the group opening at ``p[i] == '('``."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(p)


def _lexicons_in(rs: RuleSet, raw: str, seen=None) -> set:
    """Names of the lexicons ``{@name}`` a raw pattern uses, through its macros."""
    seen = set() if seen is None else seen
    out = set()
    for m in MACRO_REF.finditer(raw):
        kind, name = m.group(1), m.group(2)
        if kind == "@":
            out.add(name)
        elif not kind and name in rs._macros and name not in seen:
            seen.add(name)
            out |= _lexicons_in(rs, rs._macros[name][0], seen)
    return out


def _patterns(rs: RuleSet):
    """(source, what, raw pattern) of every macro and rule pattern."""
    for name, (raw, source) in rs._macros.items():
        yield source, f"macro {name}", raw
    for rule in rs.rules():
        if isinstance(rule.data.get("pattern"), str):
            yield rule.source, f"rule {rule.id}", rule.data["pattern"]


def check_start_filters(rs: RuleSet):
    for source, what, raw in _patterns(rs):
        if not raw.startswith("(?="):
            continue
        end = _balanced(raw, 0)
        head, rest = raw[:end], raw[end:]
        lexicons = _lexicons_in(rs, rest)
        if not lexicons:
            continue
        try:
            head_rx, rest_rx = regex.compile(rs.expand(head)), regex.compile(rs.expand(rest))
        except Exception:  # noqa: BLE001 - a fragment need not compile alone
            continue
        for name in sorted(lexicons):
            lex = rs.lexicon(name)
            blocked = [w for w in lex if rest_rx.match(w, partial=True) and not head_rx.match(w, partial=True)]
            if blocked:
                lines = dict(zip((r[0] for r in lex.entries), lex.lines))
                shown = ", ".join(f"{w} (line {lines.get(w)})" for w in blocked[:8])
                yield Finding(source, "error", "unreachable",
                              f"{what}: its start filter {head[:60]!r} never lets through "
                              f"{len(blocked)} word(s) of lexicon {name}: {shown}; write the filter with "
                              f"{{@^{name}}}")


# ------------------------------------------------------------------ lexicons
def _key_columns(rs: RuleSet) -> dict:
    path = schema_dir(rs.root) / "lexicons.schema.json"
    if not path.is_file():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {name: s.get("x-key-columns", [0]) for name, s in (doc.get("lexicons") or {}).items()}


_FULL = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULL[0x3000] = 0x20
_HALF = {v: k for k, v in _FULL.items() if v != 0x20}


def _converters():
    try:
        import opencc
    except ImportError:  # pragma: no cover - a dependency; the width checks still run
        return None, None
    return opencc.OpenCC("t2s").convert, opencc.OpenCC("s2t").convert


def check_lexicons(rs: RuleSet):
    keys = _key_columns(rs)
    t2s, s2t = _converters()
    for path in sorted((rs.root / "lexicons").glob("*.txt")):
        lex = rs.lexicon(path.stem)
        where = lambda line: f"{_rel(path)}:{line}"  # noqa: E731
        key_cols = keys.get(path.stem, [0])
        first: dict = {}
        for line, row in zip(lex.lines, lex.entries):
            key = tuple(row[c] if c < len(row) else "" for c in key_cols)
            if key in first:
                was_line, was_row = first[key]
                if was_row == row:
                    yield Finding(where(line), "warning", "duplicate", f"lexicon {lex.name}: {row[0]!r} repeats "
                                                                      f"line {was_line}")
                else:
                    yield Finding(where(line), "error", "shadowed",
                                  f"lexicon {lex.name}: {row[0]!r} is already listed at line {was_line} "
                                  f"({' | '.join(was_row)}): this line's data is never read")
            else:
                first[key] = (line, row)
        words = set(lex)
        lines = dict(zip((r[0] for r in lex.entries), lex.lines))
        yield from _variants(lex.name, words, lines, where, lambda w: w.translate(_FULL),
                             lambda w: w.translate(_HALF), "full-width", "half-width")
        if t2s is not None:
            yield from _variants(lex.name, words, lines, where, t2s, s2t, "traditional", "simplified")


def _variants(name, words, lines, where, fold, unfold, odd, plain):
    """``odd`` entries (full-width, traditional) whose ``plain`` form is missing; and, in a
    lexicon that lists odd forms, plain entries whose odd form is missing."""
    odd_words = sorted(w for w in words if fold(w) != w)
    for w in odd_words:
        if fold(w) not in words:
            yield Finding(where(lines[w]), "warning", "variant",
                          f"lexicon {name}: {odd} {w!r} is listed but not its {plain} form {fold(w)!r}")
    if not odd_words:
        return
    covered = {fold(w) for w in odd_words}
    missing = [w for w in sorted(words) if fold(w) == w and unfold(w) != w and w not in covered
               and unfold(w) not in words]
    if missing:
        shown = ", ".join(f"{w}->{unfold(w)}" for w in missing[:6])
        yield Finding(where(lines[missing[0]]), "warning", "variant",
                      f"lexicon {name} lists {odd} forms ({', '.join(odd_words[:3])}) but not for "
                      f"{len(missing)} other entries: {shown}")


def _rel(path) -> str:
    from .rules import _display

    return _display(path)


# ------------------------------------------------------------------ rules
def check_examples(rs: RuleSet):
    for rule in rs.rules():
        if not rule.examples["match"]:
            yield Finding(rule.source, "warning", "no-example",
                          f"rule {rule.id} has no match example: `rules test` cannot show it works")


def check_anchors(rs: RuleSet):
    from .anchors import prefixes
    from .prefilter import TABLES

    for table in TABLES:
        for rule in rs.rules(table):
            if rule.regex is not None and prefixes(rule.regex.pattern, rule.regex.flags) is None:
                yield Finding(rule.source, "warning", "unanchored",
                              f"rule {rule.id}: no start can be read off its pattern (it can match nothing, starts "
                              f"with any character, or uses a construct pipeline/anchors.py does not read), so it "
                              f"runs over every document in full")


def lint(rs: RuleSet, measure: bool = True) -> list[Finding]:
    found = [*check_start_filters(rs), *check_lexicons(rs), *check_examples(rs), *check_anchors(rs),
             *check_backtracking(rs, measure)]

    def order(f):
        file, _, line = f.where.rpartition(":")
        return (file, int(line) if line.isdigit() else 0, f.check)

    return sorted(found, key=order)
