"""A template's weights of the project-span model packed in two arrays (crf_scorer.py).

A dict of ~1,100 one-character values and their complex weights costs ~150 bytes an entry
(the key string, the complex number, the slot); the same as a sorted ``array('q')`` of
the values' codes and an ``array('d')`` of the weights costs 24. The scorer reads a
template's weights once per key met (its caches keep the sums), so a look-up may bisect.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left


def code(v: str) -> int:
    """A value of at most three characters as one int below 2**63 (21 bits a character,
    its code point + 1: distinct values, distinct codes)."""
    c = 0
    for ch in v:
        c = c << 21 | (ord(ch) + 1)
    return c


def pack(table: dict) -> tuple:
    """(codes, weights, longer values) of value -> complex weight, as :class:`Packed`
    takes them: bytes and a dict (marshallable: the cache folder keeps it)."""
    short = sorted((code(v), w) for v, w in table.items() if len(v) <= 3)
    flat = array("d")
    for _c, w in short:
        flat.append(w.real)
        flat.append(w.imag)
    return (array("q", [c for c, _w in short]).tobytes(), flat.tobytes(),
            {v: w for v, w in table.items() if len(v) > 3})


class Packed:
    """value -> complex weight, read as a dict's ``get``: the values of at most three
    characters by :func:`code`, sorted, their weights beside them as (real, imaginary)
    pairs; longer values in a dict."""

    __slots__ = ("codes", "w", "long")

    def __init__(self, codes: bytes, w: bytes, long: dict):
        self.codes = array("q", codes)
        self.w = array("d", w)
        self.long = long
        if len(self.w) != 2 * len(self.codes):
            raise ValueError("packed weights: one (real, imaginary) pair a code")

    def get(self, v: str, default=None):
        if len(v) > 3:
            return self.long.get(v, default)
        c = code(v)
        codes = self.codes
        i = bisect_left(codes, c)
        if i == len(codes) or codes[i] != c:
            return default
        return complex(self.w[2 * i], self.w[2 * i + 1])

    def __len__(self):
        return len(self.codes) + len(self.long)
