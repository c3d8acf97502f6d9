#!/usr/bin/env python3
"""Benchmark: zhextract end to end vs bare ``jieba.lcut`` on the same >= 20 MB of text.

    python scripts/bench.py [--mb 20] [--rounds 3] [--jobs 1,2] [--no-per-table] [--rss-mb 5,80]
                            [--skip-rss] [--skip-incremental] [--compare DIR] [--out docs/BENCH.md]

Text: every article of ``corpus/`` and of ``tests/fixtures/unseen*/`` (the held-out sets
are denser in amounts, dates and places than ``corpus/``), shuffled and repeated with
distinct ids into JSONL shards of 2 MB under ``bench/archive/`` (as a daily archive
grows) until they hold ``--mb`` MB of UTF-8 text.

Paired rounds: each round runs bare jieba, then every zhextract configuration, each in
a fresh process (``--full``, so nothing comes from the incremental store); a
configuration's ratio is its MB/s over the MB/s of the jieba run of the same round, and
the table gives medians over the rounds. zhextract times are end to end (start-up,
reading, extraction, writing the tables); jieba's is only ``jieba.lcut`` over the texts
already in memory, after ``jieba.initialize()`` -- the comparison a user makes.

Also: start-up (``zhextract run`` over one empty document) warm (caches present) and
cold (an empty cache folder; the install's seed, `make seed`, is read) and cold with
no seed either, medians of three; peak RSS as the largest sum of the
resident sets of the zhextract process and all its workers, sampled every 20 ms.
Then: a plain re-run after 1 % new documents arrive as a new shard (the incremental
store), and peak memory at ``--rss-mb`` sizes of input (flat in the input size?).
Results go to ``--out`` (Markdown, linked from the README) and ``bench/results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("amounts", "dates", "places", "projects")
SHARD_BYTES = 2 << 20
JIEBA_CHILD = r"""
import json, sys, time, logging, resource
from pathlib import Path
import jieba
jieba.setLogLevel(logging.WARNING)
t0 = time.perf_counter(); jieba.initialize(); init = time.perf_counter() - t0
texts = [json.loads(l)["text"] for p in sorted(Path(sys.argv[1]).glob("*.jsonl")) for l in open(p, encoding="utf-8")]
c0, t0 = time.process_time(), time.perf_counter()
n = 0
for t in texts:
    n += len(jieba.lcut(t))
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "init": init,
                  "tokens": n, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def sources(extra: list[str]) -> list[tuple[str, str]]:
    dirs = [ROOT / "corpus", *sorted((ROOT / "tests" / "fixtures").glob("unseen*/")), *map(Path, extra)]
    texts = []
    for d in dirs:
        for p in sorted(d.glob("*.txt")):
            texts.append((f"{d.name}/{p.stem}", p.read_text(encoding="utf-8")))
    if not texts:
        sys.exit("bench: no *.txt articles in corpus/ or tests/fixtures/unseen*/")
    return texts


def build_archive(texts, target_mb: float, folder: Path, seed: int = 1, tag: str = "r") -> tuple[int, int]:
    """JSONL shards of ~2 MB (as a daily archive grows) of the articles shuffled and
    repeated with distinct ids; returns (bytes of text, documents)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    target = int(target_mb * 1024 * 1024)
    size = docs = rep = shard = shard_size = 0
    f = None
    while size < target:
        order = list(texts)
        rng.shuffle(order)
        for name, text in order:
            if f is None or shard_size >= SHARD_BYTES:
                if f:
                    f.close()
                f = open(folder / f"day-{shard:04d}.jsonl", "w", encoding="utf-8")
                shard, shard_size = shard + 1, 0
            f.write(json.dumps({"id": f"{name}-{tag}{rep:05d}", "text": text}, ensure_ascii=False) + "\n")
            n = len(text.encode("utf-8"))
            size, shard_size, docs = size + n, shard_size + n, docs + 1
            if size >= target:
                break
        rep += 1
    f.close()
    return size, docs


# -- child processes: wall, CPU and the peak of the summed RSS of the process tree --------

def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _mem_kb(pid: int, pss: bool = True) -> tuple[int, int]:
    """Resident set and proportional set size (shared pages divided among their users); with
    ``pss`` false only the resident set, from /proc/PID/statm (a cheap read: smaps_rollup walks
    the page tables, ~ms for a 300 MB process, and sampled every 20 ms it took a third of a
    core from the run it measured -- from --jobs 2 most, which needs both cores)."""
    if not pss:
        try:
            with open(f"/proc/{pid}/statm") as f:
                return int(f.read().split()[1]) * _PAGE_KB, 0
        except (OSError, IndexError, ValueError):
            return 0, 0
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4
#: the resident set is sampled every SAMPLE_S seconds, the proportional set every PSS_EVERY samples
SAMPLE_S, PSS_EVERY = 0.05, 20


def child(cmd: list[str], env: dict | None = None, cwd: Path = ROOT) -> dict:
    """Run one child; wall and CPU seconds (its own and its workers'), peak summed RSS."""
    peak = [0, 0]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=env)
        done = threading.Event()

        def sample():
            n = 0
            while not done.is_set():
                with_pss = n % PSS_EVERY == 0
                mem = [_mem_kb(p, with_pss) for p in _tree(proc.pid)]
                peak[0] = max(peak[0], sum(m[0] for m in mem))
                if with_pss:
                    peak[1] = max(peak[1], sum(m[1] for m in mem))
                n += 1
                done.wait(SAMPLE_S)

        th = threading.Thread(target=sample, daemon=True)
        if os.path.isdir("/proc"):
            th.start()
        _, status, usage = os.wait4(proc.pid, 0)  # rusage of the child and its reaped workers
        wall = time.perf_counter() - t0
        done.set()
        if th.is_alive():
            th.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    rss = peak[0] / 1024 if peak[0] else usage.ru_maxrss / 1024
    # Linux's wait4 counts the child's CPU time and that of the workers it reaped
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss, "pss_mb": peak[1] / 1024,
            "stdout": stdout}


def zx(data: Path, out: Path, jobs: int, only: tuple[str, ...] = (), env=None, cwd: Path = ROOT) -> dict:
    cmd = [sys.executable, "-m", "pipeline", "run", str(data), "--out", str(out), "-q", "--full"]
    cmd += ["--jobs", str(jobs)] if jobs else []
    for t in only:
        cmd += ["--only", t]
    return child(cmd, env, cwd)  # `-m pipeline` runs the checkout in cwd


def startup(kind: str, tmp: Path, cwd: Path = ROOT) -> dict:
    empty = tmp / "empty.txt"
    empty.write_text("", encoding="utf-8")
    env = dict(os.environ)
    if kind in ("cold", "bare"):
        cache = tempfile.mkdtemp(prefix="zhx-cold-", dir=tmp)
        env["ZHEXTRACT_CACHE"] = cache
    if kind == "bare":  # nothing built before: not even the install's seed (pipeline/cache.py)
        env["ZHEXTRACT_CACHE_SEED"] = ""
    return zx(empty, tmp / f"o-{kind}", 1, env=env, cwd=cwd)


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="bench text in MB (default 20)")
    ap.add_argument("--rounds", type=int, default=3, help="paired rounds (default 3; medians are reported)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values for all tables (default 1,2;"
                    " 'auto' = no --jobs option)")
    ap.add_argument("--no-per-table", action="store_true", help="skip the --only rows")
    ap.add_argument("--extra", action="append", default=[], metavar="DIR", help="more folders of *.txt articles")
    ap.add_argument("--out", default=str(ROOT / "docs" / "BENCH.md"), help="Markdown report (default docs/BENCH.md)")
    ap.add_argument("--label", default="", help="a note for the report's heading (e.g. a commit)")
    ap.add_argument("--rss-mb", default="5,80", help="input sizes (MB) for the peak-memory runs (default 5,80)")
    ap.add_argument("--rss-jobs", type=int, default=1, help="--jobs of the peak-memory runs (default 1)")
    ap.add_argument("--skip-rss", action="store_true", help="leave out the peak-memory runs")
    ap.add_argument("--skip-incremental", action="store_true", help="leave out the re-run after 1 %% new documents")
    ap.add_argument("--compare", metavar="DIR", help="another checkout of zhextract (e.g. `git worktree add "
                    "/tmp/base main`) timed in the same paired rounds, all tables, each --jobs value")
    args = ap.parse_args()
    py = sys.executable
    work = ROOT / "bench"
    work.mkdir(exist_ok=True)
    data = work / "archive"
    texts = sources(args.extra)
    nbytes, ndocs = build_archive(texts, args.mb, data)
    mb = nbytes / 1024 / 1024
    print(f"bench text: {ndocs} documents ({len(texts)} distinct articles), {mb:.1f} MB of UTF-8 in "
          f"{len(list(data.glob('*.jsonl')))} JSONL shards ({data.relative_to(ROOT)})", flush=True)

    jobs_list = [("auto" if j == "auto" else int(j)) for j in args.jobs.split(",") if j]
    configs = [(j, (), ROOT) for j in jobs_list]
    if not args.no_per_table:
        configs += [(1, (t,), ROOT) for t in TABLES]
    if args.compare:
        configs += [(j, (), Path(args.compare).resolve()) for j in jobs_list]
    rows: dict = {"jieba": []}
    for c in configs:
        rows[c] = []
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        for r in range(args.rounds):
            j = child([py, "-c", JIEBA_CHILD, str(data)])
            jr = json.loads(j["stdout"].strip().splitlines()[-1])
            jieba = {"wall": jr["seconds"], "cpu": jr["cpu"], "rss_mb": j["rss_mb"], "init": jr["init"]}
            rows["jieba"].append(jieba)
            print(f"round {r + 1}: bare jieba.lcut {jieba['wall']:.1f}s ({mb / jieba['wall']:.2f} MB/s, "
                  f"CPU {jieba['cpu']:.1f}s), "
                  f"peak RSS {jieba['rss_mb']:.0f} MB", flush=True)
            for jobs, only, cwd in configs:
                res = zx(data, tmp / "out", 0 if jobs == "auto" else jobs, only, cwd=cwd)
                res["ratio"] = jieba["wall"] / res["wall"]
                res["ratio_cpu"] = jieba["cpu"] / res["cpu"]
                rows[(jobs, only, cwd)].append(res)
                print(f"  {'' if cwd == ROOT else cwd.name + ': '}zhextract --jobs {jobs} {' '.join(only) or 'all tables'}: {res['wall']:.1f}s "
                      f"({mb / res['wall']:.2f} MB/s), ratio {res['ratio']:.2f} (CPU {res['ratio_cpu']:.2f}), "
                      f"peak RSS {res['rss_mb']:.0f} MB (PSS {res['pss_mb']:.0f} MB)", flush=True)
        warm, cold, bare = {}, {}, {}
        for cwd in [ROOT] + ([Path(args.compare).resolve()] if args.compare else []):
            warm[cwd] = [startup("warm", tmp, cwd) for _ in range(4)][1:]  # the first fills the caches
            cold[cwd] = [startup("cold", tmp, cwd) for _ in range(3)]
            bare[cwd] = [startup("bare", tmp, cwd) for _ in range(3)]

        extra_rows = []
        if not args.skip_incremental:  # 1 % new documents as a new day's shard, then a plain re-run
            jobs = max(j for j in jobs_list if j != "auto") if any(j != "auto" for j in jobs_list) else 0
            full = med([x["wall"] for x in rows[(jobs if jobs else "auto", (), ROOT)]])
            zx(data, tmp / "inc", jobs)  # the store of a full run
            nb, nd = build_archive(texts, mb / 100, work / "new", seed=2, tag="new")
            for k, extra in enumerate(sorted((work / "new").glob("*.jsonl"))):
                shutil.move(str(extra), data / f"day-9999-{k:02d}.jsonl")
            r = child([py, "-m", "pipeline", "run", str(data), "--out", str(tmp / "inc"), "-q",
                       *(["--jobs", str(jobs)] if jobs else [])])
            extra_rows.append(f"| re-run after adding 1 % new documents ({nd}), `--jobs {jobs or 'auto'}` | "
                              f"{r['wall']:.1f} s = {100 * r['wall'] / full:.1f} % of the full run |")
            print(extra_rows[-1], flush=True)
            for p in data.glob("day-9999*.jsonl"):
                p.unlink()
        if not args.skip_rss:
            for size in [float(x) for x in args.rss_mb.split(",") if x]:
                folder = work / f"archive-{size:g}mb"
                b, d = build_archive(texts, size, folder, seed=3)
                r = zx(folder, tmp / f"out-{size:g}mb", args.rss_jobs)
                extra_rows.append(f"| peak memory at {b / 2**20:.0f} MB of JSONL input, `--jobs {args.rss_jobs}` | "
                                  f"RSS {r['rss_mb']:.0f} MB, PSS {r['pss_mb']:.0f} MB (all processes; {r['wall']:.0f} s) |")
                print(extra_rows[-1], flush=True)
                shutil.rmtree(folder, ignore_errors=True)

    jw = med([x["wall"] for x in rows["jieba"]])
    lines = [f"# Benchmark{(' -- ' + args.label) if args.label else ''}", "",
             f"`make bench` (scripts/bench.py), {time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} "
             f"{platform.python_version()}, {os.cpu_count()} CPUs, load average before "
             f"{os.getloadavg()[0]:.1f}.", "",
             f"Text: {mb:.1f} MB in {ndocs} documents ({len(texts)} distinct articles of corpus/ and "
             "tests/fixtures/unseen*/, shuffled and repeated with distinct ids) in JSONL shards of 2 MB. "
             f"Medians of {args.rounds} paired rounds; the ratio is taken within each round "
             "(zhextract end to end, start-up and table writing included, against `jieba.lcut` alone). "
             "Wall-clock ratios show what a user waits for; CPU ratios (all processes' user+system time) "
             "are steadier on a shared machine. Memory: the largest sum over the process and its "
             "workers, resident (RSS, shared pages counted in each process) and proportional (PSS).", "",
             "| run | wall s | CPU s | MB/s (wall) | ratio to bare `jieba.lcut` (wall) | ratio (CPU) "
             "| peak RSS, all processes | peak PSS |",
             "|---|---|---|---|---|---|---|---|",
             f"| bare `jieba.lcut` | {jw:.1f} | {med([x['cpu'] for x in rows['jieba']]):.1f} | {mb / jw:.2f} | 1 | 1 "
             f"| {med([x['rss_mb'] for x in rows['jieba']]):.0f} MB | |"]
    results = {"mb": mb, "documents": ndocs, "rounds": args.rounds, "runs": []}
    results["jieba"] = rows["jieba"]
    for jobs, only, cwd in configs:
        rs = rows[(jobs, only, cwd)]
        w = med([x["wall"] for x in rs])
        name = "" if cwd == ROOT else f"{args.compare}: "
        name += f"zhextract `--jobs {jobs}`" if jobs != "auto" else "zhextract (default jobs)"
        name += f" `--only {only[0]}`" if only else ", all tables"
        lines.append(f"| {name} | {w:.1f} | {med([x['cpu'] for x in rs]):.1f} | {mb / w:.2f} "
                     f"| **{med([x['ratio'] for x in rs]):.2f}** | {med([x['ratio_cpu'] for x in rs]):.2f} "
                     f"| {med([x['rss_mb'] for x in rs]):.0f} MB | {med([x['pss_mb'] for x in rs]):.0f} MB |")
        results["runs"].append({"jobs": jobs, "only": list(only), "checkout": str(cwd), "rounds": [{k: v for k, v in x.items() if k != "stdout"}
                                                                         for x in rs]})
    lines += [""]
    results["startup"] = {}
    for cwd in warm:
        w, c, b = warm[cwd], cold[cwd], bare[cwd]
        sw, sc = med([x["wall"] for x in w]), med([x["wall"] for x in c])
        lines += [f"Start-up{'' if cwd == ROOT else ' of ' + args.compare} (`zhextract run` over one empty document, "
                  f"process start to exit): **{sw:.2f} s warm**, **{sc:.2f} s cold** (an empty cache folder), "
                  f"medians of 3; CPU {med([x['cpu'] for x in w]):.2f} s warm, {med([x['cpu'] for x in c]):.2f} s "
                  f"cold; peak RSS {med([x['rss_mb'] for x in w]):.0f} MB warm, {med([x['rss_mb'] for x in c]):.0f} MB "
                  f"cold. With no install seed either (everything built: a rule edit's worst case) "
                  f"{med([x['wall'] for x in b]):.2f} s (CPU {med([x['cpu'] for x in b]):.2f} s, peak RSS "
                  f"{med([x['rss_mb'] for x in b]):.0f} MB).", ""]
        results["startup"][str(cwd)] = {"warm": [x["wall"] for x in w], "cold": [x["wall"] for x in c],
                                        "cold_no_seed": [x["wall"] for x in b]}
    if extra_rows:
        lines += ["| more | figure |", "|---|---|", *extra_rows, ""]
    report = "\n".join(lines)
    print("\n" + report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, encoding="utf-8")
    (work / "results.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
