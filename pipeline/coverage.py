"""``zhextract rules coverage CORPUS``: which rules and lexicon entries a corpus exercises.

Per rule: ``rows`` (table rows it produced), ``documents`` (holding such a row),
``matches`` (times its pattern matches the texts: candidates before conflicts, vetoes and
guards; a veto rule such as ``project.exclude.*`` works by matching, it never makes a
row), ``lost`` (its candidates that lost a conflict, from the decision trace),
``vetoed`` (candidates of other rules it removed, for exclude/guard rules) and samples. Per lexicon entry of every lexicon a rule names (``{@name}`` in its
pattern, through macros, or ``lexicon:``): the rows of those rules that hold the entry
(leftmost-longest inside the row's text), documents and samples. Rules and entries that
never fire are listed; ``--csv DIR`` writes ``coverage_rules.csv`` and
``coverage_lexicons.csv``.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import trace
from .lint import _lexicons_in
from .model import MENTION_TABLES


@dataclass
class Tally:
    rows: int = 0
    matches: int | None = 0
    lost: int = 0  # its candidates removed by a conflict (overlap with a longer/stronger mention)
    vetoed: int = 0  # candidates of other rules this rule (exclude/guard) removed
    docs: set = field(default_factory=set)
    samples: list = field(default_factory=list)

    def add(self, doc_id: str, sample: str, keep: int) -> None:
        self.rows += 1
        self.docs.add(doc_id)
        if len(self.samples) < keep and sample not in self.samples:
            self.samples.append(sample)


@dataclass
class Coverage:
    rules: dict  # rule id -> Tally
    lexicons: dict  # (lexicon, entry) -> Tally
    rule_info: dict  # rule id -> Rule
    entry_line: dict  # (lexicon, entry) -> "file:line"
    n_docs: int = 0


def rule_lexicons(rs, rule) -> set:
    names = set()
    if isinstance(rule.data.get("pattern"), str):
        names |= _lexicons_in(rs, rule.data["pattern"])
    if isinstance(rule.data.get("lexicon"), str):
        names.add(rule.data["lexicon"])
    return names


def measure(pipeline, docs, samples: int = 3) -> Coverage:
    from .rules import _display

    rs = pipeline.rules
    rules = {r.id: r for r in rs.rules()}
    tallies = {rid: Tally(matches=0 if r.regex is not None else None) for rid, r in rules.items()}
    uses = {rid: sorted(rule_lexicons(rs, r)) for rid, r in rules.items()}
    lex_rx, entries, entry_line = {}, {}, {}
    for name in sorted({n for ns in uses.values() for n in ns}):
        lex = rs.lexicon(name)
        lex_rx[name] = regex.compile(lex.alternation)
        for row, line in zip(lex.entries, lex.lines):
            key = (name, row[0])
            if key not in entries:
                entries[key] = Tally()
                entry_line[key] = f"{_display(lex.path)}:{line}"
    n_docs = 0
    for doc in docs:
        with trace.tracing() as recorded:
            result = pipeline.process(doc)
        n_docs += 1
        for cand in recorded.finish(result.mentions):
            if cand.outcome != "removed":
                continue
            if cand.by.startswith("overlap") and cand.rule_id in tallies:
                tallies[cand.rule_id].lost += 1
            elif cand.by in tallies:
                tallies[cand.by].vetoed += 1
        text = doc.text
        for rule in rules.values():
            if rule.regex is not None and rule.table != "metadata" and text:
                tallies[rule.id].matches += sum(1 for m in rule.regex.finditer(text) if m.end() > m.start())
        for table in MENTION_TABLES:
            for m in result.mentions.get(table, []):
                if m.rule_id not in tallies:
                    tallies[m.rule_id] = Tally(matches=None)
                sample = f"{m.text} ({doc.doc_id}:{m.start})"
                tallies[m.rule_id].add(doc.doc_id, sample, samples)
                for name in uses.get(m.rule_id, ()):
                    for hit in lex_rx[name].finditer(m.text):
                        entries[(name, hit.group())].add(doc.doc_id, sample, samples)
    return Coverage(tallies, entries, rules, entry_line, n_docs)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def render(cov: Coverage, out, never_limit: int = 40) -> None:
    w = out.write
    w(f"{cov.n_docs} documents\n\n")
    w(f"{'rule':40} {'table':9} {'rows':>6} {'docs':>5} {'matches':>8} {'lost':>5} {'vetoed':>6}  samples\n")
    for rid, t in cov.rules.items():
        rule = cov.rule_info.get(rid)
        table = rule.table if rule else "?"
        matches = "-" if t.matches is None else str(t.matches)
        w(f"{rid:40} {table:9} {t.rows:>6} {len(t.docs):>5} {matches:>8} {t.lost:>5} {t.vetoed:>6}  "
          f"{_short('; '.join(t.samples), 60)}\n")
    dead = [rid for rid, t in cov.rules.items() if t.rows == 0 and not t.matches and not t.vetoed
            and cov.rule_info.get(rid) and cov.rule_info[rid].table != "metadata"]
    w(f"\nrules that never fire ({len(dead)}):\n")
    for rid in dead:
        w(f"  {cov.rule_info[rid].source} {rid}\n")
    by_lex = defaultdict(lambda: [0, 0])
    for (name, _), t in cov.lexicons.items():
        by_lex[name][0] += 1
        by_lex[name][1] += t.rows > 0
    w(f"\n{'lexicon':32} {'entries':>8} {'used':>6}\n")
    for name, (n, used) in sorted(by_lex.items()):
        w(f"{name:32} {n:>8} {used:>6}\n")
    unused = [(k, cov.entry_line[k]) for k, t in cov.lexicons.items() if t.rows == 0]
    w(f"\nlexicon entries in no row ({len(unused)}; first {min(len(unused), never_limit)}):\n")
    for (name, entry), where in unused[:never_limit]:
        w(f"  {where} {name}: {entry}\n")


def write_csv(cov: Coverage, out_dir) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rules_path, lex_path = out_dir / "coverage_rules.csv", out_dir / "coverage_lexicons.csv"
    with rules_path.open("w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["rule_id", "table", "label", "source", "rows", "documents", "matches", "lost", "vetoed",
                     "samples"])
        for rid, t in cov.rules.items():
            r = cov.rule_info.get(rid)
            wr.writerow([rid, r.table if r else "", r.label if r else "", r.source if r else "", t.rows,
                         len(t.docs), "" if t.matches is None else t.matches, t.lost, t.vetoed,
                         " | ".join(t.samples)])
    with lex_path.open("w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["lexicon", "entry", "source", "rows", "documents", "samples"])
        for (name, entry), t in cov.lexicons.items():
            wr.writerow([name, entry, cov.entry_line[(name, entry)], t.rows, len(t.docs), " | ".join(t.samples)])
    return [rules_path, lex_path]
