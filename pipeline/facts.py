"""Facts (SPEC §8): one row per amount the text ties to a project or a place.

Runs after the mention extractors and reads their mentions (``requires``). Per sentence:

1. the sentence is cut into clauses (``clause_boundaries``; 、 keeps a list in one clause);
2. an amount that counts places (4市, 两地, 示范县1个) or sits in a quoted slogan is skipped;
3. ``relation``: the nearest cue word before the amount in its clause (``relations``), with
   thresholds, per-head figures and units as the rule file says;
4. project: the one whose name holds the amount, else the one project of its clause (two or
   more, P等: a total, none), else the topic project of the sentence
   (``facts.project.topic``, pipeline/facts_topics.py), unless the clause has a subject of
   its own;
5. place: the most specific place of the project's name or clause (``_project_place``);
   without a project the most specific place of the amount's clause (a list: the place that
   holds it; a yardstick after 占/高于, a payer after 由, an organisation's origin: skipped),
   else the place an earlier clause opens with, checked against a 全省/全市 of the amount's
   clause, else the one place the sentence names (``facts.place.sentence``);
6. date: the clause's own date expression, else the nearest earlier one in the sentence.

The words are data: ``rules/facts/linking.yaml``; each fact names the link rule that tied it.
pipeline/facts_words.py holds the vocabulary and small decisions, pipeline/facts_amounts.py
what an amount measures and which amounts are no fact, pipeline/facts_topics.py what clauses
open with and the topics taken from them.
"""
from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

import yaml

from .cache import cached_parse
from .facts_owners import ClauseOwners
from .facts_readings import uncut
from .facts_topics import TopicFinder
from .facts_words import _depth, _Lazy, _within
from .model import FACT_COLUMNS  # noqa: F401 - FACT_COLUMNS: the row layout of fact_rows

REQUIRES = ("amounts", "dates", "places", "projects")


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


class FactLinker(ClauseOwners, TopicFinder):
    table = "facts"
    requires = REQUIRES

    def __init__(self, rules_root: str | Path):
        path = Path(rules_root) / "facts" / "linking.yaml"
        with open(path, encoding="utf-8") as f:
            text = f.read()
        salt = f"{yaml.__version__}|{sys.version}|safe_load"
        super().__init__(cached_parse("yaml_linking", text, salt, yaml.safe_load))

    @classmethod
    def available(cls, rules_root: str | Path) -> bool:
        return (Path(rules_root) / "facts" / "linking.yaml").is_file()

    # ------------------------------------------------------------------ linking
    def link(self, text: str, sentences, mentions: dict) -> list[Fact]:
        amounts = mentions.get("amounts", [])
        if not amounts:
            return []
        dates, places, projects = (mentions.get(t, []) for t in ("dates", "places", "projects"))
        d_starts, pl_starts, pj_starts = ([m.start for m in ms] for ms in (dates, places, projects))
        self._places, self._pl_starts = places, pl_starts  # for 该省 and the like, back over sentences
        self._projects, self._pj_starts = projects, pj_starts  # for a short name's full one
        self._route_named = None  # the projects whose names run between places, found when first asked
        self._place_ends = {m.end for m in places}
        self._place_by_end = {m.end: m for m in places}
        self._project_ends = {m.end for m in projects}
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
            s_places = _within(places, pl_starts, sent.start, sent.end)
            s_projects = _within(projects, pj_starts, sent.start, sent.end)
            if self.cut_projects and s_projects:  # 将建设6台套石英管生产线: 台套石英管生产线 is cut from the count
                s_projects = uncut(s_projects, amounts, s_amounts)
            s_projects, s_places = self.off_reference(text, s_projects, s_places)  # 距330kV双湾变电站: a reference
            s_places = self.off_names(text, s_places)  # “大同号”TBM: a machine's name
            if not s_places and not s_projects:
                continue  # nothing in the sentence to tie an amount to (places are never taken across sentences)
            s_dates = _within(dates, d_starts, sent.start, sent.end)
            clauses = self.clauses(text, sent.start, sent.end)
            self._clause_starts = [c[0] for c in clauses]
            self._sj_starts = [m.start for _, m in s_projects]
            self._sp_starts = [m.start for _, m in s_places]
            self._place_at, self._project_at, self._date_at = {}, {}, {}  # the first mention at each start
            for x in s_places:
                self._place_at.setdefault(x[1].start, x)
            for n, (_, m) in enumerate(s_projects):
                self._project_at.setdefault(m.start, n)
            for _, m in s_dates:
                self._date_at.setdefault(m.start, m)
            self._amount_at = {amounts[a].start: amounts[a] for a in s_amounts}
            self._memo = {}  # topics per clause, shared by the amounts of a clause
            self._sent_start = sent.start
            self._quoted = any(text.find(q, sent.start, sent.end) >= 0 for q in self.slogan_quotes)
            self._locating = any(text.find(c, sent.start, sent.end) >= 0
                                 for c in self.locator_cues + self.member_locator_cues)
            self._listing = any(text.find(c, sent.start, sent.end) >= 0 for c in self.list_intro_cues)
            self.index_sentence([amounts[a] for a in s_amounts], sorted((m.start, m.end) for _, m in s_projects))
            openings = _Lazy(lambda j, c=clauses, sd=s_dates, sp=s_places, sj=s_projects:
                             self._opening(text, c, j, openings, sd, sp, sj))
            for a in s_amounts:
                if amounts[a].fields.get("unit") in self.ignore_units:
                    continue  # params ignore_amount_units: a grid's voltage is no fact (round 28)
                fact = self._link_one(text, a, amounts[a], clauses, openings, s_dates, s_places, s_projects,
                                      places, projects)
                if fact:
                    fact.sentence_id = sent.sentence_id
                    facts.append(fact)
        openings = None  # its function refers to it: unbound, refcounting frees both (no collection)
        return facts

    def _link_one(self, text, a, amount, clauses, openings, s_dates, s_places, s_projects, places, projects):
        held = None
        if self.counts_places(text, amount) or self.counts_places_before(text, amount):
            held = self.held_division(text, amount)  # 甘孜州18县, 中宁县2个乡13个行政村: the place's own divisions
            if held is None:
                return None
        elif self.bound_of_count(amount) or self.counts_categories(amount):
            return None
        elif amount.start in self._place_ends and self.names_divisions(text, amount):
            held = self.held_division(text, amount)  # 天津市3个区结对帮扶平凉市5个县: 天津市's districts
        k = bisect_right(self._clause_starts, amount.start) - 1
        if k < 0 or not (clauses[k][0] <= amount.start < clauses[k][1]):
            return None
        cs, ce = clauses[k]
        if held is not None:  # 甘孜州18县: the counties of that place, its figure
            return Fact(a, self.relation(text, cs, amount), None, next(
                i for i in range(bisect_left(self._pl_starts, held.start), len(places)) if places[i] is held),
                        self._date(amount, cs, ce, s_dates), "facts.place.clause", 0)
        if self.group_size(text, amount, ce, self._s_amounts) or self.counts_listed_places(text, amount) \
                or self.member_count(text, cs, ce, amount):  # …之一, …是国务院确定的172个…项目
            return None

        all_projects, c_projects, clause_places = self._clause_mentions(text, k, cs, ce, s_projects, s_places)
        holder, beside = self.around_amount(text, k, c_projects, amount)
        if self._quoted and (not holder or self.slogan_projects and amount.fields.get("kind") == "count") \
                and self.in_slogan(text, cs, amount, self._s_amounts):
            return None  # “四个中心”, and 高质量发展“十项行动” found as a project: a name, no figure
        # 解放军总医院海南分院和15家滨海酒店: the project is one item beside what the amount counts
        c_projects = [x for x in c_projects if x not in beside] if beside else c_projects
        if self.amount_aside_projects and c_projects and text.startswith(self.aside_open, amount.end):
            c_projects = [x for x in c_projects if not self.in_amount_aside(text, x[1], amount, True)]  # 559公里(P暂时…)
        c_places = clause_places
        # 全省15个创先类区中深圳涵盖6个: a figure of the whole province, not of a city after it
        gen = self.generic_before(text, cs, amount)
        if gen is not None:
            c_places = [(i, m) for i, m in c_places if self.generic_level(m) in self.generic[gen]]
        elif c_places and self.generic_subject_levels and openings[k] and openings[k][0] == "generic":
            # 全市将完成长江干流…排污口整治1800余个: the city's figure, not the river's
            c_places = [(i, m) for i, m in c_places if m.fields.get("level") not in self.generic_subject_levels]
        resp = self.respective(text, cs, ce, amount, c_places, self._s_amounts)
        if resp is not None:
            return Fact(a, self.relation(text, cs, amount), None, resp, self._date(amount, cs, ce, s_dates),
                        "facts.place.clause", 0)
        if resp is None and not c_places and (before := self.respective_before(
                text, clauses, k, amount, s_places, s_projects)) is not None:  # 海口、三亚投资额…，分别为67.7亿元、52亿元
            return Fact(a, self.respective_relation(text, before[1], amount), None, before[0],
                        self._date(amount, cs, ce, s_dates), "facts.place.clause", 0)
        pair = self.respective(text, cs, ce, amount, c_projects, self._s_amounts, bracketed=True) \
            if len(c_projects) > 1 else None
        if pair is not None:  # P1（Q）、P2两个项目…分别是7240万元和1.12亿元
            return Fact(a, self.relation(text, cs, amount), pair, self._project_place(
                text, pair, clauses, openings, s_places, s_projects, places, projects),
                self._date(amount, cs, ce, s_dates), "facts.project.clause", 0)
        # 其中陕西境内约170公里: the part of the topic project within a place
        parts = [i for i, m in c_places if text.startswith(self.partitive_suffixes, m.end)
                 or text.endswith(self.direction_cues, cs, m.start)]
        if parts and len(parts) < len(c_places):
            parts = []
        project = place = total_of = listed = None
        rule = None
        if holder:
            project, rule = holder[0], "facts.project.inside"
        elif c_projects and self.counted_after_project(text, cs, c_projects[-1][1], amount, ce):
            pass  # 共包含…F区和莆田石城海上风电场2个项目: the count of a list the project ends, a total
        elif (len(c_projects) > 1 or any(self.listed(text, p) for _, p in c_projects)) and \
                self.project_before_amount and (own := self._own_amount(text, k, c_projects, amount)) is not None:
            # 尧头窑…建设项目1.95亿元贷款、澄南水厂供水工程1.1亿元贷款: each project's own sum
            project, rule = own, "facts.project.clause"
        elif self.split_item_whole and c_projects and text.startswith(self.split_cues, cs) and \
                text.startswith(self.split_item_marks, amount.end) and all(p.start >= amount.end for _, p in c_projects):
            # 京雄高速一期工程全长75.03公里，其中主线69.46公里、…支线5.57公里: an item of the whole's parts before the named ones
            project = self._topic_project(text, k, clauses, openings, s_projects, places)
            rule = "facts.project.topic" if project is not None else None
        elif len(c_projects) > 1 or any(self.listed(text, p) for _, p in c_projects):
            listed = c_projects  # a total over several projects (P1、P2等): no project; places inside them are theirs
        elif self.counted_total(text, amount, ce):  # …中心奠基…仪式举行，总投资共80亿元的20个项目开工: a total, where that is
            total_of = self._topic_project(text, k, clauses, openings, s_projects, places)
        elif len(c_projects) == 1 and self.counted_projects and \
                amount.end <= c_projects[0][1].start and c_projects[0][1].end <= self.counts_projects(text, amount, ce):
            pass  # 集中开工27个新能源和长江大保护项目: the count is of projects of that kind, a total
        elif len(c_projects) == 1:
            project, rule = c_projects[0][0], "facts.project.clause"
        elif not all_projects and openings[k] and openings[k][0] == "project":  # 全线共有…: the line named before
            project, rule = openings[k][1], "facts.project.topic"
        elif (not c_places or parts or self._counted_place_list(text, c_places, amount)) and not beside \
                and (parts or not (openings[k] and openings[k][0] in self._own_subjects)) \
                and gen is None:
            project = self._topic_project(text, k, clauses, openings, s_projects, places)
            rule = "facts.project.topic" if project is not None else None
        if project is not None:
            place = self.most_specific(text, parts, places) if parts else \
                self._project_place(text, project, clauses, openings, s_places, s_projects, places, projects, at=k)
            if self._locating:  # …的重要板块，工程位于汉台区河东店镇，总投资15亿元; …，位于桃源县城漳江镇，… -> not 桃源县
                located = self._located_place(text, k, clauses, s_places, s_projects)
                place = located if self.located_over(place, located, places) else place
        if place is None:
            cands, prev = [], None  # prev: the last thing item, or a place listed after one
            for i, m in c_places:
                if self.thing_item(text, m, self._place_ends) or (prev is not None and self._joined(text, prev, m)):
                    prev = m  # 设襄阳东、宜城北、双河、荆门西4座车站: 荆门 is the list's last item
                elif project is not None and self.other_item(text, m, projects[project], cs, ce) or \
                        self.in_amount_aside(text, m, amount):  # 梓门桥镇…产业园、…建设的…生产线; 23个(邵阳市唯一一个)
                    continue
                else:
                    cands.append(i)
            if cands:
                place = self.most_specific(text, cands, places, near=amount.start)
                if place is None and self.list_parent:  # 兴中镇辣子树、红岩村…: the list is the joined items
                    place = self._list_parent(self._list_items(text, cands, places), s_places, s_projects, places)
                if place is None and len(cands) > 1 and all(  # 湘西州…，酉水、沱江等主要河流…
                        places[i].fields.get("level") in self.list_topic_levels for i in cands):
                    place = self._topic_place_before(text, k, clauses, openings, s_places, s_projects, places)
                rule = rule or ("facts.place.clause" if place is not None else None)
            elif place is None and openings[k] and openings[k][0] == "place":  # 目前该省…的企业有500多家
                place = self._topic_place(text, openings[k][1], clauses[k], s_places, s_projects, places)
                rule = rule or ("facts.place.topic" if place is not None else None)
            elif place is None:
                want = self.generic.get(openings[k][1]) if openings[k] and openings[k][0] == "generic" else None
                want = self.generic[gen] if gen is not None else want
                place = self._topic_place_before(text, k, clauses, openings, s_places, s_projects, places, want)
                rule = rule or ("facts.place.topic" if place is not None else None)
            if place is None and project is None and not clause_places and k + 1 < len(clauses) \
                    and self._listing:  # 产业发展项目3个，包括P1、P2、P3: the place holding the items
                nxt = openings[k + 1]
                if nxt is not None and nxt[-1] == "items" and nxt[1]:
                    place, rule = nxt[1][0], "facts.place.listed"
            if place is None and project is None and listed and not clause_places and self.listed_items_place:
                place = self.items_holder(text, [p for _, p in listed], cs, ce, s_places)  # 将建设松山P1、松山P2等6个项目
                rule = rule or ("facts.place.listed" if place is not None else None)
            generic = openings[k] and openings[k][0] == "generic"
            if place is None and project is None and not clause_places and not beside and self.sentence_place \
                    and (self.generic_sentence_place or (gen is None and not generic)):
                want = self.generic[gen] if gen is not None else self.generic[openings[k][1]] if generic else None
                place = self._sentence_place(text, k, clauses, s_places, s_projects,  # …列入江门市政府…，全年推进50个
                                             want if self.generic_level_only else None)
                if place is not None and want is not None and self.generic_level(places[place]) not in want:
                    place = None  # 全县引进内资20亿元 in a sentence on 某县 -> 某县; a 全省 is no city's
                if place is None and self.segment_place_carries and want is None:
                    place = self._carried_place(text, k, clauses, openings, s_places, s_projects)  # X…；旅游收入…
                rule = rule or ("facts.place.sentence" if place is not None else None)
            if not cands and project is None and gen is None and not generic and self._locating:
                located = self._located_place(text, k, clauses, s_places, s_projects)
                if self.located_over(place, located, places):  # …，此次涉及改造项目24个，全部位于石景山区
                    place, rule = located, "facts.place.located"
            if place is None and total_of is not None:
                place = self._project_place(text, total_of, clauses, openings, s_places, s_projects, places, projects)
                rule = rule or ("facts.place.topic" if place is not None else None)
            if place is None and project is None:
                return None
        date = self._date(amount, cs, ce, s_dates)
        return Fact(a, self.relation(text, cs, amount), project, place, date, rule, 0)

    def _project_place(self, text, pi, clauses, openings, s_places, s_projects, places, projects, fallback=True,
                       at=None):
        """The most specific place of the project's name or its clause (no route point, no
        list); a name that runs from one place to another (陕北至湖北…工程, 兰考—东明黄河大桥)
        stands at the first, unless its clause names a more specific place. Between equals in the name, by ``name_place_tiebreak``: the one
        written in full (连平县南山幼儿园), the one the sentence names outside the project too,
        not as a list item (…助力深汕); else the first. None of them: the place of a longer
        mention of the same project earlier in the sentence (包银高铁包头至惠农段 … 包银高铁), else
        the place the sentence is about — which also wins when it lies inside the name's
        coarser place (甘肃龙源5万千瓦风电项目 in a sentence about 环县); else the one place the
        sentence names, up to the amount's clause ``at`` (not a venue: …签约仪式在乐山举行)."""
        if not fallback and ("place_of", pi) in self._memo:  # once per project and sentence (linear linking)
            return self._memo[("place_of", pi)]
        p = projects[pi]
        k = bisect_right(self._clause_starts, p.start) - 1
        k = k if k >= 0 and p.start < clauses[k][1] else None
        pcs, pce = clauses[k] if k is not None else (p.start, p.end)
        name_places = [i for i, m in self._places_in(s_places, p.start, p.end) if m.end <= p.end]
        full = self.full_name(text, pi) if not name_places else None
        if full is not None:  # 丽香铁路即丽江至香格里拉铁路, 瑞梅铁路 after 瑞金至梅州铁路: the places of the full name
            name_places = [n for n in range(bisect_left(self._pl_starts, full.start), bisect_left(self._pl_starts, full.end))
                           if places[n].end <= full.end]
        clause_places = [i for i, m in self._places_in(s_places, pcs, pce) if m.end <= pce and i not in name_places
                         and not any(s <= m.start and m.end <= e for s, e in self.project_spans_over(m.start, m.end))
                         and not self.organisation(text, m) and not self.other_item(text, m, p, pcs, pce)]
        if clause_places and self.project_over_venue:  # …签约仪式在乐山举行: where the ceremony is, not the project
            venue = set(self._venue(text, pcs, pce, s_places, s_projects))
            clause_places = [i for i in clause_places if i not in venue]
        clause_places = self.off_route(text, pcs, clause_places, places)
        if clause_places and self._is_list(text, [places[i] for i in clause_places]):
            clause_places = []
        route = [places[i] for i in name_places]
        if any(text[x.end:y.start] in self.name_route_joiners for x, y in zip(route, route[1:])):
            first = self.route_end(text, name_places, places) if fallback and full is None \
                else min(name_places, key=lambda i: places[i].start)  # a short name's or a longer mention's route: its first
            place = self.most_specific(text, [first] + clause_places, places, prefer={first}, lists=False)
        else:
            place = self.most_specific(text, name_places + clause_places, places, prefer=set(name_places),
                                       lists=not name_places)
            if place is not None and place in name_places:
                place = self._name_tiebreak(text, p, place, name_places, s_places, places)
        if not fallback:
            self._memo[("place_of", pi)] = place
        if not fallback or k is None or not self.project_place_topic:
            return place
        if place is None:  # the longer mentions within longer_name_reach_chars before it
            near = s_projects[bisect_left(self._sj_starts, p.start - self.longer_name_reach):
                              bisect_left(self._sj_starts, p.start)]
            longer = [i for i, q in near if q.start < p.start and q.end <= p.start and p.text in q.text]
            for i in reversed(longer):
                place = self._project_place(text, i, clauses, openings, s_places, s_projects, places, projects, False)
                if place is not None:
                    return place
        if place is not None and places[place].fields.get("level") not in self.coarse_name_levels:
            return place
        topic = self._topic_place_before(text, k, clauses, openings, s_places, s_projects, places, None,
                                         project_places=True)
        if place is None and topic is None and self.sentence_place:  # 某灌区…项目设计灌溉面积…: the sentence's place
            place = self._sentence_place(text, k if at is None else max(k, at), clauses, s_places, s_projects)
            if place is not None and self.other_item(text, places[place], p, pcs, pce):
                place = None  # 包括梓门桥镇…产业园、…投资1.24亿元建设的…生产线: the first item's town
            if place is not None and self.project_over_venue:  # …签约仪式在乐山举行: not the project's place
                c = clauses[bisect_right(self._clause_starts, places[place].start) - 1]
                place = None if place in self._venue(text, c[0], c[1], s_places, s_projects) else place
            return place if place is not None else self.container_place(text, p, s_places, s_projects, places)
        if place is None:
            return topic
        if topic is not None and _depth(places[topic]) > _depth(places[place]) and \
                (places[place].fields.get("name") or "?") in (places[topic].fields.get("path") or ""):
            return topic
        return place


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
