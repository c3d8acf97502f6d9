"""Per-user cache of data derived from rule and dictionary files (start-up speed).

Files live in ``$ZHEXTRACT_CACHE``, else ``$XDG_CACHE_HOME/zhextract``, else
``~/.cache/zhextract``, in a folder only the user can write (the cache holds pickled
objects, which must never come from a shared, world-writable place such as /tmp).
Names carry a hash of their inputs' content, so a stale file is never read; writing a
new one keeps the :data:`KEEP` most recently used files of the same kind and removes
the rest, so installs sharing the folder (two checkouts, two venvs with different
code or dictionaries) do not evict each other's files on every run. Any failure means "no cache": callers
build the data instead.

Every file is authenticated: :func:`write_atomic` puts an HMAC-SHA256 of the file's name
and data, keyed by a random per-user secret (``.key`` in the folder, mode 0600), in
front of the data, and :func:`read_verified` returns the data only when that tag holds.
A file planted or altered by anyone without the key -- or truncated, or written by an
older version -- reads as "no cache", so nothing in it is unmarshalled or unpickled.
Callers still check the shape of what they load and rebuild on any mismatch.

A file missing from the user's folder is also looked for in the install's **seed**
folder (:func:`seed_dir`: ``$ZHEXTRACT_CACHE_SEED``, else ``<venv>/share/zhextract-cache``),
which ``make`` fills once at install time by one run in it (the Makefile's ``seed``
target): the same files, names and authentication (that folder's own key), read only.
A run with an empty cache folder then reads what the install built instead of building
it again; a seed file is never written, refreshed or evicted by a run, and one made
from other inputs (a rule edited since) has another name and is simply not found.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

MAGIC = b"zhx-cache-1\n"
_KEY_FILE = ".key"
_KEY_BYTES = 32
KEEP = 4  # files of one kind kept (most recently used first)


def cache_dir() -> Path | None:
    root = os.environ.get("ZHEXTRACT_CACHE")
    if root:
        path = Path(root)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        path = Path(base) / "zhextract"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = path.stat()
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None  # someone else's or group/world-writable: do not trust it
        return path
    except OSError:
        return None


def _trusted(path: Path) -> bool:
    st = path.stat()
    return not (hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022))


def seed_dir() -> Path | None:
    """The install's read-only seed folder (see the module doc), or None: none made,
    ``ZHEXTRACT_CACHE_SEED`` set empty, or not this user's alone to write."""
    root = os.environ.get("ZHEXTRACT_CACHE_SEED")
    if root is None:
        import sys

        root = os.path.join(sys.prefix, "share", "zhextract-cache")
    if not root:
        return None
    path = Path(root)
    try:
        if not path.is_dir() or not _trusted(path):
            return None
        here = cache_dir()
        if here is not None and here.resolve() == path.resolve():
            return None  # filling the seed itself
        return path
    except OSError:
        return None


def present(path: Path | None) -> bool:
    """Whether a cache file is there to read, in the user's folder or the seed."""
    if path is None:
        return False
    if path.exists():
        return True
    seed = seed_dir()
    return seed is not None and (seed / path.name).exists()


def cache_path(kind: str, key: str, suffix: str = ".bin") -> Path | None:
    """Where the cache file of ``kind`` for inputs hashed to ``key`` lives (or None)."""
    d = cache_dir()
    return None if d is None else d / f"{kind}-{key}{suffix}"


def _key(folder: Path, make: bool = True) -> bytes | None:
    """The per-user secret of a cache folder, made on first use (None if unusable; with
    ``make`` false, None where there is none yet)."""
    path = folder / _KEY_FILE
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                st = os.fstat(fd)
                key = os.read(fd, _KEY_BYTES + 1)
            finally:
                os.close(fd)
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
                return None  # not ours alone: not a secret
            if len(key) == _KEY_BYTES:
                return key
            if not make:
                return None
            os.unlink(path)  # damaged: make a new one (every old file becomes "no cache")
        except FileNotFoundError:
            if not make:
                return None
        except OSError:
            return None
        try:
            # written whole under a temporary name, then linked in place (a link never
            # replaces a file): a process starting at the same moment reads the whole key
            # or none, never a partial one it would take for damage and replace
            key = secrets.token_bytes(_KEY_BYTES)
            fd, tmp = tempfile.mkstemp(prefix=_KEY_FILE + ".", dir=folder)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(key)
                try:
                    os.link(tmp, path)
                except FileExistsError:
                    raise
                except OSError:  # a file system without hard links: made in place
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
                    with os.fdopen(fd, "wb") as f:
                        f.write(key)
            finally:
                os.unlink(tmp)
        except FileExistsError:
            continue  # another process made it first: read theirs
        except OSError:
            return None
    return None


def _tag(key: bytes, name: str, data: bytes) -> bytes:
    return hmac.new(key, name.encode("utf-8", "surrogateescape") + b"\0" + data, hashlib.sha256).digest()


def read_verified(path: Path | None) -> bytes | None:
    """The data :func:`write_atomic` stored at ``path``, or None when there is none or
    its tag does not hold (planted, altered, truncated, or of another format)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            blob = f.read()
    except FileNotFoundError:
        seed = seed_dir()
        if seed is None:
            return None
        return _verified(seed / path.name, _key(seed, make=False), touch=False)
    except OSError:
        return None
    return _verified(path, _key(path.parent), blob)


def _verified(path: Path, key: bytes | None, blob: bytes | None = None, touch: bool = True) -> bytes | None:
    if key is None:
        return None
    if blob is None:
        try:
            with open(path, "rb") as f:
                blob = f.read()
        except OSError:
            return None
    head = len(MAGIC) + 32
    if len(blob) < head or not blob.startswith(MAGIC):
        return None
    data = blob[head:]
    if not hmac.compare_digest(blob[len(MAGIC):head], _tag(key, path.name, data)):
        return None
    if not touch:
        return data
    try:
        os.utime(path)  # recently used: kept when another install writes its own file
    except OSError:
        pass
    return data


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` (authenticated, see the module doc) to ``path`` via a temp file
    and a rename; keep the :data:`KEEP` most recently used files of the same kind. Errors are swallowed: a cache
    that cannot be written is no cache."""
    kind = path.name.rsplit("-", 1)[0]
    key = _key(path.parent)
    if key is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + _tag(key, path.name, data) + data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        olds = []
        for old in path.parent.glob(f"{kind}-*"):
            # not another process's temporary file (NAME.bin.RANDOM), nor another kind
            if old != path and old.name.count(".") == 1 and old.name.rsplit("-", 1)[0] == kind:
                try:
                    olds.append((old.stat().st_mtime_ns, old))
                except OSError:
                    pass
        for _, old in sorted(olds, reverse=True)[KEEP - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def cached_rule_table(kind: str, code_file: str, rules, extra: str, build, encode, decode):
    """A table derived from rules' patterns, kept in the cache folder: the key is the
    ``regex`` and Python versions, the code that builds the table (``code_file``, a path or several), ``extra``
    (what else the table depends on) and every rule's pattern and flags. ``decode`` turns
    the stored (marshalled) value back into the table, or returns None when it does not
    fit; otherwise ``build()`` makes the table and ``encode`` what is stored of it."""
    import sys

    import regex

    h = hashlib.blake2b(f"{regex.__version__}|{sys.version}|{extra}".encode(), digest_size=12)
    for f in code_file if isinstance(code_file, (list, tuple)) else (code_file,):
        h.update(Path(f).read_bytes())
    h.update(repr([None if r.regex is None else (r.regex.pattern, int(r.regex.flags)) for r in rules]).encode())
    return _marshal_cached(kind, h.hexdigest(), build, encode, decode)


def _marshal_cached(kind: str, key: str, build, encode, decode):
    """The value kept under ``key`` in the cache folder (``decode`` of what marshal
    stored; None from it means it does not fit), else ``build()``, stored as ``encode`` of
    it -- unless marshal cannot hold that (an object it does not know: built every time)."""
    import marshal

    try:
        path = cache_path(kind, key)
    except OSError:
        path = None
    blob = read_verified(path)
    if blob is not None:
        try:
            got = decode(marshal.loads(blob))
            if got is not None:
                return got
        except (EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        try:
            data = marshal.dumps(encode(value))
        except ValueError:
            return value
        write_atomic(path, data)
    return value


def cached_file(kind: str, data: bytes, salt: str, parse):
    """``parse(data)`` (a file's bytes; a value marshal holds), kept in the cache folder
    under a key of ``data`` and ``salt`` (the parser's version and code): the project-span
    model's weights (dims/projects/crf_scorer.py) are read with one ``marshal.loads``."""
    h = hashlib.blake2b(salt.encode("utf-8", "surrogateescape"), digest_size=12)
    h.update(data)
    return _marshal_cached(kind, h.hexdigest(), lambda: parse(data), lambda v: v, lambda v: v)


def cached_parse(kind: str, text: str, salt: str, parse):
    """``parse(text)`` (a YAML document: dicts, lists, strings, numbers), kept in the cache
    folder under a key of ``text`` and ``salt`` (what else the result depends on: the
    parser's version and code): a warm start reads the rule files' YAML with one
    ``marshal.loads`` each instead of parsing it again (~0.04 s of every start). A
    result marshal cannot hold is not kept; a parse that raises raises as before."""
    h = hashlib.blake2b(salt.encode("utf-8", "surrogateescape"), digest_size=12)
    h.update(text.encode("utf-8", "surrogateescape"))
    return _marshal_cached(kind, h.hexdigest(), lambda: parse(text), lambda v: v, lambda v: v)
