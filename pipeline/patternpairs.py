"""Which characters can follow which in a match of a pattern that starts a given way
(:func:`pair_follows`, for the amounts' scan): a position automaton (Glushkov's) over the
reader of pipeline/patternread.py, which says what a part can start with and what can
follow it (:func:`~pipeline.patternread.follows`)."""
from __future__ import annotations

import regex

from .patternread import ANY, PatternReader, Unreadable, expand_items


class _Positions(PatternReader):
    """Reads a pattern as a position automaton (Glushkov's): every character item it
    consumes is a position; a part reads as (first, nullable, last): the positions it
    can start and end with and whether it can match nothing; ``follow`` holds, per
    position, the positions that can come right after it inside a match."""

    def __init__(self, pattern: str):
        super().__init__(pattern)
        self.items: list = []  # position -> its class items (ANY: any character)
        self.follow: list[set] = []

    def _new(self, items) -> int:
        self.items.append(items)
        self.follow.append(set())
        return len(self.items) - 1

    def empty(self):
        return frozenset(), True, frozenset()

    def any(self, backref=False):
        p = self._new(ANY)
        if backref:  # any characters, or none, each after any other
            self.follow[p].add(p)
        return frozenset((p,)), backref, frozenset((p,))

    def chars(self, items):
        p = frozenset((self._new(items),))
        return p, False, p

    def _link(self, last, first):
        for p in last:
            self.follow[p] |= first

    def concat(self, a, b):
        self._link(a[2], b[0])
        return (a[0] | b[0] if a[1] else a[0]), a[1] and b[1], (a[2] | b[2] if b[1] else b[2])

    def union(self, branches):
        return (frozenset().union(*(b[0] for b in branches)), any(b[1] for b in branches),
                frozenset().union(*(b[2] for b in branches)))

    def repeat(self, part, low, high):
        if high == 0:
            return self.empty()
        first, nullable, last = part
        if high >= 2:  # one copy right after another
            self._link(last, first)
        return first, nullable or low == 0, last


def pair_follows(pattern: str, before, chars) -> dict | None:
    """Per character ``c`` of ``chars``: the characters that can come right after ``c``
    in a match of ``pattern`` that starts with characters of ``before`` and has ``c``
    next (a frozenset), or None where such a match can end on ``c`` or they cannot be
    told (a class such as ``\\p{Han}`` after it); None for a pattern the reader does not
    know. Too much, never too little, as :func:`follows` (look-arounds read as absent)."""
    reader = _Positions(pattern)
    try:
        first, _nullable, last = reader.read()
    except (Unreadable, IndexError, ValueError):
        return None
    tests = [None if items is ANY else _member(items) for items in reader.items]
    fits = [t is None or any(b in t for b in before) for t in tests]
    # the positions a match can reach with characters of ``before`` only, and the
    # positions right after those
    reach, todo = set(), [p for p in first if fits[p]]
    while todo:
        p = todo.pop()
        if p not in reach:
            reach.add(p)
            todo.extend(q for q in reader.follow[p] if fits[q])
    after_before = set().union(*(reader.follow[p] for p in reach))
    out = {}
    for c in chars:
        here = [q for q in after_before if tests[q] is None or c in tests[q]]
        got, known = set(), not any(q in last for q in here)
        for q in here if known else ():
            for r in reader.follow[q]:
                chars_r = None if tests[r] is None or isinstance(tests[r], _Class) else tests[r]
                if chars_r is None:
                    known = False
                    break
                got |= chars_r
            if not known:
                break
        out[c] = frozenset(got) if known else None
    return out


class _Class:
    """``c in`` class items that are not a list of characters (``\\p{Han}``)."""

    def __init__(self, items):
        self.rx = regex.compile("[" + "".join(sorted(items)) + "]")

    def __contains__(self, c) -> bool:
        return self.rx.match(c) is not None


def _member(items):
    """The characters of class items, or a test of them."""
    got = expand_items(items)
    return _Class(items) if got is None else got
