"""Traditional characters read as simplified, one character for one, so that every offset
into the text still holds (SPEC §1): 廣東省 is found as 广东省 and its row keeps the text as
written, 億元 is money, 約 a qualifier. The table is OpenCC's (the maintained ``opencc``
package, config ``t2s``) taken character by character, and for variant characters OpenCC
leaves alone (陜西 for 陕西) the zh-cn table of the ``zhconv`` package: phrase conversions that change a
text's length are not used, and a character of the simplified set itself (GB2312: 乾, 著)
is never mapped. It is read on first need from the start-up cache (pipeline/cache.py; keyed by
this module and the files of both packages), else built (~0.4 s: importing zhconv alone
takes 0.25 s) and cached; a process pool's loader reads it before it forks (engines._preload).

A text is read through the table only when it is likely traditional: it does not encode
in GB2312 (the simplified set) and at least MIN_TRADITIONAL of its characters, or one in
a hundred characters, change. A simplified article holding one rare character stays
as it is.
"""
from __future__ import annotations

from functools import lru_cache

FORMAT = "variants-1"  # of the cached table
MIN_TRADITIONAL = 3  # characters that must change before a text is read as traditional
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict]:
    """(to simplified, to None): both keyed by the code points that change."""
    from .cache import _marshal_cached

    table = _marshal_cached("variants", _cache_key(), _built, lambda t: t, _fits)
    return table, dict.fromkeys(table)


def _fits(table):
    """The cached table, or None when what was stored is no {code point: code point}."""
    if type(table) is dict and all(type(k) is int and type(v) is int for k, v in table.items()):
        return table
    return None


def _cache_key() -> str:
    """What the table is made from: this module's code and the installed files of opencc
    and zhconv (names, sizes, times), not their versions (importlib.metadata: 0.13 s)."""
    import hashlib
    import importlib.util
    import os
    from pathlib import Path

    h = hashlib.blake2b(digest_size=12)
    h.update(f"{FORMAT}|{_RANGES}|".encode())
    h.update(Path(__file__).read_bytes())
    for pkg in ("opencc", "zhconv"):
        spec = importlib.util.find_spec(pkg)
        h.update(f"|{pkg}|{spec.origin if spec else None}|".encode("utf-8", "surrogateescape"))
        for root in (spec.submodule_search_locations or []) if spec else []:
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for name in sorted(files):
                    st = os.stat(os.path.join(folder, name))
                    rel = os.path.relpath(os.path.join(folder, name), root)
                    h.update(f"{rel}|{st.st_size}|{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _built() -> dict:
    """The table made from OpenCC's t2s and zhconv (see the module doc)."""
    import opencc

    chars = [chr(c) for lo, hi in _RANGES for c in range(lo, hi)]
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # a converter that joined or split lines: take nothing
        return {}
    table = {ord(a): ord(b) for a, b in zip(chars, out) if len(b) == 1 and b != a and not _simplified_char(a)}
    table.update(_variant_table(chars, table))
    return table


def _variant_table(chars: list[str], known: dict) -> dict:
    """Variant characters (异体字) OpenCC's t2s leaves as they are (陜 for 陕, 倣 for 仿): the
    MediaWiki zh-cn table of the maintained ``zhconv`` package, character by character,
    where it gives one simplified character. Nothing when zhconv is missing."""
    try:
        import zhconv
    except ImportError:  # pragma: no cover - an install without it reads OpenCC's table only
        return {}
    todo = [c for c in chars if ord(c) not in known and not _simplified_char(c)]
    out = zhconv.convert("\n".join(todo), "zh-cn").split("\n")
    if len(out) != len(todo):
        return {}
    return {ord(a): ord(b) for a, b in zip(todo, out) if len(b) == 1 and b != a and _simplified_char(b)}


def _simplified_char(ch: str) -> bool:
    """A character of the simplified set (GB2312) is never mapped: 乾 in 乾坤 stays."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def simplified(text: str) -> str:
    """``text`` with traditional characters replaced one for one, or ``text`` itself (the
    same object) when it is simplified already."""
    try:
        text.encode("gb2312")
        return text
    except UnicodeEncodeError:
        pass
    try:
        table, drop = _tables()
    except Exception:  # opencc missing or broken: the text is read as it stands
        return text
    changed = len(text) - len(text.translate(drop))
    if changed < MIN_TRADITIONAL and changed * 100 < len(text):
        return text
    return text.translate(table)
