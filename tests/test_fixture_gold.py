"""Every evaluation set's gold (tests/fixtures/<set>_gold.jsonl beside <set>/) indexes its
texts: a mention's text is text[start:end] of its document, and every document line names a
file of the folder. A gold line that drifted would score the pipeline against the wrong span."""
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SETS = sorted(p.name[:-len("_gold.jsonl")] for p in FIXTURES.glob("unseen*_gold.jsonl")
              if (FIXTURES / p.name[:-len("_gold.jsonl")]).is_dir())
# the page-header tuning sets (Makefile META_TUNE_SETS): document lines only, each naming a file
META_TUNE_SETS = ["meta_dev", "meta_fresh_tune", "meta_fresh2_tune", "meta_fresh3_tune", "meta_fresh4_tune", "meta_fresh5_tune", "meta_fresh6_tune", "meta_fresh7_tune", "meta_fresh8_tune", "meta_fresh9_tune", "meta_fresh10_tune"]
SETS += META_TUNE_SETS


def test_sets_found():
    assert set(META_TUNE_SETS) <= {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert {"unseen", "unseen21", "unseen22", "unseen23", "unseen24", "unseen25", "unseen26", "unseen27", "unseen28", "unseen29", "unseen30", "unseen31", "unseen32", "unseen33", "unseen34", "unseen35", "unseen36", "unseen37", "unseen38", "unseen39", "unseen40", "unseen41", "unseen42", "unseen43", "unseen44", "unseen45", "unseen46", "unseen47", "unseen48", "unseen49", "unseen50", "unseen51", "unseen52", "unseen53", "unseen54", "unseen55", "unseen56", "unseen57", "unseen58", "unseen59", "unseen60", "unseen61", "unseen62", "unseen63", "unseen64", "unseen65", "unseen66", "unseen67", "unseen68", "unseen69", "unseen70", "unseen71", "unseen72", "unseen73", "unseen74", "unseen75", "unseen76", "unseen77", "unseen78", "unseen79", "unseen80", "unseen81", "unseen82", "unseen83", "unseen84", "unseen85", "unseen86", "unseen87", "unseen88", "unseen89", "unseen90", "unseen91", "unseen92", "unseen93", "unseen94", "unseen96", "unseen97", "unseen98", "unseen95", "unseen99", "unseen100", "unseen102", "unseen103", "unseen101", "unseen104", "unseen105", "unseen107", "unseen108", "unseen109", "unseen110", "unseen106", "unseen111", "unseen112", "unseen113", "unseen114", "unseen115", "unseen116", "unseen117", "unseen118", "unseen120", "unseen121", "unseen122", "unseen123", "unseen124", "unseen125", "unseen126", "unseen127", "unseen119", "unseen128", "unseen130", "unseen135", "unseen136", "unseen137", "unseen138", "unseen139", "unseen140", "unseen141", "unseen142", "unseen143", "unseen145", "unseen133", "unseen144", "unseen146", "unseen147", "unseen148", "unseen149", "unseen150", "unseen151", "unseen152", "unseen153", "unseen154", "unseen155", "unseen131", "unseen132", "unseen134", "unseen156", "unseen157", "unseen161", "unseen162", "unseen163", "unseen164", "unseen165", "unseen166", "unseen167", "unseen168", "unseen169", "unseen170", "unseen171", "unseen172", "unseen173", "unseen174", "unseen175", "unseen176", "unseen177", "unseen178", "unseen179", "unseen180", "unseen181", "unseen182", "unseen183", "unseen184", "unseen185", "unseen186", "unseen187", "unseen188", "unseen189", "unseen193", "unseen194", "unseen195", "unseen196", "unseen197", "unseen190", "unseen191", "unseen192", "unseen198", "unseen199", "unseen200", "unseen201", "unseen202", "unseen203", "unseen204", "unseen205", "unseen158", "unseen159", "unseen160", "unseen211", "unseen212", "unseen213", "unseen214", "unseen209", "unseen210", "unseen217", "unseen218", "unseen206", "unseen207", "unseen208", "unseen215", "unseen216", "unseen222", "unseen223", "unseen219", "unseen220", "unseen221"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_gold_indexes_its_texts(name):
    folder = FIXTURES / name
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    docs, bad = set(), []
    for n, line in enumerate((FIXTURES / f"{name}_gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("type") == "document" or "start" not in row:
            docs.add(row["doc"])
            continue
        text = texts.get(row["doc"])
        if text is None or text[row["start"]:row["end"]] != row["text"]:
            bad.append((n, row["doc"], row["start"], row["end"], row["text"]))
    assert not bad, f"{name}_gold.jsonl lines whose span is not their text: {bad[:5]}"
    assert docs <= set(texts), f"document lines without a text: {sorted(docs - set(texts))}"
