"""Output formats (CSV, --excel, Parquet), load_tables for each, and the Dask engine."""
import csv
import re
import shutil

import pytest

from pipeline.cli import main
from pipeline.generations import neutralize, restore
from pipeline.tables import TABLE_COLUMNS, load_tables

NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
HOSTILE = ("=HYPERLINK(\"http://x\",\"点击\")\n来源：深圳特区报\n+86热线启用。-5摄氏度。@所有人："
           "深圳安排资金63.5亿元，净利润为-3.2亿元。")


@pytest.fixture(scope="module")
def inputs(root, tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    for p in sorted((root / "corpus").glob("*.txt"))[:2]:
        shutil.copy(p, src / p.name)
    (src / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def plain(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("plain")
    assert main(["run", str(inputs), "--out", str(out), "-q"]) == 0
    return out


def frames_equal(a, b):
    assert a.keys() == b.keys()
    for t in a:
        assert list(a[t].columns) == list(b[t].columns), t
        assert dict(a[t].dtypes) == dict(b[t].dtypes), t
        assert a[t].equals(b[t]), t


@pytest.mark.parametrize("cell, safe", [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+86热线", "'+86热线"), ("-", "'-"), ("@所有人", "'@所有人"),
    ("-3.2", "-3.2"), ("+5", "+5"), ("'quoted", "''quoted"), ("深圳", "深圳"), ("", ""),
])
def test_neutralize_is_exactly_undone_by_restore(cell, safe):
    assert neutralize(cell) == safe and restore(safe) == cell


def test_excel_csv_has_a_bom_and_no_live_formulas(inputs, plain, tmp_path):
    out = tmp_path / "xl"
    assert main(["run", str(inputs), "--out", str(out), "-q", "--excel"]) == 0
    raw = (out / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    for t in TABLE_COLUMNS:
        with open(out / f"{t}.csv", encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@")) or NUMBER.match(cell), cell
    titles = [r[4] for r in csv.reader(open(out / "documents.csv", encoding="utf-8-sig", newline=""))]
    assert "'=HYPERLINK(\"http://x\",\"点击\")" in titles
    frames_equal(load_tables(out), load_tables(plain))


def test_parquet_round_trip_gives_the_same_frames(inputs, plain, tmp_path):
    out = tmp_path / "pq"
    assert main(["run", str(inputs), "--out", str(out), "-q", "--format", "parquet"]) == 0
    assert sorted(p.name for p in out.glob("*.parquet")) == sorted(f"{t}.parquet" for t in TABLE_COLUMNS)
    assert not list(out.glob("*.csv"))
    frames = load_tables(out)
    frames_equal(frames, load_tables(plain))
    assert frames["amounts"]["value"].dtype == "Float64" and frames["places"]["adcode"].dtype == "string"
    import pyarrow.parquet as pq

    assert str(pq.read_schema(out / "amounts.parquet").field("start").type) == "int64"
    # back to CSV in the same folder: the Parquet links go, the CSV ones come
    assert main(["run", str(inputs), "--out", str(out), "-q"]) == 0
    assert not list(out.glob("*.parquet"))
    for t in TABLE_COLUMNS:
        assert (out / f"{t}.csv").read_bytes() == (plain / f"{t}.csv").read_bytes()


def test_excel_and_parquet_together_is_bad_usage(inputs, tmp_path, capsys):
    assert main(["run", str(inputs), "--out", str(tmp_path), "-q", "--excel", "--format", "parquet"]) == 2


def test_dask_local_cluster_writes_the_same_tables(inputs, plain, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask"
    assert main(["run", str(inputs), "--out", str(out), "-q", "--engine", "dask", "--jobs", "2"]) == 0
    for t in TABLE_COLUMNS:
        assert (out / f"{t}.csv").read_bytes() == (plain / f"{t}.csv").read_bytes(), t
