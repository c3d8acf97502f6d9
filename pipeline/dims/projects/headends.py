"""A head closing a text (``ends_with_head``): what the compiled pattern ``(?:h1|h2|...)$``
of every head (longest first) finds, read off a set of the heads instead.

``search(s, pos, endpos)`` of that pattern tries each start from ``pos`` on and takes the
first head that ends the slice there: the leftmost start, i.e. the longest head that is a
suffix of ``s[pos:endpos]`` (``$`` also matches before a final newline: then the longest head
ending right before it). The regex tried every alternative at every start (hundreds of heads,
a search per call and a call per character in a loop of ``category``); this looks up at most
one slice per head length. ``fullmatch`` is the slice being a head. The answers are the
pattern's (tests/dims/projects/test_headends.py compares them on every fixture text)."""
from __future__ import annotations


def _bounds(n: int, pos: int, endpos: int | None) -> tuple[int, int]:
    """pos and endpos as the regex module reads them: negative ones count from the end (as
    slice indices do), both clipped to the text."""
    if pos < 0:
        pos = max(0, pos + n)
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = max(0, endpos + n)
    return pos, endpos


class HeadMatch:
    """The part of a match object the steps read: group(), start(), end(), span()."""

    __slots__ = ("_s", "_e", "_g")

    def __init__(self, s: int, e: int, g: str):
        self._s, self._e, self._g = s, e, g

    def group(self, which=0) -> str:
        if which != 0:
            raise IndexError("no such group")
        return self._g

    def start(self, which=0) -> int:
        return self._s

    def end(self, which=0) -> int:
        return self._e

    def span(self, which=0) -> tuple[int, int]:
        return self._s, self._e

    def __bool__(self) -> bool:
        return True


class HeadEnds:
    """``search`` / ``fullmatch`` of ``(?:<heads, longest first>)$`` over a set of heads."""

    def __init__(self, heads):
        self.heads = frozenset(heads)
        self.lengths = sorted({len(h) for h in self.heads}, reverse=True)
        if not self.heads or "" in self.heads or any("\n" in h for h in self.heads):
            raise ValueError("heads must be non-empty strings without line breaks")

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> HeadMatch | None:
        pos, end = _bounds(len(s), pos, endpos)
        if end > pos and s[end - 1] == "\n":
            # $ before a final newline: no head holds one, so a head ending at the slice's end
            # cannot match; the one ending right before the newline can
            end -= 1
        heads = self.heads
        for k in self.lengths:
            a = end - k
            if a < pos:
                continue
            g = s[a:end]
            if g in heads:
                return HeadMatch(a, end, g)
        return None

    def fullmatch(self, s: str, pos: int = 0, endpos: int | None = None) -> HeadMatch | None:
        pos, end = _bounds(len(s), pos, endpos)
        g = s[pos:end]
        return HeadMatch(pos, end, g) if end > pos and g in self.heads else None
