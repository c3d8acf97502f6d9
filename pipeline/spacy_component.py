"""The spaCy component: ``nlp = spacy.blank("zh"); nlp.add_pipe("zhextract")``.

Registered through the ``spacy_factories`` entry point (pyproject.toml), so no import is
needed before ``add_pipe``. It fills

* ``doc.spans["amounts" | "dates" | "places" | "projects"]``: one span per table row, label
  AMOUNT/DATE/PLACE/PROJECT, with ``span._.table``, ``span._.mention_id``, ``span._.rule_id``
  and the table's normalized columns (``span._.kind``, ``span._.value``, ``span._.name`` …);
* ``doc.ents``: the non-overlapping ones (the longer wins where mentions of two tables
  overlap, as on the ``explain --html`` page);
* ``doc._.facts``: the document's facts.csv rows as dicts.

Character offsets are those of the tables. With spaCy's default Chinese tokenizer (one
token per character) every mention is a span of its own characters; with a word tokenizer a
mention that cuts a word is widened to whole tokens (``alignment_mode``) and keeps its exact
offsets in ``span._.start_char``/``span._.end_char``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .model import EXTRA_COLUMNS, MENTION_TABLES

LABELS = {"amounts": "AMOUNT", "dates": "DATE", "places": "PLACE", "projects": "PROJECT"}
SPAN_ATTRS = ("table", "mention_id", "rule_id", "start_char", "end_char") + tuple(
    dict.fromkeys(c for t in MENTION_TABLES for c in EXTRA_COLUMNS[t]))


def _register_extensions() -> None:
    for attr in SPAN_ATTRS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    if not Doc.has_extension("publish_date"):
        Doc.set_extension("publish_date", default=None)


class ZhExtract:
    """Runs the zhextract pipeline on ``doc.text``; see the module doc."""

    def __init__(self, nlp: Language, name: str = "zhextract", rules_dir: str | None = None,
                 alignment_mode: str = "expand"):
        self.name = name
        self.rules_dir = rules_dir
        self.alignment_mode = alignment_mode
        self._pipeline = None
        _register_extensions()

    # the extraction pipeline is built per process (nlp.pipe(n_process=2) pickles the component)
    def __getstate__(self):
        return {"name": self.name, "rules_dir": self.rules_dir, "alignment_mode": self.alignment_mode}

    def __setstate__(self, state):
        self.__dict__.update(state, _pipeline=None)
        _register_extensions()

    @property
    def pipeline(self):
        if self._pipeline is None:
            from .extract import Pipeline

            self._pipeline = Pipeline.load(self.rules_dir)
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        from .facts import fact_rows
        from .ingest import _document
        from .model import FACT_COLUMNS
        from .tables import fmt

        result = self.pipeline.process(_document("doc", "<spacy>", doc.text, doc._.publish_date or ""))
        if result.doc.status != "ok":
            raise ValueError(f"zhextract: {result.doc.error}")
        all_spans = []
        for table in MENTION_TABLES:
            spans = []
            for n, m in enumerate(result.mentions.get(table, []), 1):
                span = doc.char_span(m.start, m.end, label=LABELS[table], alignment_mode=self.alignment_mode)
                if span is None:
                    continue
                span._.table, span._.mention_id, span._.rule_id = table, n, m.rule_id
                span._.start_char, span._.end_char = m.start, m.end
                for col in EXTRA_COLUMNS[table]:
                    span._.set(col, m.fields.get(col))
                spans.append(span)
            doc.spans[table] = spans
            all_spans.extend(spans)
        doc.ents = filter_spans(all_spans)  # longest first, no overlaps
        doc._.facts = [dict(zip(FACT_COLUMNS[1:], row[1:]))
                       for row in fact_rows("doc", result.facts, result.mentions, fmt)]
        return doc


@Language.factory("zhextract", default_config={"rules_dir": None, "alignment_mode": "expand"})
def create_zhextract(nlp: Language, name: str, rules_dir: str | None, alignment_mode: str) -> ZhExtract:
    return ZhExtract(nlp, name, rules_dir, alignment_mode)
