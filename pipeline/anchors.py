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
(``None``): :class:`AnchoredScan` then runs it over the whole text, as before, and
``zhextract rules lint`` names it.
"""
from __future__ import annotations

import regex

from .required import Unreadable, _escape

#: how many leading characters a rule's start test reads
DEPTH = 3
#: a pattern whose prefix paths outgrow this is read to a smaller depth
MAX_PATHS = 512

ANY = None  # a position any character can fill (the path is cut there)


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
            reader = _Reader(pattern, depth)
            paths = reader.alternation()
            if reader.i != len(pattern):
                raise Unreadable(f"unbalanced ')' at {reader.i}")
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
_BACKREF = regex.compile(r"\\(?:[1-9][0-9]?|g<[^>]*>)")


class _Reader:
    """A recursive-descent reader of the rule files' pattern syntax (as required.py's)."""

    def __init__(self, pattern: str, depth: int):
        self.p = pattern
        self.i = 0
        self.depth = depth

    def alternation(self):
        paths = set(self.sequence())
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            paths |= self.sequence()
        return _merge(paths)

    def sequence(self):
        paths = _EMPTY
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            part = self.atom()
            low, high = self.quantifier()
            paths = self.concat(paths, self.repeat(part, low, high))
        return paths

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

    def quantifier(self):
        """(least, most) count of the quantifier at the cursor ((1, 1) when there is none)."""
        p, i = self.p, self.i
        if i >= len(p):
            return 1, 1
        c = p[i]
        if c in "*+?":
            low, high = (0 if c in "*?" else 1), (1 if c == "?" else 1 << 30)
            self.i += 1
        elif c == "{":
            m = regex.match(r"\{(\d*)(,(\d*))?\}", p[i:])
            if m is None:
                raise Unreadable(f"quantifier at {i}")
            low = int(m.group(1) or 0)
            high = low if m.group(2) is None else int(m.group(3)) if m.group(3) else 1 << 30
            self.i += m.end()
        else:
            return 1, 1
        if self.i < len(p) and p[self.i] in "?+":  # lazy or possessive
            self.i += 1
        return low, high

    def atom(self):
        p, i = self.p, self.i
        c = p[i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            backref = _BACKREF.match(p, i)
            if backref:
                self.i = backref.end()
                return _ANY  # what a group matched: any characters
            item, self.i = _escape(p, i)
            if item is None:
                return _EMPTY  # \b, \B, \A, \Z ...: zero-width
            return frozenset({(_NONE, (frozenset((item,)),), True)})
        self.i += 1
        if c in "^$":
            return _EMPTY
        if c == ".":
            return _ANY
        return frozenset({(_NONE, (frozenset((regex.escape(c),)),), True)})

    def group(self):
        p = self.p
        self.i += 1
        zero_width = False
        if p.startswith("?", self.i):
            head = p[self.i:self.i + 4]
            if head.startswith(("?:", "?>")):
                self.i += 2
            elif head.startswith("?P="):
                self.i = p.index(")", self.i) + 1
                return _ANY  # a back-reference: any characters
            elif head.startswith("?P<"):
                self.i = p.index(">", self.i) + 1
            elif head.startswith(("?=", "?!")):
                self.i += 2
                zero_width = True
            elif head.startswith("?<!"):
                self.i += 3
                return self.lookbehind()
            elif head.startswith("?<="):
                self.i += 3
                zero_width = True
            else:
                raise Unreadable(f"group kind {head!r}")
        inner = self.alternation()
        self.close()
        return _EMPTY if zero_width else inner

    def close(self):
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise Unreadable("unclosed group")
        self.i += 1

    def lookbehind(self):
        """``(?<!...)``: the character before cannot be one its single-character branches
        name (a longer branch says nothing about one character)."""
        before = set()
        while True:
            branch = self.sequence()
            if all(len(path) == 1 and is_open and not b for b, path, is_open in branch):
                before.update(item for _, path, _ in branch for item in path[0])
            if self.i < len(self.p) and self.p[self.i] == "|":
                self.i += 1
                continue
            break
        self.close()
        return frozenset({(frozenset(before), (), True)})

    def char_class(self):
        p = self.p
        i = self.i + 1
        negated = p.startswith("^", i)
        if negated:
            i += 1
        items = []
        first = True
        while True:
            if i >= len(p):
                raise Unreadable("unclosed class")
            c = p[i]
            if c == "]" and not first:
                i += 1
                break
            first = False
            if c == "\\":
                item, i = _escape(p, i)
                if item is None:
                    raise Unreadable("zero-width escape in a class")
            elif c == "[":
                raise Unreadable("nested class")
            else:
                item, i = regex.escape(c), i + 1
            if p.startswith("-", i) and i + 1 < len(p) and p[i + 1] != "]":
                j = i + 1
                if p[j] == "\\":
                    end_item, j = _escape(p, j)
                    if end_item is None:
                        raise Unreadable("range to a zero-width escape")
                else:
                    end_item, j = regex.escape(p[j]), j + 1
                item = f"{item}-{end_item}"
                i = j
            items.append(item)
        self.i = i
        if negated:
            return _ANY  # any character but a few: the path ends here
        return frozenset({(_NONE, (frozenset(items),), True)})


def _merge(paths):
    """The same strings allowed by fewer paths: paths equal but for their last class
    (and alike in ``before`` and ``open``) become one with the union of those classes."""
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
