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
import hashlib
import marshal
import re
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .cache import cache_path, read_verified, write_atomic

FORMAT = "codetable-1"


@lru_cache(maxsize=None)
def _lines(width: int):
    """A file's text: lines of a code of ``width`` ASCII digits, a tab, a name (more
    columns are ignored)."""
    return re.compile(r"(?:[0-9]{%d}\t[^\n]*\n)*" % width)


class CodeTable:
    """Rows ``(code, name)`` of codes of ``width`` ASCII digits, sorted by code."""

    __slots__ = ("width", "codes", "names", "starts")

    def __init__(self, rows, width: int):
        codes = [int(r[0]) for r in rows]
        if any(a > b for a, b in zip(codes, codes[1:])):  # stable: rows of one code keep their order
            rows = sorted(rows, key=lambda r: r[0])
            codes = [int(r[0]) for r in rows]
        self.width = width
        self.codes = array("q", codes)
        names = [r[1] for r in rows]
        self.names = "".join(names)
        starts, pos = array("I", [0]), 0
        for n in map(len, names):
            pos += n
            starts.append(pos)
        self.starts = starts

    @classmethod
    def read(cls, path: Path, width: int, last_wins: bool = False) -> "CodeTable":
        """The rows of a gzipped TSV file ``code<TAB>name`` (codes of ``width`` digits;
        another line is an error). ``last_wins``: a repeated code keeps its last name,
        as a dict made from the lines would. From the start-up cache (pipeline/cache.py)
        when it holds a table made from the same bytes."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls([], width)
        key = hashlib.blake2b(raw, digest_size=12)
        key.update(f"{FORMAT}|{width}|{last_wins}".encode())
        cache = cache_path(f"codes_{path.name.split('.')[0]}_{width}", key.hexdigest())  # a kind per file
        blob = read_verified(cache)  # None unless this user's key authenticates it
        if blob is not None:
            try:
                return cls.from_bytes(blob, width)
            except (EOFError, ValueError, TypeError):
                pass
        text = gzip.decompress(raw).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
        if text and not text.endswith("\n"):
            text += "\n"
        lines = _lines(width)
        if not lines.fullmatch(text):
            bad = next(line for line in text.splitlines() if not lines.fullmatch(line + "\n"))
            raise ValueError(f"{path}: line {bad!r} is not a code of {width} digits, a tab and a name")
        rows = [line.split("\t")[:2] for line in text.splitlines()]
        if last_wins:
            rows = list(dict(rows).items())
        table = cls(rows, width)
        if cache is not None:
            write_atomic(cache, table.to_bytes())
        return table

    def to_bytes(self) -> bytes:
        return marshal.dumps((FORMAT, self.codes.tobytes(), self.names, self.starts.tobytes()))

    @classmethod
    def from_bytes(cls, blob: bytes, width: int) -> "CodeTable":
        fmt, codes, names, starts = marshal.loads(blob)
        if fmt != FORMAT or type(names) is not str:
            raise ValueError("another format")
        t = cls.__new__(cls)
        t.width, t.codes, t.names, t.starts = width, array("q"), names, array("I")
        t.codes.frombytes(codes)
        t.starts.frombytes(starts)
        if len(t.starts) != len(t.codes) + 1 or t.starts[-1] != len(names):
            raise ValueError("damaged")
        return t

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
        # mapped in C over the slices (a county's rows are asked for whenever a table made
        # from them is not kept: ~2x quicker than indexing row by row)
        return list(zip(map(str.zfill, map(str, self.codes[lo:hi]), repeat(self.width, hi - lo)),
                        self.names_of(prefix)))

    def names_of(self, prefix: str = "") -> list[str]:
        """The names of :meth:`rows` without their codes (no code made as a string)."""
        lo, hi = self._range(prefix)
        names, st = self.names, self.starts[lo:hi + 1]
        return [names[a:b] for a, b in zip(st, st[1:])]

    def codes_named(self, prefix: str, name: str) -> list[str]:
        """The codes, in code order, of the rows under ``prefix`` whose name is ``name``:
        found in the names string itself, no row made (a county's rows cost ~100 KB)."""
        lo, hi = self._range(prefix)
        if lo >= hi or not name:
            return []
        names, starts, out = self.names, self.starts, []
        end = starts[hi]
        k = names.find(name, starts[lo], end)
        while k != -1:
            i = bisect_right(starts, k, lo, hi + 1) - 1
            if starts[i] == k and starts[i + 1] == k + len(name):
                out.append(str(self.codes[i]).zfill(self.width))
            k = names.find(name, k + 1, end)
        return out

    def get(self, code: str, default: str | None = None) -> str | None:
        """The name of ``code`` (the first row's, if several), as ``dict.get``."""
        if len(code) != self.width:
            return default
        lo, hi = self._range(code)
        return self.names[self.starts[lo]:self.starts[lo + 1]] if lo < hi else default
