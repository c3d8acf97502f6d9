"""Per-user cache of data derived from rule and dictionary files (start-up speed).

Files live in ``$ZHEXTRACT_CACHE``, else ``$XDG_CACHE_HOME/zhextract``, else
``~/.cache/zhextract``, in a folder only the user can write (the cache holds pickled
objects, which must never come from a shared, world-writable place such as /tmp).
Names carry a hash of their inputs, so a stale file is never read; writing a new one
removes the older files of the same kind. Any failure means "no cache": callers
build the data instead.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


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


def cache_path(kind: str, key: str, suffix: str = ".bin") -> Path | None:
    """Where the cache file of ``kind`` for inputs hashed to ``key`` lives (or None)."""
    d = cache_dir()
    return None if d is None else d / f"{kind}-{key}{suffix}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file and a rename; drop older files of
    the same kind. Errors are swallowed: a cache that cannot be written is no cache."""
    kind = path.name.rsplit("-", 1)[0]
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{kind}-*"):
            if old != path and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)
    except OSError:
        pass
