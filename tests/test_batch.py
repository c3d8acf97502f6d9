"""Batch runs a daily job can trust: safe on slips, one commit per run, incremental,
resumable, interruptible, a dead worker costs one document."""
import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.tables import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def snapshot(out):
    return {t: (Path(out) / f"{t}.csv").read_bytes() for t in TABLE_COLUMNS}


def leftovers(out):
    """Temporary files or folders a run may have left in ``out``."""
    out = Path(out)
    found = [p.name for p in out.iterdir() if p.name.endswith(".tmp") or ".link-" in p.name]
    state = out / ".zhextract"
    if state.is_dir():
        found += [p.name for p in state.iterdir() if p.name.startswith(("tmp-", "current.tmp"))]
    return found


def write_corpus(folder, root, names=None):
    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted((root / "corpus").glob("*.txt"))[: names or None]:
        shutil.copy(p, folder / p.name)
    return folder


def bulk_jsonl(path, root, copies):
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as f:
        for n in range(copies):
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": f"d{n:04d}-{i}", "text": t}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture()
def good_out(tmp_path, root):
    out = tmp_path / "out"
    assert main(["run", str(write_corpus(tmp_path / "in", root, 2)), "--out", str(out), "-q"]) == 0
    return out


# -- slips that used to destroy or misread results --------------------------------------

def test_an_empty_folder_exits_2_and_leaves_the_tables(good_out, tmp_path, capsys):
    before = snapshot(good_out)
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(good_out), "-q"]) == 2
    assert "no input documents" in capsys.readouterr().err
    assert snapshot(good_out) == before


def test_an_empty_jsonl_exits_2_and_leaves_the_tables(good_out, tmp_path):
    before = snapshot(good_out)
    (tmp_path / "none.jsonl").write_text("\n", encoding="utf-8")
    assert main(["run", str(tmp_path / "none.jsonl"), "--out", str(good_out), "-q"]) == 2
    assert snapshot(good_out) == before and leftovers(good_out) == []


def test_suffixes_match_in_any_letter_case(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "A.TXT").write_text("深圳安排资金63.5亿元。", encoding="utf-8")
    (tmp_path / "in" / "b.JsonL").write_text(json.dumps({"id": "b1", "text": "正文。"}) + "\n", encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 0
    assert [d["doc_id"] for d in read(tmp_path / "out" / "documents.csv")] == ["A", "b1"]
    assert read(tmp_path / "out" / "amounts.csv")[0]["text"] == "63.5亿元"


def test_include_and_exclude_globs(tmp_path):
    src = tmp_path / "in"
    (src / "drafts").mkdir(parents=True)
    (src / "a.txt").write_text("甲。", encoding="utf-8")
    (src / "drafts" / "b.txt").write_text("乙。", encoding="utf-8")
    (src / "c.md").write_text("丙。", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "-q", "--exclude", "drafts/*"]) == 0
    assert [d["doc_id"] for d in read(out / "documents.csv")] == ["a"]
    assert main(["run", str(src), "--out", str(out), "-q", "--include", "*.md", "--include", "*.txt"]) == 0
    assert [d["doc_id"] for d in read(out / "documents.csv")] == ["a", "c", "b"]


def test_a_folder_skips_jsonl_files_that_are_not_documents(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("甲。", encoding="utf-8")
    gold = [{"doc": "a", "type": "amount", "start": 0, "end": 1, "text": "甲"}] * 50
    (src / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (src / "meta.jsonl").write_text(json.dumps({"id": 1, "title": "x"}) + "\n", encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "out")]) == 0
    assert [d["doc_id"] for d in read(tmp_path / "out" / "documents.csv")] == ["a"]
    err = capsys.readouterr().err
    assert "skipped" in err and "gold.jsonl" in err and "meta.jsonl" in err


def test_a_named_jsonl_line_without_text_is_an_error_row(tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "正文。"}) + "\n" + json.dumps({"id": "b", "body": "x"}) + "\n",
                   encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "out"), "-q"]) == 1
    docs = read(tmp_path / "out" / "documents.csv")
    assert [d["status"] for d in docs] == ["ok", "error"] and "'text'" in docs[1]["error"]


def test_files_with_the_same_name_get_their_relative_paths_as_ids(tmp_path):
    for day in ("0501", "0502"):
        (tmp_path / "in" / day).mkdir(parents=True)
        (tmp_path / "in" / day / "news.txt").write_text(f"{day}日深圳安排资金5亿元。", encoding="utf-8")
    (tmp_path / "in" / "other.txt").write_text("甲。", encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 0
    assert [d["doc_id"] for d in read(tmp_path / "out" / "documents.csv")] == ["0501/news", "0502/news", "other"]
    assert [a["doc_id"] for a in read(tmp_path / "out" / "amounts.csv")] == ["0501/news", "0502/news"]


def test_a_repeated_jsonl_id_is_an_error_row_naming_the_first(tmp_path):
    src = tmp_path / "x.jsonl"
    lines = [{"id": "a", "text": "资金5亿元。"}, {"id": "a", "text": "资金6亿元。"}, {"id": "b", "text": "乙。"}]
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "out"), "-q"]) == 1
    docs = read(tmp_path / "out" / "documents.csv")
    assert [(d["doc_id"], d["status"]) for d in docs] == [("a", "ok"), ("a~2", "error"), ("b", "ok")]
    assert "duplicate doc_id 'a'" in docs[1]["error"] and "x.jsonl:1" in docs[1]["error"]
    assert [(a["doc_id"], a["text"]) for a in read(tmp_path / "out" / "amounts.csv")] == [("a", "5亿元")]


def test_an_out_that_is_a_file_exits_2(tmp_path, root, capsys):
    f = tmp_path / "file.csv"
    f.write_text("keep\n", encoding="utf-8")
    assert main(["run", str(root / "corpus"), "--out", str(f), "-q"]) == 2
    assert str(f) in capsys.readouterr().err and f.read_text(encoding="utf-8") == "keep\n"


@pytest.mark.parametrize("command", [["run", "corpus"], ["explain", "昨天"]])
def test_an_invalid_publish_date_exits_2_naming_it(command, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main([*command, "--publish-date", "2024-13-45", "--out", str(tmp_path)] if command[0] == "run"
             else [*command, "--publish-date", "2024-13-45"])
    assert e.value.code == 2 and "2024-13-45" in capsys.readouterr().err


def test_run_publish_date_fills_documents_without_one(tmp_path):
    (tmp_path / "a.txt").write_text("昨天深圳安排资金5亿元。", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q",
                 "--publish-date", "2024-07-26"]) == 0
    assert read(tmp_path / "out" / "documents.csv")[0]["publish_date"] == "2024-07-26"
    assert read(tmp_path / "out" / "dates.csv")[0]["value"] == "2024-07-25"


def test_a_dead_runs_temporary_files_are_removed(good_out, tmp_path, root):
    (good_out / ".amounts.csv.4242.tmp").write_text("half", encoding="utf-8")
    (good_out / ".zhextract" / "tmp-4242-1").mkdir()
    assert main(["run", str(tmp_path / "in"), "--out", str(good_out), "-q"]) == 0
    assert leftovers(good_out) == []


# -- one commit per run ------------------------------------------------------------------

def test_the_tables_are_committed_as_one_set(good_out, tmp_path, monkeypatch):
    """A run that dies at any replace leaves every table of the old set or every table
    of the new one, never a mix."""
    old = snapshot(good_out)
    other = tmp_path / "other.txt"
    other.write_text("另一篇：广州安排资金8亿元。", encoding="utf-8")
    real_replace = os.replace
    for k in range(1, 8):
        calls = []

        def failing_replace(src, dst, k=k, calls=calls):
            calls.append(dst)
            if len(calls) == k:
                raise OSError("disk died")
            return real_replace(src, dst)

        monkeypatch.setattr(os, "replace", failing_replace)
        try:
            main(["run", str(other), "--out", str(good_out), "-q"])
        except OSError:
            pass
        monkeypatch.setattr(os, "replace", real_replace)
        now = snapshot(good_out)
        docs = now["documents"].decode()
        assert now == old or "other" in docs and all(now[t] != old[t] for t in ("documents", "amounts")), k
        if now != old:
            break
        assert leftovers(good_out) == []


def test_load_tables_reads_the_committed_generation(good_out, tmp_path):
    from pipeline.tables import load_tables

    frames = load_tables(good_out)
    assert len(frames["documents"]) == 2 and frames["amounts"]["value"].dtype == "Float64"
    assert (frames["amounts"]["unit"] == "").any()  # an empty unit stays ''
    assert frames["places"]["adcode"].str.len().isin([0, 6, 12]).all()


# -- a dead worker, signals, SIGKILL and resume -------------------------------------------

def _script(body):
    return textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        {textwrap.indent(textwrap.dedent(body), "        ").strip()}
    """)


def test_a_worker_that_dies_costs_one_document_and_the_run_finishes(tmp_path, root):
    src = write_corpus(tmp_path / "in", root, 4)
    (src / "002_killer.txt").write_text("KILLME 深圳安排资金5亿元。", encoding="utf-8")
    body = f"""
        from pipeline.extract import Pipeline
        real = Pipeline.process
        def process(self, doc):
            if "KILLME" in doc.text:
                os._exit(9)  # the OOM killer, a segfault in a C extension
            return real(self, doc)
        Pipeline.process = process
        from pipeline.cli import main
        sys.exit(main(["run", {str(src)!r}, "--out", {str(tmp_path / "out")!r}, "-q", "--jobs", "2"]))
    """
    proc = subprocess.run([sys.executable, "-c", _script(body)], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "ZHEXTRACT_BATCH_DOCS": "2"})
    assert proc.returncode == 1, proc.stderr
    docs = {d["doc_id"]: d for d in read(tmp_path / "out" / "documents.csv")}
    assert len(docs) == 5 and docs["002_killer"]["status"] == "error"
    assert "worker process died" in docs["002_killer"]["error"]
    assert all(d["status"] == "ok" for k, d in docs.items() if k != "002_killer")
    assert {a["doc_id"] for a in read(tmp_path / "out" / "amounts.csv")} == set(docs) - {"002_killer"}


def _start(args, tmp_path, env=None):
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def _stored(out):
    db = Path(out) / ".zhextract" / "store.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM docs WHERE run = (SELECT max(run) FROM docs)").fetchone()[0]
    except sqlite3.Error:
        return 0


def _wait_for(pred, timeout=120):
    t0 = time.monotonic()
    while not pred():
        if time.monotonic() - t0 > timeout:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_a_run_with_workers_promptly_and_keeps_the_tables(sig, code, good_out, tmp_path, root):
    before = snapshot(good_out)
    big = bulk_jsonl(tmp_path / "big.jsonl", root, 60)
    proc = _start([str(big), "--out", str(good_out), "--jobs", "2"], tmp_path, {"ZHEXTRACT_BATCH_DOCS": "4"})
    try:
        _wait_for(lambda: _stored(good_out) >= 4)
    except AssertionError:
        proc.kill()
        raise
    t0 = time.monotonic()
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:  # a hang fails the test; leave no process behind
            proc.kill()
    stopped = time.monotonic() - t0
    assert proc.returncode == code, err
    assert stopped < 2.0 + 3.0  # the requirement is 2 s; the margin is for a loaded CI machine
    assert "interrupted" in err and "documents finished" in err and "Traceback" not in err
    assert snapshot(good_out) == before and leftovers(good_out) == []


def test_runs_killed_with_sigkill_resume_to_byte_identical_tables(tmp_path, root):
    big = bulk_jsonl(tmp_path / "big.jsonl", root, 8)  # 40 documents
    ref = tmp_path / "ref"
    assert main(["run", str(big), "--out", str(ref), "-q"]) == 0
    out = tmp_path / "out"
    env = {"ZHEXTRACT_BATCH_DOCS": "3"}
    for at_least in (0, 3, 12, 27):  # kill at start-up, then after more and more batches
        proc = _start([str(big), "--out", str(out), "-q"], tmp_path, env)
        if at_least:
            _wait_for(lambda: _stored(out) >= at_least or proc.poll() is not None)
        else:
            time.sleep(0.5)
        proc.kill()
        proc.wait()
    done_before = _stored(out)
    proc = _start([str(big), "--out", str(out), "-q"], tmp_path, env)
    try:
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert snapshot(out) == snapshot(ref) and leftovers(out) == []
    assert done_before >= 27  # the killed runs' work was kept


# -- incremental -----------------------------------------------------------------------

def test_incremental_runs_merge_added_changed_and_removed_documents(tmp_path, root):
    from pipeline.batch import run

    src = write_corpus(tmp_path / "in", root)
    out, ref = tmp_path / "out", tmp_path / "ref"
    first = run([src], out, progress=False)
    assert first.extracted == 5
    again = run([src], out, progress=False)
    assert again.extracted == 0 and again.documents == 5
    names = sorted(p.name for p in src.iterdir())
    (src / names[0]).unlink()  # removed: leaves the tables
    (src / names[1]).write_text("改动后：深圳安排资金7亿元。", encoding="utf-8")  # changed
    (src / "new.txt").write_text("新增：广州投资3亿元。", encoding="utf-8")  # added
    inc = run([src], out, progress=False)
    assert inc.extracted == 2 and inc.documents == 5
    run([src], ref, progress=False, full=True)
    assert snapshot(out) == snapshot(ref)
    assert Path(names[0]).stem not in (out / "documents.csv").read_text(encoding="utf-8")


def test_a_rule_change_re_extracts_and_full_forces_a_clean_run(tmp_path, root):
    from pipeline.batch import run

    rules = tmp_path / "rules"
    shutil.copytree(root / "rules", rules)
    src = write_corpus(tmp_path / "in", root, 2)
    out = tmp_path / "out"
    assert run([src], out, rules_dir=rules, progress=False).extracted == 2
    assert run([src], out, rules_dir=rules, progress=False).extracted == 0
    with open(rules / "amounts.yaml", "a", encoding="utf-8") as f:
        f.write("\n# a changed rule file\n")
    assert run([src], out, rules_dir=rules, progress=False).extracted == 2
    assert run([src], out, rules_dir=rules, progress=False, full=True).extracted == 2


def test_a_re_run_loads_no_rules_when_nothing_changed(tmp_path, root, monkeypatch):
    from pipeline import batch

    src = write_corpus(tmp_path / "in", root, 2)
    batch.run([src], tmp_path / "out", progress=False)
    monkeypatch.setattr(batch.Pipeline, "load", lambda *a, **k: (_ for _ in ()).throw(AssertionError("loaded")))
    assert batch.run([src], tmp_path / "out", progress=False).documents == 2


def test_store_records_of_the_wrong_shape_are_re_extracted(tmp_path, root):
    from pipeline.batch import run

    src = write_corpus(tmp_path / "in", root, 2)
    out = tmp_path / "out"
    run([src], out, progress=False)
    good = snapshot(out)
    with sqlite3.connect(out / ".zhextract" / "store.sqlite") as con:
        con.execute("UPDATE docs SET payload = ?", (b"\x80\x04not zlib",))
    assert run([src], out, progress=False).extracted == 2
    assert snapshot(out) == good


# -- progress -------------------------------------------------------------------------

def test_progress_logs_plain_lines_off_a_terminal():
    from pipeline.progress import Progress

    lines = []
    p = Progress(3 << 20, enabled=None, interval=0, log=lines.append)
    p.mode = "log"  # as when stderr is not a terminal
    p.update(1 << 20, False)
    p.update(1 << 20, True)
    assert len(lines) == 2 and "2 docs, 2.0/3.0 MB" in lines[-1] and "1 errors" in lines[-1] and "ETA" in lines[-1]
    quiet = Progress(1, enabled=False, interval=0, log=lines.append)
    quiet.update(1, True)
    assert len(lines) == 2


def test_quiet_still_prints_failures(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\xff\x00\xfe")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "failed: bad" in err and "documents (" not in err


def test_pool_tasks_are_sized_by_bytes_and_workers_write_what_one_process_writes(root, tmp_path, monkeypatch):
    """Tasks group consecutive documents up to TASK_BYTES of text (one document at least),
    and however they are cut, --jobs 2 writes the tables --jobs 1 writes."""
    from types import SimpleNamespace

    from pipeline import engines
    from pipeline.batch import run
    from pipeline.engines import _tasks

    docs = [SimpleNamespace(text="字" * n) for n in (10, 10, 30, 5, 100, 1, 1)]
    assert _tasks(docs, 25) == [[0, 1, 2], [3, 4], [5, 6]]
    assert _tasks(docs, 1) == [[i] for i in range(7)]
    assert _tasks([], 25) == []
    sets = [root / "tests" / "fixtures" / s for s in ("unseen", "unseen2", "unseen6")]
    run(sets, tmp_path / "one", progress=False, jobs=1)
    monkeypatch.setattr(engines, "TASK_BYTES", 3000)  # several tasks per batch, in flight at once
    run(sets, tmp_path / "two", progress=False, jobs=2)
    names = sorted(p.name for p in (tmp_path / "one").glob("*.csv"))
    assert "amounts.csv" in names and "facts.csv" in names
    for name in names:
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    # the workers encode their documents' store records (engines.extract_many): the records
    # one process stores itself, byte for byte
    stored = []
    for out in ("one", "two"):
        with sqlite3.connect(tmp_path / out / ".zhextract" / "store.sqlite") as con:
            stored.append(dict(con.execute("SELECT key, payload FROM docs")))
    assert len(stored[0]) >= 15 and stored[0] == stored[1]


def test_duplicate_ids_are_remembered_outside_python_objects():
    """The ids a run has met are kept in a temporary database, not a dict: remembering
    20,000 more ids (~230 bytes each in a dict: 4.6 MB) leaves Python's own allocations
    flat, and a repeat among them is still found, with its first source."""
    import tracemalloc
    from types import SimpleNamespace

    from pipeline.inputs import DuplicateIds

    def doc(i, src):
        return SimpleNamespace(doc_id=f"archive-day-0001/article-{i:06d}", source_path=src,
                               status="ok", text="x", error="")

    dups = DuplicateIds()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(20000):
            dups.check(doc(i, f"/data/archive/day-0001.jsonl:{i + 1}"))
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 500_000
    again = doc(123, "/data/archive/day-0002.jsonl:7")
    dups.check(again)
    assert (again.doc_id, again.status) == ("archive-day-0001/article-000123~2", "error")
    assert again.error == "duplicate doc_id 'archive-day-0001/article-000123': first used by /data/archive/day-0001.jsonl:124"


def test_a_run_collects_young_objects_less_often_and_gives_the_setting_back(tmp_path, monkeypatch):
    # batch.YOUNG_COLLECT while documents are extracted; the caller's thresholds after the run
    import gc

    from pipeline import batch, engines

    seen = []
    submit = engines.InlineEngine.submit
    monkeypatch.setattr(engines.InlineEngine, "submit", lambda self, docs: (seen.append(gc.get_threshold()), submit(self, docs))[1])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("成都市新建一所学校。", encoding="utf-8")
    before = gc.get_threshold()
    batch.run([tmp_path / "in"], tmp_path / "out", jobs=1, progress=False, full=True)
    assert seen and all(t[0] == batch.YOUNG_COLLECT == 20_000 for t in seen)
    assert gc.get_threshold() == before
