"""Batch runs: inputs -> documents -> rows -> one committed set of tables.

Documents stream through in bounded batches (at most ``BATCH_DOCS`` documents or
``BATCH_BYTES`` of text, two batches in flight): each batch is read, extracted (in this
process, in worker processes, or on a Dask cluster), its rows saved in the store
(:mod:`pipeline.store`) and appended to the new generation's tables in input order
(:mod:`pipeline.generations`). Nothing holds all rows until the end.

* Incremental: a document whose key (content hash, rules and code fingerprint) is in the
  store is not extracted again; its stored rows are written as they are.
* Resumable: the store is checkpointed after every batch, so a killed run's finished
  documents are reused by the next run, whose tables are byte-identical to those of an
  uninterrupted run.
* A worker that dies is noticed at once (the pool breaks); the documents it held are
  retried in a fresh pool, and one that kills its worker when retried alone gets an error
  row. The run goes on.
* SIGINT/SIGTERM stop the run within a moment: workers are killed, the temporary
  generation removed, the previous tables left as they were (:class:`Interrupted`).
"""
from __future__ import annotations

import gc
import os
import signal
import time
from collections import Counter, deque
from dataclasses import dataclass, field

from .engines import DaskEngine, InlineEngine, Interrupted, PoolEngine, _sig
from .extract import Pipeline
from .generations import TableWriter, check_out_dir, clean_stale, state_dir
from .inputs import DuplicateIds, discover
from .ingest import read_inputs
from .store import Store, doc_key, fingerprint

BATCH_DOCS = 32
BATCH_BYTES = 1 << 20
IN_FLIGHT = 2  # batches submitted ahead of the one being written
AUTO_PARALLEL_BYTES = 1_000_000  # below this much input one process is quicker than a pool
# a run collects the collector's youngest generation after this many new containers (Python's
# default is 700): on 2 MB of news the default made 364 young collections (~0.8 ms each) and 34
# older ones, 0.49 s in all; at 20,000, 8 young ones and no other, 0.18 s (the loaded tables
# are frozen, gc.freeze, and walked by neither)
YOUNG_COLLECT = 20_000


class UsageError(ValueError):
    """Bad usage a run cannot start with (exit 2); nothing was written."""


@dataclass
class RunSummary:
    documents: int = 0
    errors: int = 0
    extracted: int = 0  # documents extracted by this run (the others came from the store)
    rows: Counter = field(default_factory=Counter)
    failed: list = field(default_factory=list)  # (doc_id, error)
    skipped: list = field(default_factory=list)  # (path, reason): files a folder held that are not inputs
    generation: str = ""
    seconds: float = 0.0


def usable_cores() -> int:
    """Cores this process may run on (its affinity mask, which a container or taskset
    narrows), not every core of the machine."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def auto_jobs(paths) -> int:
    """One worker per usable core for inputs large enough to pay for the pool (tasks of
    engines.TASK_BYTES each: the pool's pickling stays small next to the extraction), else one."""
    size = sum(p.stat().st_size for p in paths if p.is_file())
    return usable_cores() if size >= AUTO_PARALLEL_BYTES else 1


# -- the run ---------------------------------------------------------------------------

def _batches(docs):
    limit = int(os.environ.get("ZHEXTRACT_BATCH_DOCS") or BATCH_DOCS)  # tests make it small
    batch, size = [], 0
    for doc in docs:
        batch.append(doc)
        size += len(doc.text)
        if len(batch) >= limit or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def run(inputs, out_dir, rules_dir=None, jobs: int | None = None, progress: bool | None = None,
        tables: tuple[str, ...] | None = None, *, include=None, exclude=None, full: bool = False,
        fmt: str = "csv", excel: bool = False, engine: str = "local", scheduler: str | None = None,
        publish_date: str = "", log=None) -> RunSummary:
    """Extract every input into the tables under ``out_dir``; see :class:`RunSummary`.
    ``jobs``: worker processes (None: :func:`auto_jobs`; 0: one per core).
    ``tables`` limits the extractors that run (the others' tables stay header-only).
    Raises :class:`UsageError` (nothing written) for no input or a bad ``--out``;
    :class:`Interrupted` on SIGINT/SIGTERM (previous tables kept)."""
    from .progress import Progress

    t0 = time.perf_counter()
    from pathlib import Path

    from .extract import default_rules_dir
    from .model import MENTION_TABLES

    rules_root = str(Path(rules_dir or default_rules_dir()).resolve())
    tables = tuple(t for t in MENTION_TABLES if t in tables) if tables else None
    found = discover(inputs, include, exclude)
    summary = RunSummary(skipped=found.skipped)
    if not found.inputs:
        raise UsageError("no input documents found in " + ", ".join(map(str, inputs)) +
                         (f" ({len(found.skipped)} file(s) skipped)" if found.skipped else "") +
                         "; the tables were not touched")
    if engine == "dask":
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            raise UsageError("--engine dask needs Dask: pip install 'zhextract[dask]'")
    if fmt == "parquet" and excel:
        raise UsageError("--excel applies to CSV output, not to --format parquet")
    try:
        check_out_dir(out_dir)
    except ValueError as err:
        raise UsageError(str(err)) from None
    lock = _lock(out_dir)
    clean_stale(out_dir)
    if jobs is None:
        jobs = auto_jobs([i.path for i in found.inputs])
    jobs = usable_cores() if jobs == 0 else max(1, jobs)
    fp = fingerprint(rules_root, tables or ())
    bar = Progress(found.total_bytes, enabled=progress, log=log)
    old_handlers = _sig.install()
    old_gc = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECT, *old_gc[1:])  # (the forked workers inherit it)
    store = Store(out_dir, full=full)
    writer = eng = None

    def engine_():  # made when a document needs extracting: a re-run of unchanged inputs loads no rules
        nonlocal eng
        if eng is None:
            if engine == "dask":
                Pipeline.load(rules_root, tables)  # bad rules fail here, before any table is replaced
                eng = DaskEngine(rules_root, tables, jobs, scheduler)
            elif jobs > 1:
                eng = PoolEngine(rules_root, tables, jobs)
            else:
                eng = InlineEngine(rules_root, tables)  # loads the pipeline: bad rules fail there
        return eng

    dups = None
    try:
        writer = TableWriter(out_dir, fmt=fmt, excel=excel, meta={"fingerprint": fp})
        dups = DuplicateIds()

        def docs():
            for doc in read_inputs(found.inputs):
                dups.check(doc)
                if publish_date and doc.status == "ok" and not doc.publish_date:
                    doc.publish_date = publish_date
                yield doc

        in_flight = deque()

        def finish():
            batch, keys, cached, todo_idx, handles = in_flight.popleft()
            fresh = eng.collect(handles, [batch[i] for i in todo_idx]) if todo_idx else []
            for i, payload in zip(todo_idx, fresh):
                cached[i] = payload
                store.put(keys[i], payload)
            store.checkpoint()
            summary.extracted += len(todo_idx)
            for doc, payload in zip(batch, cached):
                for table, text in payload["csv"].items():
                    writer.write_csv(table, text, payload["n"][table])
                    summary.rows[table] += payload["n"][table]
                summary.documents += 1
                if payload["status"] != "ok":
                    summary.errors += 1
                    summary.failed.append((payload["doc_id"], payload["error"]))
                bar.update(len(doc.text.encode("utf-8")) if doc.text else 0, payload["status"] != "ok")

        for batch in _batches(docs()):
            _sig.check()
            keys = [doc_key(d, fp) for d in batch]
            cached = [store.get(k) for k in keys]
            todo_idx = [i for i, c in enumerate(cached) if c is None]
            handles = engine_().submit([batch[i] for i in todo_idx]) if todo_idx else []
            in_flight.append((batch, keys, cached, todo_idx, handles))
            if len(in_flight) > IN_FLIGHT:
                finish()
        while in_flight:
            finish()
        _sig.check()
        if summary.documents == 0:
            raise UsageError("the inputs hold no documents; the tables were not touched")
        summary.generation = writer.commit().name
        store.prune()
    except BaseException as err:
        if eng is not None:
            eng.close(kill=True)
            eng = None
        if writer is not None and writer.committed is None:
            writer.abort()
        if isinstance(err, Interrupted):
            err.summary = summary
        raise
    finally:
        for s, h in old_handlers.items():
            signal.signal(s, h)
        gc.set_threshold(*old_gc)
        if eng is not None:
            eng.close()
        store.close()
        if dups is not None:
            dups.close()
        bar.close()
        _unlock(lock)
        summary.seconds = time.perf_counter() - t0
    return summary


def _lock(out_dir):
    """One run at a time per output folder."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock
        return None
    f = open(state_dir(out_dir) / "lock", "w")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        f.close()
        raise UsageError(f"another zhextract run is writing to {out_dir}") from None
    return f


def _unlock(f):
    if f is not None:
        f.close()
