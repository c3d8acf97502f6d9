"""pipeline/prefill.py: a cold start's helper process fills the rules' caches; the tables
are those of a start without it, and of a warm start."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import prefill

ROOT = Path(__file__).resolve().parents[1]


def _run(inputs, out, cache, **env):
    e = dict(os.environ, ZHEXTRACT_CACHE=str(cache), ZHEXTRACT_COLD_FORK="1")  # a helper whatever the load
    e.update(env)
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), "-q", "--full",
                    "--jobs", "1"], cwd=ROOT, env=e, check=True, capture_output=True)
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def _kinds(folder):
    return sorted({p.name.rsplit("-", 1)[0] for p in folder.iterdir() if not p.name.startswith(".")})


def test_a_cold_start_with_a_helper_gives_the_tables_of_a_warm_start_and_of_one_without(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((ROOT / "corpus").glob("*.txt"))[:3]:
        (src / p.name).write_bytes(p.read_bytes())
    cold = tmp_path / "cache"
    first = _run(src, tmp_path / "cold", cold)
    kinds = _kinds(cold)
    # what the helper wrote (the rules' caches and the pattern readings) and what the
    # parent wrote (the word table, the places index) are all there after the load
    for kind in ("regex-code", "yaml_amounts", "anchors-amounts", "anchors-dates", "amount-follows",
                 "amount-probes", "required", "jieba-words", "places", "yaml_linking"):
        assert kind in kinds
    assert first["amounts.csv"].count(b"\n") > 1 and first["places.csv"].count(b"\n") > 1
    assert _run(src, tmp_path / "warm", cold) == first
    assert _run(src, tmp_path / "serial", tmp_path / "cache2", ZHEXTRACT_COLD_FORK="0") == first
    assert _kinds(tmp_path / "cache2") == kinds


def test_the_helper_fills_the_rules_caches_and_never_loads_the_word_table(tmp_path):
    # in a fresh process: the helper alone, then a load of the rules from what it wrote
    code = """if True:
        import sys
        from pipeline import prefill, recache
        from pipeline.extract import default_rules_dir
        assert prefill.cold()
        rules_dir = str(default_rules_dir())
        child = prefill.Child(lambda ready: prefill.fill(rules_dir, ("amounts", "dates", "places", "projects"), ready))
        child.wait_ready()
        print(child.wait(), prefill.cold())
        from pipeline.rules import RuleSet
        seen = []
        real = recache.PatternCache.save
        def save(self):
            seen.append((len(self.used), self.dirty))
            real(self)
        recache.PatternCache.save = save
        RuleSet.load(rules_dir)
        print(seen)
    """
    env = dict(os.environ, ZHEXTRACT_CACHE=str(tmp_path), ZHEXTRACT_COLD_FORK="1")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True,
                         text=True).stdout.splitlines()
    assert out[0] == "True False"  # the helper finished; the folder is no longer cold
    used, dirty = eval(out[1])[0]
    assert used > 100 and dirty is False  # every pattern read from the helper's cache, none compiled
    kinds = _kinds(tmp_path)
    assert "regex-code" in kinds and "anchors-amounts" in kinds and "amount-follows" in kinds
    assert "jieba-words" not in kinds and "places" not in kinds  # the parent's to build


def test_a_helper_that_fails_costs_nothing_but_time(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    p = sorted((ROOT / "corpus").glob("*.txt"))[0]
    (src / p.name).write_bytes(p.read_bytes())
    code = """if True:
        import sys
        from pipeline import prefill
        def boom(*a):
            raise RuntimeError("helper failed")
        prefill.fill = boom
        from pipeline.cli import main
        sys.exit(main(sys.argv[1:]))
    """
    env = dict(os.environ, ZHEXTRACT_CACHE=str(tmp_path / "c1"), ZHEXTRACT_COLD_FORK="1")
    subprocess.run([sys.executable, "-c", code, "run", str(src), "--out", str(tmp_path / "o1"), "-q", "--full",
                    "--jobs", "1"], cwd=ROOT, env=env, check=True, capture_output=True)
    got = {q.name: q.read_bytes() for q in (tmp_path / "o1").glob("*.csv")}
    assert got == _run(src, tmp_path / "o2", tmp_path / "c2", ZHEXTRACT_COLD_FORK="0")


def test_child_reports_its_end_and_its_readiness():
    r, w = os.pipe()
    ok = prefill.Child(lambda ready: (ready(), os.write(w, b"x")))
    ok.wait_ready()
    assert ok.wait() is True and os.read(r, 1) == b"x"
    failed = prefill.Child(lambda ready: 1 / 0)
    failed.wait_ready()  # returns at the child's end, though it never said it was ready
    assert failed.wait() is False
    slow = prefill.Child(lambda ready: __import__("time").sleep(30))
    slow.kill()
    assert slow.wait() is False  # killed and reaped
    with pytest.raises(ChildProcessError):
        os.waitpid(slow.pid, os.WNOHANG)  # nothing left to reap
    os.close(r)
    os.close(w)


def test_no_helper_where_the_cache_is_warm_off_or_threads_run(tmp_path, monkeypatch):
    from pipeline import recache

    threads = [1]  # this test process's threads (others' tests may have left some: counted as given)
    monkeypatch.setattr(prefill.threading, "active_count", lambda: threads[0])
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path))
    monkeypatch.setenv("ZHEXTRACT_COLD_FORK", "1")
    assert prefill.cold() and (tmp_path / ".key").is_file()
    monkeypatch.setenv("ZHEXTRACT_COLD_FORK", "0")
    assert not prefill.cold()
    monkeypatch.setenv("ZHEXTRACT_COLD_FORK", "1")
    threads[0] = 2
    assert not prefill.cold()  # a fork would copy locks another thread may hold
    threads[0] = 1
    assert prefill.cold()
    recache.cache_file().write_bytes(b"")
    assert not prefill.cold()  # warm: this regex build's compiled patterns are kept


@pytest.mark.parametrize("loadavg,cores,free", [
    ("2.95 2.80 3.10 1/96 8326\n", 2, True),  # this process alone runs: a core is idle
    ("2.95 2.80 3.10 2/96 8326\n", 2, False),  # another process runs on the other core
    ("0.10 0.20 0.30 3/96 8326\n", 4, True),
    ("0.10 0.20 0.30 1/96 8326\n", 1, False),  # one core: never
    ("garbled\n", 2, True),  # unreadable: as if idle
])
def test_a_helper_only_where_a_core_is_idle(tmp_path, monkeypatch, loadavg, cores, free):
    f = tmp_path / "loadavg"
    f.write_text(loadavg, encoding="ascii")
    monkeypatch.setattr(prefill, "_LOADAVG", str(f))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(prefill.threading, "active_count", lambda: 1)
    assert prefill.core_free() is free
    monkeypatch.delenv("ZHEXTRACT_COLD_FORK", raising=False)
    assert prefill.enabled() is free
    monkeypatch.setenv("ZHEXTRACT_COLD_FORK", "1")
    assert prefill.enabled() is True  # forced
