"""Surface -> readings tables kept as one string, their :class:`Entry` lists made on first use.

The places index (pipeline/dims/places/index.py) maps ~67,000 surfaces to ~90,000
readings. Held as Python objects (a list of Entry tuples, each with a path tuple and
strings) they are ~40 MB that a forked worker copies page by page as it reads them: every
read writes the reference counts of the list, the Entry and its fields, and an Entry
shares its page with dozens of others. Here the readings are one string per table
(fields joined by control characters) and an array of offsets, which no read writes to;
each process makes the lists of the surfaces it meets, once, in its own memory. Lists
made are kept (one per surface met: at most the table's size).

:class:`LazyEntries` answers as the dict it replaces (``get``, ``[]``, ``in``, ``len``,
iteration over the surfaces, ``items``/``values``). The lists it returns are the same
objects on every call, as the dict's were; an Entry reached through ``entry_of`` (a code's
full-name reading) is the one in its surface's list, as before.
"""
from __future__ import annotations

from array import array
from sys import intern
from itertools import accumulate
from collections.abc import Mapping

from .gazetteer import Entry

_ENTRY, _FIELD, _ITEM = "\x1e", "\x1f", "\x1d"


def encode(surfaces: dict) -> tuple[dict, str, bytes]:
    """(surface -> number, the readings as one string, the offsets as array('I') bytes)."""
    f, i, e = _FIELD, _ITEM, _ENTRY
    recs = [e.join([f"{name}{f}{level}{f}{code}{f}{i.join(path)}{f}{form}{f}{i.join(members)}"
                    for name, level, code, path, form, members in entries]) for entries in surfaces.values()]
    off = array("I", [0])
    off.extend(accumulate(map(len, recs)))
    return dict(zip(surfaces, range(len(recs)))), "".join(recs), off.tobytes()


def entry_refs(surfaces: dict, entry_of: dict) -> tuple[dict, dict]:
    """(code -> surface number << 16 | position of the code's full-name Entry in its list
    (that object, or an equal one: the first in the list), code -> the Entry as a tuple
    where no list holds it)."""
    num = dict(zip(surfaces, range(len(surfaces))))
    refs, rest = {}, {}
    for code, e in entry_of.items():
        try:
            refs[code] = num[e.name] << 16 | surfaces[e.name].index(e)
        except (KeyError, ValueError):
            rest[code] = tuple(e)
    return refs, rest


_intern: dict = {}


def _decode(rec: str) -> list:
    """The entries of one surface. The names and the names of a path are interned: the
    entries made in a run share their provinces, cities and counties (and a name is its
    path's last), ~30 % of the memory the lists made take."""
    out = []
    new, get = tuple.__new__, _intern.setdefault
    for r in rec.split(_ENTRY):
        name, level, code, path, form, members = r.split(_FIELD)
        out.append(new(Entry, (intern(name), get(level, level), code,
                               tuple(map(intern, path.split(_ITEM))) if path else (),
                               get(form, form), tuple(members.split(_ITEM)) if members else ())))
    return out


class LazyEntries(Mapping):
    """surface -> list[Entry], made from the string on first use (see the module doc)."""

    __slots__ = ("_sid", "_blob", "_off", "_made", "_keys")

    def __init__(self, sid: dict, blob: str, off: bytes):
        self._sid, self._blob = sid, blob
        self._off = array("I")
        self._off.frombytes(off)
        self._made: dict = {}  # surface number -> its list, in this process
        self._keys = None

    def by_number(self, n: int) -> list:
        got = self._made.get(n)
        if got is None:
            off = self._off
            got = self._made[n] = _decode(self._blob[off[n]:off[n + 1]])
        return got

    def get(self, key, default=None):
        n = self._sid.get(key)
        return default if n is None else self.by_number(n)

    def __getitem__(self, key):
        n = self._sid.get(key)
        if n is None:
            raise KeyError(key)
        return self.by_number(n)

    def __contains__(self, key) -> bool:
        return key in self._sid

    def __iter__(self):
        return iter(self._sid)

    def __len__(self) -> int:
        return len(self._sid)


class LazyEntryOf(Mapping):
    """code -> its full-name Entry, the object in its surface's list of ``surfaces``."""

    __slots__ = ("_refs", "_rest", "_surfaces")

    def __init__(self, refs: dict, rest: dict, surfaces: LazyEntries):
        self._refs, self._surfaces = refs, surfaces
        self._rest = {c: tuple.__new__(Entry, t) for c, t in rest.items()}

    def get(self, code, default=None):
        ref = self._refs.get(code)
        if ref is None:
            return self._rest.get(code, default)
        return self._surfaces.by_number(ref >> 16)[ref & 0xFFFF]

    def __getitem__(self, code):
        got = self.get(code)
        if got is None:
            raise KeyError(code)
        return got

    def __contains__(self, code) -> bool:
        return code in self._refs or code in self._rest

    def __iter__(self):
        yield from self._refs
        yield from self._rest

    def __len__(self) -> int:
        return len(self._refs) + len(self._rest)


class Layered(Mapping):
    """``top`` over ``base`` (a dict's update, without copying either)."""

    __slots__ = ("top", "base")

    def __init__(self, top: Mapping, base: Mapping):
        self.top, self.base = top, base

    def get(self, key, default=None):
        got = self.top.get(key)
        return self.base.get(key, default) if got is None else got

    def __getitem__(self, key):
        got = self.top.get(key)
        return self.base[key] if got is None else got

    def __contains__(self, key) -> bool:
        return key in self.top or key in self.base

    def __iter__(self):
        yield from self.base
        for k in self.top:
            if k not in self.base:
                yield k

    def __len__(self) -> int:
        return len(self.base) + sum(1 for k in self.top if k not in self.base)
