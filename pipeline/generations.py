"""The set of tables in an output folder, committed as one unit.

Layout of ``--out DIR``::

    DIR/documents.csv -> .zhextract/current/documents.csv     (one fixed symlink a table)
    DIR/.zhextract/current -> gen-000007                       (the commit point)
    DIR/.zhextract/gen-000007/{documents,...}.csv, manifest.json
    DIR/.zhextract/store.sqlite                                (see pipeline.store)

A run writes its tables into ``.zhextract/tmp-<pid>-<n>/``, fsyncs them, renames that
folder to the next ``gen-N`` and then swaps the ``current`` symlink with one atomic
rename. Until that rename every reader sees the previous set, after it the new one; a run
that dies at any point leaves the previous set whole (its temporary folder is removed by
the next run). The table symlinks never change once made, so ``DIR/amounts.csv`` and
``DIR/documents.csv`` always belong to the same generation; :func:`load_tables` resolves
``current`` once, so it reads one generation even while a commit happens. The previous
generation is kept until the next commit (a reader that opened it keeps reading it).

Where symlinks are unavailable the tables are copied to ``DIR`` one by one after the
commit (``load_tables`` still reads the committed generation).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

STATE = ".zhextract"
_GEN = re.compile(r"^gen-(\d{6,})$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
_SEQ = iter(range(1, 1 << 62))


class OutputError(ValueError):
    """An --out that cannot hold tables (a file, an unwritable folder)."""


def state_dir(out_dir: str | Path) -> Path:
    return Path(out_dir) / STATE


def current_generation(out_dir: str | Path) -> Path | None:
    link = state_dir(out_dir) / "current"
    try:
        target = os.readlink(link)
    except OSError:
        try:  # copy mode: a text file naming the generation
            target = (state_dir(out_dir) / "CURRENT").read_text(encoding="utf-8").strip()
        except OSError:
            return None
    gen = state_dir(out_dir) / target
    return gen if gen.is_dir() else None


def check_out_dir(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: exists and is not a folder")
    try:
        state_dir(out).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"--out {out}: cannot create it ({err.strerror or err})") from None
    if not os.access(state_dir(out), os.W_OK):
        raise OutputError(f"--out {out}: not writable")
    return out


def clean_stale(out_dir: str | Path) -> list[Path]:
    """Remove what dead runs left: temporary generation folders and the old-style hidden
    ``.<table>.csv.<pid>.tmp`` files. Call only while holding the run lock."""
    removed = []
    sd = state_dir(out_dir)
    for p in list(sd.glob("tmp-*")) + list(sd.glob("current.tmp-*")):
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)
        removed.append(p)
    for p in Path(out_dir).glob(".*.csv.*.tmp"):
        p.unlink(missing_ok=True)
        removed.append(p)
    return removed


def neutralize(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe; so does a
    cell that already starts with one (so that :func:`restore` can undo it exactly)."""
    if cell.startswith("'") or (cell.startswith(FORMULA_LEAD) and not _NUMBER.match(cell)):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


class TableWriter:
    """Streams every table of a run into a temporary folder; :meth:`commit` makes it the
    current generation of ``out_dir``, :meth:`abort` removes it."""

    def __init__(self, out_dir: str | Path, fmt: str = "csv", excel: bool = False, meta: dict | None = None):
        from .tables import TABLE_COLUMNS, write_rows

        self._write_rows = write_rows  # (tables imports this module: no import at its top)
        if fmt not in ("csv", "parquet"):
            raise OutputError(f"unknown format {fmt!r}")
        self.out_dir = check_out_dir(out_dir)
        self.fmt, self.excel, self.meta = fmt, excel, dict(meta or {})
        self.tmp = state_dir(out_dir) / f"tmp-{os.getpid()}-{next(_SEQ)}"
        self.tmp.mkdir()
        self.columns = TABLE_COLUMNS
        self.rows = dict.fromkeys(TABLE_COLUMNS, 0)
        self._files, self._writers = {}, {}
        for table, cols in TABLE_COLUMNS.items():
            f = (self.tmp / f"{table}.csv").open("w", encoding="utf-8-sig" if excel else "utf-8", newline="")
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            self._files[table], self._writers[table] = f, w
        self.committed: Path | None = None

    def write(self, rows: dict) -> None:
        """``{table: [row, ...]}`` of one document."""
        for table, table_rows in rows.items():
            if self.excel:
                table_rows = [[neutralize(fmt_cell(c)) for c in r] for r in table_rows]
            self._write_rows(self._files[table], self._writers[table], table_rows)
            self.rows[table] += len(table_rows)

    def write_csv(self, table: str, text: str, n: int) -> None:
        """Rows already in this module's CSV dialect (from the store)."""
        if self.excel:
            self._writers[table].writerows([[neutralize(c) for c in r] for r in csv.reader(io.StringIO(text))])
        else:
            self._files[table].write(text)
        self.rows[table] += n

    def _close(self) -> None:
        for f in self._files.values():
            if not f.closed:
                f.flush()
                os.fsync(f.fileno())
                f.close()

    def commit(self) -> Path:
        self._close()
        if self.fmt == "parquet":
            for table in self.columns:
                csv_to_parquet(self.tmp / f"{table}.csv", table, self.tmp / f"{table}.parquet")
        manifest = {"format": self.fmt, "excel": self.excel, "rows": self.rows, **self.meta}
        _write_synced(self.tmp / "manifest.json", json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        _fsync_dir(self.tmp)
        sd = state_dir(self.out_dir)
        gens = [int(m.group(1)) for p in sd.iterdir() if (m := _GEN.match(p.name))]
        gen = sd / f"gen-{max(gens, default=0) + 1:06d}"
        previous = current_generation(self.out_dir)
        os.rename(self.tmp, gen)
        _fsync_dir(sd)
        try:
            _swap_current(self.out_dir, gen.name)  # the commit point
        except BaseException:
            os.rename(gen, self.tmp)  # abort() removes it
            raise
        self.committed = gen
        _link_tables(self.out_dir, gen, self.fmt, list(self.columns))
        for p in sd.iterdir():  # keep the new and the previous generation
            if _GEN.match(p.name) and p not in (gen, previous):
                shutil.rmtree(p, ignore_errors=True)
        return gen

    def abort(self) -> None:
        for f in self._files.values():
            if not f.closed:
                f.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False


def fmt_cell(value) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # not possible everywhere (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _symlinks_work(sd: Path) -> bool:
    probe = sd / f"probe-{os.getpid()}"
    try:
        os.symlink("x", probe)
    except (OSError, NotImplementedError):
        return False
    probe.unlink()
    return True


def _swap_current(out_dir: Path, gen_name: str) -> None:
    sd = state_dir(out_dir)
    if _symlinks_work(sd):
        tmp = sd / f"current.tmp-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        os.symlink(gen_name, tmp)
        target = sd / "current"
    else:
        tmp = sd / f"current.tmp-{os.getpid()}"
        _write_synced(tmp, gen_name + "\n")
        target = sd / "CURRENT"
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(sd)


def _link_tables(out_dir: Path, gen: Path, fmt: str, tables: list[str]) -> None:
    """``DIR/<table>.<fmt>`` -> ``.zhextract/current/<table>.<fmt>`` (made once), and no
    link of the other format left dangling."""
    use_links = (state_dir(out_dir) / "current").is_symlink()
    other = "parquet" if fmt == "csv" else "csv"
    for table in tables:
        target = Path(out_dir) / f"{table}.{fmt}"
        rel = f"{STATE}/current/{table}.{fmt}"
        stale = Path(out_dir) / f"{table}.{other}"
        if stale.is_symlink() and os.readlink(stale).startswith(f"{STATE}/"):
            stale.unlink()
        if use_links:
            if target.is_symlink() and os.readlink(target) == rel:
                continue
            tmp = Path(out_dir) / f".{table}.{fmt}.link-{os.getpid()}"
            tmp.unlink(missing_ok=True)
            os.symlink(rel, tmp)
            os.replace(tmp, target)
        else:
            tmp = Path(out_dir) / f".{table}.{fmt}.{os.getpid()}.tmp"
            shutil.copyfile(gen / f"{table}.{fmt}", tmp)
            os.replace(tmp, target)


# -- Parquet and loading -------------------------------------------------------------

_DTYPES = {
    "doc_id": "string", "mention_id": "Int64", "sentence_id": "Int64", "start": "Int64", "end": "Int64",
    "text": "string", "rule_id": "string", "kind": "string", "unit": "string", "qualifier": "string",
    "value_max": "Float64", "name": "string", "level": "string", "adcode": "string", "path": "string",
    "category": "string", "start_date": "string", "end_date": "string", "resolved": "string",
    "sha256": "string", "n_chars": "Int64", "title": "string", "publish_date": "string",
    "publish_time": "string", "source": "string", "status": "string", "error": "string",
    "source_path": "string",
}


def table_dtypes(table: str, cols) -> dict:
    """pandas dtype of every column (unknown columns are text)."""
    dtypes = {c: _DTYPES.get(c, "Int64" if c.endswith("_id") and c not in ("doc_id", "rule_id") else "string")
              for c in cols}
    if "value" in dtypes:
        dtypes["value"] = "Float64" if table in ("amounts", "facts") else "string"
    return dtypes


def csv_to_parquet(src: Path, table: str, dst: Path) -> None:
    """Stream one CSV table into Parquet with typed columns ('' stays '' in text columns,
    becomes null in numeric ones)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    with open(src, encoding="utf-8", newline="") as f:
        cols = next(csv.reader(f))
    arrow = {"Int64": pa.int64(), "Float64": pa.float64(), "string": pa.string()}
    types = {c: arrow[t] for c, t in table_dtypes(table, cols).items()}
    schema = pa.schema([(c, types[c]) for c in cols])
    reader = pacsv.open_csv(src, read_options=pacsv.ReadOptions(block_size=1 << 22),
                            parse_options=pacsv.ParseOptions(newlines_in_values=True),
                            convert_options=pacsv.ConvertOptions(column_types=types, null_values=[""],
                                                                 strings_can_be_null=False,
                                                                 quoted_strings_can_be_null=False))
    with pq.ParquetWriter(dst, schema) as writer:
        for batch in reader:
            writer.write_table(pa.Table.from_batches([batch]).cast(schema))
    src.unlink()


def load_tables(out_dir: str | Path) -> dict:
    """Read the current generation's tables into pandas DataFrames with the right dtypes
    (adcodes stay text, amounts' ``value`` is float, dates' ``value`` is text, an empty
    text field is ''). Reads CSV (plain or ``--excel``) and Parquet; a folder of plain CSV
    files written by hand or by an older version is read as it is."""
    import pandas as pd

    from .tables import TABLE_COLUMNS

    gen = current_generation(out_dir)
    folder, fmt, excel = Path(out_dir), "csv", False
    if gen is not None:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        folder, fmt, excel = gen, manifest.get("format", "csv"), manifest.get("excel", False)
    frames = {}
    for table, cols in TABLE_COLUMNS.items():
        path = folder / f"{table}.{fmt}"
        if not path.exists():
            continue
        if fmt == "parquet":
            df = pd.read_parquet(path)
            frames[table] = df.astype(table_dtypes(table, df.columns))
            continue
        with open(path, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f))
        dtypes = table_dtypes(table, header)
        numeric = [c for c, t in dtypes.items() if t != "string"]
        df = pd.read_csv(path, dtype="string" if excel else dtypes, keep_default_na=False,
                         na_values={c: [""] for c in numeric}, encoding="utf-8-sig")
        if excel:
            df = df.apply(lambda s: s.map(restore, na_action="ignore")).astype(dtypes)
        frames[table] = df
    return frames
