"""The committed gazetteer (rules/gazetteer/) and the loader's rule-made short forms."""
import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.gazetteer import Gazetteer, gazetteer

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"


@pytest.fixture(scope="module")
def gz():
    return gazetteer(RULES)


def test_counts_per_level(gz):
    levels = {}
    for level, _name, _parent in gz.div.values():
        levels[level] = levels.get(level, 0) + 1
    assert levels["province"] == 33  # 31 + Hong Kong + Macao (Taiwan has no code there)
    assert levels["city"] == 333
    # 2845 civil-affairs counties + 6 of the 2023 statistical list the package lacks
    assert levels["county"] == 2845 + 6
    # 2025 towns + 2023 towns since merged away or under those 6 counties
    assert levels["town"] == 38723 + 3106
    meta = json.loads((RULES / "gazetteer" / "META.json").read_text(encoding="utf-8"))
    assert meta["counts"]["village"] == 620573


def test_counties_the_civil_affairs_package_lacks(gz):
    # 重庆市 江北区 and 渝北区 are current districts missing from the 2025 package
    assert gz.div["500105"] == ("county", "江北区", "500000")
    assert gz.div["500112"] == ("county", "渝北区", "500000")
    assert gz.div["500112131000"] == ("town", "龙兴镇", "500112")
    # zones (code digits 70+), a name another division of the prefecture holds, and a
    # name with no division final stay out
    assert "460321" not in gz.div and "620201" not in gz.div and "460323" not in gz.div


def test_every_parent_exists(gz):
    assert all(parent == "" or parent in gz.div for _l, _n, parent in gz.div.values())


def test_village_files_cover_every_row():
    n = 0
    for path in sorted((RULES / "gazetteer" / "villages").glob("*.tsv.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            n += sum(1 for _ in f)
    assert n == 620573


@pytest.mark.parametrize("surface,name,code", [
    ("广西", "广西壮族自治区", "450000"),
    ("内蒙古", "内蒙古自治区", "150000"),
    ("香港", "香港特别行政区", "810000"),
    ("北京", "北京市", "110000"),
    ("龙胜", "龙胜各族自治县", "450328"),
    ("龙胜县", "龙胜各族自治县", "450328"),
    ("恩施州", "恩施土家族苗族自治州", "422800"),
    ("南山", "南山区", "440305"),
    ("资源", "资源县", "450329"),
])
def test_short_forms_by_rule(gz, surface, name, code):
    assert any(e.name == name and e.code == code for e in gz.get(surface))


def test_no_one_character_short_form(gz):
    assert gz.get("城") == [] and gz.get("郊") == []
    assert all(len(s) >= 2 for s in gz.surfaces)


def test_town_codes_are_statistical_12_digits(gz):
    (e,) = [e for e in gz.get("龙田街道") if e.path[-2] == "坪山区"]
    assert e.adcode == "440310006000"
    assert e.path == ("广东省", "深圳市", "坪山区", "龙田街道")
    # a town of the 2023 list that the 2025 list renamed stays findable
    assert "441521102000" in {e.code for e in gz.get("小漠镇")}


def test_villages_lazy_and_cleaned(gz):
    fresh = Gazetteer.load(RULES)
    assert fresh._villages == {}
    rows = fresh.villages_of("441623113")
    assert ("441623113207", "湖东村") in rows
    assert set(fresh._villages) == {"44"}
    e = fresh.village_entry("441623113207", "湖东村")
    assert e.path == ("广东省", "河源市", "连平县", "大湖镇", "湖东村")
    assert e.adcode == "441623113207"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("raw,prefixes,shorts,want", [
    ("连平县大湖镇湖东村民委员会", ["连平县", "大湖镇"], ["连平", "大湖"], "湖东村"),
    ("东水头村村民委员会", ["连平县"], [], "东水头村"),
    ("马海村委会", [], [], "马海村"),
    ("多福巷社区居委会", [], [], "多福巷社区"),
    ("平湖社区居委会", ["平湖街道"], ["平湖"], "平湖社区"),
])
def test_clean_village(raw, prefixes, shorts, want):
    assert _build_module().clean_village(raw, prefixes, shorts) == want


def test_build_renamed_records_its_meta_entry(tmp_path):
    """scripts/build_renamed.py writes its own META.json entry and count; the other
    sources and counts stay as they were (the shipped file is what it writes)."""
    spec = importlib.util.spec_from_file_location("build_renamed", ROOT / "scripts" / "build_renamed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    shipped = (RULES / "gazetteer" / "META.json").read_text(encoding="utf-8")
    meta = tmp_path / "META.json"
    before = json.loads(shipped)
    del before["sources"]["renamed"], before["counts"]["renamed"]
    meta.write_text(json.dumps(before), encoding="utf-8")
    info = mod.record_meta(meta, 750, "eed219a")
    assert meta.read_text(encoding="utf-8") == shipped
    assert info["counts"]["renamed"] == 750 and info["counts"]["town"] == before["counts"]["town"]
    assert "at commit eed219a" in info["sources"]["renamed"]["repository"]
    assert mod._commit(str(tmp_path)) == "unknown"  # no git checkout
