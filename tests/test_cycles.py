"""Extracting a document makes no reference cycles: what it allocates is freed by reference
counting as it goes, so the cyclic collector has nothing to find (issue 12: collections
that walked per-document cycles -- a recursive closure, a self-referring lazy table --
cost ~0.15 s per 3 MB of text)."""
import gc

from pipeline.ingest import _document


def test_extracting_documents_leaves_no_cyclic_garbage(pipeline, root):
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "fixtures" / "unseen").glob("*.txt"))[:20]]
    docs = [_document(f"d{i}", "<text>", t, "") for i, t in enumerate(texts)]
    pipeline.process(docs[0])  # first-use caches made before looking
    gc.collect()
    was = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        found, facts = [], 0
        for doc in docs:
            result = pipeline.process(doc)
            assert doc.status == "ok"
            facts += len(result.facts)
            del result
            gc.collect()
            found += [type(o).__qualname__ for o in gc.garbage]
            gc.garbage.clear()
    finally:
        gc.set_debug(was)
        gc.garbage.clear()
    assert found == [] and facts > 20  # (the chains and the fact linker did run)
