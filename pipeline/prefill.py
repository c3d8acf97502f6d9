"""A cold start on two cores: a forked helper fills the rules' start-up caches while this
process reads the word table and builds the places index (start-up speed; the caches
are pipeline/cache.py's).

With an empty cache folder a process parses dict.txt, loads the rules (YAML, schema
checks, ~140 patterns compiled by ``regex``'s pure-Python compiler), reads the amount and
date patterns (start paths, required classes, follow sets) and builds the places index,
one after the other (~3 s of CPU). The rules and their readings need nothing of the word
table; the places index needs both. So :func:`~pipeline.extract._cached_pipeline` forks a
:class:`Child` that runs :func:`fill` -- the rule set, then every extractor but places
(what they read off the patterns goes into the cache), then the facts linker -- while
this process parses dict.txt; it then reads the rules from the cache (:meth:`wait_ready`),
builds the places index, waits for the child and makes the other extractors from what
the child wrote, as a warm start would.

Nothing depends on the child: it only writes cache files (atomically, pipeline/cache.py),
and whatever it did not write -- it failed, was killed, or another process's files
replaced its own -- this process builds as it would without it. The child never loads the
word table (``segment._words_blocked``: an extractor that needs it at construction is
skipped there) and so writes nothing derived from it. A child is started only where the
caches are empty (:func:`cold`), the platform forks, and this process runs one thread (a
fork copies the locks other threads may hold); ``ZHEXTRACT_COLD_FORK=0`` turns it off. A
child ends with ``os._exit`` (no buffered output of this process is written twice, no exit
handler runs), its output goes to /dev/null (a rule error is this process's to report),
its signals are the default ones (a Ctrl-C ends it at once), and it is waited for before
the load returns or fails: no child outlives the load.
"""
from __future__ import annotations

import os
import signal
import sys
import threading


_LOADAVG = "/proc/loadavg"


def enabled() -> bool:
    """Whether a cold start may fork a helper now (see the module doc):
    ``ZHEXTRACT_COLD_FORK`` 0 never, 1 always (where the platform forks and one thread
    runs), else where a core is idle (:func:`core_free`)."""
    mode = os.environ.get("ZHEXTRACT_COLD_FORK", "")
    if mode == "0" or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    return mode == "1" or core_free()


def core_free() -> bool:
    """Whether fewer tasks are runnable now (this process counted) than this process has
    cores (/proc/loadavg; True where that cannot be read): with every core taken, a
    second process gets no more CPU, the work only moves to it (and costs ~0.3 s of CPU
    more: the reads of what the helper wrote, the fork's page copies)."""
    try:
        with open(_LOADAVG, encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return True
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return running < cores


def cold() -> bool:
    """Whether the cache folder lacks this ``regex`` build's compiled patterns, i.e. is
    empty for this install (the first run, a new folder, another Python or ``regex``); a
    rule edited in a warm folder is no cold start. False where a helper may not fork or
    has no folder to write to."""
    if not enabled():
        return False
    from .cache import _key, cache_dir, present
    from .recache import cache_file

    folder = cache_dir()
    path = cache_file()
    if folder is None or path is None or present(path):  # the install's seed holds it: no cold start
        return False
    # the folder's secret made now, once, not raced for by this process and its child
    return _key(folder) is not None


def fill(rules_dir: str, tables: tuple, ready) -> None:
    """The child's work: the rule set (its caches written), ``ready()``, then the
    extractors of ``tables`` but places, and the facts linker (their pattern readings
    written). Made only for their cache files; none is kept."""
    from . import segment
    from .extract import BUILT_HERE, _fact_linker, extractor_class, resolve_requires
    from .rules import RuleSet

    segment._words_blocked = True
    rules = RuleSet.load(rules_dir)
    ready()
    makers = [extractor_class(t) for t in resolve_requires(tables) if t != BUILT_HERE]
    makers.append(lambda r: _fact_linker(r, list(tables)))
    for make in makers:
        try:
            if make is not None:
                make(rules)
        except segment.WordsBlocked:
            pass  # needs the word table as it is made: made by the parent


class Child:
    """``fn(ready)`` in a forked child, for its side effects (cache files); ``ready()``
    lets :meth:`wait_ready` return; :meth:`wait` waits for the child's end."""

    def __init__(self, fn):
        sys.stdout.flush()
        sys.stderr.flush()
        r, w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the child (its coverage is not collected)
            code = 1
            try:
                os.close(r)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                fn(lambda: os.write(w, b"r"))
                code = 0
            except BaseException:  # noqa: BLE001 - the parent builds what the child did not
                pass
            finally:
                os._exit(code)
        os.close(w)
        self._ready = r
        self.status = None

    def wait_ready(self) -> None:
        """Until the child calls ``ready()`` or ends (whichever comes first)."""
        if self._ready is not None:
            try:
                os.read(self._ready, 1)
            finally:
                os.close(self._ready)
                self._ready = None

    def wait(self) -> bool:
        """Wait for the child's end; True when it finished without an error."""
        if self._ready is not None:
            os.close(self._ready)
            self._ready = None
        if self.status is None:
            try:
                _, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                status = -1
            except BaseException:  # interrupted while waiting: the child goes too
                self.kill()
                raise
            self.status = status
        return self.status == 0

    def kill(self) -> None:
        """End the child now (and reap it)."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                _, self.status = os.waitpid(self.pid, 0)
            except OSError:
                self.status = -1
