"""``zhextract rules diff CORPUS --base REV_OR_DIR``: what a change to rules/ does to a corpus.

The corpus is extracted twice, with the base rules (a folder, or a git revision of the
rules folder's repository, e.g. ``HEAD`` or ``main~3``) and with the current rules, each
run in its own process (``zhextract run``), and the tables are compared: a row is
identified by its table, document and span; a row only in the new run is *added*, only
in the base run *removed*, and a row whose columns differ (rule, value, ...) is *changed*.
Rows are grouped by rule id (the new run's rule; the base run's for removed rows) and shown
with the text around them. ``documents.csv`` fields (title, date, source) are compared
per document. Exit status: 0 no difference, 1 differences, 2 bad usage/rules (like diff).
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .model import EXTRA_COLUMNS, MENTION_TABLES

DOC_FIELDS = ("title", "publish_date", "publish_time", "source", "status")


class DiffError(Exception):
    pass


@dataclass
class Change:
    kind: str  # added | removed | changed
    table: str
    rule_id: str
    doc_id: str
    start: int
    end: int
    text: str
    base: dict | None
    new: dict | None

    def fields(self, row) -> str:
        if row is None:
            return ""
        return " ".join(f"{k}={v}" for k, v in row.items() if v and k not in ("text",))


def base_rules(base: str, rules_dir: Path, workdir: Path) -> Path:
    """A folder holding the base rules: ``base`` itself if it is one, else the rules folder
    at git revision ``base`` (extracted with ``git archive``)."""
    if Path(base).is_dir():
        return Path(base)
    rules_dir = rules_dir.resolve()
    try:
        top = subprocess.run(["git", "-C", str(rules_dir), "rev-parse", "--show-toplevel"], check=True,
                             capture_output=True, text=True).stdout.strip()
        sub = os.path.relpath(rules_dir, top)
        data = subprocess.run(["git", "-C", top, "archive", "--format=tar", base, "--", sub], check=True,
                              capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as err:
        msg = getattr(err, "stderr", b"") or str(err)
        msg = msg.decode(errors="replace") if isinstance(msg, bytes) else msg
        raise DiffError(f"--base {base}: neither a folder nor a git revision of {rules_dir}: {msg.strip()}") from None
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        # our own repository's tree; "tar" keeps its symlinks (a linked gazetteer) as they are
        tar.extractall(workdir, filter="tar") if hasattr(tarfile, "tar_filter") else tar.extractall(workdir)
    return workdir / sub


def run_tables(inputs, rules: Path, out: Path, jobs: int | None) -> None:
    cmd = [sys.executable, "-m", "pipeline", "run", *map(str, inputs), "--rules", str(rules), "--out", str(out), "-q"]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode == 2:
        raise DiffError(f"rules {rules}: {proc.stderr.strip()}")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def compare(base_out: Path, new_out: Path) -> list[Change]:
    changes = []
    for table in MENTION_TABLES:
        cols = ("rule_id",) + EXTRA_COLUMNS[table]

        def keyed(rows):
            return {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in rows}

        def pick(row):
            return {c: row[c] for c in cols}

        old, new = keyed(_read(base_out / f"{table}.csv")), keyed(_read(new_out / f"{table}.csv"))
        for key in sorted(old.keys() | new.keys()):
            a, b = old.get(key), new.get(key)
            if a is None:
                changes.append(Change("added", table, b["rule_id"], *key, b["text"], None, pick(b)))
            elif b is None:
                changes.append(Change("removed", table, a["rule_id"], *key, a["text"], pick(a), None))
            elif pick(a) != pick(b):
                changes.append(Change("changed", table, b["rule_id"], *key, b["text"], pick(a), pick(b)))
    old = {r["doc_id"]: r for r in _read(base_out / "documents.csv")}
    new = {r["doc_id"]: r for r in _read(new_out / "documents.csv")}
    for doc_id in sorted(old.keys() & new.keys()):
        a, b = ({f: r[f] for f in DOC_FIELDS} for r in (old[doc_id], new[doc_id]))
        if a != b:
            changes.append(Change("changed", "documents", "metadata", doc_id, 0, 0, "", a, b))
    return changes


def context(texts: dict, c: Change, width: int = 12) -> str:
    text = texts.get(c.doc_id, "")
    if not text or c.table == "documents":
        return ""
    left = text[max(0, c.start - width):c.start].replace("\n", " ")
    right = text[c.end:c.end + width].replace("\n", " ")
    return f"…{left}[{text[c.start:c.end]}]{right}…"


def render(changes: list[Change], texts: dict, out) -> None:
    w = out.write
    groups = defaultdict(list)
    for c in changes:
        groups[(c.table, c.rule_id)].append(c)
    sign = {"added": "+", "removed": "-", "changed": "~"}
    for (table, rid), items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        counts = {k: sum(1 for c in items if c.kind == k) for k in sign}
        w(f"{rid} ({table}): " + " ".join(f"{sign[k]}{n}" for k, n in counts.items() if n) + "\n")
        for c in items:
            where = f"{c.doc_id}:{c.start}-{c.end}" if table != "documents" else c.doc_id
            if c.kind == "changed":
                diff = {k: (c.base[k], c.new[k]) for k in c.new if c.base[k] != c.new[k]}
                what = "  ".join(f"{k}: {a!r} -> {b!r}" for k, (a, b) in diff.items())
            else:
                what = c.fields(c.new or c.base)
            w(f"  {sign[c.kind]} {where} {c.text}  {what}  {context(texts, c)}\n")
    total = {k: sum(1 for c in changes if c.kind == k) for k in sign}
    w(f"{total['added']} added, {total['removed']} removed, {total['changed']} changed\n")


def write_csv(changes: list[Change], texts: dict, path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["change", "table", "rule_id", "doc_id", "start", "end", "text", "base", "new", "context"])
        for c in changes:
            wr.writerow([c.kind, c.table, c.rule_id, c.doc_id, c.start, c.end, c.text, c.fields(c.base),
                         c.fields(c.new), context(texts, c)])


def rules_diff(inputs, base: str, rules_dir: Path, jobs: int | None = None) -> tuple[list[Change], dict]:
    """(changes, {doc_id: text}) between the base and the current rules on ``inputs``."""
    from .ingest import expand_inputs, read_inputs

    with tempfile.TemporaryDirectory(prefix="zhextract-diff-") as tmp:
        tmp = Path(tmp)
        base_dir = base_rules(base, Path(rules_dir), tmp / "base-rules")
        run_tables(inputs, base_dir, tmp / "base", jobs)
        run_tables(inputs, Path(rules_dir), tmp / "new", jobs)
        changes = compare(tmp / "base", tmp / "new")
    texts = {d.doc_id: d.text for d in read_inputs(expand_inputs(list(inputs)))} if changes else {}
    return changes, texts

