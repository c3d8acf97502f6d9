"""A per-document time budget: a runaway document becomes an error row, not a stalled run.

Every extractor is meant to run in time linear in the document (issue 14: match windows
are bounded, overlaps are found by bisection); the budget is the safety net for an input
shape nobody foresaw. It scales with the document -- ``ZHEXTRACT_DOC_BUDGET`` seconds
(default 60) per started 100,000 characters -- so a long but ordinary document always
fits while a quadratic blow-up does not. ``ZHEXTRACT_DOC_BUDGET=0`` turns it off.

The budget is a ``SIGALRM`` timer, so it works where documents are processed in a
process's main thread (single-process runs and pool workers on POSIX); elsewhere (a
thread, Windows) documents run without one. :class:`DocumentTimeout` derives from
BaseException so that no ``except Exception`` inside an extractor swallows it.
"""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager

DEFAULT_SECONDS_PER_100K = 60.0


class DocumentTimeout(BaseException):
    pass


def budget_for(n_chars: int) -> float | None:
    """Seconds allowed for a document of ``n_chars`` characters (None: no budget)."""
    try:
        per = float(os.environ.get("ZHEXTRACT_DOC_BUDGET", DEFAULT_SECONDS_PER_100K))
    except ValueError:
        per = DEFAULT_SECONDS_PER_100K
    if not per > 0:
        return None
    return per * max(1, -(-n_chars // 100_000))


@contextmanager
def time_budget(seconds: float | None):
    """Raise :class:`DocumentTimeout` in the body once ``seconds`` have passed."""
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expired(signum, frame):
        raise DocumentTimeout(f"time budget of {seconds:g} s exceeded")

    previous = signal.signal(signal.SIGALRM, expired)
    outer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer[0] > 0:  # someone else's timer was running: give it back
            signal.setitimer(signal.ITIMER_REAL, outer[0], outer[1])
