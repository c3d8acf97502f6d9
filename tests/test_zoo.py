"""The bad-input zoo through the command line: one documents.csv row per entry, the right
status and reason for each, nothing blocks, the run finishes (issue 14)."""
import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zoo import ARTICLE, build_zoo

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file types")


def _shown(name: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return name.decode(enc)
        except UnicodeDecodeError:
            pass
    return name.decode("utf-8", "backslashreplace")


def _zhextract(*args, timeout=600):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, timeout=timeout,
                          env=env, cwd=ROOT)


def _table(out: Path, name: str) -> list[dict]:
    with open(out / f"{name}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    assert all(len(r) == len(head) for r in rows), f"{name}.csv: a row with the wrong number of cells"
    return [dict(zip(head, r)) for r in rows[1:]]


@pytest.fixture(scope="module")
def zoo_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("zoo")
    made = build_zoo(base / "zoo")
    out = base / "out"
    proc = _zhextract("run", str(base / "zoo"), "--out", str(out), "-q")
    return base / "zoo", made, out, proc


def test_the_run_finishes_and_reports_failures_with_exit_1(zoo_run):
    _root, made, out, proc = zoo_run
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in proc.stderr
    assert len(made) >= 45


def test_every_entry_gets_exactly_one_row_with_its_status(zoo_run):
    root, made, out, _proc = zoo_run
    docs = _table(out, "documents")
    by_path: dict[str, list[dict]] = {}
    for d in docs:
        by_path.setdefault(d["source_path"], []).append(d)
    expected_rows = 0
    for name, exp in made.items():
        if exp.get("skip"):
            continue
        shown = str(root / _shown(name))
        if "rows" in exp:  # JSONL: one row per non-blank line (or one for an unreadable file)
            rows = [d for p, ds in by_path.items() if p == shown or p.startswith(shown + ":") for d in ds]
            assert len(rows) == exp["rows"], name
            assert {d["doc_id"] for d in rows if d["status"] == "error"} == exp["errors"], name
            expected_rows += exp["rows"]
            continue
        rows = by_path.get(shown, [])
        assert len(rows) == 1, (name, rows)
        row = rows[0]
        assert row["status"] == exp["status"], (name, row)
        if "error" in exp:
            assert exp["error"] in row["error"], (name, row["error"])
        if "doc_id" in exp:
            assert row["doc_id"] == exp["doc_id"]
        if "title" in exp:
            assert row["title"] == exp["title"]  # faithful: no formula escaping in the CSV
        if row["status"] == "error":
            assert row["error"] and row["n_chars"] == ""
        expected_rows += 1
    assert len(docs) == expected_rows


def test_a_second_bom_is_text_and_offsets_hold(zoo_run):
    root, _made, out, _proc = zoo_run
    docs = {d["source_path"]: d for d in _table(out, "documents")}
    amounts = _table(out, "amounts")
    for name in ("double_bom.txt", "double_bom16.txt"):
        doc = docs[str(root / name)]
        assert int(doc["n_chars"]) == len(ARTICLE) + 1
        money = [a for a in amounts if a["doc_id"] == doc["doc_id"] and a["text"] == "63.5亿元"]
        assert [int(a["start"]) for a in money] == [ARTICLE.index("63.5亿元") + 1]


def test_jsonl_surrogates_are_replaced_and_noted(zoo_run):
    _root, _made, out, _proc = zoo_run
    docs = {d["doc_id"]: d for d in _table(out, "documents")}
    j2 = docs["j2"]
    assert j2["status"] == "ok" and "1 lone surrogate" in j2["error"] and j2["n_chars"] == "3"
    sentences = [s for s in _table(out, "sentences") if s["doc_id"] == "j2"]
    assert sentences[0]["text"] == "\ufffd深圳"
    odd = docs["\ufffd"]  # the id was a lone surrogate, so was the publish date
    assert odd["status"] == "ok" and "2 lone surrogate" in odd["error"] and odd["publish_date"] == "\ufffd"
    assert docs["j14\r\nid"]["status"] == "ok"  # a CR in a cell is quoted, the row stays whole


def test_calendar_edges_give_rows_not_errors(zoo_run):
    _root, _made, out, _proc = zoo_run
    docs = {d["doc_id"]: d for d in _table(out, "documents")}
    assert docs["j9"]["status"] == docs["j10"]["status"] == "ok"
    dates = {(d["doc_id"], d["text"]): d for d in _table(out, "dates")}
    assert dates[("j9", "昨天")]["value"] == "" and dates[("j9", "昨天")]["resolved"] == "unresolved"
    assert dates[("j9", "明天")]["value"] == "0001-01-02"
    assert dates[("j10", "明天")]["value"] == "" and dates[("j10", "明年")]["value"] == ""
    edge = [d for d in _table(out, "dates") if d["doc_id"] == "edge_dates"]
    assert [(d["text"], d["value"]) for d in edge] == [
        ("2月30日", ""), ("2024年2月30日", ""), ("2023年2月29日", ""), ("2024年2月29日", "2024-02-29"), ("4月31日", "")]


def test_a_fifo_named_on_the_command_line_does_not_block(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = _zhextract("run", str(fifo), "--out", str(tmp_path / "out"), "-q", timeout=120)
    assert proc.returncode == 1
    (row,) = _table(tmp_path / "out", "documents")
    assert row["status"] == "error" and "FIFO" in row["error"]


def test_explain_survives_bad_bytes(tmp_path):
    gbk = "深圳安排资金63.5亿元".encode("gbk")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "explain", gbk], capture_output=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8"), cwd=ROOT)
    assert proc.returncode == 0 and b"money.suffix" in proc.stdout, proc.stderr[-500:]
    proc = _zhextract("explain", b"\xff\xff\x80abc", timeout=300)
    assert proc.returncode == 2 and b"cannot decode" in proc.stderr and b"Traceback" not in proc.stderr
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    proc = _zhextract("explain", "--file", str(fifo), timeout=120)
    assert proc.returncode == 2 and b"FIFO" in proc.stderr
    proc = _zhextract("explain", "昨天", "--publish-date", "0001-01-01", timeout=300)
    assert proc.returncode == 0 and b"unresolved" in proc.stdout
