"""Input discovery: which files a run reads, in which order, under which ``doc_id``.

* A file named on the command line is always read (``.jsonl`` in any letter case as
  JSONL, anything else as one text document).
* A folder contributes the files below it whose name matches an ``--include`` glob
  (default ``*.txt`` and ``*.jsonl``, letter case ignored) and no ``--exclude`` glob;
  globs are tried against the name and against the path relative to the folder. Hidden
  files and folders (``.git``, a run's ``.zhextract`` state) are skipped, symlinked
  folders are not followed.
* A ``.jsonl`` file found in a folder is read only if it looks like documents: its first
  non-blank line is a JSON object with a string ``text`` and no annotation keys
  (``doc``, ``start``, ``end``), so a gold file beside the articles is not taken for
  2,580 documents. Skipped files are reported, never silently dropped.
* ``doc_id`` is the file stem; where two text files share a stem, each takes its path
  relative to the folder it was found in (``2024/05/a``), or the path as given.

Entries that match but are not regular files (a dangling symlink, a FIFO, a socket) are
kept, so that each gets an error row instead of vanishing or blocking the run.
"""
from __future__ import annotations

import fnmatch
import json
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.jsonl")
ANNOTATION_KEYS = ("doc", "start", "end")


@dataclass(slots=True)
class Input:
    path: Path
    jsonl: bool
    doc_id: str = ""  # text files only
    size: int = 0


@dataclass
class Discovery:
    inputs: list = field(default_factory=list)  # [Input]
    skipped: list = field(default_factory=list)  # [(path, reason)]

    @property
    def total_bytes(self) -> int:
        return sum(i.size for i in self.inputs)


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


def _matches(name: str, rel: str, globs) -> bool:
    name, rel = name.lower(), rel.lower()
    return any(fnmatch.fnmatchcase(name, g.lower()) or fnmatch.fnmatchcase(rel, g.lower()) for g in globs)


def jsonl_looks_like_documents(path: Path) -> str:
    """'' if ``path`` looks like a JSONL file of documents, else why not."""
    try:
        with open(path, "rb") as f:
            if f.read(2) in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its BOM (SPEC §1)
                f.seek(0)
                head = f.read(1 << 20).decode("utf-16", errors="ignore").encode("utf-8").split(b"\n")
                raw = next((line for line in head if line.strip()), None)
            else:
                f.seek(0)
                raw = next((line for line in f if line.strip()), None)
    except OSError:
        return ""  # read again later, where it gets its error row
    if raw is None:
        return ""  # an empty file holds no documents and no trouble
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return "its first line is not a JSON object"
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return "its first line has no string 'text'"
    keys = [k for k in ANNOTATION_KEYS if k in obj]
    if keys:
        return f"its first line looks like an annotation ({', '.join(keys)})"
    return ""


def _walk(root: Path):
    """(path, relative path) of every non-hidden entry below ``root``, sorted by path."""
    found = []

    def unlistable(err):  # a subfolder that cannot be listed gets its error row
        if err.filename is not None and Path(err.filename) != root:
            p = Path(err.filename)
            found.append((p, p.relative_to(root).as_posix()))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                p = Path(dirpath) / name
                found.append((p, p.relative_to(root).as_posix()))
    found.sort(key=lambda x: x[0])
    return found


def _size(path: Path) -> int:
    try:
        st = path.stat()
    except OSError:
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def discover(items, include=None, exclude=None) -> Discovery:
    include = tuple(include or DEFAULT_INCLUDE)
    exclude = tuple(exclude or ())
    out = Discovery()
    rel_ids: list[str] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            for q, rel in _walk(p):
                if not _matches(q.name, rel, include) or _matches(q.name, rel, exclude):
                    continue
                if is_jsonl(q):
                    why = jsonl_looks_like_documents(q) if q.is_file() else ""
                    if why:
                        out.skipped.append((q, f"not documents: {why}"))
                        continue
                out.inputs.append(Input(q, is_jsonl(q), size=_size(q)))
                rel_ids.append(rel.rsplit(".", 1)[0] if "." in q.name else rel)
        else:
            out.inputs.append(Input(p, is_jsonl(p), size=_size(p)))
            rel_ids.append(str(p.with_suffix("")) if p.suffix else str(p))
    stems = Counter(i.path.stem for i in out.inputs if not i.jsonl)
    for inp, rel in zip(out.inputs, rel_ids):
        if not inp.jsonl:
            inp.doc_id = rel if stems[inp.path.stem] > 1 else inp.path.stem
    return out


class DuplicateIds:
    """First use of a ``doc_id`` wins; a later document with the same id becomes an
    error row under ``ID~2``, ``ID~3`` … naming where the id was first used.

    The ids met are kept in a private temporary SQLite database (its page cache bounded,
    the rest in a file it deletes), not a dict: a dict of id -> source held ~230 bytes a
    document, 10 MB of the run's memory at 44,000 documents (80 MB of news), growing with
    the input; this stays flat."""

    def __init__(self):
        import sqlite3

        self.db = sqlite3.connect("", isolation_level=None)  # "": temporary, on disk past its cache
        self.db.execute("PRAGMA cache_size=-1024")  # KiB
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, src TEXT NOT NULL) WITHOUT ROWID")
        self.db.execute("BEGIN")  # never committed: the database goes with the run
        self.count: Counter = Counter()

    def _first(self, doc_id: str, source: str) -> str | None:
        """Where ``doc_id`` was first used, or None (and then it is used here, by ``source``)."""
        if self.db.execute("INSERT OR IGNORE INTO ids VALUES (?, ?)", (doc_id, source)).rowcount:
            return None
        return self.db.execute("SELECT src FROM ids WHERE id=?", (doc_id,)).fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def check(self, doc) -> None:
        first = self._first(doc.doc_id, doc.source_path)
        if first is None:
            return
        self.count[doc.doc_id] += 1
        dup = doc.doc_id
        n = self.count[dup] + 1
        while self._first(f"{dup}~{n}", doc.source_path) is not None:  # the first free suffix, taken
            n += 1
        doc.doc_id = f"{dup}~{n}"
        doc.status, doc.text = "error", ""
        doc.error = f"duplicate doc_id {dup!r}: first used by {first}"
