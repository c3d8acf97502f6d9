"""End to end: the CLI over corpus/, the six tables, the offset invariant, exit codes."""
import csv
import json
import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.tables import TABLE_COLUMNS


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def corpus_run(root, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    code = main(["run", str(root / "corpus"), "--out", str(out), "--quiet"])
    return code, out


def test_run_over_corpus_writes_six_tables_with_spec_columns(corpus_run, root):
    code, out = corpus_run
    assert code == 0
    for table, cols in TABLE_COLUMNS.items():
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as f:
            assert tuple(next(csv.reader(f))) == cols
    docs = read(out / "documents.csv")
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in (root / "corpus").glob("*.txt"))
    assert all(d["status"] == "ok" for d in docs)


def test_every_row_holds_its_text_at_its_offsets(corpus_run, root):
    _, out = corpus_run
    texts = {p.stem: p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in (root / "corpus").glob("*.txt")}
    n = 0
    for table in ("sentences", "amounts", "dates", "places", "projects"):
        ids = set()
        for r in read(out / f"{table}.csv"):
            assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"], (table, r)
            if table != "sentences":
                assert r["rule_id"]
                key = (r["doc_id"], r["mention_id"])
                assert key not in ids
                ids.add(key)
            n += 1
    assert n > 300


def test_runs_are_deterministic(corpus_run, root, tmp_path):
    _, out = corpus_run
    assert main(["run", str(root / "corpus"), "--out", str(tmp_path), "--quiet"]) == 0
    for table in TABLE_COLUMNS:
        assert (tmp_path / f"{table}.csv").read_bytes() == (out / f"{table}.csv").read_bytes()


def test_bad_documents_get_error_rows_and_exit_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("时间:2024-07-26 13:44:44 来源:深圳特区报\n正文。", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\xff\x00\xfe")
    (tmp_path / "in" / "gbk.txt").write_bytes("发布时间：2023-05-06\n正文。".encode("gbk"))
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"]) == 1
    docs = {d["doc_id"]: d for d in read(tmp_path / "out" / "documents.csv")}
    assert docs["bad"]["status"] == "error" and docs["bad"]["error"]
    assert (docs["good"]["publish_date"], docs["good"]["publish_time"], docs["good"]["source"]) == (
        "2024-07-26", "13:44:44", "深圳特区报")
    assert docs["gbk"]["status"] == "ok" and docs["gbk"]["publish_date"] == "2023-05-06"


def test_jsonl_input_and_publish_date(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": "正文。", "publish_date": "2024-01-02"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["run", str(src), "--out", str(tmp_path / "out"), "-q"]) == 0
    (doc,) = read(tmp_path / "out" / "documents.csv")
    assert (doc["doc_id"], doc["publish_date"], doc["n_chars"]) == ("x1", "2024-01-02", "3")


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as e:
        main(["run", "--jobs", "many"])
    assert e.value.code == 2


def test_console_module_help_teaches():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "zhextract run" in proc.stdout and "examples:" in proc.stdout


def test_rules_test_command_passes(capsys):
    code = main(["rules", "test"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 failed" in out


def test_explain_prints_rule_ids(capsys):
    assert main(["explain", "时间:2024-07-26 来源:深圳特区报"]) == 0


def test_explain_html_writes_a_displacy_page(tmp_path, capsys):
    out = tmp_path / "page.html"
    assert main(["explain", "时间:2024-07-26 13:44:44 来源:深圳特区报", "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<html" in page.lower() and "特区报" in page
    assert ">DATE</span>" in page  # 2024-07-26 13:44:44 is drawn as a DATE entity


def test_explain_reads_files_in_any_encoding(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes("发布时间：2023-05-06\n正文".encode("gb18030"))
    assert main(["explain", "--file", str(f)]) == 0
    assert "正文" in capsys.readouterr().out


def test_explain_links_facts_in_traditional_text_as_the_run_does(capsys):
    # the linker reads the simplified reading (投資 is the investment cue 投资), as `run` does
    text = "2024年3月，廣東省深圳市南山區投資約3億元建設深圳灣科技園項目。"
    assert main(["explain", text]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "約3億元" in line and "│" in line and "money" not in line)
    assert "investment" in row


def test_workers_write_the_same_tables_in_input_order(corpus_run, root, tmp_path):
    _, out = corpus_run
    assert main(["run", str(root / "corpus"), "--out", str(tmp_path), "--quiet", "--jobs", "2"]) == 0
    for table in TABLE_COLUMNS:
        assert (tmp_path / f"{table}.csv").read_bytes() == (out / f"{table}.csv").read_bytes(), table


def test_auto_jobs_uses_one_process_for_small_inputs(root, tmp_path):
    from pipeline.batch import auto_jobs

    assert auto_jobs(sorted((root / "corpus").glob("*.txt"))) == 1
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"x" * 1_000_001)
    import os

    assert auto_jobs([big]) == (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
