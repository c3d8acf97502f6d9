"""``zhextract rules test``: run every example of every rule through the real pipeline.

A ``match`` example passes when the rule's table holds a mention with exactly the
example's span, produced by that rule, whose normalized columns equal ``expect``.
A ``no_match`` example passes when the table holds no mention at all for that string.
Metadata rules are checked against the header reader (fields of the rule's own match).
The project-span model (rule project.crf, label ``model``) runs for its own examples only.
Rules that veto or cue other rules' candidates and make no mention of their own (labels in
``VETO_LABELS``: exclude, guard_before, guard_after, stop, context) show their pattern:
a ``match`` example passes when the pattern finds exactly the example's span in its text.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .extract import ExtractionError, Pipeline
from .metadata import fields_of


#: labels of rules that make no mention of their own: their match examples show the pattern
VETO_LABELS = frozenset({"exclude", "guard_before", "guard_after", "stop", "context"})


@dataclass
class Failure:
    rule: object
    message: str

    def __str__(self) -> str:
        return f"{self.rule.source} rule {self.rule.id}: {self.message}"


def _same(want, got) -> bool:
    if want is None or want == "":
        return got in (None, "")
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        try:
            return math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return str(want) == ("" if got is None else str(got))


def _example(ex):
    if isinstance(ex, str):
        return {"text": ex, "span": ex}
    return {"span": ex["text"], **ex}


def _describe(mentions) -> str:
    if not mentions:
        return "nothing"
    return "; ".join(f"{m.text!r} by {m.rule_id} {dict((k, v) for k, v in m.fields.items() if v not in (None, ''))}"
                     for m in mentions)


def _extract(pipeline: Pipeline, rule, ex, fails: list):
    """The rule's table for one example's text, or None (and a failure) if it broke."""
    try:
        return pipeline.extract_text(ex["text"], publish_date=ex.get("publish_date")).get(rule.table, [])
    except ExtractionError as err:
        fails.append(Failure(rule, f"{ex['text']!r}: extraction failed: {err}"))
        return None


def check_rule(pipeline: Pipeline, rule) -> list[Failure]:
    fails = []
    if rule.table == "metadata":
        for ex in map(_example, rule.examples["match"]):
            m = rule.regex.search(ex["text"])
            if m is None or m.group() != ex["span"]:
                fails.append(Failure(rule, f"{ex['text']!r}: expected span {ex['span']!r}, got "
                                           f"{m.group() if m else 'no match'!r}"))
                continue
            got = fields_of(m, pipeline.metadata.year_of(ex["text"]) if rule.param("year_from_page", False) else None,
                            rule.param("yy_century", 2000), rule.param("despace", False))
            bad = {k: (v, got.get(k, "")) for k, v in (ex.get("expect") or {}).items() if not _same(v, got.get(k, ""))}
            if bad:
                fails.append(Failure(rule, f"{ex['text']!r}: wrong fields (want, got): {bad}"))
        for ex in map(_example, rule.examples["no_match"]):
            m = rule.regex.search(ex["text"])
            if m is not None:
                fails.append(Failure(rule, f"no_match {ex['text']!r} matched {m.group()!r}"))
        return fails
    if rule.table not in pipeline.tables:
        return [Failure(rule, f"no extractor for table {rule.table} is available")]
    veto = rule.label in VETO_LABELS
    for ex in map(_example, rule.examples["match"]):
        if veto:
            m = rule.regex.search(ex["text"]) if rule.regex is not None else None
            if m is None or m.group() != ex["span"]:
                fails.append(Failure(rule, f"{ex['text']!r}: the pattern should find {ex['span']!r}, found "
                                           f"{m.group() if m else 'nothing'!r}"))
            continue
        found = _extract(pipeline, rule, ex, fails)
        if found is None:
            continue
        start = ex["start"] if "start" in ex else ex["text"].find(ex["span"])
        hit = [m for m in found if m.start == start and m.end == start + len(ex["span"])]
        if not hit:
            fails.append(Failure(rule, f"{ex['text']!r}: expected {ex['span']!r}, extracted {_describe(found)}"))
            continue
        m = hit[0]
        if m.rule_id != rule.id:
            fails.append(Failure(rule, f"{ex['text']!r}: {ex['span']!r} was extracted by {m.rule_id} instead"))
            continue
        bad = {k: (v, m.fields.get(k)) for k, v in (ex.get("expect") or {}).items() if not _same(v, m.fields.get(k))}
        if bad:
            fails.append(Failure(rule, f"{ex['text']!r}: {ex['span']!r} has wrong fields (want, got): {bad}"))
    for ex in map(_example, rule.examples["no_match"]):
        found = _extract(pipeline, rule, ex, fails)
        if found:
            fails.append(Failure(rule, f"no_match {ex['text']!r}: extracted {_describe(found)}"))
    return fails


def run_examples(pipeline: Pipeline, table: str | None = None):
    """Yields (rule, failures) for every rule (of ``table``, if given). Each example shows
    its own rule: the learned steps stacked on the rules (label ``model``: project.crf) run
    only for their own examples."""
    models = [ex.model for ex in pipeline.extractors if getattr(ex, "model", None) is not None]
    on = [m.enabled for m in models]
    try:
        for rule in pipeline.rules.rules(table):
            for m, was in zip(models, on):
                m.enabled = was and rule.label == "model"
            yield rule, check_rule(pipeline, rule)
    finally:
        for m, was in zip(models, on):
            m.enabled = was
