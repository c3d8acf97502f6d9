"""Data that flows through the pipeline: document -> sentences -> mentions -> tables.

Every stage takes these plain objects and returns new ones; nothing is mutated after
the stage that made it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: the mention tables of SPEC §2, in the order they are written
MENTION_TABLES = ("amounts", "dates", "places", "projects")

#: columns of each table beyond the common ones (SPEC §2)
COMMON = ("doc_id", "mention_id", "sentence_id", "start", "end", "text", "rule_id")
EXTRA_COLUMNS = {
    "amounts": ("kind", "value", "value_max", "unit", "qualifier"),
    "dates": ("kind", "value", "start_date", "end_date", "resolved"),
    "places": ("name", "level", "adcode", "path"),
    "projects": ("name", "category"),
}
DOCUMENT_COLUMNS = ("doc_id", "source_path", "sha256", "n_chars", "title", "publish_date",
                    "publish_time", "source", "status", "error")
SENTENCE_COLUMNS = ("doc_id", "sentence_id", "start", "end", "text")
#: facts.csv (SPEC §8): amounts tied to a project or place; ids point into the mention tables
FACT_COLUMNS = ("doc_id", "fact_id", "sentence_id", "rule_id", "amount_id", "relation", "project_id", "place_id",
                "date_id", "project_name", "place_name", "adcode", "kind", "value", "value_max", "unit", "qualifier",
                "date_value")


@dataclass(slots=True)
class Document:
    """One input document, decoded per SPEC §1 (or the reason it could not be)."""

    doc_id: str
    source_path: str
    text: str = ""
    sha256: str = ""
    status: str = "ok"  # ok | error
    error: str = ""
    title: str = ""
    publish_date: str = ""  # YYYY-MM-DD or ""
    publish_time: str = ""  # hh:mm[:ss] or ""
    source: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(slots=True, frozen=True)
class Sentence:
    sentence_id: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """One extracted mention, before it becomes a table row.

    ``fields`` holds the table's own normalized columns (see EXTRA_COLUMNS); missing
    keys are written as empty fields.
    """

    table: str  # one of MENTION_TABLES
    start: int
    end: int
    text: str
    rule_id: str
    fields: dict = field(default_factory=dict)
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Context:
    """What an extractor may read besides the document: the mentions of the
    extractors that ran before it (places before projects) and per-run settings."""

    doc: Document
    sentences: list[Sentence]
    mentions: dict = field(default_factory=dict)  # table -> list[Mention]
