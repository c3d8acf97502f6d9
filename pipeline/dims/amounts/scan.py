"""Step 1: where amount candidates start, and which rules are worth trying there.

A match of an amount rule starts at a numeral, or at a qualifier, currency or sign right
before one, so :meth:`ScanMixin._scan` finds numeral runs with one cheap pattern and
tries each rule anchored there, skipping rules that cannot match the character after the
run. Its result equals ``engine.scan`` (a test checks this on the corpus).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from ...patternpairs import pair_follows
from ...patternread import follows
from ...prefilter import AnchoredScan
from ...required import Requirements
from .vocab import (_BARE_PROBES, _BARE_PROBES_Q, _NUMERAL_MACROS, _NUMERAL_REF, _PROBE_TAIL, _SIGNS,
                    _TAIL_CHARS)


def _bare_kinds(rules) -> list[int]:
    """Per rule: 1 if it can end right after a bare numeral, 2 only after a qualifier, else
    0 (see _setup_scan). Probing compiles every amount pattern again (~0.1 s of start-up),
    so the answer is kept in the cache folder (pipeline/cache.py), keyed by the patterns,
    this file and the ``regex`` and Python versions."""
    from ...cache import cached_rule_table

    def build():
        probes = [None if r.regex is None else _without_lookbehinds(r.regex) for r in rules]
        return [0 if rx is None else 1 if any(rx.match(p + _PROBE_TAIL) for p in _BARE_PROBES)
                else 2 if any(rx.match(p + _PROBE_TAIL) for p in _BARE_PROBES_Q) else 0
                for rx in probes]

    def decode(kinds):
        ok = isinstance(kinds, list) and len(kinds) == len(rules) and all(k in (0, 1, 2) for k in kinds)
        return kinds if ok else None

    return cached_rule_table("amount-probes", __file__, rules, "", build, lambda kinds: kinds, decode)


def _without_lookbehinds(rx):
    """``rx`` compiled without its positive look-behinds; ``rx`` itself when it has none
    (the same pattern and flags: compiling it again would only cost start-up)."""
    stripped = _strip_negative(rx.pattern, ("(?<=",))
    return rx if stripped == rx.pattern else regex.compile(stripped, rx.flags)


def _strip_negative(pattern: str, opens=("(?!", "(?<!")) -> str:
    """``pattern`` without its negative look-arounds ``(?!...)`` and ``(?<!...)`` (or the
    groups ``opens`` names)."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith(opens, i):
            depth, j, in_class = 0, i, False
            while j < n:
                c = pattern[j]
                if c == "\\":
                    j += 2
                    continue
                if in_class:
                    in_class = c != "]"
                elif c == "[":
                    in_class = True
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)



class ScanMixin:
    """The candidate scan of :class:`~pipeline.dims.amounts.AmountExtractor`."""

    def _setup_scan(self, rules) -> None:
        """Numeral runs, the words a match may start with, and what each rule can match."""
        # a run: digits with their separators (where NUM_LEFT lets no number start),
        # Chinese digits, units and magnitudes
        self._anchor = regex.compile("[半对對]|(?:[0-9]+(?:[.．,][0-9]+)*|[０-９]+(?:[.．,，][０-９]+)*|{}|{}|{})+".format(
            *(rules.macro(n) for n in ("DIGIT_CN", "UNIT_CN", "MAG_CN"))))
        self._starters = set(rules.lexicon("amount_qualifier_pre")) | set(rules.lexicon("amount_currency_prefix"))
        self._starters |= _SIGNS
        self._max_starter = max(map(len, self._starters)) + 1  # + one space
        # the last characters of the starters, and the spaces one may stand before
        self._starter_ends = frozenset(w[-1] for w in self._starters if w) | {" ", "\u3000"}
        # the Han characters each rule can match (lexicon entries and literal characters;
        # negative look-arounds left out): a rule is not tried after a numeral run whose
        # next Han character it cannot match (统一规划, 对口, 2024年, 6个 for percents)
        # (numeral macros left out, then the characters that can continue a numeral after
        # a run added back: a comma cannot, the run has taken its digit groups)
        numeral = "".join(rules.macro(n) for n in _NUMERAL_MACROS)
        cont = set(_TAIL_CHARS.findall(_strip_negative(numeral))) - set(",，")
        # Where a rule's pattern can be read (pipeline/patternread.py), the characters
        # are instead those that can come right after a character of a run (or a space)
        # inside its match: not the words before a number (约, 不超过) nor the pattern's
        # own syntax (: ( - ,). Not for a rule with a match that a run can hold whole
        # (it may end inside the run: 一半, 3两) or that can end on a space.
        # Two characters deep (:func:`~pipeline.patternpairs.pair_follows`): where such a
        # match cannot end on that character, the one after it must be one the rule can
        # have there (money.composite after 元 needs a digit: not 元，).
        self._rule_han, self._rule_own = [], []
        self._by_char = {}  # (character, kept, drop) or None -> the mask of the rules to try
        self._pairs: dict = {}  # character -> [(rule bit, the characters that may follow it, a str)]
        self._drops: dict = {}  # (character, next character) -> the bits of rules that cannot match
        afters, pairs = _follow_sets(self.rules, _run_chars(self._anchor.pattern))
        shared: dict = {}
        for i, (r, after) in enumerate(zip(self.rules, afters)):
            raw = _NUMERAL_REF.sub("", r.data.get("pattern") or "")
            own = set(_TAIL_CHARS.findall(_strip_negative(rules.expand(raw))))
            self._rule_han.append(own | cont if after is None else set(after))
            self._rule_own.append(own)
            for c, nxt in (pairs[i] or {}).items():  # (as strings, one copy of each: ~1,900 of them)
                self._pairs.setdefault(c, []).append((1 << i, shared.setdefault(nxt, nxt)))
        units = set()
        for lex in ("currency", "amount_currency_context", "amount_area", "amount_measure",
                    "amount_measure_context", "amount_measure_liang", "amount_count"):
            units |= set(rules.lexicon(lex))
        # a unit written wholly in numeral characters (两 = 50 g) may end inside a run:
        # runs holding one are tried with every rule
        self._run_keep = set("".join(u for u in units if self._anchor.fullmatch(u)))
        # rules that can end right after the number (bare counts: 1230万, 近千) are tried
        # whatever follows the run; found by probing each rule with bare numerals
        # (1: after any run; 2: only where a qualifier starts the match, 近千)
        # (a look-behind reads text before the match, which a probe lacks: it is probed
        # without them -- money.bare needs a money word before its number)
        self._bare = _bare_kinds(self.rules)
        self._every = [i for i, r in enumerate(self.rules) if r.regex is not None]
        # the characters every match of a rule consumes, read off its pattern: a rule is
        # not tried where its match window cannot hold them (pipeline/required.py)
        self._requirements = Requirements([r.regex for r in self.rules])
        # and not where what a match must start with is not (pipeline/prefilter.py): a
        # rule opening with a currency sign is not tried at a digit, nor one opening with
        # a number after 约 (at a qualifier every rule was tried)
        self._start_test = AnchoredScan(self.rules, kind="anchors-amounts")

    def _scan(self, text):
        """What ``engine.scan(self.rules, text)`` returns, faster: a match of an amount
        rule starts at a numeral, or at a qualifier word (amount_qualifier_pre), a
        currency (amount_currency_prefix) or a sign right before one (an optional space
        between). So one cheap pass finds the numeral runs, and each rule is only tried,
        anchored, at those start positions, keeping finditer's leftmost, non-overlapping
        order per rule."""
        # which rules can match in this text at all, and where they cannot start
        alive, zones = self._requirements.read(text, self.match_window)
        if not any(alive):
            return []
        starts = {}  # position -> the Han character after its numeral run, or None: try every rule
        starters, kmax, keep, n = self._starters, self._max_starter, self._run_keep, len(text)
        ends, pairs, drops = self._starter_ends, self._pairs, self._drops
        for r in self._anchor.finditer(text):
            s, e = r.span()
            frontier = [s]
            while frontier:  # starters may stack: 近-5%, 约 ￥300
                q = frontier.pop()
                if not q or text[q - 1] not in ends:
                    continue  # no starter (nor starter and space) ends right before q
                for k in range(1, min(kmax, q) + 1):
                    seg = text[q - k:q]
                    if seg in starters or (seg[-1] in " \u3000" and seg[:-1] in starters):
                        if q - k not in starts or starts[q - k] is not None:
                            starts[q - k] = None
                            if s - (q - k) < 3 * kmax:
                                frontier.append(q - k)
            nxt = None
            # (a starter before the run does not change what a match from s itself holds)
            if e < n:
                ce = e if text[e] not in " \u3000" or e + 1 >= n else e + 1
                c = text[ce]
                if _TAIL_CHARS.match(c):
                    run = r.group()
                    kept = "" if keep.isdisjoint(run) else "".join(ch for ch in run if ch in keep)
                    drop = 0
                    if c in pairs and ce + 1 < n:
                        d = text[ce + 1]
                        drop = drops.get((c, d))
                        if drop is None:
                            drop = drops[c, d] = sum(bit for bit, chars in pairs[c] if d not in chars)
                    nxt = (c, kept, drop)
            if s not in starts:
                starts[s] = nxt
        if not starts:
            return []
        rules, by_char, window = self.rules, self._by_char, self.match_window
        positions = sorted(starts)
        # which rules each start position may try, as a bit mask (rule i: bit i; by_char
        # keeps the masks across documents), only those alive in this text
        live = sum(1 << i for i in self._every if alive[i])
        pmask = []
        start_mask = self._start_test.start_mask
        for p in positions:
            key = starts[p]
            mask = by_char.get(key)
            if mask is None:
                mask = by_char[key] = sum(1 << i for i in (self._every if key is None else self._candidates(*key)))
            pmask.append(mask & live & start_mask(text, p))
        # each rule's start positions (indexes into ``positions``), from the masks
        tries = [[] for _ in rules]
        for k, mask in enumerate(pmask):
            while mask:
                low = mask & -mask
                tries[low.bit_length() - 1].append(k)
                mask ^= low
        out = []  # rule order, then start: as engine.scan
        for i in self._every:
            if not tries[i]:
                continue
            rx, last, mine = rules[i].regex, -1, tries[i]
            for a, b in _spans(positions, zones[i], n):  # stretches of start positions it may reach from
                for k in mine[bisect_left(mine, a):bisect_left(mine, b)]:
                    p = positions[k]
                    if p < last:
                        continue
                    m = rx.match(text, p, p + window)  # an end past the text is the text's end
                    if m is not None and m.end() > p:
                        out.append((rules[i], m))
                        last = m.end()
        return out

    def _candidates(self, c, kept, drop=0):
        """Indices of the rules worth trying after a numeral run followed by ``c``
        (``drop``: the bits of rules that cannot have the character after ``c`` there)."""
        out = []
        for i, (rule, rhan, own, bare) in enumerate(zip(self.rules, self._rule_han, self._rule_own, self._bare)):
            if rule.regex is None or bare == 2:
                continue
            if bare or (c in rhan and not drop >> i & 1) or (kept and any(ch in own for ch in kept)):
                out.append(i)
        return out


def _follow_sets(rules, runs: set) -> tuple[list, list]:
    """Per rule, :func:`~pipeline.patternread.follows` of its pattern after a run's
    characters (or a space), None where it cannot be told; and, for those characters,
    :func:`~pipeline.patternpairs.pair_follows` (the known ones, or None); kept in the cache folder
    (pipeline/cache.py) under a key of the patterns, the run's characters, the reader's
    code and the versions (reading the long amount patterns costs ~0.1 s of start-up)."""
    from ... import patternpairs, patternread
    from ...cache import cached_rule_table

    spaces = {" ", "\u3000"}

    def build():
        sets = [None if r.regex is None else follows(r.regex.pattern, runs | spaces, spaces, runs) for r in rules]
        pairs = []
        for r, after in zip(rules, sets):
            got = None if after is None else pair_follows(r.regex.pattern, frozenset(runs | spaces), after)
            pairs.append(None if got is None else {c: "".join(sorted(f)) for c, f in got.items() if f is not None})
        return sets, pairs

    def encode(table):
        sets, pairs = table
        return [None if f is None else "".join(sorted(f)) for f in sets], pairs

    def decode(stored):
        got, pairs = stored
        if not (isinstance(got, list) and len(got) == len(rules) == len(pairs)):
            return None
        return [None if f is None else frozenset(f) for f in got], pairs

    return cached_rule_table("amount-follows", (patternread.__file__, patternpairs.__file__), rules, repr(sorted(runs)), build, encode, decode)


def _run_chars(pattern: str) -> set:
    """The characters a numeral run (``pattern``, made of classes, ranges and literals)
    can hold."""
    rx = regex.compile(pattern)
    chars = set(pattern)
    for m in regex.finditer(r"(.)-(.)", pattern):
        lo, hi = ord(m.group(1)), ord(m.group(2))
        if 0 < hi - lo < 256:
            chars.update(chr(c) for c in range(lo, hi + 1))
    return {c for c in chars if rx.fullmatch(c)}


def _spans(positions, zones, n):
    """Index ranges of ``positions`` outside ``zones`` (merged (starts, ends), or None)."""
    if zones is None:
        return [(0, len(positions))]
    out, prev = [], 0
    for zs, ze in zip(*zones):
        out.append((bisect_left(positions, prev), bisect_left(positions, zs)))
        prev = ze
    out.append((bisect_left(positions, prev), len(positions)))
    return out
