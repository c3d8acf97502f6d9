"""A decision trace: every candidate an extractor considered, the rule that proposed it and
what removed it (``zhextract explain --trace``).

Extractors report through the module-level :data:`current` (None unless a trace is being
recorded, so the cost of an untraced run is one global lookup at each drop site):

* :func:`pipeline.engine.resolve_overlaps` records every candidate it settles and, for
  each loser, the mention that beat it and why (longer, higher priority, earlier rule);
* extractors call :func:`drop` where code or a veto/guard rule removes a candidate
  (``by`` is the rule id or the named check, ``reason`` says what it saw).

A candidate that reaches the output is ``kept``; one with no recorded removal that is not
in the output was removed by a step that does not report yet (``untraced``).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import asdict, dataclass

current: "Trace | None" = None


@dataclass
class Candidate:
    table: str
    start: int
    end: int
    text: str
    rule_id: str
    outcome: str = ""  # kept | removed | untraced
    by: str = ""  # the rule id or named check that removed it
    reason: str = ""
    note: str = ""  # what a step that judged it and kept it saw (the project-span model's score)


class Trace:
    def __init__(self):
        self._cands: dict = {}  # (table, start, end, rule_id) -> Candidate

    def seen(self, table, start, end, text, rule_id) -> Candidate:
        key = (table, start, end, rule_id)
        cand = self._cands.get(key)
        if cand is None:
            cand = self._cands[key] = Candidate(table, start, end, text, rule_id)
        return cand

    def drop(self, table, start, end, text, rule_id, by, reason="") -> None:
        cand = self.seen(table, start, end, text, rule_id)
        if not cand.by:  # the first reason that removed it
            cand.by, cand.reason = by, reason

    def note(self, table, start, end, text, rule_id, note) -> None:
        self.seen(table, start, end, text, rule_id).note = note

    def finish(self, found: dict) -> list[Candidate]:
        """Mark the candidates that reached the output; every output mention is listed."""
        out = {(t, m.start, m.end, m.rule_id) for t, ms in found.items() for m in ms}
        for t, ms in found.items():
            for m in ms:
                self.seen(t, m.start, m.end, m.text, m.rule_id)
        for key, cand in self._cands.items():
            cand.outcome = "kept" if key in out else "removed" if cand.by else "untraced"
            if key in out:
                cand.by = cand.reason = ""
        return sorted(self._cands.values(), key=lambda c: (c.table, c.start, -c.end, c.rule_id))


@contextmanager
def tracing():
    global current
    previous, current = current, Trace()
    try:
        yield current
    finally:
        current = previous


def drop(table, start, end, text, rule_id, by, reason="") -> None:
    if current is not None:
        current.drop(table, start, end, text, rule_id, by, reason)


def note(table, start, end, text, rule_id, note) -> None:
    if current is not None:
        current.note(table, start, end, text, rule_id, note)


def overlap_reason(loser, winner) -> str:
    if winner.end - winner.start > loser.end - loser.start:
        why = "longer"
    elif winner.priority > loser.priority:
        why = f"same length, priority {winner.priority} > {loser.priority}"
    else:
        why = "same length and priority, earlier rule"
    return f"overlaps {winner.text!r} {winner.start}-{winner.end} ({why})"


def render(cands: list[Candidate], out) -> None:
    mark = {"kept": "+", "removed": "-", "untraced": "?"}
    table = None
    for c in cands:
        if c.table != table:
            table = c.table
            out.write(f"{table}\n")
        line = f"  {mark[c.outcome]} {c.start}-{c.end} {c.text}  [{c.rule_id}]"
        if c.outcome == "kept" and c.note:
            line += f"  ({c.note})"
        elif c.outcome == "removed":
            line += f"  removed by {c.by}: {c.reason}" if c.reason else f"  removed by {c.by}"
        elif c.outcome == "untraced":
            line += "  removed by a step that does not report yet"
        out.write(line + "\n")
    if not cands:
        out.write("(no candidates)\n")


def as_json(cands: list[Candidate]) -> list[dict]:
    return [asdict(c) for c in cands]
