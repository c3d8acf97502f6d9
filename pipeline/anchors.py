"""Where a rule's match can start, read off its pattern -- so that a scan tries a rule
only at the positions where one of its matches can begin, instead of running
``finditer`` over the whole document (issue 12).

:func:`prefixes` reads an (expanded) pattern and returns the classes of the first
``depth`` characters its matches can begin with, as a set of paths (one character class
per position): a match of the pattern starts with the characters of one of the paths (a
path shorter than ``depth`` lets anything, or nothing, follow). Literals and classes are
read as themselves, alternations as the union of their branches, optional and repeated
items as every number of copies the prefix can hold; look-arounds, anchors and ``\\b`` are
read as if absent, so the paths can only allow too much, never too little. A pattern
that can match the empty string, that can start with ``.``, a negated class or a
back-reference, or that uses a construct the reader does not know, has no paths
(``None``): :class:`pipeline.prefilter.AnchoredScan` then runs it over the whole text, as before, and
``zhextract rules lint`` names it.
"""
from __future__ import annotations

import regex

from .patternread import PatternReader
from .patternread import Unreadable

#: how many leading characters a rule's start test reads
DEPTH = 3
#: a pattern whose prefix paths outgrow this is read to a smaller depth
MAX_PATHS = 512


class _TooMany(Exception):
    pass


def prefixes(pattern: str, flags: int = 0, depth: int = DEPTH):
    """The start paths of ``pattern``: a frozenset of (``before``, ``path``), ``path`` a
    tuple of class bodies (one per leading character) and ``before`` the body of a class
    the character before the match is not in ("" for none); or None when no start can be
    told (see the module docstring)."""
    if flags & (regex.IGNORECASE | regex.VERBOSE | regex.FULLCASE):
        return None  # a pattern not read as written
    while depth >= 1:
        try:
            paths = _Reader(pattern, depth).read()
        except _TooMany:
            depth -= 1
            continue
        except (Unreadable, IndexError, ValueError):
            return None
        if any(not p for _, p, _ in paths):
            return None  # can match nothing, or start with any character
        return frozenset(("".join(sorted(e)), tuple("".join(sorted(c)) for c in p)) for e, p, _ in paths)
    return None


def first_class(paths) -> str:
    """The class body of the first characters of ``paths``."""
    return "".join(sorted({item for _, p in paths for item in items(p[0])}))


def items(body: str) -> list[str]:
    return [m.group() for m in _ITEM.finditer(body)]


_ITEM = regex.compile(r"(?:\\(?:[pP]\{[^}]*\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\}|.)|[^\\])"
                      r"(?:-(?:\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\}|.)|[^\\]))?",
                      regex.DOTALL)


# A part of a pattern reads as a set of (before, path, open): ``path`` a tuple of classes
# (each a frozenset of class items) of the characters it consumes first, at most
# ``depth`` of them; ``open`` when the part can end right there (what follows continues
# the path); ``before`` a class the character before the part cannot be in (a negative
# look-behind of single characters read before anything is consumed; else empty). A path
# cut at ``depth`` characters, or before any character, is closed.
_NONE = frozenset()
_EMPTY = frozenset({(_NONE, (), True)})
_ANY = frozenset({(_NONE, (), False)})  # cut: any character may come here (the path ends)


class _Reader(PatternReader):
    """Start paths (see the comment above)."""

    def __init__(self, pattern: str, depth: int):
        super().__init__(pattern)
        self.depth = depth

    def empty(self):
        return _EMPTY

    def any(self, backref=False):
        return _ANY  # the path ends here

    def chars(self, items):
        return frozenset({(_NONE, (items,), True)})

    def union(self, branches):
        return _merge(set().union(*branches))

    def negative_lookbehind(self, branches):
        """``(?<!...)``: the character before cannot be one its single-character branches
        name (a longer branch says nothing about one character)."""
        before = set()
        for branch in branches:
            if all(len(path) == 1 and is_open and not b for b, path, is_open in branch):
                before.update(item for _, path, _ in branch for item in path[0])
        return frozenset({(frozenset(before), (), True)})

    def concat(self, left, right):
        if not any(o for _, _, o in left):
            return left
        out = set()
        for before, path, is_open in left:
            if not is_open:
                out.add((before, path, False))
                continue
            for more_before, more, more_open in right:
                # a look-behind of ``right`` reads the character before the whole only when
                # ``left`` consumed nothing
                b = before | more_before if not path else before
                joined = path + more
                if len(joined) >= self.depth:
                    out.add((b, joined[:self.depth], False))
                else:
                    out.add((b, joined, more_open))
        return _merge(out)

    def repeat(self, part, low, high):
        if (low, high) == (1, 1):
            return part
        # with paths cut at ``depth`` characters, ``depth`` copies say all that more could
        ks = range(min(low, self.depth), min(high, self.depth) + 1)
        out, power = set(), _EMPTY
        for k in range(0, max(ks) + 1):
            if k in ks:
                out |= power
            power = self.concat(power, part)
        return _merge(out)


def _merge(paths):
    """The same strings allowed by fewer paths: paths equal but for their last class
    (and alike in ``before`` and ``open``) become one with the union of those classes."""
    if len(paths) == 1:  # two thirds of the calls: nothing to merge
        return paths if type(paths) is frozenset else frozenset(paths)
    groups: dict = {}
    for before, path, is_open in paths:
        key = (before, path[:-1], is_open, len(path))
        if path:
            groups.setdefault(key, set()).update(path[-1])
        else:
            groups.setdefault(key, set())
    out = frozenset((before, head + (frozenset(last),) if n else (), is_open)
                    for (before, head, is_open, n), last in groups.items())
    if len(out) > MAX_PATHS:
        raise _TooMany
    return out
