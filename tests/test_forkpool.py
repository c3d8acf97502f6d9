"""The fork pool: workers forked from a loader that exits (pipeline/forkpool.py)."""
import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from pipeline import forkpool

pytestmark = pytest.mark.skipif(not forkpool.available(), reason="needs fork and PR_SET_CHILD_SUBREAPER")

LOADED = []


def _load(value):
    LOADED.append(value)


def _fail(_):
    raise ValueError("bad rules")


def _whoami(x):
    return os.getpid(), os.getppid(), LOADED[:], x * 2


def _die(_):
    os._exit(9)


def _boom(_):
    raise KeyError("inside a task")


def test_workers_run_tasks_with_what_the_loader_loaded_and_are_children_of_this_process():
    pool = forkpool.ForkPool(2, _load, ("rules",))
    try:
        results = [f.result(timeout=60) for f in [pool.submit(_whoami, i) for i in range(8)]]
    finally:
        pool.shutdown()
    assert [r[3] for r in results] == [0, 2, 4, 6, 8, 10, 12, 14]
    assert all(r[2] == ["rules"] for r in results)  # loaded once, before the fork
    assert LOADED == []  # ... in the loader, not here
    pids = {r[0] for r in results}
    assert os.getpid() not in pids and len(pids) <= 2
    assert {r[1] for r in results} == {os.getpid()}  # orphaned by the loader, adopted here
    for pid in pids:  # reaped at shutdown
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_an_error_in_a_task_is_raised_by_its_future_and_the_pool_goes_on():
    pool = forkpool.ForkPool(1, _load, ("x",))
    try:
        with pytest.raises(KeyError, match="inside a task"):
            pool.submit(_boom, 1).result(timeout=60)
        assert pool.submit(_whoami, 3).result(timeout=60)[3] == 6
    finally:
        pool.shutdown()


def test_a_worker_that_dies_breaks_the_pool_at_once():
    pool = forkpool.ForkPool(2, _load, ("x",))
    try:
        futures = [pool.submit(_die, 0)] + [pool.submit(_whoami, i) for i in range(6)]
        with pytest.raises(BrokenProcessPool):
            futures[0].result(timeout=60)
        with pytest.raises(BrokenProcessPool):
            pool.submit(_whoami, 1)
        assert all(f.done() for f in futures)  # none left waiting
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def test_a_loader_that_fails_reports_it():
    with pytest.raises(forkpool.LoaderFailed, match="ValueError: bad rules"):
        forkpool.ForkPool(2, _fail, (None,))


def test_shutdown_without_waiting_kills_the_workers():
    pool = forkpool.ForkPool(2, _load, ("x",))
    pids = {pool.submit(_whoami, i).result(timeout=60)[0] for i in range(4)}
    pool.shutdown(wait=False, cancel_futures=True)
    for pid in pids:
        assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]
