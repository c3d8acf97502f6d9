"""Batch runs: inputs -> documents -> results -> tables, with progress and workers.

Documents stream through: each is read, processed and its rows written before the next
is kept in memory, so memory stays flat on large runs. With ``jobs > 1`` documents are
processed by worker processes (each loads the rules once) and written in input order.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field

from .extract import Pipeline
from .ingest import expand_inputs, read_inputs
from .tables import TableWriter, result_rows


@dataclass
class RunSummary:
    documents: int = 0
    errors: int = 0
    rows: Counter = field(default_factory=Counter)
    failed: list = field(default_factory=list)  # (doc_id, error)


_worker_pipeline: Pipeline | None = None


def _init_worker(rules_dir: str, tables) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline.load(rules_dir, tables)


def _process(doc):
    return result_rows(_worker_pipeline.process(doc))


AUTO_PARALLEL_BYTES = 1_000_000  # below this much input one process is quicker than a pool


def auto_jobs(paths) -> int:
    """One worker per core for inputs large enough to pay for the pool, else one."""
    size = sum(p.stat().st_size for p in paths if p.is_file())
    return (os.cpu_count() or 1) if size >= AUTO_PARALLEL_BYTES else 1


def run(inputs, out_dir, rules_dir=None, jobs: int | None = None, progress: bool | None = None,
        tables: tuple[str, ...] | None = None) -> RunSummary:
    """Extract every input into the six tables under ``out_dir``; see :class:`RunSummary`.
    ``jobs``: worker processes (None: :func:`auto_jobs`; 0: one per core).
    ``tables`` limits the extractors that run (the others' tables stay header-only)."""
    pipeline = Pipeline.load(rules_dir, tables)  # fails fast on bad rules, before any output
    paths = expand_inputs(inputs)
    n_known = None if any(p.suffix == ".jsonl" for p in paths) else len(paths)
    docs = read_inputs(paths)
    if jobs is None:
        jobs = auto_jobs(paths)
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    summary = RunSummary()
    from tqdm import tqdm

    bar = tqdm(total=n_known, unit="doc", desc="zhextract", file=sys.stderr,
               disable=(not sys.stderr.isatty()) if progress is None else not progress)
    with TableWriter(out_dir) as writer:
        if jobs == 1:
            results = (result_rows(pipeline.process(d)) for d in docs)
            pool = None
        else:
            import multiprocessing as mp

            pool = mp.get_context("fork" if sys.platform != "win32" else "spawn").Pool(
                jobs, initializer=_init_worker, initargs=(str(pipeline.rules.root), tables))
            results = pool.imap(_process, docs, chunksize=8)
        try:
            for rows in results:
                writer.write(rows)
                doc_row = rows["documents"][0]
                summary.documents += 1
                if doc_row[8] != "ok":
                    summary.errors += 1
                    summary.failed.append((doc_row[0], doc_row[9]))
                for table, table_rows in rows.items():
                    summary.rows[table] += len(table_rows)
                bar.update(1)
        finally:
            if pool is not None:
                pool.close()
                pool.join()
            bar.close()
    return summary

