"""Incremental state of an output folder: every document's finished rows, keyed by what
they depend on, in ``DIR/.zhextract/store.sqlite``.

The key of a document is a hash of its input (``doc_id``, ``source_path``, the sha256 of
its text, a publish date given with it, a read error) and of the *fingerprint*: the
package version, the bytes of every file under the rules folder and of the package's own
source, and the extractors chosen (``--only``). A document whose key is stored is not
extracted again; a change of the rules or of the code changes every key, so everything is
re-extracted. Rows are stored as the exact CSV text they are written as (zlib-compressed
JSON, never pickle; a record of the wrong shape counts as missing), so tables built from
the store are byte-identical to tables of a fresh run.

Finished documents are committed to SQLite (WAL) batch by batch while a run goes on: a run
killed at any point, SIGKILL included, loses at most the batch in flight, and the next run
picks up there. After a successful commit of the tables, records that run did not use are
pruned, so the store follows the inputs and does not grow without bound.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

from . import __version__
from .generations import state_dir

SCHEMA = 1


def fingerprint(rules_root: str | Path, tables) -> str:
    """What every document's rows depend on besides its own input."""
    h = hashlib.sha256(f"zhextract {__version__} store {SCHEMA} tables {sorted(tables)}\n".encode())
    pkg = Path(__file__).resolve().parent
    for base in (Path(rules_root), pkg):
        pattern = "*.py" if base == pkg else "*"
        for p in sorted(base.rglob(pattern)):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(f"{p.relative_to(base).as_posix()}\0{p.stat().st_size}\0".encode())
                h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def doc_key(doc, fp: str) -> str:
    parts = [fp, doc.doc_id, doc.source_path, doc.sha256, doc.status, doc.error, doc.publish_date, doc.publish_time]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=True).encode()).hexdigest()


def _valid(payload) -> bool:
    return (isinstance(payload, dict) and isinstance(payload.get("csv"), dict)
            and isinstance(payload.get("n"), dict) and isinstance(payload.get("status"), str)
            and isinstance(payload.get("error"), str) and isinstance(payload.get("doc_id"), str)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in payload["csv"].items())
            and all(isinstance(v, int) for v in payload["n"].values()))


#: a payload's record as :func:`encode` makes it, where a worker made it (engines.py): the
#: encoding is then done in parallel, not by the process that writes the tables
STORED = "stored"


def encode(payload: dict) -> bytes:
    """A payload's record: zlib-compressed JSON (its ``stored`` entry left out)."""
    if STORED in payload:
        payload = {k: v for k, v in payload.items() if k != STORED}
    return zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 1)


class Store:
    def __init__(self, out_dir: str | Path, full: bool = False):
        self.path = state_dir(out_dir) / "store.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=5)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, run INTEGER, payload BLOB)")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        if full:
            self.db.execute("DELETE FROM docs")
        row = self.db.execute("SELECT v FROM meta WHERE k='run'").fetchone()
        self.run = int(row[0]) + 1 if row else 1
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('run', ?)", (str(self.run),))
        self.db.execute("BEGIN")

    def get(self, key: str):
        row = self.db.execute("SELECT payload FROM docs WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        try:
            payload = json.loads(zlib.decompress(row[0]))
        except (zlib.error, ValueError, TypeError):
            return None
        if not _valid(payload):
            return None
        self.db.execute("UPDATE docs SET run=? WHERE key=?", (self.run, key))
        return payload

    def put(self, key: str, payload: dict) -> None:
        """Store ``payload``: as :func:`encode` gives it, or as a worker encoded it already
        (its ``stored`` entry, taken out of the payload here)."""
        blob = payload.pop(STORED, None)
        if blob is None:
            blob = encode(payload)
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (key, self.run, blob))

    def checkpoint(self) -> None:
        """Make every finished document so far survive a kill."""
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def prune(self) -> int:
        """Drop records the finished run did not use."""
        n = self.db.execute("DELETE FROM docs WHERE run < ?", (self.run,)).rowcount
        self.checkpoint()
        return n

    def close(self) -> None:
        try:
            if self.db.in_transaction:
                self.db.execute("COMMIT")
        finally:
            self.db.close()
