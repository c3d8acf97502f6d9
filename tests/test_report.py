"""`zhextract report`: the page's data agrees with the tables, and the page renders in a
real browser (headless Chromium) with no console message, its charts and highlights."""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import main

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, root):
    from pipeline.batch import run

    out = tmp_path_factory.mktemp("corpus_run")
    run([root / "corpus"], out, progress=False, jobs=1)
    return out


def _data(page: str) -> dict:
    blob = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1)
    return json.loads(blob.replace("<\\/", "</"))


def test_report_data_matches_the_tables(corpus_run, tmp_path):
    from pipeline.tables import load_tables

    out = tmp_path / "r.html"
    assert main(["report", str(corpus_run), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "https://" not in re.sub(r"<script>.*?</script>", "", page, flags=re.S)[:5000]  # nothing fetched
    data = _data(page)
    t = load_tables(corpus_run)
    assert data["summary"]["documents"] == len(t["documents"])
    assert data["summary"]["tables"]["facts"] == len(t["facts"]) > 0
    n_mentions = sum(len(t[k]) for k in ("amounts", "dates", "places", "projects"))
    assert sum(len(d["m"]) for d in data["docs"]) == n_mentions
    # offsets index the rebuilt text exactly as they index the document
    texts = {}
    for table in ("amounts", "dates", "places", "projects"):
        for row in t[table].itertuples():
            texts[(row.doc_id, table, row.mention_id)] = row.text
    for d in data["docs"]:
        for start, end, table, mid, label, rule in d["m"]:
            assert d["text"][start:end] == texts[(d["id"], table, mid)]
            assert rule
    titles = [f["layout"]["title"]["text"] for f in data["figures"]]
    assert any("by province" in x for x in titles) and any("by year" in x for x in titles)
    assert any("Top projects" in x for x in titles)


def test_report_of_a_folder_without_tables_is_a_usage_error(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "no documents.csv" in capsys.readouterr().err


def _browser():
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("CI needs Chromium for the report test (.ci/run installs Debian's chromium)")
    pytest.skip("no Chromium here (not CI)")


def _render(browser, page: Path, screenshot: Path | None = None):
    """(DOM after scripts ran, console messages) of a page in headless Chromium."""
    args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--enable-logging=stderr",
            "--v=0", "--virtual-time-budget=15000", f"--user-data-dir={page.parent / '.chromium'}"]
    if screenshot:
        shot = subprocess.run(args + ["--window-size=1280,2400", f"--screenshot={screenshot}", page.as_uri()],
                              capture_output=True, text=True, timeout=180)
        assert screenshot.exists(), shot.stderr[-2000:]
    res = subprocess.run(args + ["--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180)
    console = [line for line in res.stderr.splitlines() if ":CONSOLE" in line]
    return res.stdout, console


def test_console_check_catches_a_broken_page(tmp_path):
    browser = _browser()
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><script>undefinedFunction();</script></body></html>", encoding="utf-8")
    _, console = _render(browser, bad)
    assert any("undefinedFunction" in line for line in console)


def test_report_renders_in_headless_chromium(corpus_run, root):
    browser = _browser()
    build = root / "build"
    build.mkdir(exist_ok=True)
    page = build / "report.html"
    assert main(["report", str(corpus_run), "-o", str(page)]) == 0
    screenshot = build / "report.png"
    screenshot.unlink(missing_ok=True)
    dom, console = _render(browser, page, screenshot)
    assert console == []
    assert 'data-ready="1"' in dom
    charts = re.findall(r'<div class="chart[^"]*" id="chart\d+"', dom)
    assert len(charts) >= 5
    assert dom.count('class="main-svg"') >= 2 * len(charts)  # plotly drew every chart
    for table in ("amounts", "dates", "places", "projects"):
        assert f'<mark class="{table}' in dom
    assert 'class="amounts fact"' in dom and "<table class=\"facts\">" in dom
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000


def test_failed_documents_are_listed_with_their_reason(tmp_path):
    from pipeline.batch import run
    from pipeline.report import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("临安区今年安排专项资金1.5亿元。", encoding="utf-8")
    (src / "bad.txt").write_bytes("中文".encode() + b"\xff\xfe\x00\x00\x81")  # NUL bytes: binary
    run([src], tmp_path / "out", progress=False, jobs=1)
    data = _data(build(tmp_path / "out"))
    assert data["summary"]["documents"] == 2 and data["summary"]["ok"] == 1
    assert [d for d, _ in data["summary"]["errors"]] == ["bad"]
    good = next(d for d in data["docs"] if d["id"] == "good")
    assert good["text"] == "临安区今年安排专项资金1.5亿元。"
    assert [f["relation"] for f in good["facts"]] == ["funding"]
