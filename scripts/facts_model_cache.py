#!/usr/bin/env python3
"""Record the fact linker's inputs and decisions on the tuning fact gold (issue 13, round 32, facts39).

    scripts/facts_model_cache.py OUT.pkl [SET ...]

Runs the pipeline (as shipped, project model on) in this process on every document of the tuning sets that have
fact gold (scripts/facts_causes.py's SETS: the seeds and the Makefile's tuning facts pairs, never a test pair) and
keeps, per document, the text the linker read, the mentions, and for every amount the linker judged: its clause,
the sentence's projects and places as the linker saw them, the rules' relation and the rules' fact (or none).
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from facts_causes import SETS  # noqa: E402
from pipeline import facts as facts_mod  # noqa: E402
from pipeline.extract import Pipeline  # noqa: E402
from pipeline.ingest import expand_inputs, read_inputs  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
_LOG: dict = {}


def _patched(orig):
    def _link_one(self, text, a, amount, clauses, openings, s_dates, s_places, s_projects, places, projects):
        from bisect import bisect_right
        fact = orig(self, text, a, amount, clauses, openings, s_dates, s_places, s_projects, places, projects)
        k = bisect_right(self._clause_starts, amount.start) - 1
        if k < 0 or not (clauses[k][0] <= amount.start < clauses[k][1]):
            return fact
        try:
            rel = fact.relation if fact else self.relation(text, clauses[k][0], amount)
        except Exception:  # noqa: BLE001 - a relation needs the decision's state: other
            rel = "other"
        _LOG[a] = {"clauses": list(clauses), "k": k, "relation": rel,
                   "projects": [i for i, _ in s_projects], "places": [i for i, _ in s_places],
                   "rule": None if fact is None else (fact.project, fact.place, fact.rule_id, fact.relation)}
        return fact
    return _link_one


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    out, wanted = Path(argv[0]), argv[1:] or list(SETS)
    facts_mod.FactLinker._link_one = _patched(facts_mod.FactLinker._link_one)
    pipe = Pipeline.load()
    docs = []
    for name in wanted:
        if name not in SETS:
            raise SystemExit(f"{name}: not a tuning fact set")
        folder = SEEDS if name == "seeds" else ROOT / "tests" / "fixtures" / name
        for doc in read_inputs(expand_inputs([folder])):
            _LOG.clear()
            res = pipe.process(doc)
            if doc.status != "ok":
                continue
            ms = res.mentions
            docs.append({
                "set": name, "pair": SETS[name], "doc": doc.doc_id, "text": doc.text,
                "sentences": [(s.start, s.end) for s in res.sentences],
                "amounts": [(m.start, m.end, m.text, m.fields.get("kind"), m.fields.get("unit"),
                             m.fields.get("qualifier")) for m in ms.get("amounts", [])],
                "places": [(m.start, m.end, m.fields.get("name"), m.fields.get("level"), m.rule_id)
                           for m in ms.get("places", [])],
                "projects": [(m.start, m.end, m.fields.get("name"), m.fields.get("category"), m.rule_id)
                             for m in ms.get("projects", [])],
                "judged": dict(_LOG),
                "facts": [(f.amount, f.relation, f.project, f.place, f.rule_id) for f in res.facts]})
        print(name, len(docs), file=sys.stderr, flush=True)
    with open(out, "wb") as f:
        pickle.dump(docs, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
