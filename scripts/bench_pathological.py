"""CPU time of each pathological input shape (tests/test_linear.py) at 10k, 100k and 1M
characters, per stage -- the figures of docs/BENCH.md "Pathological inputs" (issue 14).

    .venv/bin/python scripts/bench_pathological.py [--sizes 10000,100000,1000000] [--shapes 1-,1%-]

Prints one line per shape and size: total CPU seconds, then each stage that took more than
1 % of it, and the 10k->100k->1M ratios. CPU time (process_time), not wall time.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ZHEXTRACT_DOC_BUDGET", "0")  # measure, do not cut

from pipeline.extract import Pipeline  # noqa: E402
from pipeline.ingest import _document  # noqa: E402

SHAPES = ["1-", "1 ", "1%-", "-1", "1至", "12-34-", "1、2万元，", "一二三四五六七八九十百千万亿", "1万元",
          "省市县区镇乡村", "，。！？、", "项目", "“A”项目", "2024年"]


def _timed(stages: dict, name: str, fn):
    def run(*a, **k):
        t0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            stages[name] = stages.get(name, 0.0) + time.process_time() - t0
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--shapes", default=None, help="comma-separated units (default: every shape)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",") if args.shapes else SHAPES
    pipe = Pipeline.load()
    stages: dict = {}
    for ex in pipe.extractors:
        ex.extract = _timed(stages, ex.table, ex.extract)
    if pipe.facts is not None:
        pipe.facts.link = _timed(stages, "facts", pipe.facts.link)
    pipe.process(_document("w", "<bench>", "1-" * 500))  # warm per-process caches
    for unit in shapes:
        times = []
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            doc = _document("t", "<bench>", text)
            stages.clear()
            t0 = time.process_time()
            pipe.process(doc)
            total = time.process_time() - t0
            times.append(total)
            parts = " ".join(f"{k} {v:.2f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])
                             if v > 0.01 * total)
            print(f"{unit!r:18} {n:>8} chars  {total:7.2f} s  [{parts}]  status {doc.status}", flush=True)
        ratios = " -> ".join(f"{b / max(a, 1e-3):.1f}" for a, b in zip(times, times[1:]))
        print(f"{unit!r:18} ratios {ratios}", flush=True)


if __name__ == "__main__":
    main()
