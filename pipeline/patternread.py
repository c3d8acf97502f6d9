"""A reader of the rule files' pattern syntax that others give a meaning to: what a match
of a pattern can start with (pipeline/anchors.py) and which characters can follow which
inside a match (:func:`follows`, for the amounts' scan; two characters deep in
pipeline/patternpairs.py). Both can only say too much,
never too little: look-arounds consume nothing and are read as if absent; a construct
the reader does not know raises :class:`Unreadable`. pipeline/required.py reads the
characters a match must contain with the same reader."""
from __future__ import annotations

from functools import lru_cache

import regex


class Unreadable(ValueError):
    """A construct the reader does not know (a reading then says nothing of the pattern)."""


_ESCAPE_SIMPLE = regex.compile(r"\\(?:[pP]\{[^}]*\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\}|.)",
                               regex.DOTALL)


def _escape(p: str, i: int):
    """(class item or None for a zero-width escape, index after the escape)."""
    m = _ESCAPE_SIMPLE.match(p, i)
    if m is None:
        raise Unreadable(f"escape at {i}")
    text = m.group()
    if text[1] in "bBAZzGK":
        return None, m.end()
    if text[1].isdigit() or text[1] in "gkLNX":
        raise Unreadable(f"escape {text}")  # back-references, named lists, graphemes
    return text, m.end()


_ITEM = regex.compile(r"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})|\\([^pPsSdDwWuUxN])|\\(.)|(.)", regex.DOTALL)


#: escapes of control characters in a class (\n is a line end, not the letter n)
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}


@lru_cache(maxsize=8192)
def expand_items(items: frozenset) -> frozenset | None:
    """:func:`_expand` of a class given as its items (class bodies repeat across the
    patterns a start-up reads: each is expanded once)."""
    return _expand("".join(sorted(items)))


def _expand(body: str, limit: int = 4096) -> frozenset | None:
    """The characters of a class body made of characters, escapes of characters and
    ranges; None for one holding a property or a shorthand class (\\p{Han}, \\s)."""
    chars: list[str] = []
    pending_range = False
    for m in _ITEM.finditer(body):
        hex4, hex2, escaped, shorthand, plain = m.groups()
        if shorthand is not None:
            return None
        c = chr(int(hex4 or hex2, 16)) if (hex4 or hex2) else (_CONTROL.get(escaped, escaped) if escaped is not None
                                                                else plain)
        if plain == "-" and chars and not pending_range:
            pending_range = True
            continue
        if pending_range:
            low = ord(chars[-1])
            if ord(c) < low or ord(c) - low > limit:
                return None
            chars.extend(chr(i) for i in range(low + 1, ord(c) + 1))
            pending_range = False
            continue
        chars.append(c)
    if pending_range:
        chars.append("-")
    return frozenset(chars)


_BACKREF = regex.compile(r"\\(?:[1-9][0-9]?|g<[^>]*>)")


class PatternReader:
    """A recursive-descent reader of the rule files' pattern syntax (as required.py's);
    a subclass gives what each construct reads as (``empty``, ``any``, ``chars``,
    ``concat``, ``union``, ``repeat``, ``negative_lookbehind``)."""

    def __init__(self, pattern: str):
        self.p = pattern
        self.i = 0

    def read(self):
        value = self.alternation()
        if self.i != len(self.p):
            raise Unreadable(f"unbalanced ')' at {self.i}")
        return value

    def alternation(self):
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        return self.union(branches)

    def sequence(self):
        value = self.empty()
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            part = self.atom()
            low, high = self.quantifier()
            value = self.concat(value, part if (low, high) == (1, 1) else self.repeat(part, low, high))
        return value

    def negative_lookbehind(self, branches):
        return self.empty()

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
                return self.any(backref=True)  # what a group matched: any characters
            item, self.i = _escape(p, i)
            if item is None:
                return self.empty()  # \b, \B, \A, \Z ...: zero-width
            return self.chars(frozenset((item,)))
        self.i += 1
        if c in "^$":
            return self.empty()
        if c == ".":
            return self.any()
        return self.chars(frozenset((regex.escape(c),)))

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
                return self.any(backref=True)  # a back-reference: any characters
            elif head.startswith("?P<"):
                self.i = p.index(">", self.i) + 1
            elif head.startswith(("?=", "?!")):
                self.i += 2
                zero_width = True
            elif head.startswith("?<!"):
                self.i += 3
                branches = [self.sequence()]
                while self.i < len(p) and p[self.i] == "|":
                    self.i += 1
                    branches.append(self.sequence())
                self.close()
                return self.negative_lookbehind(branches)
            elif head.startswith("?<="):
                self.i += 3
                zero_width = True
            else:
                raise Unreadable(f"group kind {head!r}")
        inner = self.alternation()
        self.close()
        return self.empty() if zero_width else inner

    def close(self):
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise Unreadable("unclosed group")
        self.i += 1

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
            return self.any()  # any character but a few
        return self.chars(frozenset(items))


ANY = None  # a class of any character


class _Follows(PatternReader):
    """Reads a part as (first, nullable, last, ends, after, within): the class items it
    can start with (ANY: any character); whether it can match nothing; whether its last
    consumed character can be one of ``chars``; ... one of ``ends``; the items a
    character can be that comes right after one of ``chars`` inside it; whether it can
    match a string made only of ``inner`` characters."""

    def __init__(self, pattern: str, chars, ends, inner):
        super().__init__(pattern)
        self.sets = (frozenset(chars), frozenset(ends), frozenset(inner))

    def empty(self):
        return frozenset(), True, False, False, frozenset(), True

    def any(self, backref=False):
        # a back-reference: any characters, or none, each after any other
        return ANY, backref, True, True, ANY if backref else frozenset(), True

    def chars(self, items):
        got = expand_items(items)
        last, ends, inner = (got is None or not got.isdisjoint(s) for s in self.sets)
        return items, False, last, ends, frozenset(), inner

    def concat(self, a, b):
        first = _union(a[0], b[0]) if a[1] else a[0]
        after = _union(_union(a[4], b[4]), b[0] if a[2] else frozenset())
        return (first, a[1] and b[1], b[2] or (b[1] and a[2]), b[3] or (b[1] and a[3]), after,
                a[5] and b[5])

    def union(self, branches):
        first, after = frozenset(), frozenset()
        for b in branches:
            first, after = _union(first, b[0]), _union(after, b[4])
        return (first, *(any(b[k] for b in branches) for k in (1, 2, 3)), after, any(b[5] for b in branches))

    def repeat(self, part, low, high):
        if high == 0:
            return self.empty()
        first, nullable, last, ends, after, within = part
        if high >= 2 and last:  # one copy right after another
            after = _union(after, first)
        return first, nullable or low == 0, last, ends, after, within or low == 0


def _union(a, b):
    return ANY if a is ANY or b is ANY else a | b


def follows(pattern: str, chars, ends=(), inner=()) -> frozenset | None:
    """The characters that can come right after one of ``chars`` inside a match of
    ``pattern``; None when they cannot be told (any character, a class such as
    ``\\p{Han}``, a pattern the reader does not know), when a match can end on one of
    ``ends``, or when a match can be made of ``inner`` characters only."""
    try:
        _first, _nullable, _last, ends_in, after, within = _Follows(pattern, chars, ends, inner).read()
    except (Unreadable, IndexError, ValueError):
        return None
    if after is ANY or ends_in or (inner and within):
        return None
    return _expand("".join(sorted(after))) if after else frozenset()
