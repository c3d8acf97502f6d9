"""Compact read-only tables of (division code, name) rows: the register's villages (one
table per province, about 620,000 rows in all) and the 2023 town names.

As Python tuples of two strings a row costs about 200 bytes (a province's villages read
once stayed in every worker for good: 120 MB for a run that touched most provinces);
here the codes are 64-bit integers in one ``array`` and the names one string with an
array of start offsets: about 20 bytes a row. Look-ups give the same answers as the
sorted list of tuples (``bisect`` by code prefix) and the dict they replace; rows are
made as strings only for the code range a look-up asks for (tests/test_codetable.py).
"""
from __future__ import annotations

import gzip
from array import array
from bisect import bisect_left
from pathlib import Path


class CodeTable:
    """Rows ``(code, name)`` of codes of ``width`` ASCII digits, sorted by code."""

    __slots__ = ("width", "codes", "names", "starts")

    def __init__(self, rows, width: int):
        rows = sorted(rows, key=lambda r: r[0])  # stable: rows of one code keep their order
        self.width = width
        self.codes = array("q", [int(c) for c, _n in rows])
        self.names = "".join(n for _c, n in rows)
        starts, pos = array("q", [0]), 0
        for _c, n in rows:
            pos += len(n)
            starts.append(pos)
        self.starts = starts

    @classmethod
    def read(cls, path: Path, width: int, last_wins: bool = False) -> "CodeTable":
        """The rows of a gzipped TSV file ``code<TAB>name`` (codes of ``width`` digits;
        another line is an error). ``last_wins``: a repeated code keeps its last name,
        as a dict made from the lines would."""
        rows = []
        if path.is_file():
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    code, name = line.rstrip("\n").split("\t")[:2]
                    if len(code) != width or not (code.isascii() and code.isdigit()):
                        raise ValueError(f"{path}: code {code!r} is not {width} digits")
                    rows.append((code, name))
        if last_wins:
            rows = list(dict(rows).items())
        return cls(rows, width)

    def __len__(self) -> int:
        return len(self.codes)

    def _range(self, prefix: str) -> tuple[int, int]:
        """Indexes [lo, hi) of the codes that start with ``prefix``."""
        n = len(prefix)
        if n == 0:
            return 0, len(self.codes)
        if n > self.width or not (prefix.isascii() and prefix.isdigit()):
            return 0, 0
        scale = 10 ** (self.width - n)
        p = int(prefix)
        return bisect_left(self.codes, p * scale), bisect_left(self.codes, (p + 1) * scale)

    def rows(self, prefix: str = "") -> list[tuple[str, str]]:
        """``(code, name)`` of every row whose code starts with ``prefix``, in code order."""
        lo, hi = self._range(prefix)
        codes, names, starts, w = self.codes, self.names, self.starts, self.width
        return [(f"{codes[i]:0{w}d}", names[starts[i]:starts[i + 1]]) for i in range(lo, hi)]

    def get(self, code: str, default: str | None = None) -> str | None:
        """The name of ``code`` (the first row's, if several), as ``dict.get``."""
        if len(code) != self.width:
            return default
        lo, hi = self._range(code)
        return self.names[self.starts[lo]:self.starts[lo + 1]] if lo < hi else default
