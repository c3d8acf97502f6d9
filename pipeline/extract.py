"""One document through every stage: metadata, sentences, then the extractors in order
(amounts, dates, places, projects; later ones may read earlier ones' mentions).

Every mention is checked against the invariant ``text[start:end] == mention.text``
before it can reach a table: a violation is a bug in an extractor and fails that
document loudly instead of writing a wrong row.
"""
from __future__ import annotations

import gc
import importlib
import os
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .budget import DocumentTimeout, budget_for, time_budget
from .metadata import MetadataReader, title_of
from .model import MENTION_TABLES, Context, Document, Mention, Sentence
from .rules import RuleSet
from .sentences import split_sentences
from .textview import drop, from_view, to_view
from .variants import simplified

#: table -> (module, class); run in this order
EXTRACTORS = {
    "amounts": ("pipeline.dims.amounts", "AmountExtractor"),
    "dates": ("pipeline.dims.dates", "DateExtractor"),
    "places": ("pipeline.dims.places", "PlaceExtractor"),
    "projects": ("pipeline.dims.projects", "ProjectExtractor"),
}


def extractor_class(table: str):
    """The extractor class of ``table`` (None while its module is not built yet)."""
    modname, clsname = EXTRACTORS[table]
    try:
        module = importlib.import_module(modname)
    except ModuleNotFoundError as err:
        if err.name != modname:
            raise
        return None  # extractor not built yet: its table stays header-only
    return getattr(module, clsname)


def resolve_requires(tables) -> list[str]:
    """``tables`` and every table their extractors (transitively) ``require``, in run
    order (EXTRACTORS order; a required table must come before the one that reads it)."""
    needed, todo = set(), list(tables)
    while todo:
        table = todo.pop()
        if table in needed:
            continue
        needed.add(table)
        cls = extractor_class(table)
        todo.extend(getattr(cls, "requires", ()) if cls is not None else ())
    order = list(EXTRACTORS)
    for table in needed:
        cls = extractor_class(table)
        for req in getattr(cls, "requires", ()) if cls is not None else ():
            if order.index(req) > order.index(table):
                raise RuntimeError(f"extractor {table} requires {req}, which runs after it (see EXTRACTORS)")
    return [t for t in order if t in needed]


def default_rules_dir() -> Path:
    env = os.environ.get("ZHEXTRACT_RULES")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parent.parent / "rules"
    return repo if repo.is_dir() else Path("rules")


class ExtractionError(RuntimeError):
    pass


@dataclass(slots=True)
class DocResult:
    doc: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: dict = field(default_factory=dict)  # table -> list[Mention]
    facts: list = field(default_factory=list)  # facts.Fact, linked after every mention table


#: the extractor whose start-up tables (the places index, from the word table) a cold
#: start builds in this process while a helper reads the other rules' patterns
#: (pipeline/prefill.py)
BUILT_HERE = "places"


class Pipeline:
    def __init__(self, rules: RuleSet, tables: tuple[str, ...] = MENTION_TABLES, helper=None):
        self.rules = rules
        self.metadata = MetadataReader(rules)
        self._teach_segmenter(rules)
        self.outputs = tuple(tables)  # the tables asked for; their ``requires`` run too, unwritten
        classes = [(t, extractor_class(t)) for t in resolve_requires(tables)]
        classes = [(t, cls) for t, cls in classes if cls is not None]
        made = {}
        if helper is not None:
            # a cold start's helper (pipeline/prefill.py) is reading the other extractors'
            # patterns into the cache: the places index first, then the others from the cache
            made = {t: cls(rules) for t, cls in classes if t == BUILT_HERE}
            helper.wait()
        self.extractors = [made[t] if t in made else cls(rules) for t, cls in classes]
        self.facts = _fact_linker(rules, list(self.outputs))

    @staticmethod
    def _teach_segmenter(rules: RuleSet) -> None:
        """Words of ``lexicons/segment_words.txt`` go into jieba once per process."""
        path = rules.root / "lexicons" / "segment_words.txt"
        if not path.is_file():
            return
        from .segment import segmenter

        seg = segmenter()
        for row in rules.lexicon("segment_words").entries:
            freq = int(row[1]) if len(row) > 1 and row[1].isdigit() else None
            tag = row[2] if len(row) > 2 and row[2] else None
            seg.add_words([row[0]], freq=freq, tag=tag)

    @classmethod
    def load(cls, rules_dir: str | Path | None = None, tables: tuple[str, ...] | None = None) -> "Pipeline":
        """The pipeline for a rules folder, built once per process (and per table choice)."""
        return _cached_pipeline(str(Path(rules_dir or default_rules_dir()).resolve()), tables or MENTION_TABLES)

    @property
    def tables(self) -> list[str]:
        """The tables this pipeline writes (extractors run only for ``requires`` excluded)."""
        return [e.table for e in self.extractors if e.table in self.outputs]

    def process(self, doc: Document) -> DocResult:
        result = DocResult(doc)
        if doc.status != "ok":
            return result
        try:
            with time_budget(budget_for(len(doc.text))):  # a runaway document is an error row
                return self._stages(doc, result)
        except DocumentTimeout as err:
            stage = next((f"{ex.table} extractor" for ex in self.extractors if ex.table not in result.mentions), "")
            doc.status, doc.error = "error", f"{stage or 'document'}: {err}"
            for ex in self.extractors:
                result.mentions.setdefault(ex.table, [])
            return result

    def _stages(self, doc: Document, result: DocResult) -> DocResult:
        # traditional characters are read as simplified, one for one (pipeline/variants.py):
        # the stages see ``work``; rows keep the text as written (offsets are the same)
        text = simplified(doc.text)
        work = doc if text is doc.text else replace(doc, text=text)
        # a mirror site's pinyin annotations (灌區(qū)工程) are read through by metadata and by
        # every extractor: the extractors run on a view without them, and their mentions are
        # mapped back (textview.py)
        gaps = self.metadata.gaps(text)
        self.metadata.apply(work, doc.text if work is not doc else None, gaps)
        if work is not doc:
            doc.publish_date, doc.publish_time, doc.source = work.publish_date, work.publish_time, work.source
            doc.title = title_of(doc.text)
        result.sentences = split_sentences(doc.text)
        sentences = result.sentences
        if work is not doc and not gaps:  # the stages read the sentences in their simplified reading too
            # (with gaps, the view below re-slices them)
            sentences = [replace(s, text=text[s.start:s.end]) for s in sentences]
        read = text  # the simplified reading, offsets of the original
        if gaps:
            text = drop(text, gaps)
            work = replace(work, text=text)
            sentences = [replace(s, text=text[s.start:s.end]) for s in to_view(sentences, gaps)]
        ctx = Context(doc=work, sentences=sentences, mentions=result.mentions)
        for ex in self.extractors:
            try:
                found = ex.extract(ctx)
                check_offsets(text, found, ex.table)
            except Exception as err:  # one document's failure must not stop the run
                doc.status = "error"
                doc.error = f"{ex.table} extractor failed: {type(err).__name__}: {err}"
                found = []
            result.mentions[ex.table] = sorted(found, key=lambda m: (m.start, m.end))
        if self.facts is not None and doc.status == "ok":
            try:
                result.facts = self.facts.link(text, sentences, result.mentions)
            except Exception as err:  # as for an extractor: this document fails, the run goes on
                doc.status, doc.error = "error", f"facts linker failed: {type(err).__name__}: {err}"
        for table in [t for t in result.mentions if t not in self.outputs]:
            del result.mentions[table]  # computed for a table that requires it, not asked for
        if gaps:
            for table, mentions in result.mentions.items():
                tail = bool(self.rules.param(table, "gloss_tail", False))
                result.mentions[table] = from_view(mentions, gaps, doc.text, tail)
        if work is not doc:
            for mentions in result.mentions.values():
                for m in mentions:
                    m.text = doc.text[m.start:m.end]  # the span as written; name values stay simplified
                    unit = m.fields.get("unit") if m.fields.get("kind") == "count" else None
                    at = read[m.start:m.end].rfind(unit) if unit else -1
                    if at >= 0:
                        # SPEC §3: the measure word as written (個), also before a qualifier
                        # after it (100個以上, 50戶以下)
                        m.fields["unit"] = m.text[at:at + len(unit)]
        return result

    def extract_text(self, text: str, publish_date: str | None = None, doc_id: str = "text") -> dict:
        return self.process_text(text, publish_date, doc_id).mentions

    def process_text(self, text: str, publish_date: str | None = None, doc_id: str = "text") -> DocResult:
        """One text as a run reads it: its mentions and its facts (``explain``)."""
        from .ingest import _document, normalize_newlines

        doc = _document(doc_id, "<text>", normalize_newlines(text), publish_date or "")
        result = self.process(doc)
        if doc.status != "ok":
            raise ExtractionError(doc.error)
        return result


def _fact_linker(rules: RuleSet, tables: list[str]):
    """The facts linker (pipeline/facts.py) when every table it reads is extracted."""
    from .facts import REQUIRES, FactLinker

    if all(t in tables for t in REQUIRES) and FactLinker.available(rules.root):
        return FactLinker(rules.root)
    return None


def check_offsets(text: str, mentions: list[Mention], table: str) -> None:
    for m in mentions:
        if m.table != table:
            raise ExtractionError(f"rule {m.rule_id} put a {m.table} mention into {table}")
        if not (0 <= m.start < m.end <= len(text)) or text[m.start:m.end] != m.text:
            raise ExtractionError(f"rule {m.rule_id}: offsets {m.start}-{m.end} do not hold {m.text!r}")


#: the pipelines built, by (rules dir, tables), of the RULES_DIRS_KEPT rules dirs asked for
#: last (a run uses one; a process building pipelines over many copies of the rules -- the
#: test suite -- kept eight whole pipelines, ~100 MB each, for its whole life)
_pipelines: dict = {}
_dirs: list = []  # rules dirs, the one asked for last at the end
_pipelines_lock = threading.RLock()
RULES_DIRS_KEPT = 2
PIPELINES_KEPT = 8


def _cached_pipeline(rules_dir: str, tables: tuple[str, ...]) -> Pipeline:
    pipe = _pipelines.get((rules_dir, tables))
    if pipe is not None and _dirs[-1] == rules_dir:
        return pipe
    with _pipelines_lock:
        pipe = _pipelines.get((rules_dir, tables))
        if pipe is None:
            pipe = _pipelines[rules_dir, tables] = _build_pipeline(rules_dir, tables)
        if rules_dir in _dirs:
            _dirs.remove(rules_dir)
        _dirs.append(rules_dir)
        for key in list(_pipelines):
            if key[0] not in _dirs[-RULES_DIRS_KEPT:] or len(_pipelines) > PIPELINES_KEPT:
                del _pipelines[key]
        del _dirs[:-RULES_DIRS_KEPT]
        return pipe


def _build_pipeline(rules_dir: str, tables: tuple[str, ...]) -> Pipeline:
    # built with the collector off: loading makes ~340,000 long-lived container objects, and
    # the collections they set off find nothing to free (~0.25 s of a cold start, 0.1 s warm)
    was = gc.isenabled()
    gc.disable()
    try:
        from . import prefill

        tables = tuple(t for t in MENTION_TABLES if t in tables)
        helper = None
        if prefill.cold():
            # an empty cache folder: a helper loads the rules and reads their patterns (into
            # the cache) while this process reads dict.txt and builds the places index
            from . import facts  # noqa: F401 - imported once, before the fork, for both processes
            from .segment import segmenter

            resolve_requires(tables)  # the extractors' modules, likewise
            helper = prefill.Child(lambda ready: prefill.fill(rules_dir, tables, ready))
        try:
            if helper is not None:
                segmenter().words
                helper.wait_ready()  # the rules are in the cache: read from there
            return Pipeline(_cached_rules(rules_dir), tables, helper)
        except BaseException:
            if helper is not None:
                helper.kill()  # this process fails anyway (and says why): the helper has no use
            raise
        finally:
            if helper is not None:
                helper.wait()  # never outlives the load
    finally:
        if was:
            gc.enable()


@lru_cache(maxsize=RULES_DIRS_KEPT)
def _cached_rules(rules_dir: str) -> RuleSet:
    return RuleSet.load(rules_dir)
