import csv

import pytest

from pipeline.model import COMMON, EXTRA_COLUMNS
from pipeline.tables import TABLE_COLUMNS, TableWriter, fmt, load_tables


@pytest.mark.parametrize("value, text", [
    (None, ""), (6350000000.0, "6350000000"), (44.77, "44.77"), (5e-06, "0.000005"), (3, "3"),
    (float("nan"), ""), ("CNY", "CNY"), (1e20, "100000000000000000000"),
])
def test_numbers_are_written_plainly(value, text):
    assert fmt(value) == text


def test_columns_follow_the_spec():
    assert TABLE_COLUMNS["documents"] == ("doc_id", "source_path", "sha256", "n_chars", "title", "publish_date",
                                         "publish_time", "source", "status", "error")
    assert TABLE_COLUMNS["sentences"] == ("doc_id", "sentence_id", "start", "end", "text")
    assert TABLE_COLUMNS["amounts"] == COMMON + ("kind", "value", "value_max", "unit", "qualifier")
    assert TABLE_COLUMNS["places"][-4:] == EXTRA_COLUMNS["places"] == ("name", "level", "adcode", "path")


def test_a_failed_run_leaves_the_old_tables(tmp_path):
    (tmp_path / "amounts.csv").write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with TableWriter(tmp_path) as w:
            w.write({"amounts": [["d", 1, 1, 0, 2, "5元", "r", "money", 5, "", "CNY", "exact"]]})
            raise RuntimeError("boom")
    assert (tmp_path / "amounts.csv").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".zhextract", "amounts.csv"]
    assert list((tmp_path / ".zhextract").iterdir()) == []  # no temporary folder left


def test_written_tables_load_into_pandas_with_types(tmp_path):
    with TableWriter(tmp_path) as w:
        w.write({"amounts": [["d", 1, 1, 0, 7, "63.5亿元", "r", "money", fmt(6350000000.0), "", "CNY", "exact"]],
                 "places": [["d", 1, 1, 0, 2, "南山", "r", "南山区", "county", "440305", "广东省/深圳市/南山区"]]})
    with open(tmp_path / "amounts.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1] == ["d", "1", "1", "0", "7", "63.5亿元", "r", "money", "6350000000", "", "CNY", "exact"]
    frames = load_tables(tmp_path)
    assert frames["amounts"]["value"][0] == 6350000000.0
    assert frames["places"]["adcode"][0] == "440305"
    assert len(frames["dates"]) == 0 and list(frames["dates"].columns) == list(TABLE_COLUMNS["dates"])
