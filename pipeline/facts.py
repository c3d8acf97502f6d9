"""Facts (SPEC §8): one row per amount the text ties to a project or a place.

Runs after the mention extractors and reads their mentions (``requires``). Per sentence:

1. the sentence is cut into clauses (``clause_boundaries``; 、 keeps a list in one clause);
2. an amount that counts places (4市, 两地) is skipped;
3. ``relation``: the nearest cue word before the amount in its clause (``relations``);
4. project: the one whose name holds the amount, else the one project of its clause (two or
   more: a total, none), else the project an earlier clause of the sentence opens with
   (``facts.project.topic``), unless the clause has a place of its own;
5. place: the most specific place of the project's name or clause; without a project the
   most specific place of the amount's clause (a list of places: none; a yardstick after
   占/高于: skipped), else the place an earlier clause opens with, checked against a 全省/
   全市 of the amount's clause;
6. date: the clause's own date expression, else the nearest earlier one in the sentence.

The words are data: ``rules/facts/linking.yaml``; each fact names the link rule that tied it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import FACT_COLUMNS, Mention  # noqa: F401 - FACT_COLUMNS: the row layout of fact_rows

REQUIRES = ("amounts", "dates", "places", "projects")
_QUOTES = "“”\"'‘’「」『』《》（）() \t"


@dataclass(slots=True)
class Fact:
    """Indexes into the document's sorted mention lists (mention_id = index + 1)."""

    amount: int
    relation: str
    project: int | None
    place: int | None
    date: int | None
    rule_id: str
    sentence_id: int


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _depth(place: Mention) -> int:
    """How specific a place is: the length of its path (中国 0; regions and unplaced areas -1)."""
    path = place.fields.get("path") or ""
    if not path:
        return 0 if place.fields.get("level") == "country" else -1
    return path.count("/") + 1


class FactLinker:
    table = "facts"
    requires = REQUIRES

    def __init__(self, rules_root: str | Path):
        path = Path(rules_root) / "facts" / "linking.yaml"
        with open(path, encoding="utf-8") as f:
            cfg = yaml.safe_load(f)
        self.config = cfg
        self.boundaries = set(cfg["clause_boundaries"])
        self.cues = []  # (cue, relation, kinds)
        for rel in cfg["relations"]:
            for cue in rel["cues"]:
                self.cues.append((str(cue), rel["relation"], set(rel["kinds"])))
        self.openers = sorted((str(o) for o in cfg["openers"]), key=len, reverse=True)
        self.generic = {k: set(v) for k, v in cfg["generic_places"].items()}
        self.denominators = [str(d) for d in cfg["denominator_cues"]]
        self.count_units = set(map(str, cfg["place_count_units"]))
        self.count_nouns = [str(n) for n in cfg["place_count_nouns"]]
        self.joiners = [str(j) for j in cfg["list_joiners"]]
        self.rule_ids = {r["id"] for r in cfg["rules"]}

    @classmethod
    def available(cls, rules_root: str | Path) -> bool:
        return (Path(rules_root) / "facts" / "linking.yaml").is_file()

    # ------------------------------------------------------------------ clauses
    def clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out, s = [], start
        for i in range(start, end):
            ch = text[i]
            cut = ch in self.boundaries or (ch.isspace() and 0 < i < len(text) - 1
                                            and _is_han(text[i - 1]) and _is_han(text[i + 1]))
            if cut:
                if i > s:
                    out.append((s, i))
                s = i + 1
        if end > s:
            out.append((s, end))
        return out

    # ------------------------------------------------------------------ pieces
    def relation(self, text: str, clause_start: int, amount: Mention) -> str:
        kind = amount.fields.get("kind")
        before = text[clause_start:amount.start]
        best = None  # (end position, length, relation)
        for cue, rel, kinds in self.cues:
            if kind not in kinds:
                continue
            pos = before.rfind(cue)
            if pos < 0:
                continue
            key = (pos + len(cue), len(cue))
            if best is None or key > best[:2]:
                best = (*key, rel)
        if best:
            return best[2]
        return {"count": "count", "area": "area"}.get(kind, "other")

    def counts_places(self, text: str, amount: Mention) -> bool:
        if amount.fields.get("kind") != "count":
            return False
        if (amount.fields.get("unit") or "") in self.count_units:
            return True
        after = text[amount.end:amount.end + 4]
        return any(after.startswith(n) for n in self.count_nouns)

    def _joined(self, text: str, a: Mention, b: Mention) -> bool:
        """b follows a as the next item of a list (南山、宝安区; 成都至自贡)."""
        gap = text[a.end:b.start]
        return gap in self.joiners

    def _is_list(self, text: str, items: list[Mention]) -> bool:
        return any(self._joined(text, a, b) for a, b in zip(items, items[1:]))

    def _opening(self, text: str, start: int, end: int, dates, places, projects):
        """What a clause opens with, after openers, dates and quotes: ('project', i, place
        idxs), ('place', [idxs]), ('generic', word) or None."""
        pos, moved = start, True
        while moved and pos < end:
            moved = False
            while pos < end and text[pos] in _QUOTES:
                pos, moved = pos + 1, True
            for i, d in dates:
                if d.start == pos:
                    pos, moved = d.end, True
            for o in self.openers:
                if text.startswith(o, pos) and not any(p.start == pos for _, p in places + projects):
                    pos, moved = pos + len(o), True
                    break
        for word in self.generic:
            if text.startswith(word, pos):
                return ("generic", word)
        for i, p in projects:
            if p.start == pos:
                return ("project", i, [j for j, pl in places if p.start <= pl.start < p.end])
        run, cur = [], pos
        for i, pl in places:
            if pl.start < cur:
                continue
            if pl.start == cur or (run and text[cur:pl.start] in self.joiners):
                run.append(i)
                cur = pl.end
            else:
                break
        pos = cur
        if not run:
            return None
        rest = text[pos:end]
        if rest.startswith("的"):
            for i, p in projects:
                if p.start == pos + 1:
                    return ("project", i, run)
        return ("place", run)

    def most_specific(self, text: str, idxs: list[int], places: list[Mention], prefer: set[int] = frozenset(),
                      near: int | None = None):
        cands = [i for i in idxs]
        if not cands:
            return None
        ms = [places[i] for i in cands]
        if self._is_list(text, sorted(ms, key=lambda m: m.start)):
            return None
        best = max(_depth(m) for m in ms)
        top = [i for i in cands if _depth(places[i]) == best]
        if prefer & set(top):
            top = [i for i in top if i in prefer]
        if near is not None:
            before = [i for i in top if places[i].end <= near]
            if before:
                return max(before, key=lambda i: places[i].start)
        return min(top, key=lambda i: places[i].start)

    # ------------------------------------------------------------------ linking
    def link(self, text: str, sentences, mentions: dict) -> list[Fact]:
        amounts = mentions.get("amounts", [])
        if not amounts:
            return []
        dates, places, projects = (mentions.get(t, []) for t in ("dates", "places", "projects"))
        facts = []
        ai = 0
        for sent in sentences:
            s_amounts = []
            while ai < len(amounts) and amounts[ai].start < sent.end:
                if amounts[ai].start >= sent.start:
                    s_amounts.append(ai)
                ai += 1
            if not s_amounts:
                continue
            within = lambda ms: [(i, m) for i, m in enumerate(ms) if sent.start <= m.start < sent.end]  # noqa: E731
            s_dates, s_places, s_projects = within(dates), within(places), within(projects)
            clauses = self.clauses(text, sent.start, sent.end)
            openings = [self._opening(text, cs, ce, s_dates, s_places, s_projects) for cs, ce in clauses]
            for a in s_amounts:
                fact = self._link_one(text, a, amounts[a], clauses, openings, s_dates, s_places, s_projects,
                                      places, projects)
                if fact:
                    fact.sentence_id = sent.sentence_id
                    facts.append(fact)
        return facts

    def _link_one(self, text, a, amount, clauses, openings, s_dates, s_places, s_projects, places, projects):
        if self.counts_places(text, amount):
            return None
        k = next((n for n, (cs, ce) in enumerate(clauses) if cs <= amount.start < ce), None)
        if k is None:
            return None
        cs, ce = clauses[k]
        relation = self.relation(text, cs, amount)
        in_clause = lambda ms: [(i, m) for i, m in ms if cs <= m.start and m.end <= ce]  # noqa: E731
        c_projects = in_clause(s_projects)
        c_places = [(i, m) for i, m in in_clause(s_places)
                    if not any(p.start <= m.start and m.end <= p.end for _, p in c_projects)
                    and not any(text[cs:m.start].endswith(d) for d in self.denominators)]
        project = place = None
        rule = None
        holder = [i for i, p in c_projects if p.start <= amount.start and amount.end <= p.end]
        if holder:
            project, rule = holder[0], "facts.project.inside"
        elif len(c_projects) == 1:
            project, rule = c_projects[0][0], "facts.project.clause"
        elif len(c_projects) > 1:
            return None  # a total over several projects; places inside them are theirs
        elif not c_places and not (openings[k] and openings[k][0] == "generic"):
            for j in range(k - 1, -1, -1):
                op = openings[j]
                if op is None:
                    continue
                if op[0] == "project":
                    project, rule = op[1], "facts.project.topic"
                break
        if project is not None:
            p = projects[project]
            pcs, pce = next(((s, e) for s, e in clauses if s <= p.start < e), (p.start, p.end))
            name_places = [i for i, m in s_places if p.start <= m.start and m.end <= p.end]
            clause_places = [i for i, m in s_places if pcs <= m.start and m.end <= pce and i not in name_places
                             and not any(q.start <= m.start and m.end <= q.end for _, q in s_projects)]
            if clause_places and self._is_list(text, [places[i] for i in clause_places]):
                clause_places = []
            place = self.most_specific(text, name_places + clause_places, places, prefer=set(name_places))
        elif c_places:
            place = self.most_specific(text, [i for i, _ in c_places], places, near=amount.start)
            rule = "facts.place.clause"
            if place is None:
                return None
        else:
            want = self.generic.get(openings[k][1]) if openings[k] and openings[k][0] == "generic" else None
            for j in range(k - 1, -1, -1):
                op = openings[j]
                if op is None:
                    continue
                if op[0] == "generic":
                    want = want or self.generic[op[1]]
                    continue
                if op[0] == "place":
                    cand = self.most_specific(text, op[1], places)
                    if cand is not None and (want is None or places[cand].fields.get("level") in want):
                        place, rule = cand, "facts.place.topic"
                break
            if place is None:
                return None
        date = self._date(amount, cs, ce, s_dates)
        return Fact(a, relation, project, place, date, rule, 0)

    @staticmethod
    def _date(amount, cs, ce, s_dates):
        own = [(abs(d.start - amount.start), i) for i, d in s_dates if cs <= d.start and d.end <= ce]
        if own:
            return min(own)[1]
        before = [i for i, d in s_dates if d.end <= amount.start]
        return before[-1] if before else None


def fact_rows(doc_id: str, facts: list[Fact], mentions: dict, fmt) -> list[list[str]]:
    """facts.csv rows (FACT_COLUMNS) for one document."""
    rows = []
    amounts, places, projects, dates = (mentions.get(t, []) for t in ("amounts", "places", "projects", "dates"))
    for n, f in enumerate(facts, 1):
        a = amounts[f.amount].fields
        pj = projects[f.project] if f.project is not None else None
        pl = places[f.place] if f.place is not None else None
        dt = dates[f.date] if f.date is not None else None
        rows.append([doc_id, n, fmt(f.sentence_id), f.rule_id, f.amount + 1, f.relation,
                     fmt(None if pj is None else f.project + 1), fmt(None if pl is None else f.place + 1),
                     fmt(None if dt is None else f.date + 1),
                     fmt(pj.fields.get("name") if pj else None), fmt(pl.fields.get("name") if pl else None),
                     fmt(pl.fields.get("adcode") if pl else None),
                     fmt(a.get("kind")), fmt(a.get("value")), fmt(a.get("value_max")), fmt(a.get("unit")),
                     fmt(a.get("qualifier")), fmt(dt.fields.get("value") if dt else None)])
    return rows
