"""Run compiled rules over text and settle conflicts between their matches.

Conflict policy (the same for every table, documented in rules/README.md): among
overlapping candidates the longest span wins; on equal length the higher priority; then
the earlier rule (file order). The policy is greedy and deterministic.
"""
from __future__ import annotations

from . import trace as _trace
from .model import Mention
from .rules import Rule, RuleError


def scan(rules: list[Rule], text: str, pos: int = 0, endpos: int | None = None):
    """Every non-overlapping match of every rule over ``text`` (rule order, then start)."""
    end = len(text) if endpos is None else endpos
    out = []
    for rule in rules:
        if rule.regex is None:
            continue
        for m in rule.regex.finditer(text, pos, end):
            if m.end() > m.start():
                out.append((rule, m))
    return out


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset: longest, then higher priority, then first given.

    ``mentions`` should come in rule order (as :func:`scan` yields them): the sort is
    stable, so that order breaks the last tie. The result is sorted by start.
    """
    if not mentions:
        return []
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), -m.priority))
    size = max(m.end for m in mentions)
    taken = bytearray(size + 1)
    kept = []
    for m in ranked:
        if m.end <= m.start or any(taken[m.start:m.end]):
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    if _trace.current is not None:
        _trace_overlaps(mentions, kept)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _trace_overlaps(mentions, kept) -> None:
    """Record every candidate, and for each loser the kept mention that beat it (``kept``
    is in ranking order: the first overlapping one took the span first)."""
    kept_ids = {id(k) for k in kept}
    for m in mentions:
        _trace.current.seen(m.table, m.start, m.end, m.text, m.rule_id)
        if id(m) in kept_ids:
            continue
        winner = next((k for k in kept if k.start < m.end and m.start < k.end), None)
        if winner is None:
            _trace.drop(m.table, m.start, m.end, m.text, m.rule_id, "overlap", "empty span")
        else:
            _trace.drop(m.table, m.start, m.end, m.text, m.rule_id, f"overlap with {winner.rule_id}",
                        _trace.overlap_reason(m, winner))


def check_normalizers(rules: list[Rule], registry) -> None:
    """Raise RuleError for a rule whose ``normalize`` names no function in ``registry``."""
    for rule in rules:
        if rule.normalize is not None and rule.normalize not in registry:
            known = ", ".join(sorted(registry)) or "none"
            raise RuleError(f"{rule.source} rule {rule.id}: unknown normalizer {rule.normalize!r} (known: {known})")
