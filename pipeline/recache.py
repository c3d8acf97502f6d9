"""Compiled rule patterns kept between runs (start-up speed).

Compiling the rule patterns with the ``regex`` module is mostly its pure-Python parser
and code generator (about 0.5 s for the rules of ``rules/``); what it hands to the C
engine at the end, ``_regex.compile(pattern, flags, code, ...)``, is a handful of ints,
lists and dicts. :class:`PatternCache` records those arguments the first time a pattern
is compiled and keeps them in the user's cache folder (pipeline/cache.py: authenticated,
marshal only), keyed by the ``regex`` and Python versions; the next process builds the
same pattern object from them directly. The engine gets the very code ``regex.compile``
would produce, so matching is unchanged. Anything unexpected (another ``regex`` layout,
named lists, a damaged entry) falls back to ``regex.compile``.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading

import regex

from .cache import cache_path, read_verified, write_atomic

try:  # the engine entry point regex.compile ends in (regex >= 2021 keeps it in regex._main)
    from regex import _main as _regex_main
except ImportError:  # pragma: no cover - another layout: no cache, plain compiles
    _regex_main = None

_lock = threading.Lock()
_ARGS = 11  # pattern, flags, code, group_index, index_group, named_lists, named_list_indexes,
#             req_offset, req_chars, req_flags, group_count


class _Capture:
    """Stands in for the ``_regex`` extension module during one compile and records the
    arguments of its ``compile`` call."""

    def __init__(self, real):
        self._real = real
        self.args = None

    def __getattr__(self, name):
        return getattr(self._real, name)

    def compile(self, *args):
        self.args = args
        return self._real.compile(*args)


def cache_file():
    """Where the compiled patterns of this ``regex`` build are kept (None: not kept)."""
    if _regex_main is None:
        return None
    try:  # the engine's own build too: code is only ever handed to the engine that made it
        st = os.stat(_regex_main._regex.__file__)
        build = f"{_regex_main._regex.__file__}|{st.st_size}|{st.st_mtime_ns}"
    except (AttributeError, OSError, TypeError):
        return None
    key = hashlib.blake2b(f"{regex.__version__}|{sys.version}|{getattr(regex, 'DEFAULT_VERSION', '')}|{build}"
                          .encode(), digest_size=12).hexdigest()
    return cache_path("regex-code", key)


class PatternCache:
    def __init__(self):
        self.enabled = _regex_main is not None and hasattr(getattr(_regex_main, "_regex", None), "compile")
        self.path = None
        self.known: dict = {}
        self.used: dict = {}
        self.dirty = False
        if not self.enabled:
            return
        self.path = cache_file()
        if self.path is None:
            return
        blob = read_verified(self.path)
        if blob is not None:
            try:
                known = marshal.loads(blob)
                if isinstance(known, dict):
                    self.known = known
            except (EOFError, ValueError, TypeError):
                pass

    def compile(self, pattern: str):
        """``regex.compile(pattern)``; errors are regex's own (``regex.error``)."""
        if not self.enabled:
            return regex.compile(pattern)
        args = self.known.get(pattern)
        if type(args) is tuple and len(args) == _ARGS and args[0] == pattern:
            try:
                compiled = _regex_main._regex.compile(*args)
                self.used[pattern] = args
                return compiled
            except Exception:  # noqa: BLE001 - a stale or damaged entry: compile afresh
                pass
        with _lock:
            real = _regex_main._regex
            cap = _Capture(real)
            _regex_main._regex = cap
            try:
                compiled = regex.compile(pattern, cache_pattern=False)
            finally:
                _regex_main._regex = real
        args = cap.args
        if args is not None and len(args) == _ARGS and args[0] == pattern and not args[5]:  # no named lists
            args = (args[0], int(args[1]), *args[2:])  # flags: a RegexFlag, which marshal does not take
            try:
                marshal.dumps(args)
            except ValueError:
                return compiled
            self.used[pattern] = args
            self.dirty = True
        return compiled

    def save(self) -> None:
        """Keep what this process compiled (plus, within reason, what other rule sets
        sharing the folder compiled) for the next one."""
        if not self.dirty or self.path is None:
            return
        data = dict(self.used)
        if len(self.known) + len(data) <= 4 * max(len(data), 64):
            data = {**self.known, **data}
        write_atomic(self.path, marshal.dumps(data))
        self.known, self.dirty = data, False
