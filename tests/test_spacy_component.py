"""The spaCy component: nlp.add_pipe("zhextract") through the entry point, spans per table
with the tables' offsets, rule ids and values, non-overlapping ents, nlp.pipe with two
processes, displaCy."""
import csv
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

spacy = pytest.importorskip("spacy")

FILES = ("001_zhejiang.txt", "002_sichuan.txt", "003_henan.txt")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh")
    nlp.add_pipe("zhextract")
    return nlp


@pytest.fixture(scope="module")
def tables(tmp_path_factory, root):
    from pipeline.batch import run

    out = tmp_path_factory.mktemp("spacy_run")
    run([root / "tests" / "fixtures" / "unseen" / f for f in FILES], out, progress=False, jobs=1)
    rows = {}
    for table in ("amounts", "dates", "places", "projects", "facts"):
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as f:
            rows[table] = list(csv.DictReader(f))
    return rows


def _text(root, name):
    from pipeline.ingest import decode_bytes

    return decode_bytes((root / "tests" / "fixtures" / "unseen" / name).read_bytes())[0]


def test_the_factory_is_an_entry_point():
    names = [ep.name for ep in entry_points(group="spacy_factories")]
    assert "zhextract" in names
    # a fresh interpreter finds it without importing the package first
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('zhextract'); "
            "d = nlp('深圳安排资金63.5亿元'); print([(s.text, s._.value) for s in d.spans['amounts']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[('63.5亿元', 6350000000)]"


@pytest.mark.parametrize("name", FILES)
def test_spans_agree_with_the_tables(nlp, tables, root, name):
    doc = nlp(_text(root, name))
    doc_id = name[:-4]
    for table in ("amounts", "dates", "places", "projects"):
        want = [(int(r["start"]), int(r["end"]), r["text"], r["rule_id"], int(r["mention_id"]))
                for r in tables[table] if r["doc_id"] == doc_id]
        got = [(s.start_char, s.end_char, s.text, s._.rule_id, s._.mention_id) for s in doc.spans[table]]
        assert got == want and want
    places = {r["mention_id"]: r for r in tables["places"] if r["doc_id"] == doc_id}
    for s in doc.spans["places"]:
        row = places[str(s._.mention_id)]
        assert (s._.name, s._.level, s._.adcode or "", s.label_) == (row["name"], row["level"], row["adcode"], "PLACE")
    amounts = {r["mention_id"]: r for r in tables["amounts"] if r["doc_id"] == doc_id}
    for s in doc.spans["amounts"]:
        row = amounts[str(s._.mention_id)]
        assert float(row["value"]) == pytest.approx(s._.value) and s._.unit == row["unit"]
    assert [f["amount_id"] for f in doc._.facts] == [int(r["amount_id"]) for r in tables["facts"]
                                                     if r["doc_id"] == doc_id]


def test_ents_do_not_overlap_and_prefer_the_longer(nlp, root):
    doc = nlp(_text(root, FILES[0]))
    ents = list(doc.ents)
    assert ents and all(a.end <= b.start for a, b in zip(ents, ents[1:]))
    spans = {(s.start_char, s.end_char) for t in doc.spans for s in doc.spans[t]}
    assert all((e.start_char, e.end_char) in spans for e in ents)
    # a place inside a project name gives way to the project
    for s in doc.spans["places"]:
        holders = [p for p in doc.spans["projects"] if p.start <= s.start and s.end <= p.end and len(p) > len(s)]
        if holders:
            assert (s.start_char, s.end_char) not in {(e.start_char, e.end_char) for e in ents}


def test_pipe_with_two_processes_gives_the_same_docs(nlp, root):
    texts = [_text(root, f) for f in FILES]
    one = [[(e.start_char, e.end_char, e.label_, e._.rule_id) for e in d.ents] for d in nlp.pipe(texts)]
    two = [[(e.start_char, e.end_char, e.label_, e._.rule_id) for e in d.ents] for d in nlp.pipe(texts, n_process=2)]
    assert one == two and all(one)


def test_displacy_renders_the_mentions(nlp):
    from spacy import displacy

    doc = nlp("深圳持续深化对口帮扶，2023年安排资金63.5亿元。")
    page = displacy.render(doc, style="ent")
    for text, label in (("深圳", "PLACE"), ("2023年", "DATE"), ("63.5亿元", "AMOUNT")):
        assert text in page and label in page
    spans_page = displacy.render(doc, style="span", options={"spans_key": "amounts"})
    assert "AMOUNT" in spans_page and "PLACE" not in spans_page  # one token per character there
    import re

    assert "资金6AMOUNT3.5亿元。" in re.sub(r"<[^>]+>|\s", "", spans_page)  # the label on the span's first token
