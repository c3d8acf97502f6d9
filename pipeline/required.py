"""Characters a match must contain, read off a rule's pattern -- so that a scan can skip the
places where a rule cannot match without trying it (issue 14: linear time, and cheap, on
pathological input such as ``1-1-1-…``).

:func:`required_sets` reads an (expanded) pattern and returns character classes, each
written as the body of a ``[...]`` class: every match of the pattern consumes at least one
character of every class. A literal character requires itself; a class, itself; a
sequence, what each of its mandatory items requires; an alternation, the union of one
class from each branch; a group repeated at least once, what its body requires. Look-
arounds, anchors, optional and starred items, negated classes and anything the reader
does not know require nothing. The result can only be too weak, never too strong: a
construct it cannot read gives no class (and the rule is tried everywhere, as before).

:class:`Requirements` reads, for one text, which patterns can match in it at all (every
class they require occurs somewhere) and, in a long text, the start positions from which
a match bounded to ``window`` characters cannot reach a sparse class.
"""
from __future__ import annotations

import itertools
from collections import Counter

import regex

from .patternread import PatternReader, Unreadable, _expand


#: at most this many classes are kept for one alternation (one per choice of a class in
#: each branch); more choices are left out, which only weakens the result
COMBINATIONS = 64


def required_sets(pattern: str) -> list[str]:
    """Class bodies (``[...]`` without brackets) such that every match of ``pattern``
    consumes a character of each; ``[]`` when nothing can be said."""
    try:
        sets = _Reader(pattern).read()
    except (Unreadable, IndexError):
        return []
    return ["".join(s) for s in _strongest([tuple(sorted(set(s))) for s in sets]) if s]


def _strongest(sets: list[tuple]) -> list[tuple]:
    """``sets`` without repeats and without a class that holds another one (requiring the
    smaller one says more)."""
    out: list[tuple] = []
    for s in sorted(set(sets), key=lambda s: (len(s), s)):
        if not any(set(o) <= set(s) for o in out):
            out.append(s)
    return out


class _Reader(PatternReader):
    """What each construct of a pattern requires (see the module doc): a list of classes,
    each a tuple of class items."""

    def empty(self) -> list[tuple]:
        return []

    def any(self, backref=False) -> list[tuple]:
        if backref:
            raise Unreadable("back-reference")  # (as before the shared reader: say nothing)
        return []  # any character: nothing to require

    def chars(self, items) -> list[tuple]:
        return [tuple(sorted(items))]

    def concat(self, a, b) -> list[tuple]:
        return a + b

    def repeat(self, part, low, high) -> list[tuple]:
        return part if low >= 1 else []

    def union(self, branches) -> list[tuple]:
        if len(branches) == 1:
            return branches[0]
        if any(not b for b in branches):
            return []  # a branch that requires nothing: the alternation requires nothing
        # a match goes through one branch, so it holds a character of (one class of that
        # branch) | (one class of the next) | ...: every such choice, up to COMBINATIONS
        out = []
        for choice in itertools.islice(itertools.product(*branches), COMBINATIONS):
            out.append(tuple(sorted({item for cls in choice for item in cls})))
        return _strongest(out)


#: texts up to this long are only checked for which classes they hold at all; longer
#: ones also get the stretches where a sparse class is out of reach (speed only: the
#: result of a scan is the same either way)
ZONE_MIN_CHARS = 5000
#: at most this many classes per rule are checked (the smallest bodies; more would only
#: cost time)
MAX_SETS = 8


class Requirements:
    """The classes each of a list of patterns requires, and, for one text, which patterns
    can match anywhere in it and where they cannot start."""

    def __init__(self, patterns):
        """``patterns``: compiled patterns (or pattern strings, or None for a rule with no
        pattern), one per rule."""
        self.bodies: list[str] = []
        self.of_rule: list[list[int]] = []
        index: dict[str, int] = {}
        # a case-insensitive or verbose pattern is not read as written: nothing required
        patterns = [p if p is None or isinstance(p, str) else
                    None if p.flags & (regex.IGNORECASE | regex.VERBOSE) else p.pattern for p in patterns]
        for sets in _cached_sets(patterns):
            ids = []
            for body in sorted(sets, key=len)[:MAX_SETS]:
                if body not in index:
                    index[body] = len(self.bodies)
                    self.bodies.append(body)
                ids.append(index[body])
            self.of_rule.append(ids)
        self.classes = [regex.compile(f"[{b}]") for b in self.bodies]
        # the characters of a class, where it is a plain list of characters and ranges: a
        # set test is much quicker than a regex over the text's alphabet, once per document
        self.chars = [_expand(b) for b in self.bodies]
        self._plain = None not in self.chars  # every class is such a list

    def read(self, text: str, window: int | None):
        """(alive, zones): ``alive[i]`` is False when the text lacks a class pattern ``i``
        requires; ``zones[i]`` (or None) are the merged intervals of start positions from
        which a match of at most ``window`` characters cannot reach one of its classes
        (none when ``window`` is None: matches of any length)."""
        n = len(text)
        counts = Counter(text) if window is not None and n >= ZONE_MIN_CHARS else None
        if counts is None and self._plain:  # (most texts: one set test per class, in a listcomp)
            letters = _letters(text)
            present = [not chars.isdisjoint(letters) for chars in self.chars]
            alive = [all(map(present.__getitem__, ids)) for ids in self.of_rule]
            return alive, [None] * len(alive)
        letters = counts.keys() if counts is not None else _letters(text)
        alphabet = None  # the letters as a string, for a class only a regex can read
        present = [False] * len(self.classes)
        zones_of = {}
        for j, cls in enumerate(self.classes):
            chars = self.chars[j]
            if chars is not None:
                found = chars & letters if counts is not None else not chars.isdisjoint(letters)
            else:
                alphabet = alphabet if alphabet is not None else "".join(letters)
                found = cls.findall(alphabet)
            present[j] = bool(found)
            if found and counts is not None and sum(counts[c] for c in found) * window <= n:
                zones_of[j] = self._zones(text, cls, window)  # sparse: where is it out of reach
        alive = [all(present[j] for j in ids) for ids in self.of_rule]
        if not zones_of:
            return alive, [None] * len(alive)
        zones = []
        for i, ids in enumerate(self.of_rule):
            parts = [z for j in ids if j in zones_of for z in zones_of[j]]
            zones.append(merge(parts) if alive[i] and parts else None)
        return alive, zones

    @staticmethod
    def _zones(text: str, cls, window: int) -> list[tuple[int, int]]:
        out, prev = [], -1
        for m in cls.finditer(text):
            o = m.start()
            if o - window + 1 > prev + 1:  # starts in (prev, o - window] cannot reach o
                out.append((prev + 1, o - window + 1))
            prev = o
        if prev + 1 < len(text):
            out.append((prev + 1, len(text)))  # after the last one, nothing to reach
        return out


def _cached_sets(patterns: list) -> list:
    """:func:`required_sets` of each pattern (``[]`` for None), kept in the cache folder
    (pipeline/cache.py) under a key of the patterns, this reader's code and the versions:
    reading the date and amount patterns cost ~0.1 s of every start-up."""
    import hashlib
    import marshal
    import sys
    from pathlib import Path

    from . import patternread
    from .cache import cache_path, read_verified, write_atomic

    h = hashlib.blake2b(f"{regex.__version__}|{sys.version}".encode(), digest_size=12)
    for f in (__file__, patternread.__file__):
        h.update(Path(f).read_bytes())
    h.update(repr(patterns).encode())
    try:
        path = cache_path("required", h.hexdigest())
    except OSError:
        path = None
    blob = read_verified(path)
    if blob is not None:
        try:
            got = marshal.loads(blob)
            if isinstance(got, list) and len(got) == len(patterns) \
                    and all(isinstance(x, list) and all(isinstance(b, str) for b in x) for x in got):
                return got
        except (EOFError, ValueError, TypeError):
            pass
    got = [required_sets(p) if p else [] for p in patterns]
    if path is not None:
        write_atomic(path, marshal.dumps(got))
    return got


_LAST: tuple = (None, frozenset())  # (text, its letters): the extractors of one document share it


def _letters(text: str):
    """The set of characters of ``text``, computed once for the extractors reading it."""
    global _LAST
    last = _LAST  # one tuple, swapped whole: safe to read from any thread
    if last[0] is text:
        return last[1]
    letters = frozenset(text)
    _LAST = (text, letters)
    return letters


def merge(intervals: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, merged intervals as two lists (starts, ends)."""
    starts, ends = [], []
    for a, b in sorted(intervals):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends
