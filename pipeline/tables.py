"""Tables: results -> tidy CSV rows (SPEC §2), committed as one set; and back into pandas.

A run streams rows into a temporary folder and commits the whole set at once (see
:mod:`pipeline.generations`): a run that dies never leaves a half-written table, nor new
tables beside old ones.
"""
from __future__ import annotations

import csv
import math
from decimal import Decimal

from .model import (COMMON, DOCUMENT_COLUMNS, EXTRA_COLUMNS, FACT_COLUMNS, MENTION_TABLES, SENTENCE_COLUMNS)
from .sentences import SentenceIndex

TABLE_COLUMNS = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    **{t: COMMON + EXTRA_COLUMNS[t] for t in MENTION_TABLES},
    "facts": FACT_COLUMNS,
}


def fmt(value) -> str:
    """A CSV field: '' for missing, plain decimals (no exponent, no separators)."""
    if value.__class__ is str:  # most fields: str() would return it as it is
        return value
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
            row = [doc.doc_id, n, fmt(sid), m.start, m.end, m.text, m.rule_id]
            row.extend(map(fmt, map(m.fields.get, extra)))
            out.append(row)
        rows[table] = out
    from .facts import fact_rows

    rows["facts"] = fact_rows(doc.doc_id, getattr(result, "facts", []), result.mentions, fmt)
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


def _cr_cell(rows) -> bool:
    """Does a text cell of ``rows`` hold a carriage return?"""
    for row in rows:
        for v in row:
            if v.__class__ is str and "\r" in v:
                return True
    return False


def write_rows(f, writer, rows) -> None:
    """``rows`` into the open CSV file ``f`` (its csv ``writer``), CR-holding cells quoted."""
    if _cr_cell(rows):
        f.writelines(map(_quoted_line, rows))
    else:
        writer.writerows(rows)


def csv_text(rows) -> str:
    """Rows as the lines of a table file (RFC 4180 quoting, ``\n`` line ends; a cell
    holding a carriage return is quoted too, see :func:`_quoted_line`). Written first,
    then checked: a CR in the lines can only come from a cell (almost never), so the
    cells are looked at only then."""
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    text = buf.getvalue()
    if "\r" in text and _cr_cell(rows):
        return "".join(map(_quoted_line, rows))
    return text


from .generations import TableWriter, load_tables  # noqa: E402,F401  (re-exported; imported last: no cycle)
