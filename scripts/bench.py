#!/usr/bin/env python3
"""Benchmark: zhextract end to end vs bare ``jieba.lcut`` on the same >= 50 MB of text.

    python scripts/bench.py [--mb 50] [--jobs 1,2] [--rss-mb 20,80] [--skip-rss]

Builds an archive under bench/ from corpus/*.txt and tests/fixtures/unseen*/*.txt
(articles shuffled and repeated with distinct ids, in JSONL shards of ~2 MB, as a daily
archive grows), then, in separate processes so that none warms another:
  * bare jieba: jieba.lcut over every document (after jieba.initialize()),
  * start-up: `python -m pipeline run` over one empty document,
  * zhextract: `python -m pipeline run ARCHIVE --full` with each --jobs value,
  * incremental: 1 % new documents added as a new shard, then a plain re-run (2 workers):
    seconds, and their share of the full run's time,
  * peak memory at 20 and 80 MB of input with 2 workers: the parent's peak RSS and the
    peak of the whole process tree's PSS (shared pages counted once; sampled every 0.2 s).
Reports MB/s (UTF-8 bytes of document text) and ratios to jieba measured in the same run;
writes bench/results.json and docs/BENCH.md. Numbers are for one machine at one moment.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARD_BYTES = 2 << 20
JIEBA_CHILD = r"""
import json, sys, time, logging, resource
from pathlib import Path
import jieba
jieba.setLogLevel(logging.WARNING)
t0 = time.perf_counter(); jieba.initialize(); init = time.perf_counter() - t0
texts = [json.loads(l)["text"] for p in sorted(Path(sys.argv[1]).glob("*.jsonl")) for l in open(p, encoding="utf-8")]
t0 = time.perf_counter()
n = 0
for t in texts:
    n += len(jieba.lcut(t))
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "init": init, "tokens": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def source_texts() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("unseen*/*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def build_archive(texts, target_mb: float, folder: Path, seed: int = 1, tag: str = "r") -> tuple[int, int]:
    """JSONL shards of shuffled repeats with distinct ids; returns (bytes of text, documents)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    target = int(target_mb * 1024 * 1024)
    size = docs = rep = shard = shard_size = 0
    f = None
    while size < target:
        order = list(texts)
        rng.shuffle(order)
        for stem, text in order:
            if f is None or shard_size >= SHARD_BYTES:
                if f:
                    f.close()
                f = open(folder / f"day-{shard:04d}.jsonl", "w", encoding="utf-8")
                shard, shard_size = shard + 1, 0
            f.write(json.dumps({"id": f"{stem}-{tag}{rep:05d}", "text": text}, ensure_ascii=False) + "\n")
            n = len(text.encode("utf-8"))
            size, shard_size, docs = size + n, shard_size + n, docs + 1
            if size >= target:
                break
        rep += 1
    f.close()
    return size, docs


def tree_pss_mb(pid: int) -> float:
    try:
        import psutil  # comes with the test extras (dask[distributed])
    except ImportError:
        return 0.0

    total = 0
    try:
        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
    except psutil.Error:
        return 0.0
    for p in procs:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return total / 2**20


def child(cmd: list[str], sample: bool = False) -> dict:
    """Wall seconds, the child's own peak RSS (MB), the sampled peak PSS of its process
    tree (MB), stdout and stderr of one child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        peak, done = [0.0], threading.Event()

        def sampler():
            while not done.wait(0.2):
                peak[0] = max(peak[0], tree_pss_mb(proc.pid))

        t = threading.Thread(target=sampler, daemon=True)
        if sample:
            t.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        if sample:
            t.join()
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if code != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({code}):\n{stderr[-2000:]}")
    return {"seconds": wall, "rss_mb": usage.ru_maxrss / 1024, "tree_pss_mb": peak[0], "stdout": stdout,
            "stderr": stderr}


def zhextract(py, archive, out, jobs, *extra, sample=False) -> dict:
    return child([py, "-m", "pipeline", "run", str(archive), "--out", str(out), "-q", "--jobs", str(jobs), *extra],
                 sample=sample)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="archive size in MB (default 50)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    ap.add_argument("--rss-mb", default="20,80", help="input sizes (MB) for the peak-memory runs (default 20,80)")
    ap.add_argument("--skip-rss", action="store_true", help="leave out the peak-memory runs")
    args = ap.parse_args()
    py = sys.executable
    work = ROOT / "bench"
    work.mkdir(exist_ok=True)
    texts = source_texts()
    archive = work / "archive"
    nbytes, ndocs = build_archive(texts, args.mb, archive)
    mb = nbytes / 2**20
    print(f"archive: {ndocs} documents, {mb:.1f} MB of UTF-8 text in {len(list(archive.glob('*.jsonl')))} "
          f"JSONL shards, from {len(texts)} articles of corpus/ and tests/fixtures/ (shuffled, distinct ids)")
    res = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
           "corpus_mb": mb, "documents": ndocs, "runs": []}

    j = json.loads(child([py, "-c", JIEBA_CHILD, str(archive)])["stdout"].strip().splitlines()[-1])
    res["jieba_mb_s"] = jieba_mbs = mb / j["seconds"]
    print(f"bare jieba.lcut: {j['seconds']:.1f}s -> {jieba_mbs:.2f} MB/s (init {j['init']:.2f}s)")

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        s = child([py, "-m", "pipeline", "run", str(empty), "--out", f"{tmp}/o", "-q"])
    res["startup_s"] = s["seconds"]
    print(f"start-up (one empty document, all rules and data loaded): {s['seconds']:.2f}s, peak RSS {s['rss_mb']:.0f} MB")

    out = work / "out"
    full = {}
    for jobs in [int(x) for x in args.jobs.split(",") if x]:
        r = zhextract(py, archive, out, jobs, "--full", sample=True)
        mbs = mb / r["seconds"]
        full[jobs] = r["seconds"]
        res["runs"].append({"jobs": jobs, "seconds": r["seconds"], "mb_s": mbs, "ratio_to_jieba": mbs / jieba_mbs,
                            "peak_rss_mb": r["rss_mb"], "peak_tree_pss_mb": r["tree_pss_mb"]})
        print(f"zhextract --jobs {jobs}: {r['seconds']:.1f}s end to end -> {mbs:.2f} MB/s, ratio to bare jieba "
              f"{mbs / jieba_mbs:.2f}x, peak RSS {r['rss_mb']:.0f} MB (process tree PSS {r['tree_pss_mb']:.0f} MB)")

    # incremental: 1 % new documents as a new day's shard, then a plain re-run
    jobs = max(full)
    new_bytes, new_docs = build_archive(texts, mb / 100, work / "new", seed=2, tag="new")
    shutil.move(str(work / "new" / "day-0000.jsonl"), archive / "day-9999.jsonl")
    for extra in sorted((work / "new").glob("*.jsonl")):
        shutil.move(str(extra), archive / f"day-9999-{extra.stem}.jsonl")
    r = zhextract(py, archive, out, jobs)
    res["incremental"] = {"new_documents": new_docs, "new_mb": new_bytes / 2**20, "jobs": jobs,
                          "seconds": r["seconds"], "share_of_full": r["seconds"] / full[jobs]}
    print(f"re-run after adding {new_docs} documents (1 %, {new_bytes / 2**20:.1f} MB): {r['seconds']:.1f}s "
          f"= {100 * r['seconds'] / full[jobs]:.1f} % of the full run (--jobs {jobs})")
    for p in archive.glob("day-9999*.jsonl"):
        p.unlink()

    res["memory"] = []
    if not args.skip_rss:
        for size in [float(x) for x in args.rss_mb.split(",") if x]:
            folder = work / f"archive-{size:g}mb"
            b, d = build_archive(texts, size, folder, seed=3)
            r = zhextract(py, folder, work / f"out-{size:g}mb", 2, "--full", sample=True)
            res["memory"].append({"input_mb": b / 2**20, "documents": d, "jobs": 2, "seconds": r["seconds"],
                                  "peak_rss_mb": r["rss_mb"], "peak_tree_pss_mb": r["tree_pss_mb"]})
            print(f"peak memory at {b / 2**20:.0f} MB of input, --jobs 2: parent RSS {r['rss_mb']:.0f} MB, "
                  f"process tree PSS {r['tree_pss_mb']:.0f} MB ({r['seconds']:.0f}s)")
            shutil.rmtree(folder, ignore_errors=True)
    (work / "results.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    write_markdown(res, ROOT / "docs" / "BENCH.md")
    print("wrote bench/results.json and docs/BENCH.md")
    return 0


def write_markdown(res: dict, path: Path) -> None:
    lines = ["# Benchmark (`make bench`)", "",
             f"Machine: {res['machine']}. Archive: {res['documents']} documents, {res['corpus_mb']:.1f} MB of "
             "UTF-8 text in JSONL shards, built from `corpus/` and `tests/fixtures/unseen*/` (shuffled, repeated "
             "with distinct ids). All figures from one run of `scripts/bench.py`; compare ratios, not seconds.", "",
             "| what | figure |", "|---|---|",
             f"| bare `jieba.lcut` | {res['jieba_mb_s']:.2f} MB/s |",
             f"| start-up (one empty document) | {res['startup_s']:.2f} s |"]
    for r in res["runs"]:
        lines.append(f"| zhextract end to end, {r['jobs']} worker(s) | {r['mb_s']:.2f} MB/s "
                     f"({r['seconds']:.0f} s; {r['ratio_to_jieba']:.2f}x bare jieba; parent peak RSS "
                     f"{r['peak_rss_mb']:.0f} MB, process tree PSS {r['peak_tree_pss_mb']:.0f} MB) |")
    inc = res["incremental"]
    lines.append(f"| re-run after adding 1 % new documents ({inc['new_documents']}), {inc['jobs']} workers | "
                 f"{inc['seconds']:.1f} s = {100 * inc['share_of_full']:.1f} % of the full run |")
    for m in res["memory"]:
        lines.append(f"| peak memory at {m['input_mb']:.0f} MB of input, 2 workers | parent RSS "
                     f"{m['peak_rss_mb']:.0f} MB, process tree PSS {m['peak_tree_pss_mb']:.0f} MB |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
