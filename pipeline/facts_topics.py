"""What a clause of a sentence is about (SPEC §8): the project or place it opens with, and
the topic an amount without one of its own takes from earlier clauses. Part of the fact
linker (pipeline/facts.py); the words are data in rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left

from .facts_words import LinkWords

_QUOTES = "“”\"'‘’「」『』《》（）() \t"


class TopicFinder(LinkWords):
    """Clause openings and topics."""

    def _opening(self, text: str, clauses, j: int, openings, dates, places, projects):
        """What a clause opens with, after openers, dates and quotes: ('project', i, place
        idxs), ('place', [idxs]), ('generic', word), ('list', [common place idxs]) (P等…, P1、P2…),
        ('adjunct', why) (在+a project: where something happens; 经…: a route) or None."""
        start, end = clauses[j]
        pos, moved, locative = start, True, False
        while moved and pos < end:
            moved = False
            while pos < end and text[pos] in _QUOTES:
                pos, moved = pos + 1, True
            for i, d in dates:
                if d.start == pos:
                    pos, moved = d.end, True
            o = self._opener_rx.match(text, pos)
            if o and not any(p.start == pos for _, p in places) and not any(p.start == pos for _, p in projects):
                pos, moved, locative = o.end(), True, o[0] in self.locative_openers
            for _, pl in places:
                if pl.start == pos and pl.fields.get("level") in self.ignore_levels:
                    pos, moved = pl.end, True
        if any(text[start:end].endswith(t) for t in self.time_clause_ends):
            return None
        if any(text.startswith(c, pos) for c in self.route_cues) or \
                (j > 0 and openings[j - 1] == ("adjunct", "route") and self._only_places(text, pos, end, places)):
            return ("adjunct", "route")
        venue = self._venue(text, pos, end, places, projects)
        if venue:
            return ("place", venue)
        for word in self.generic:
            if text.startswith(word, pos):
                return ("generic", word)
        for word, levels in self.anaphors.items():
            if text.startswith(word, pos):
                found = self._antecedent(start, levels)
                return ("place", [found]) if found is not None else None
        for n, (i, p) in enumerate(projects):
            if p.start == pos:
                if locative:
                    return ("adjunct", "locative")
                items = [p]
                for _, q in projects[n + 1:]:
                    if text[items[-1].end:q.start] not in self.joiners:
                        break
                    items.append(q)
                if len(items) > 1 or self.listed(text, p):
                    return ("list", self._common_places(items, places))
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
        for link in self.place_links:  # 十八洞村所在的花垣县: the place after the link
            nxt = [(i, pl) for i, pl in places if run and pl.start == cur + len(link) and text.startswith(link, cur)]
            if nxt:
                run, cur = [nxt[0][0]], nxt[0][1].end
        pos = cur
        modified = self._modified_project(text, pos, end, places, projects)
        if modified is not None:
            return ("list", []) if self.listed(text, dict(projects)[modified]) else ("project", modified, run)
        if not run:
            run = self._modified_place(text, pos, end, places, projects)
        return ("place", run) if run else None

    def _only_places(self, text, pos, end, places):
        """The clause is nothing but places (铜川市 / 延安市黄陵县、洛川县 continuing a route)."""
        cur = pos
        for _, pl in places:
            if pl.start < cur:
                continue
            if pl.start == cur or (cur > pos and text[cur:pl.start] in self.joiners):
                cur = pl.end
            else:
                break
        return cur > pos and not text[cur:end].strip()

    def _common_places(self, items, places):
        """The places every item of a list of projects names (泉州市第一医院…、泉州市儿童医院…)."""
        per = [[(i, pl) for i, pl in places if p.start <= pl.start and pl.end <= p.end] for p in items]
        common = set.intersection(*({pl.fields.get("name") for _, pl in ps} for ps in per))
        return [i for i, pl in per[0] if pl.fields.get("name") in common]

    def _antecedent(self, before: int, levels) -> int | None:
        """The nearest place of one of these levels before a 该省/该市 (within anaphor_reach)."""
        n = bisect_left(self._pl_starts, before) - 1
        while n >= 0 and self._places[n].start >= before - self.anaphor_reach:
            if self._places[n].fields.get("level") in levels:
                return n
            n -= 1
        return None

    def _venue(self, text, pos, end, places, projects):
        """The venue of a clause about an event (“天地之中”嵩山文化论坛在登封举行, …在大理古城开市):
        在 + a place (+ a short tail) + 举行/举办…, the place not inside a project."""
        for i, pl in places:
            if pos <= pl.start and pl.end <= end and not any(q.start <= pl.start < q.end for _, q in projects) \
                    and any(text.endswith(mk, 0, pl.start) for mk in self.venue_marks) \
                    and any(text.find(v, pl.end, pl.end + self.venue_tail + len(v)) >= 0 for v in self.venue_verbs):
                return [i]
        return []

    def _modified_place(self, text, pos, end, places, projects):
        """A place right after a modifier ending in 的 (作为全国五大牧区之一的青海, 以…为特色的
        周城村) is what the clause is about."""
        for i, pl in places:
            if pl.start <= pos:
                continue
            if pl.start > min(end, pos + self.place_modifier_window) or pl.end > end:
                return []
            if text[pl.start - 1] == "的" and not any(pos <= q.start < pl.start for _, q in projects):
                return [i]
            return []
        return []

    def _modified_project(self, text, pos, end, places, projects):
        """A project right after a short modifier ending in 的 (规划建设的临空经济产业园,
        两市联合实施的…工程) is what the clause is about."""
        for i, p in projects:
            if pos <= p.start <= min(end, pos + self.modifier_window):
                gap = text[pos:p.start]
                if gap == "" or (gap.endswith("的") and not any(pos <= q.start < p.start for _, q in places)):
                    return i
                return None
        return None

    def _topic_project(self, text, k, clauses, openings, s_projects, places):
        """The project an earlier clause opens with, or ends with as the object of its verb
        (建成“邕城花海”田园综合体，占地…, but not a programme the subject carries out: 实施…
        工程，新建…), or the one project of a clause whose subject is a list of places (旧州镇、
        陆屋镇因平陆运河建设…); not across a semicolon, not past a clause that opens with a
        place. No clause back to the sentence's start opens with anything: the sentence's one
        project (落地…产业园的维敏特公司，实现产值…)."""
        for j in range(k - 1, max(-1, k - 1 - self.topic_reach), -1):
            cs, ce = clauses[j]
            if text[ce:ce + 1] in self.topic_barriers:
                return None
            op = openings[j]
            if op is not None and op[0] == "project":
                return op[1]
            if op is not None and op[0] == "adjunct":
                continue
            lo, hi = bisect_left(self._sj_starts, cs), bisect_left(self._sj_starts, ce)
            here = [(i, p) for i, p in s_projects[lo:hi] if p.end <= ce]
            ending = [(i, p) for i, p in here if not text[p.end:ce].strip(self.closing_quotes)]
            if ending and not any(text.endswith(w, cs, ending[0][1].start) for w in self.joiners + self.programme_verbs):
                return ending[0][0]
            if op is not None and op[0] == "place" and self._is_list(text, [places[i] for i in op[1]]):
                alone = [i for i, p in here if not self.listed(text, p)]
                if len(here) == 1 and alone:
                    return alone[0]
            if op is not None:
                return None
        if k - 1 - self.topic_reach >= 0 or not self.sentence_project:
            return None
        return self._sentence_project(text, k, clauses, s_projects)

    def _sentence_project(self, text, k, clauses, s_projects):
        """The one project of the sentence (within its semicolons) in an earlier clause or as the
        subject of a later one, none in a time adverbial (“百千万工程”开展以来), no list item."""
        lo = next((j + 1 for j in range(k - 1, -1, -1) if text[clauses[j][1]:clauses[j][1] + 1] in self.topic_barriers), 0)
        hi = next((j for j in range(k, len(clauses)) if text[clauses[j][1]:clauses[j][1] + 1] in self.topic_barriers),
                  len(clauses) - 1)
        s, e = clauses[lo][0], clauses[hi][1]
        names, found = set(), None
        for i, p in s_projects:
            if not (s <= p.start and p.end <= e) or self.listed(text, p):
                continue
            if p.start >= clauses[k][1] and not any(text.startswith(v, p.end) for v in self.subject_predicates):
                continue  # a later clause's project only as the subject of its verb (…幼儿园正式开园)
            c = next((c for c in clauses if c[0] <= p.start < c[1]), None)
            if c is None or any(text.endswith(t, c[0], c[1]) for t in self.time_clause_ends):
                continue
            names.add(p.fields.get("name") or p.text)
            found = i
        return found if len(names) == 1 else None

    def _topic_place_before(self, text, k, clauses, openings, s_places, s_projects, places, want=None,
                            project_places=False):
        """The place an earlier clause of the sentence opens with (a 全省/全市 of the way sets the
        level it must have); with ``project_places`` also the place in the name of a project an
        earlier clause opens with (西安地铁10号线一期、…和8号线正在加紧施工，8号线…)."""
        for j in range(k - 1, max(-1, k - 1 - self.topic_reach), -1):
            op = openings[j]
            if op is None or op[0] == "adjunct":
                continue
            if op[0] == "generic":
                want = want or self.generic[op[1]]
                continue
            if op[0] == "place":
                return self._topic_place(text, op[1], clauses[j], s_places, s_projects, places, want)
            if op[0] == "list" and op[1]:
                cand = self.most_specific(text, op[1], places)
                return cand if cand is None or want is None or places[cand].fields.get("level") in want else None
            if op[0] == "project" and project_places:
                cands = [i for i in op[2] if not any(self._joined(text, places[i], places[o]) or
                                                     self._joined(text, places[o], places[i]) for o in op[2] if o != i)]
                if cands:
                    return self.most_specific(text, cands, places)
                continue
            return None
        return None

    def _topic_place(self, text, run, clause, s_places, s_projects, places, want=None):
        """The most specific place of a clause that opens with a place: the opening places
        or another place of that clause that is no list item and not inside a project
        (…旅游节在阳朔举办 → 阳朔)."""
        cs, ce = clause
        others = [i for i, m in s_places if cs <= m.start and m.end <= ce and i not in run
                  and not any(q.start <= m.start and m.end <= q.end for _, q in s_projects)]
        others = [i for i in others if not any(self._joined(text, places[i], places[o]) or
                                               self._joined(text, places[o], places[i]) for o in others + run if o != i)]
        first = self.most_specific(text, run, places)
        if first is None:
            return None
        cands = [i for i in [first] + others if want is None or places[i].fields.get("level") in want]
        return self.most_specific(text, cands, places, prefer={first}, lists=False) if cands else None
