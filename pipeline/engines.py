"""Where documents are extracted: in this process, in a pool of worker processes, or on
a Dask cluster; and what one document becomes (its payload: the CSV text of its rows).

A worker that dies breaks the local pool at once; :meth:`PoolEngine.collect` retries the
documents it held in a fresh pool, then one by one, so only a document that kills its
worker alone gets an error row. Signals (SIGINT, SIGTERM) become :class:`Interrupted`
only at safe points (see :class:`_Signals`).
"""
from __future__ import annotations

import signal
import sys

from .extract import Pipeline
from .tables import csv_text, result_rows


class Interrupted(BaseException):
    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.summary = None  # the batch.RunSummary of what was finished


# -- one document -> its payload (what the store keeps and the tables receive) -----------

def payload_of(result) -> dict:
    rows = result_rows(result)
    out, n = {}, {}
    for table, table_rows in rows.items():
        out[table], n[table] = csv_text(table_rows), len(table_rows)
    doc = result.doc
    return {"doc_id": doc.doc_id, "status": doc.status, "error": doc.error, "csv": out, "n": n}


def error_payload(doc, error: str) -> dict:
    from .extract import DocResult

    doc.status, doc.error = "error", error
    return payload_of(DocResult(doc))


def extract_one(doc, rules_dir: str, tables) -> dict:
    """A worker's task (local pool or Dask): the pipeline is built once per process."""
    return payload_of(Pipeline.load(rules_dir, tables).process(doc))


TASK_BYTES = 48 << 10  # a pool task holds documents up to this much text (one document at least)


def extract_many(docs, rules_dir: str, tables) -> list[dict]:
    """A pool task: several small documents, so that pickling and the round trip cost
    little next to the extraction (tasks are sized by bytes, see :func:`_tasks`). Each
    payload comes with its store record made (``stored``): encoding it in the worker
    leaves the process writing the tables, which shares the cores, less to do."""
    from .store import STORED, encode

    out = []
    for d in docs:
        payload = extract_one(d, rules_dir, tables)
        payload[STORED] = encode(payload)
        out.append(payload)
    return out


def _tasks(docs, limit: int | None = None):
    """Index lists of consecutive documents holding about ``limit`` characters each."""
    limit = limit or TASK_BYTES
    out, cur, size = [], [], 0
    for i, d in enumerate(docs):
        cur.append(i)
        size += len(d.text or "")
        if size >= limit:
            out.append(cur)
            cur, size = [], 0
    if cur:
        out.append(cur)
    return out


#: what a pool's loader extracts before it forks (:func:`_warm`): amounts, dates, places,
#: a project, a traditional sentence -- the code paths every run takes
WARM_TEXT = ("2024年3月5日，广东省广州市天河区人民政府发布消息，总投资1.2亿元的天河路改造工程项目正式开工，"
             "预计2025年底建成。\n廣東省深圳市南山區投資3000萬元建設的科技園道路項目已於去年竣工。")


def _preload(rules_dir: str, tables) -> None:
    """What workers share when forked: the pipeline, jieba-rs, the village tables, and
    what the first documents would make in each worker (:func:`_warm`)."""
    from .gazetteer import loaded
    from .segment import segmenter

    pipe = Pipeline.load(rules_dir, tables)
    segmenter()._fast  # jieba-rs made before the fork: the workers share its pages
    gz = loaded(rules_dir)  # the places extractor's gazetteer, if the pipeline has one
    if gz is not None:
        gz.load_villages()  # the same for the village tables (flat arrays: nothing a worker copies)
    _warm(pipe)


def _warm(pipe: Pipeline) -> None:
    """Made once before the fork instead of in every worker on its first documents
    (measured: ~0.7 s of CPU per worker over the first 150 documents of the bench text):
    the traditional -> simplified table, the GB2312 codec, the store's encoder, the
    patterns the stages compile on first use, every province's town short forms. None of
    it changes an answer (a worker makes the same on first need); a failure here only
    leaves it to the workers."""
    from . import variants
    from .ingest import _document

    try:
        from .store import encode  # a task's payloads are encoded in the worker

        "".encode("gb2312")
        variants._tables()
        for ex in pipe.extractors:
            warm = getattr(ex, "warm", None)
            if warm is not None:
                warm()
        encode(payload_of(pipe.process(_document("warm-up", "<warm-up>", WARM_TEXT, ""))))
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass


def _init_worker(rules_dir: str, tables) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what a Ctrl-C does
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    import gc

    from .batch import YOUNG_COLLECT

    gc.set_threshold(YOUNG_COLLECT, *gc.get_threshold()[1:])  # a spawned worker, as the run (batch.py)
    Pipeline.load(rules_dir, tables)


WORKER_DIED = ("worker process died while extracting this document (killed by the system, e.g. out of "
               "memory, or a crash in native code); retried once in a fresh worker")


# -- engines: where documents are extracted ---------------------------------------------

class InlineEngine:
    def __init__(self, rules_dir, tables):
        import gc

        self.rules_dir, self.tables = rules_dir, tables
        # the loaded tables live as long as the run: frozen before the collector is back on,
        # no collection walks their ~340,000 objects (the first one after loading would,
        # and every full one after it), as a pool's loader freezes them before it forks
        # (forkpool.py)
        was = gc.isenabled()
        gc.disable()
        try:
            Pipeline.load(rules_dir, tables)  # bad rules fail here, before any table is replaced
        finally:
            gc.freeze()
            if was:
                gc.enable()

    def submit(self, docs):
        _sig.check()
        _sig.immediate = True
        try:
            return [extract_one(d, self.rules_dir, self.tables) for d in docs]
        finally:
            _sig.immediate = False

    def collect(self, handles, docs):
        return handles

    def close(self, kill=False):
        pass


class PoolEngine:
    """A process pool; a dead worker breaks it at once, and we start a fresh one."""

    def __init__(self, rules_dir, tables, jobs):
        from . import forkpool

        self.rules_dir, self.tables, self.jobs = rules_dir, tables, jobs
        self.pool = None
        self.forked = sys.platform.startswith("linux") and forkpool.available()
        self._start()

    def _start(self, jobs=None):
        if self.forked:  # workers forked from a loader that exits: this process never holds the pipeline
            from .forkpool import ForkPool, LoaderFailed

            try:
                self.pool = ForkPool(jobs or self.jobs, _preload, (self.rules_dir, self.tables), poll=_sig.check)
            except LoaderFailed as err:
                Pipeline.load(self.rules_dir, self.tables)  # raises the loader's error as this process sees it
                raise RuntimeError(f"the worker pool could not start: {err}") from None
            return
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        _preload(self.rules_dir, self.tables)
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        if ctx.get_start_method() == "fork":
            import gc

            gc.freeze()  # the loaded rules stay shared with the workers (the collector would copy them)
        self.pool = ProcessPoolExecutor(jobs or self.jobs, mp_context=ctx, initializer=_init_worker,
                                        initargs=(self.rules_dir, self.tables))

    def submit(self, docs):
        return [(self._submit([docs[i] for i in idx], extract_many), idx) for idx in _tasks(docs)]

    def _submit(self, doc, fn=extract_one):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(fn, doc, self.rules_dir, self.tables)
        except BrokenProcessPool:
            return None

    def collect(self, handles, docs):
        from concurrent.futures.process import BrokenProcessPool

        out, suspects = [None] * len(docs), []
        for f, idx in handles:  # a broken task: each of its documents is retried alone
            try:
                if f is None:
                    raise BrokenProcessPool("submitted to a broken pool")
                for i, payload in zip(idx, _result(f)):
                    out[i] = payload
            except BrokenProcessPool:
                suspects.extend(idx)
        if suspects:
            self._restart()
            retry = [(i, self._submit(docs[i])) for i in suspects]
            alone = []
            for i, f in retry:
                try:
                    out[i] = _result(f) if f is not None else None
                except BrokenProcessPool:
                    pass
                if out[i] is None:
                    alone.append(i)
            for i in alone:  # one at a time: only the document that kills its worker fails
                self._restart()
                f = self._submit(docs[i])
                try:
                    out[i] = _result(f)
                except BrokenProcessPool:
                    out[i] = error_payload(docs[i], WORKER_DIED)
            if alone:
                self._restart()
        return out

    def _restart(self):
        self.close(kill=True)
        self._start()

    def close(self, kill=False):
        if self.pool is None:
            return
        if self.forked:
            self.pool.shutdown(wait=not kill, cancel_futures=True)
            self.pool = None
            return
        if kill:
            for p in list((getattr(self.pool, "_processes", None) or {}).values()):
                try:
                    p.kill()
                except (OSError, AttributeError):
                    pass
        manager = getattr(self.pool, "_executor_manager_thread", None)
        self.pool.shutdown(wait=not kill, cancel_futures=True)
        if kill and manager is not None:
            manager.join(timeout=1.0)  # it notices the dead workers and cleans up
        self.pool = None


class DaskEngine:
    """Documents as tasks on a Dask distributed cluster (a LocalCluster without an
    address); each worker process builds the pipeline once. Workers need zhextract
    installed and the rules folder at the same path."""

    def __init__(self, rules_dir, tables, jobs, scheduler=None):
        from dask.distributed import Client, LocalCluster

        self.rules_dir, self.tables = rules_dir, tables
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)

    def submit(self, docs):
        return [self.client.submit(extract_one, d, self.rules_dir, self.tables, pure=False) for d in docs]

    def collect(self, handles, docs):
        out = []
        for f, d in zip(handles, docs):
            try:
                out.append(_result(f))
            except Exception as err:  # KilledWorker after Dask's own retries, or a lost task
                out.append(error_payload(d, f"dask task failed: {type(err).__name__}: {err}"))
        return out

    def close(self, kill=False):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class _Signals:
    """SIGINT and SIGTERM become :class:`Interrupted` in the main thread -- at once while
    a document is extracted in this process, else at the next check (every 0.1 s while
    waiting for workers): raising inside the pool's own locking would deadlock its exit."""

    def __init__(self):
        self.pending = None
        self.immediate = False

    def handler(self, signum, frame):
        self.pending = signum
        if self.immediate:
            raise Interrupted(signum)

    def check(self):
        if self.pending is not None:
            raise Interrupted(self.pending)

    def install(self) -> dict:
        import threading

        self.pending, self.immediate, old = None, False, {}
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                old[s] = signal.signal(s, self.handler)
        return old


_sig = _Signals()


def _result(future):
    """A future's result, waking every 0.1 s to see whether a signal came."""
    from concurrent.futures import TimeoutError as FutureTimeout

    while True:
        _sig.check()
        try:
            return future.result(timeout=0.1)
        except FutureTimeout:
            continue
        except TimeoutError:  # dask's futures
            continue


