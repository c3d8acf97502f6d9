#!/usr/bin/env python3
"""Benchmark: zhextract end to end vs bare ``jieba.lcut`` on the same >= 20 MB of text.

    python scripts/bench.py [--mb 20] [--jobs 1,2] [--corpus corpus]

Builds bench/bench.jsonl from corpus/*.txt (articles repeated with distinct ids), then,
in separate processes so that neither warms the other:
  * bare jieba: jieba.lcut over every document (after jieba.initialize()),
  * start-up: `python -m pipeline run` over one empty document,
  * zhextract: `python -m pipeline run bench.jsonl` with each --jobs value.
Reports MB/s (UTF-8 bytes of document text), the ratio zhextract/jieba, start-up time and
peak RSS (ru_maxrss of each child). Results also go to bench/results.json. Numbers are
for one machine at one moment: compare ratios measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JIEBA_CHILD = r"""
import json, sys, time, logging, resource
import jieba
jieba.setLogLevel(logging.WARNING)
t0 = time.perf_counter(); jieba.initialize(); init = time.perf_counter() - t0
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t0 = time.perf_counter()
n = 0
for t in texts:
    n += len(jieba.lcut(t))
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "init": init, "tokens": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_corpus(corpus: Path, target_mb: float, out: Path) -> tuple[int, int]:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        sys.exit(f"bench: no *.txt in {corpus}")
    target = int(target_mb * 1024 * 1024)
    size = docs = rep = 0
    with out.open("w", encoding="utf-8") as f:
        while size < target:
            for stem, text in texts:
                f.write(json.dumps({"id": f"{stem}-r{rep:04d}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                docs += 1
            rep += 1
    return size, docs


def child(cmd: list[str]) -> tuple[float, float, str, str]:
    """Wall seconds, peak RSS (MB), stdout and stderr of one child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024, stdout, stderr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--only", action="append", default=[], metavar="TABLE",
                    help="time only these extractors (passed to `zhextract run --only`)")
    ap.add_argument("--per-table", action="store_true",
                    help="also time each extractor alone (--jobs 1), to see what each costs")
    args = ap.parse_args()
    py = sys.executable
    work = ROOT / "bench"
    work.mkdir(exist_ok=True)
    data = work / "bench.jsonl"
    nbytes, ndocs = build_corpus(Path(args.corpus), args.mb, data)
    mb = nbytes / 1024 / 1024
    print(f"corpus: {ndocs} documents, {mb:.1f} MB of UTF-8 text ({data.relative_to(ROOT)})")

    _, _, jout, _ = child([py, "-c", JIEBA_CHILD, str(data)])
    j = json.loads(jout.strip().splitlines()[-1])
    jieba_mbs = mb / j["seconds"]
    print(f"bare jieba.lcut: {j['seconds']:.1f}s -> {jieba_mbs:.2f} MB/s (init {j['init']:.2f}s, "
          f"peak RSS {j['rss_mb']:.0f} MB)")

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        startup, srss, _, _ = child([py, "-m", "pipeline", "run", str(empty), "--out", f"{tmp}/o", "-q"])
    print(f"start-up (one empty document, all rules and data loaded): {startup:.2f}s, peak RSS {srss:.0f} MB")

    results = {"corpus_mb": mb, "documents": ndocs, "jieba_mb_s": jieba_mbs, "jieba_seconds": j["seconds"],
               "startup_s": startup, "runs": []}
    only = [x for t in args.only for x in ("--only", t)]
    plan = [(int(x), only) for x in args.jobs.split(",") if x]
    if args.per_table:
        plan += [(1, ["--only", t]) for t in ("amounts", "dates", "places", "projects")]
    for jobs, extra in plan:
        wall, rss, _, _ = child([py, "-m", "pipeline", "run", str(data), "--out", str(work / "out"),
                                 "-q", "--jobs", str(jobs), *extra])
        mbs = mb / wall
        label = " ".join(extra[1::2]) or "all"
        run = {"jobs": jobs, "tables": label, "seconds": wall, "mb_s": mbs, "ratio_to_jieba": mbs / jieba_mbs,
               "peak_rss_mb": rss}
        results["runs"].append(run)
        print(f"zhextract --jobs {jobs} ({label}): {wall:.1f}s end to end -> {mbs:.2f} MB/s, "
              f"ratio to bare jieba {mbs / jieba_mbs:.2f}x, peak RSS {rss:.0f} MB")
    (work / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
