"""The compact village and town tables (pipeline/codetable.py) answer every look-up as
the sorted list of tuples and the dict they replace did."""
import bisect
import gzip
from pathlib import Path

import pytest

from pipeline.codetable import CodeTable
from pipeline.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent / "rules" / "gazetteer"


def _rows(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f]


def _slice(rows, prefix):  # the look-up before the compact table: bisect over sorted tuples
    return rows[bisect.bisect_left(rows, (prefix,)):bisect.bisect_left(rows, (prefix + "\uffff",))]


@pytest.mark.parametrize("prov", ["11", "44", "46", "65"])
def test_villages_of_gives_the_rows_of_the_tuple_list(prov):
    rows = _rows(ROOT / "villages" / f"{prov}.tsv.gz")
    gz = Gazetteer(ROOT)
    assert gz.villages_of(prov) == rows
    prefixes = {r[0][:6] for r in rows} | {r[0][:9] for r in rows[::7]} | {r[0] for r in rows[::97]}
    prefixes |= {prov + "9999", prov + "x1", prov + "0" * 11, rows[-1][0] + "0"}
    for prefix in sorted(prefixes):
        assert gz.villages_of(prefix) == _slice(rows, prefix), prefix
        assert gz.village_names_of(prefix) == [n for _c, n in _slice(rows, prefix)], prefix
    assert gz.villages_of(prefix) == _slice(rows, prefix)  # again, from the kept rows


def test_towns2023_answers_as_the_dict():
    with gzip.open(ROOT / "towns2023.tsv.gz", "rt", encoding="utf-8") as f:
        towns = dict(line.rstrip("\n").split("\t") for line in f)
    table = Gazetteer(ROOT).towns2023()
    assert len(table) == len(towns)
    assert all(table.get(code, "") == name for code, name in towns.items())
    for code in ("", "1101010", "110101001000", "999999999", "11010100a"):
        assert table.get(code, "") == towns.get(code, "")


def test_unsorted_rows_and_repeated_codes():
    t = CodeTable([("130", "b"), ("120", "a"), ("130", "c"), ("121", "")], 3)
    assert t.rows() == [("120", "a"), ("121", ""), ("130", "b"), ("130", "c")]
    assert t.rows("12") == [("120", "a"), ("121", "")]
    assert t.rows("13") == [("130", "b"), ("130", "c")]
    assert t.names_of("12") == ["a", ""] and t.names_of() == ["a", "", "b", "c"] and t.names_of("14") == []
    assert t.rows("2") == [] and t.rows("1300") == [] and t.rows("1a") == []
    assert t.get("130") == "b" and t.get("121") == "" and t.get("122") is None and t.get("12") is None


def test_a_bad_line_is_an_error(tmp_path):
    path = tmp_path / "x.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("110101001\t东华门街道\n11010100\t短\n")
    with pytest.raises(ValueError, match="not a code of 9 digits"):
        CodeTable.read(path, 9)
    assert len(CodeTable.read(tmp_path / "none.tsv.gz", 9)) == 0


def test_codes_named_finds_whole_names_only():
    # a name found inside a longer one or across two rows is no row of that name
    t = CodeTable([("120", "新村"), ("121", "村"), ("122", "新村"), ("130", "东新村"), ("131", "新")], 3)
    assert t.codes_named("12", "新村") == ["120", "122"]
    assert t.codes_named("1", "村") == ["121"]
    assert t.codes_named("13", "新村") == []  # 东新村 holds it; 新 + 村 of the next row is no row
    assert t.codes_named("", "新") == ["131"] and t.codes_named("2", "新") == [] and t.codes_named("12", "") == []


@pytest.mark.parametrize("prov", ["11", "65"])
def test_village_codes_named_as_the_rows(prov):
    gz = Gazetteer(ROOT)
    rows = gz.villages_of(prov)
    for county in sorted({c[:6] for c, _n in rows})[:6]:
        county_rows = gz.villages_of(county)
        for name in sorted({n for _c, n in county_rows})[:60] + ["不存在村"]:
            assert gz.village_codes_named(county, name) == [c for c, n in county_rows if n == name]
