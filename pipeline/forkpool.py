"""A process pool whose workers are forked from a short-lived loader (Linux).

With ``ProcessPoolExecutor`` and fork, the workers are forked from the process that runs
the batch, which must then hold the loaded pipeline. Every page of it that both workers
touch (reference counts of index entries, lists and strings read while extracting) then
exists three times: each worker's copy, and the parent's original, which nobody uses.
Here the parent forks a *loader* that loads the pipeline, forks the workers and exits:
the originals go with it, and a page both workers touch exists twice (measured with
``--jobs 2``: ~56 MB of such pages at any input size).

The parent makes itself a child subreaper (``PR_SET_CHILD_SUBREAPER``) so the workers,
orphaned when the loader exits, become its children: it reaps them, and process-tree
tools (the bench's memory sampler) still see them under it. Each worker talks to the
parent over its own socket pair; a worker that dies closes it, and the pool breaks at
once (:class:`BrokenProcessPool` for every task not finished), as a
``ProcessPoolExecutor`` does. A worker whose parent dies sees its socket close and exits.
"""
from __future__ import annotations

import os
import signal
import threading
from collections import deque
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import Pipe
from multiprocessing.connection import wait

_PR_SET_CHILD_SUBREAPER = 36


def available() -> bool:
    return hasattr(os, "fork") and os.path.isdir("/proc") and _subreaper()


_reaper = None


def _subreaper() -> bool:
    global _reaper
    if _reaper is None:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            _reaper = libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
        except (OSError, AttributeError):
            _reaper = False
    return _reaper


class LoaderFailed(Exception):
    """The loader could not load the pipeline (the parent loads it to show why)."""


class ForkPool:
    """``submit(fn, *args) -> Future`` on ``n`` workers forked from a loader that ran
    ``load(*load_args)``; ``shutdown(wait, cancel_futures)`` as an executor's."""

    def __init__(self, n: int, load, load_args=(), poll=None):
        import gc

        ends = [Pipe(duplex=True) for _ in range(n)]
        status_r, status_w = Pipe(duplex=False)
        gc.freeze()  # neither this process's collections nor the loader's write to the objects they share
        loader = os.fork()
        if loader == 0:  # the loader: load, fork the workers, report their ids, exit
            code = 0
            try:
                status_r.close()
                for mine, _ in ends:
                    mine.close()
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what a Ctrl-C does
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                gc.disable()  # no collection walks what loading makes (the first after it would)
                load(*load_args)
                gc.freeze()  # the workers' collectors would write to every object they share
                gc.enable()
                pids = []
                for i in range(n):
                    pid = os.fork()
                    if pid == 0:
                        status_w.close()
                        for j, (_, theirs) in enumerate(ends):
                            if j != i:
                                theirs.close()
                        _serve(ends[i][1])
                        os._exit(0)
                    pids.append(pid)
                status_w.send(("ok", pids))
            except BaseException as err:  # noqa: BLE001 -- reported to the parent, which loads to show it
                code = 1
                try:
                    status_w.send(("error", f"{type(err).__name__}: {err}"))
                except BaseException:  # noqa: BLE001
                    pass
            finally:
                os._exit(code)
        status_w.close()
        for _, theirs in ends:
            theirs.close()
        self._conns = [mine for mine, _ in ends]
        try:
            while not status_r.poll(0.1):
                if poll is not None:
                    poll()  # e.g. raise on a pending signal
            kind, value = status_r.recv()
        except EOFError:
            kind, value = "error", "the loader died"
        except BaseException:
            self._kill_loader(loader)
            for c in self._conns:
                c.close()
            raise
        finally:
            status_r.close()
            _reap(loader, block=True)
        if kind != "ok":
            for c in self._conns:
                c.close()
            raise LoaderFailed(value)
        self._pids = list(value)
        self._queue: deque = deque()
        self._busy: dict = {}  # conn -> future
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = Pipe(duplex=False)
        self._closing = False
        self._broken = None
        self._thread = threading.Thread(target=self._dispatch, name="zhextract-pool", daemon=True)
        self._thread.start()

    @staticmethod
    def _kill_loader(pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass

    def submit(self, fn, *args) -> Future:
        f = Future()
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._closing:
                raise RuntimeError("submit after shutdown")
            self._queue.append((f, fn, args))
        self._wake()
        return f

    def _wake(self):
        try:
            self._wake_w.send_bytes(b".")
        except OSError:
            pass

    def _dispatch(self):
        idle = list(self._conns)
        while True:
            with self._lock:
                while idle and self._queue and not self._broken:
                    f, fn, args = self._queue.popleft()
                    if not f.set_running_or_notify_cancel():
                        continue
                    conn = idle.pop()
                    try:
                        conn.send((fn, args))
                    except (OSError, ValueError):
                        self._break("a worker's connection closed", f)
                        break
                    self._busy[conn] = f
                if self._closing and not self._busy:
                    return
                if self._broken and not self._busy:
                    return
                busy = list(self._busy)
            ready = wait(busy + [self._wake_r])
            for conn in ready:
                if conn is self._wake_r:
                    try:
                        while self._wake_r.poll():
                            self._wake_r.recv_bytes()
                    except (OSError, EOFError):
                        return
                    continue
                with self._lock:
                    f = self._busy.pop(conn, None)
                    if f is None:  # the pool broke meanwhile
                        continue
                    try:
                        ok, value = conn.recv()
                    except (OSError, EOFError):
                        self._break("a worker process died", f)
                        continue
                    (f.set_result if ok else f.set_exception)(value)
                    idle.append(conn)

    def _break(self, why, f):
        """A worker is gone: every task not finished fails, as in ProcessPoolExecutor."""
        self._broken = why
        err = BrokenProcessPool(why)
        for g in [f, *self._busy.values()]:
            if not g.done():
                g.set_exception(err)
        self._busy.clear()
        while self._queue:
            g = self._queue.popleft()[0]
            if g.set_running_or_notify_cancel():
                g.set_exception(err)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False):
        with self._lock:
            self._closing = True
            if cancel_futures:
                while self._queue:
                    self._queue.popleft()[0].cancel()
        self._wake()
        if wait:
            self._thread.join()
            for c in self._conns:
                try:
                    c.send(None)  # the worker's loop ends
                except (OSError, ValueError):
                    pass
        else:
            for pid in self._pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            with self._lock:
                self._break("the pool was shut down", Future())
            self._wake()
            self._thread.join(timeout=1.0)
        for c in self._conns:
            c.close()
        for pid in self._pids:
            _reap(pid, block=wait)


def _reap(pid, block: bool):
    try:
        if block:
            os.waitpid(pid, 0)
        else:
            for _ in range(50):  # killed: gone in a moment
                if os.waitpid(pid, os.WNOHANG)[0]:
                    return
                threading.Event().wait(0.01)
    except ChildProcessError:
        pass


def _serve(conn):
    """A worker: run each task it is sent and send back the result or the error."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        fn, args = task
        try:
            out = (True, fn(*args))
        except BaseException as err:  # noqa: BLE001 -- the parent raises it
            out = (False, err)
        try:
            conn.send(out)
        except Exception as err:  # noqa: BLE001 -- a result or an error that does not pickle
            bad = out[1] if not out[0] else err
            conn.send((False, RuntimeError(f"{type(bad).__name__}: {bad}"[:2000])))
