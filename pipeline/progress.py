"""Progress of a run: a tqdm bar on a terminal, plain log lines every ``interval`` seconds
otherwise (cron, notebooks, CI), nothing with ``enabled=False`` (``--quiet``).

Both show documents, MB of input read, documents per second, errors so far and, since the
input's size in bytes is known (JSONL included), an ETA.
"""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total_bytes: int, enabled: bool | None = None, interval: float = 10.0, log=None):
        self.total = max(total_bytes, 1)
        self.docs = self.errors = self.bytes = 0
        self.t0 = self.last = time.monotonic()
        self.interval = interval
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        tty = sys.stderr.isatty()
        self.mode = "off" if enabled is False else ("bar" if tty else "log")
        self.bar = None
        if self.mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="B", unit_scale=True, unit_divisor=1 << 20,
                            desc="zhextract", file=sys.stderr, dynamic_ncols=True)

    def _stats(self) -> str:
        dt = max(time.monotonic() - self.t0, 1e-9)
        rate = self.bytes / dt
        eta = (self.total - self.bytes) / rate if rate > 0 and self.bytes < self.total else 0.0
        return (f"{self.docs} docs, {self.bytes / 2**20:.1f}/{self.total / 2**20:.1f} MB, "
                f"{self.docs / dt:.1f} docs/s, {self.errors} errors, ETA {eta:.0f}s")

    def update(self, nbytes: int, error: bool) -> None:
        self.docs += 1
        self.bytes += nbytes
        self.errors += bool(error)
        if self.mode == "bar":
            self.bar.update(nbytes)
            self.bar.set_postfix_str(f"{self.docs} docs, {self.errors} errors", refresh=False)
        elif self.mode == "log":
            now = time.monotonic()
            if now - self.last >= self.interval:
                self.last = now
                self.log(f"zhextract: {self._stats()}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
