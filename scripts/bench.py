#!/usr/bin/env python3
"""Benchmark: zhextract end to end vs bare ``jieba.lcut`` on the same >= 20 MB of text.

    python scripts/bench.py [--mb 20] [--rounds 3] [--jobs 1,2] [--no-per-table] [--out docs/BENCH.md]

Text: every article of ``corpus/`` and of ``tests/fixtures/unseen*/`` (the held-out sets
are denser in amounts, dates and places than ``corpus/``), interleaved and repeated
with distinct ids into ``bench/bench.jsonl`` until it holds ``--mb`` MB of UTF-8 text.

Paired rounds: each round runs bare jieba, then every zhextract configuration, each in
a fresh process (``--full``, so nothing comes from the incremental store); a
configuration's ratio is its MB/s over the MB/s of the jieba run of the same round, and
the table gives medians over the rounds. zhextract times are end to end (start-up,
reading, extraction, writing the tables); jieba's is only ``jieba.lcut`` over the texts
already in memory, after ``jieba.initialize()`` -- the comparison a user makes.

Also: start-up (``zhextract run`` over one empty document) warm (caches present) and
cold (an empty cache folder), medians of three; peak RSS as the largest sum of the
resident sets of the zhextract process and all its workers, sampled every 20 ms.
Results go to ``--out`` (Markdown, linked from the README) and ``bench/results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("amounts", "dates", "places", "projects")
JIEBA_CHILD = r"""
import json, sys, time, logging, resource
import jieba
jieba.setLogLevel(logging.WARNING)
t0 = time.perf_counter(); jieba.initialize(); init = time.perf_counter() - t0
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
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


def build_jsonl(texts, target_mb: float, out: Path) -> tuple[int, int]:
    target = int(target_mb * 1024 * 1024)
    size = docs = rep = 0
    with out.open("w", encoding="utf-8") as f:
        while size < target:
            for name, text in texts:
                f.write(json.dumps({"id": f"{name}-r{rep:04d}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                docs += 1
            rep += 1
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


def _mem_kb(pid: int) -> tuple[int, int]:
    """Resident set and proportional set size (shared pages divided among their users)."""
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


def child(cmd: list[str], env: dict | None = None, cwd: Path = ROOT) -> dict:
    """Run one child; wall and CPU seconds (its own and its workers'), peak summed RSS."""
    peak = [0, 0]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=env)
        done = threading.Event()

        def sample():
            while not done.is_set():
                mem = [_mem_kb(p) for p in _tree(proc.pid)]
                peak[0] = max(peak[0], sum(m[0] for m in mem))
                peak[1] = max(peak[1], sum(m[1] for m in mem))
                done.wait(0.02)

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
    if kind == "cold":
        cache = tempfile.mkdtemp(prefix="zhx-cold-", dir=tmp)
        env["ZHEXTRACT_CACHE"] = cache
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
    ap.add_argument("--compare", metavar="DIR", help="another checkout of zhextract (e.g. `git worktree add "
                    "/tmp/base main`) timed in the same paired rounds, all tables, each --jobs value")
    args = ap.parse_args()
    py = sys.executable
    work = ROOT / "bench"
    work.mkdir(exist_ok=True)
    data = work / "bench.jsonl"
    texts = sources(args.extra)
    nbytes, ndocs = build_jsonl(texts, args.mb, data)
    mb = nbytes / 1024 / 1024
    print(f"bench text: {ndocs} documents ({len(texts)} distinct articles), {mb:.1f} MB of UTF-8 ({data.relative_to(ROOT)})",
          flush=True)

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
        warm, cold = {}, {}
        for cwd in [ROOT] + ([Path(args.compare).resolve()] if args.compare else []):
            warm[cwd] = [startup("warm", tmp, cwd) for _ in range(4)][1:]  # the first fills the caches
            cold[cwd] = [startup("cold", tmp, cwd) for _ in range(3)]

    jw = med([x["wall"] for x in rows["jieba"]])
    lines = [f"# Benchmark{(' -- ' + args.label) if args.label else ''}", "",
             f"`make bench` (scripts/bench.py), {time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} "
             f"{platform.python_version()}, {os.cpu_count()} CPUs, load average before "
             f"{os.getloadavg()[0]:.1f}.", "",
             f"Text: {mb:.1f} MB in {ndocs} documents ({len(texts)} distinct articles of corpus/ and "
             "tests/fixtures/unseen*/, repeated), one JSONL file. "
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
        w, c = warm[cwd], cold[cwd]
        sw, sc = med([x["wall"] for x in w]), med([x["wall"] for x in c])
        lines += [f"Start-up{'' if cwd == ROOT else ' of ' + args.compare} (`zhextract run` over one empty document, "
                  f"process start to exit): **{sw:.2f} s warm**, **{sc:.2f} s cold** (an empty cache folder), "
                  f"medians of 3; CPU {med([x['cpu'] for x in w]):.2f} s warm, {med([x['cpu'] for x in c]):.2f} s "
                  f"cold; peak RSS {med([x['rss_mb'] for x in w]):.0f} MB.", ""]
        results["startup"][str(cwd)] = {"warm": [x["wall"] for x in w], "cold": [x["wall"] for x in c]}
    report = "\n".join(lines)
    print("\n" + report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, encoding="utf-8")
    (work / "results.json").write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
