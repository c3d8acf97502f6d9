"""Tables: results -> tidy CSV rows (SPEC §2), written atomically; and back into pandas.

A run streams rows into temporary files beside the targets and renames them into place
only when the run finishes: a run that dies never leaves a half-written table where a
good one was.
"""
from __future__ import annotations

import csv
import math
import os
from decimal import Decimal
from pathlib import Path

from .model import (COMMON, DOCUMENT_COLUMNS, EXTRA_COLUMNS, MENTION_TABLES, SENTENCE_COLUMNS)
from .sentences import SentenceIndex

TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    **{t: COMMON + EXTRA_COLUMNS[t] for t in MENTION_TABLES},
}


def fmt(value) -> str:
    """A CSV field: '' for missing, plain decimals (no exponent, no separators)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        text = repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        return text
    return str(value)


def document_row(doc) -> list[str]:
    return [doc.doc_id, doc.source_path, doc.sha256, fmt(doc.n_chars if doc.status == "ok" else ""),
            doc.title, doc.publish_date, doc.publish_time, doc.source, doc.status, doc.error]


def result_rows(result):
    """{table: [row, ...]} for one DocResult (documents, sentences and mention tables)."""
    doc = result.doc
    rows = {"documents": [document_row(doc)],
            "sentences": [[doc.doc_id, s.sentence_id, s.start, s.end, s.text] for s in result.sentences]}
    index = SentenceIndex(result.sentences)
    for table, mentions in result.mentions.items():
        extra = EXTRA_COLUMNS[table]
        out = []
        for n, m in enumerate(mentions, 1):
            sid = index.id_at(m.start)
            out.append([doc.doc_id, n, fmt(sid), m.start, m.end, m.text, m.rule_id]
                       + [fmt(m.fields.get(c)) for c in extra])
        rows[table] = out
    return rows


def _quoted_line(row) -> str:
    """A CSV line as csv.writer writes it, except that a field holding a carriage return
    is quoted too (csv.writer with ``\\n`` line ends leaves ``a\\rb`` bare, and readers
    split the row there; RFC 4180 quotes it). Only rows with a CR in a cell come here
    (a JSONL id, a file name): the text itself has none after decoding."""
    out = []
    for v in row:
        v = "" if v is None else str(v)
        if any(c in v for c in ',"\r\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out) + "\n"


class TableWriter:
    """Writes every table of a run into temp files, then moves them into ``out_dir``."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._files, self._writers, self._tmp = {}, {}, {}
        for table, cols in TABLE_COLUMNS.items():
            tmp = self.out_dir / f".{table}.csv.{os.getpid()}.tmp"
            f = tmp.open("w", encoding="utf-8", newline="")
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            self._files[table], self._writers[table], self._tmp[table] = f, w, tmp

    def write(self, rows: dict) -> None:
        for table, table_rows in rows.items():
            if any("\r" in v for row in table_rows for v in row if type(v) is str):
                self._files[table].writelines(map(_quoted_line, table_rows))  # see _quoted_line
            else:
                self._writers[table].writerows(table_rows)

    def commit(self) -> None:
        for table, f in self._files.items():
            f.flush()
            os.fsync(f.fileno())
            f.close()
        for table, tmp in self._tmp.items():
            os.replace(tmp, self.out_dir / f"{table}.csv")

    def abort(self) -> None:
        for table, f in self._files.items():
            if not f.closed:
                f.close()
            self._tmp[table].unlink(missing_ok=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False


_DTYPES = {
    "doc_id": "string", "mention_id": "Int64", "sentence_id": "Int64", "start": "Int64", "end": "Int64",
    "text": "string", "rule_id": "string", "kind": "string", "unit": "string", "qualifier": "string",
    "value_max": "Float64", "name": "string", "level": "string", "adcode": "string", "path": "string",
    "category": "string", "start_date": "string", "end_date": "string", "resolved": "string",
    "sha256": "string", "n_chars": "Int64", "title": "string", "publish_date": "string",
    "publish_time": "string", "source": "string", "status": "string", "error": "string",
    "source_path": "string",
}


def load_tables(out_dir: str | Path) -> dict:
    """Read a run's tables into pandas DataFrames with the right dtypes (adcodes stay
    text, amounts' ``value`` is float, dates' ``value`` is text)."""
    import pandas as pd

    frames = {}
    for table, cols in TABLE_COLUMNS.items():
        path = Path(out_dir) / f"{table}.csv"
        if not path.exists():
            continue
        dtypes = {c: _DTYPES[c] for c in cols if c in _DTYPES}
        dtypes["value"] = "Float64" if table == "amounts" else "string"
        frames[table] = pd.read_csv(path, dtype=dtypes, keep_default_na=False,
                                    na_values={c: [""] for c in cols})
    return frames
