#!/usr/bin/env python3
"""What linking facts costs against extraction (issue 13's budget: < 10 % of a run).

    python scripts/facts_cost.py [FOLDER ...]   (default: corpus/ and tests/fixtures/unseen*/)

In one process, over the same documents: the CPU time of extracting them (the pipeline's
``process``) and of linking their facts alone, the best of three rounds of each, so a
loaded machine does not decide. A measurement for the bench report, not a unit test.
"""
from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract import Pipeline  # noqa: E402
from pipeline.ingest import expand_inputs, read_inputs  # noqa: E402


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "corpus", *sorted((ROOT / "tests" / "fixtures").glob("unseen*/"))]
    pipeline = Pipeline.load()
    docs = list(read_inputs(expand_inputs(folders)))
    results = [pipeline.process(copy.copy(d)) for d in docs]  # warm
    total = facts = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for d in docs:
            pipeline.process(copy.copy(d))
        total = min(total, time.process_time() - t0)
        t0 = time.process_time()
        for r in results:
            pipeline.facts.link(r.doc.text, r.sentences, r.mentions)
        facts = min(facts, time.process_time() - t0)
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars} characters: extraction {total:.3f} s CPU, "
          f"facts linking {facts:.3f} s CPU = {100 * facts / total:.1f} % of extraction")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
