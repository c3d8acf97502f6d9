"""What a clause of a sentence is about (SPEC §8): the project or place it opens with, and
the topic an amount without one of its own takes from earlier clauses. Part of the fact
linker (pipeline/facts.py); the words are data in rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .facts_topicplaces import TopicPlaces

class TopicFinder(TopicPlaces):
    """Clause openings and the topic project (the topic place: facts_topicplaces.py)."""

    def _opening(self, text: str, clauses, j: int, openings, dates, places, projects):
        """What a clause opens with, after openers, dates and quotes: ('project', i, place
        idxs), ('place', [idxs]), ('generic', word), ('list', [common place idxs]) (P等…, P1、P2…),
        ('adjunct', why) (在+a project: where something happens; 经…: a route) or None."""
        start, end = clauses[j]
        parallel = self._parallel_to(text, clauses, j) if self.parallel_segments else None
        if parallel is not None and openings[parallel] is not None and openings[parallel][0] in ("project", "place"):
            return openings[parallel]  # …开发区“签约一批”项目2个…；“开工一批”项目2个…: the park's too
        pos, moved, locative = start, True, False
        while moved and pos < end:
            moved = False
            while pos < end and text[pos] in self.opening_marks:
                pos, moved = pos + 1, True
            d = self._date_at.get(pos)
            if d is not None:
                pos, moved = d.end, True
            o = self._opener_rx.match(text, pos)
            if o and pos not in self._place_at and pos not in self._project_at:
                pos, moved, locative = o.end(), True, o[0] in self.locative_openers
            pl = self._place_at.get(pos)
            if pl is not None and self.ignored(pl[1]) and not self._opens_project(text, pos, projects):
                pos, moved = pl[1].end, True
        items = self._items_opening(text, pos, end, places, projects)
        if items is not None:  # …项目3个，包括P1、P2、P3，…: the items counted, held by one place
            return items
        if text.endswith(self.time_clause_ends, start, end):
            # 福厦高铁开通运营后: the project a time adverbial opens with is the topic after it
            n = self._project_at.get(pos) if self.time_clause_projects else None
            return ("project", projects[n][0], []) if n is not None and not locative else None
        if text.startswith(self.route_cues, pos) or \
                (j > 0 and pos in self._place_at and (self._only_places(text, pos, end) or locative)
                 and openings[j - 1] == ("adjunct", "route")):  # …，经小桥镇，在延平区洋后镇大演村与古田相接
            return ("adjunct", "route")
        # a clause that opens with a project is about it, wherever its ceremony is held
        # (嘉阳·桫椤湖旅游景区开发战略合作签约仪式在乐山举行，…投入不低于20亿元 -> the scenic area)
        venue = self._venue(text, pos, end, places, projects) \
            if not (self.project_over_venue and pos in self._project_at) else None
        if venue:
            return ("place", venue)
        if text.startswith(self._generic_words, pos):
            return ("generic", next(w for w in self.generic if text.startswith(w, pos)))
        if text.startswith(self._anaphor_words, pos):
            levels = next(v for w, v in self.anaphors.items() if text.startswith(w, pos))
            found = self._antecedent(start, levels)
            return ("place", [found]) if found is not None else None
        if text.startswith(self.project_anaphors, pos):
            before = [(i, p) for i, p in projects if p.end <= start and not self.listed(text, p)
                      and not (self.anaphor_skips_route and self._on_route(text, clauses, p))]
            own = [x for x in before if not text.endswith(self.link_verbs, 0, self._verb_end(text, 0, x[1].start))]
            if before:  # 全线共有桥梁130座: the line named before (not what it was said to be: 为…公路)
                return ("project", (own or before)[-1][0], [])
        if self.org_subjects and pos not in self._project_at and self.opens_organisation(text, pos):
            return ("organisation", None)  # 宝钢集团对口援藏项目133个: the company's, no place of the clauses before
        n = self._project_at.get(pos)
        while n is not None and n + 1 < len(projects) and self.modifies(text, projects[n][1], projects[n + 1][1]):
            n += 1  # “百千万工程”…“长者饭堂”项目: the head, not its modifier
        if n is not None:
            i, p = projects[n]
            if self.route_point(text, p):
                return ("adjunct", "route")
            if locative:
                return ("adjunct", "locative")
            if text.startswith(self.locative_postpositions, p.end) and \
                    not text[p.end + 1:end].strip(self.closing_quotes):  # 深圳人才公园内，千架无人机升空
                return ("place", [j for j, pl in places if p.start <= pl.start < p.end])
            items = [p]
            for _, q in projects[n + 1:]:
                if text[items[-1].end:q.start] not in self.joiners:
                    break
                items.append(q)
            if len(items) > 1 or self.listed(text, p):
                return ("list", self._common_places(items, places) if len(items) > 1 else [],
                        [j for j, pl in places if p.start <= pl.start < p.end])
            return ("project", i, [j for j, pl in places if p.start <= pl.start < p.end])
        a = self._amount_at.get(pos)
        if a is not None and self.counts_places(text, a):
            return ("list", [], None)  # 两个村去年村集体收入…: the counted places are the subject
        if a is not None and self.counts_projects(text, a, end):
            # 两个项目均为…: the counted projects; a total over projects of the topic place, which
            # the clauses after it keep (…木里县的15个项目…，其中10个项目竣工，5个项目按计划推进)
            return ("list", [], [] if self.count_keeps_topic_place else None)
        if pos not in self._place_at and self._counted_after_noun(text, pos, end):
            # 本次集中开工项目共129个: the projects counted are the subject, as in 两个项目均为…
            return ("list", [], [] if self.count_keeps_topic_place else None, "batch")
        run, cur = [], pos
        for n in range(bisect_left(self._sp_starts, pos), len(places)):
            i, pl = places[n]
            if pl.start < cur or (not run and (self.thing_item(text, pl, self._place_ends)
                                               or self.organisation(text, pl) or self.fund_source(text, pl))):
                continue  # 四川省投资集团…: no place opens the clause
            if pl.start == cur or (run and text[cur:pl.start] in self.joiners):
                run.append(i)
                cur = pl.end
            else:
                break
        if run and text.startswith(self.place_links, cur):  # 十八洞村所在的花垣县: the place after the link
            link = next(w for w in self.place_links if text.startswith(w, cur))
            nxt = self._place_at.get(cur + len(link))
            if nxt is not None:
                run, cur = [nxt[0]], nxt[1].end
        if len(run) > 1 and any(text[self._places[a].end:self._places[b].start] in self.route_run_joiners
                                for a, b in zip(run, run[1:])):
            return ("adjunct", "route")  # 厦门至福州最快55分钟可达: a way between places, no subject
        if run and self.partitive_adjunct and text.startswith(self.partitive_suffixes, cur):
            return ("adjunct", "partitive", run)  # 其中江西境内约75公里: a part of the topic project
        pos = cur
        modified = self.overlapped_project(run, cur, projects, locative) if run else None  # 江西峡江|峡江灌区
        modified = self._modified_project(text, pos, end, places, projects, not run) if modified is None else modified
        if modified is not None:
            if self.listed(text, dict(projects)[modified]):  # 甘肃省景电灌区…工程等4项重大水利工程: the province's
                return ("list", run if self.listed_project_place else [], [])
            return ("project", modified, run)
        if not run:
            run = self._modified_place(text, pos, end, places, projects)
        return ("place", run) if run else None

    def _counted_after_noun(self, text, pos, end) -> bool:
        """The clause's first amount is a count written after the noun it counts, a project noun
        (…项目共129个, 重大项目有11个), within ``project_count_window`` characters of the clause's
        opening and with no project or place named before it."""
        if self._noun_count_rx is None:
            return False
        a = next(iter(self.amounts_in(pos, end)), None)
        if a is None or a.fields.get("kind") != "count" or a.start - pos > 2 * self.project_count_window:
            return False
        if any(m is not a for m in self.amounts_in(pos, a.start)) or \
                bisect_left(self._sp_starts, a.start) > bisect_left(self._sp_starts, pos) or \
                bisect_left(self._sj_starts, a.start) > bisect_left(self._sj_starts, pos):
            return False
        return self._noun_count_rx.search(text, pos, a.start) is not None

    def _topic_project(self, text, k, clauses, openings, s_projects, places):
        key = ("project", k)
        if key not in self._memo:
            self._memo[key] = self._find_topic_project(text, k, clauses, openings, s_projects, places)
        return self._memo[key]

    def _find_topic_project(self, text, k, clauses, openings, s_projects, places):
        """The project an earlier clause opens with, or ends with as the object of its verb
        (建成“邕城花海”田园综合体，占地…, but not a programme the subject carries out: 实施…
        工程，新建…), or the one project of a clause whose subject is a list of places (旧州镇、
        陆屋镇因平陆运河建设…); not across a semicolon, not past a clause that opens with a
        place. No clause back to the sentence's start opens with anything: the sentence's one
        project (落地…产业园的维敏特公司，实现产值…)."""
        linked = None  # 红淖项目全长…，为双向双车道二级公路，全线设计12米宽: what the subject is, or joins
        joined = False  # linked after a verb of object_join_verbs: no topic when no subject is named further back
        items = False  # a clause listing the items of a total was passed: no sentence's one project
        for j in range(k - 1, max(-1, k - 1 - self.topic_reach), -1):
            cs, ce = clauses[j]
            if text[ce:ce + 1] in self.topic_barriers:
                if linked is not None:
                    return None if joined else linked
                found = self._enumerated_subject(text, j, clauses, openings)
                if found is None and not items and self.segment_project:  # …；总投资339亿元，P持续推进: the segment's one
                    found = self._sentence_project(text, k, clauses, s_projects)
                if found is None and self.segment_subject_carries and all(openings[i] is None for i in range(j + 1, k + 1)) \
                        and not self._names_any(clauses[j + 1][0], clauses[k][1]):
                    found = self._carried_subject(text, j, clauses, openings, s_projects)
                return found
            op = openings[j]
            op = None if op is not None and op[0] == "organisation" else op  # 四川省投资集团…将投入…: in the project before
            if op is not None and op[0] == "project" and not (
                    self.join_verbs and text.startswith(self.join_verbs, self._after_marks(text, cs, ce))):
                return op[1]  # not a work the clause joins the subject to (接已建成通车的P)
            if op is not None and (op[0] == "adjunct" or op[0] == "place" and (
                    self.whole_after_split(text, clauses, openings, k, j) or
                    self.located_subject_topic and self._locates(text, cs, ce))):
                continue  # …，其中太原市引水…，工程总投资30.2亿元: the whole's; 桃源水电站…，位于…漳江镇，电站…: the project located
            if op is not None and op[-1] == "items":
                items = True  # …，包括P1、P2、P3，总投资10.89亿元: a total over the items, or of the whole before them
                continue
            lo, hi = bisect_left(self._sj_starts, cs), bisect_left(self._sj_starts, ce)
            here = [(i, p) for i, p in s_projects[lo:hi] if p.end <= ce] if lo < hi else []
            ending = [(i, p) for i, p in here if not text[p.end:ce].strip(self.closing_quotes)]
            verb_end = self._verb_end(text, cs, ending[0][1].start) if ending else cs
            joins = bool(ending) and self.join_verbs and (text.endswith(self.join_verbs, cs, verb_end) or
                                                          text.startswith(self.join_verbs, self._after_marks(text, cs, ce)))
            if ending and linked is None and (joins or text.endswith(self.link_verbs, cs, verb_end)):
                linked = ending[0][0]  # the subject named further back, if any, stays the topic
                joined = joins  # …，接已建成通车的乐东至三亚高速公路，全长约127公里: another work, never the topic
            elif ending and not text.endswith(self._not_object, cs, verb_end) and not (op is not None and op[0] == "list") \
                    and not self._opens_programme(text, cs, ce):
                return ending[0][0]  # not the last item of a list the clause opens with (P1和签约的P2，…)
            if op is not None and op[0] == "place" and self._is_list(text, [places[i] for i in op[1]]):
                alone = [i for i, p in here if not self.listed(text, p)]
                if len(here) == 1 and alone:
                    return alone[0]
            if op is not None:
                return None if joined else linked
        if linked is not None or items or k - 1 - self.topic_reach >= 0 or not self.sentence_project:
            return None if joined else linked
        return self._sentence_project(text, k, clauses, s_projects)

    def _opens_programme(self, text, cs, ce) -> bool:
        """深入开展项目招引建设“一号发展工程”: a clause opening with a programme verb (after one of
        ``programme_opening_adverbs``) names what its subject carries out, wherever the project stands in it."""
        if not self.programme_adverbs:
            return False
        pos = self._after_marks(text, cs, ce)
        while pos in self._place_at:  # 五莲县深入开展…: past the subject
            pos = self._place_at[pos][1].end
        adverb = next((a for a in self.programme_adverbs if text.startswith(a, pos)), "")
        return text.startswith(self.programme_verbs, pos + len(adverb))

    def _names_any(self, lo, hi) -> bool:
        """A place or a project starts in text[lo:hi] (of the sentence)."""
        return bisect_left(self._sp_starts, hi) > bisect_left(self._sp_starts, lo) or \
            bisect_left(self._sj_starts, hi) > bisect_left(self._sj_starts, lo)

    def _carried_subject(self, text, j, clauses, openings, s_projects):
        """Behind semicolons whose segments open with no subject and name no place or project: the project the first
        clause of the nearest earlier segment with a subject opens with, a figure of it after it in that clause
        (P实现工业总产值860亿元；完成固定资产投资120亿元；外贸进出口总额15亿元 -> P's figures; not P共建方案正式出台；新增…)."""
        seg_end = j  # clauses[seg_end] ends with a semicolon; walk back segment by segment
        while seg_end >= 0:
            first = seg_end
            while first > 0 and text[clauses[first - 1][1]:clauses[first - 1][1] + 1] not in self.topic_barriers:
                first -= 1
            cs, ce = clauses[first][0], clauses[seg_end][1]
            op = openings[first]
            if op is not None:
                if op[0] != "project":
                    return None
                p = next((p for i, p in s_projects if i == op[1] and cs <= p.start < clauses[first][1]), None)
                return op[1] if p is not None and self.amounts_in(p.end, clauses[first][1]) else None
            if any(openings[i] is not None for i in range(first, seg_end + 1)) or self._names_any(cs, ce):
                return None  # a segment with a subject, a place or a project of its own
            seg_end = first - 1
        return None

    def _enumerated_subject(self, text, j, clauses, openings):
        """Behind a semicolon: the project a clause ending in a colon opens with, when the semicolon is inside what the
        colon enumerates (…工程主要建设内容为：加固湖堤31.695公里，…；重建六贯闸，改造新建建筑物24座 -> the works')."""
        if not self.enumeration_colons:
            return None
        for i in range(j, max(-1, j - self.topic_reach), -1):
            if text[clauses[i][1]:clauses[i][1] + 1] in self.enumeration_colons:
                op = openings[i]
                return op[1] if op is not None and op[0] == "project" else None
        return None

    def _sentence_project(self, text, k, clauses, s_projects):
        """The one project of the sentence (within its semicolons) in an earlier clause or as the
        subject of a later one, none in a time adverbial (“百千万工程”开展以来), no list item."""
        lo, hi = self._segment_clauses(text, clauses, k)
        s, e = clauses[lo][0], clauses[hi][1]
        names, found = set(), None
        for i, p in s_projects:
            if not (s <= p.start and p.end <= e) or self.listed(text, p):
                continue
            if text.startswith(self.item_joiners, p.end) or text.endswith(self.item_joiners, s, p.start):
                continue  # 主要建设生产车间、研发中心及展厅等: one item of a list of things built
            if self.amount_aside_projects and text.endswith(self.aside_open, s, p.start) and \
                    self.amounts_ending_at(p.start - 1):
                continue  # 本次通车试运营559公里(平天高速平凉段关山隧道暂时不具备运营条件): a remark on the figure
            c = next((c for c in clauses if c[0] <= p.start < c[1]), None)
            if p.start >= clauses[k][1] and not text.startswith(self.subject_predicates, p.end) and \
                    not (c is not None and self.opens_with_predicate(text, p, c)):
                continue  # a later clause's project only as the subject of its verb (…幼儿园正式开园, P争取明年初开工)
            if c is None or text.endswith(self.time_clause_ends, c[0], c[1]) or \
                    (c[0] > s and text.startswith(self.predicate_openers, c[0])):
                continue  # …，是汉中市规划的“一区五园”空间布局中的重要板块: what the subject is part of
            if p.start >= clauses[k][1] and self.amounts_in(c[0], c[1]):
                continue  # …，新增吞吐能力50万标箱，泸州港建成…百万标箱内河枢纽港: the later subject has its own
            if text.endswith(self.programme_verbs, c[0], self._verb_end(text, c[0], p.start)) or \
                    self._opens_programme(text, c[0], c[1]):
                continue  # 实施黑土地保护工程10万亩，建设高标准农田10.2万亩: the subject's programme

            names.add(p.fields.get("name") or p.text)
            found = i
        return found if len(names) == 1 else None

    def _on_route(self, text, clauses, p) -> bool:
        """…输水线路西起…，经…新建的高新沙水库，…，该工程…: a project in a clause opening with a route cue is a
        point the route passes, not what 该工程 speaks of."""
        c = bisect_right(self._clause_starts, p.start) - 1
        return c >= 0 and text.startswith(self.route_cues, self._after_marks(text, *clauses[c]))
