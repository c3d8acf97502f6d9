"""The place an amount takes when its clause names none (SPEC §8): the one place of its
sentence, a 该市/该县 antecedent, the venue of an event, a list's common place, the topic place
of earlier clauses. Part of the fact linker (pipeline/facts.py, pipeline/facts_topics.py); the
words are data in rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .facts_words import LinkWords


class TopicPlaces(LinkWords):
    """Places for amounts whose clause names none."""

    def _sentence_place(self, text, k, clauses, s_places, s_projects, levels=None):
        """The one place the sentence (within its semicolons) names, when nothing nearer ties an
        amount: not inside a project, no yardstick, payer, origin, beneficiary, route point,
        reference point or list item, no country, not in a later clause with an amount of its own
        (…，峨眉山旅游股份有限公司占股20%，犍为县则占剩下的5%: 犍为县 is the 5%'s) nor more than
        ``sentence_place_later_clauses`` after the amount's (such a place still counts as a second name). Two names or
        none: no place. With ``levels`` (a 全省/全市 figure's, ``generic_sentence_level_only``) only the places of those
        levels are names: 发布会在某市举行，据某省农业厅介绍，全省… -> 某省, the city aside."""
        key = ("sentence_place", k, levels and tuple(levels))
        if key in self._memo:
            return self._memo[key]
        lo, hi = self._segment_clauses(text, clauses, k)
        s, e = clauses[lo][0], clauses[hi][1]
        found, names, prev, off_end = None, set(), None, -1
        for i, m in s_places[bisect_left(self._sp_starts, s):bisect_left(self._sp_starts, e)]:
            listed = prev is not None and (self._joined(text, prev, m) or self._joined(text, m, prev))
            prev = m
            if m.end > e or self.ignored(m) or (levels is not None and self.generic_level(m) not in levels):
                continue
            if listed:
                return self._memo.setdefault(key, None)  # a list of places: no one place
            if any(q.start <= m.start and m.end <= q.end for _, q in s_projects):
                continue  # the project's own (台湾科技小镇系列项目等9个项目…，是巨鹿县…)
            n = bisect_right(self._clause_starts, m.start) - 1
            c = clauses[n]
            half = n == k + 1 and self.headline_halves and text[clauses[k][1]:c[0]].isspace()
            if n > k and self.amounts_in(c[0], c[1]) and not half:
                continue  # a headline's second half (总投资243亿元 嘉峪关市65个重点项目…) is not another subject's
            beyond = n > k + self.sentence_place_after and not half  # still a second name: no one place
            if m.start == off_end or (text.endswith(self._topic_off_cues, c[0], m.start) and  # 作为X…: no 为 X
                                      not text.endswith(self.cue_lookalikes, c[0], m.start)) \
                    or self.comitative(text, m, c[0]) or self.helped_or_referenced(text, m, c[0]):
                off_end = m.end  # 始于南宁市横州市西津库区: the places chained to a route point are points too
                continue
            if self.organisation(text, m) or text.startswith(self.reference_postpositions, m.end) or self.moved_from(text, m) \
                    or self.drawn_from(text, m) \
                    or self.thing_item(text, m, self._place_ends) or (self._listing and self.items_listed and any(
                        0 <= text.find(w, c[0], m.start) for w in self.list_intro_cues)):
                continue  # …主要包括幼儿园、…、西藏天文馆等: an item's place
            names.add(m.fields.get("name") or m.text)
            found = i if found is None and not beyond else found
        return self._memo.setdefault(key, found if len(names) == 1 else None)

    def _carried_place(self, text, k, clauses, openings, s_places, s_projects):
        """The second semicolon segment of a sentence, up to the amount's clause, opening with no subject and naming no
        place or project (``segment_place_carries``): the one place of the segment the sentence opens with, when that
        segment lists a figure after it (…数据显示，全省接待游客…，同比增长…；旅游收入101亿元，同比增长45% -> the
        province's figures go on). Not further: a run of segments lists items of their own (…；某档规模的项目N个；…)."""
        lo, _ = self._segment_clauses(text, clauses, k)
        if lo == 0 or any(openings[i] is not None for i in range(lo, k + 1)) or \
                self._names_any(clauses[lo][0], clauses[k][1]):
            return None
        first, _ = self._segment_clauses(text, clauses, lo - 1)
        if first > 0:
            return None  # only right after the segment the sentence opens with: its subject
        found = self._sentence_place(text, lo - 1, clauses, s_places, s_projects)
        if found is None or not self.amounts_in(self._sp_place_end(found, s_places), clauses[lo - 1][1]):
            return None  # 目前，某路某湖段已开工建设；共签约入园企业4家: no figure listed of it
        return found

    def _sp_place_end(self, i, s_places):
        return next(m.end for j, m in s_places if j == i)

    def _only_places(self, text, pos, end):
        """The clause is nothing but places (铜川市 / 延安市黄陵县、洛川县 continuing a route)."""
        cur = pos
        while True:
            nxt = self._place_at.get(cur)
            if nxt is None and cur > pos:
                j = next((j for j in self.joiners if text.startswith(j, cur)), None)
                nxt = self._place_at.get(cur + len(j)) if j else None
            if nxt is None:
                break
            cur = nxt[1].end
        return cur > pos and not text[cur:end].strip()

    def _common_places(self, items, places):
        """The places every item of a list of projects names (泉州市第一医院…、泉州市儿童医院…)."""
        per = [[(i, pl) for i, pl in places if p.start <= pl.start and pl.end <= p.end] for p in items]
        common = set.intersection(*({pl.fields.get("name") for _, pl in ps} for ps in per))
        return [i for i, pl in per[0] if pl.fields.get("name") in common]

    def _antecedent(self, before: int, levels) -> int | None:
        """The nearest place of one of these levels before a 该省/该市 in its sentence (a 该县 whose
        sentence names no county is left open, as a 全县 is)."""
        n = bisect_left(self._pl_starts, before) - 1
        while n >= 0 and self._places[n].start >= max(self._sent_start, before - self.anaphor_reach):
            if self._places[n].fields.get("level") in levels:
                return n
            n -= 1
        return None

    def _venue(self, text, pos, end, places, projects):
        """The venue of a clause about an event (“天地之中”嵩山文化论坛在登封举行, …在大理古城开市):
        在 + a place (+ a short tail) + 举行/举办…, the place not inside a project."""
        if not any(text.find(mk, pos, end) >= 0 for mk in self.venue_marks):
            return []
        for n in range(bisect_left(self._sp_starts, pos), len(places)):
            i, pl = places[n]
            if pl.start >= end:
                break
            if text.endswith(self.venue_marks, 0, pl.start) and pl.end <= end \
                    and not any(q.start <= pl.start < q.end for _, q in projects) \
                    and any(text.find(v, pl.end, pl.end + self.venue_tail + len(v)) >= 0 for v in self.venue_verbs):
                return [i]
        return []

    def _topic_place_before(self, text, k, clauses, openings, s_places, s_projects, places, want=None,
                            project_places=False):
        key = ("place", k, frozenset(want) if want else None, project_places)
        if key not in self._memo:
            self._memo[key] = self._find_topic_place(text, k, clauses, openings, s_places, s_projects, places, want,
                                                     project_places)
        return self._memo[key]

    def _find_topic_place(self, text, k, clauses, openings, s_places, s_projects, places, want, project_places):
        """The place an earlier clause of the sentence opens with (a 全省/全市 of the way sets the
        level it must have); with ``project_places`` also the place in the name of a project an
        earlier clause opens with (西安地铁10号线一期、…和8号线正在加紧施工，8号线…)."""
        batch = self.batch_place and openings[k] is not None and openings[k][-1] == "batch"
        for j in range(k, max(-1, k - 1 - self.topic_reach), -1):
            op = openings[j]
            if op is not None and op[0] == "organisation":
                return None  # …；中化集团对口援藏项目119个、…: its own subject, or past another subject
            if j == k:
                continue
            if batch and text[clauses[j][1]:clauses[j][1] + 1] in self.topic_barriers:
                batch = False  # not across a semicolon (…“签约一批”项目2个…；“开工一批”项目2个…)
            if batch and op is not None and op[0] == "project":  # P(第七批)集中开工…，本次集中开工项目共129个
                cand = self.most_specific(text, op[2], places, lists=False) if op[2] else None
                return cand if cand is None or want is None or self.generic_level(places[cand]) in want else None
            batch = batch or (self.batch_place and op is not None and op[-1] == "batch")
            if op is not None and op[:2] == ("adjunct", "partitive"):  # 沱江金堂段去年…，新建堤防9.6公里
                return self._topic_place(text, op[2], clauses[j], s_places, s_projects, places, want)
            if op is None or op[0] == "adjunct":
                continue
            if op[0] == "generic":
                want = want or self.generic[op[1]]
                continue
            if op[0] == "place" and self.whole_after_split(text, clauses, openings, k, j):
                return None  # …，其中河北省引水6.2亿立方米，濮阳引水1.2亿立方米，工程总投资42.41亿元: the whole's
            if op[0] == "place":
                return self._topic_place(text, op[1], clauses[j], s_places, s_projects, places, want)
            if op[-1] == "items" and any(text[c[1]:c[1] + 1] in self.topic_barriers for c in clauses[j:k]):
                continue  # …分别为夹岩、…和凤山四大水利工程；中型104座: the items are of their own segment only
            if op[0] == "list" and (op[1] or (project_places and op[2])):
                cand = self.most_specific(text, op[1] or op[2], places, lists=False)
                return cand if cand is None or want is None or self.generic_level(places[cand]) in want else None
            if op[0] in ("project", "list") and project_places:
                continue  # another project's own place is not the sentence's (华润甜水堡…；绿能…项目)
            if op[0] == "list" and op[2] is not None and self.project_list_topic:
                continue  # 鹤山市…老旧小区有5个：和平小区、…、美景花园，合计总投资3200万元 -> 鹤山市
            return None
        return None

    def _list_parent(self, items, s_places, s_projects, places):
        """A list of places (南康区唐江镇、龙岭镇、镜坝镇三镇…) ties to the most specific place of the
        sentence that holds every item (南康区), if the sentence names one before the list."""
        paths = [p.split("/") for p in {places[i].fields.get("path") or "" for i in items}]
        names = {places[i].fields.get("name") for i in items}
        first, items = min(places[i].start for i in items), set(items)
        before = s_places[:bisect_left(self._sp_starts, first)]  # only places before the list (linear)
        cands = [i for i, m in before if m.end <= first and i not in items and m.fields.get("name") not in names
                 and all(m.fields.get("name") in pth for pth in paths)
                 and not any(q.start <= m.start and m.end <= q.end for _, q in s_projects)]
        return self.most_specific(None, cands, places, lists=False) if cands else None

    def _topic_place(self, text, run, clause, s_places, s_projects, places, want=None):
        """The most specific place of a clause that opens with a place: the opening places
        or another place of that clause that is no list item and not inside a project
        (…旅游节在阳朔举办 → 阳朔)."""
        cs, ce = clause
        others = [i for i, m in s_places if cs <= m.start and m.end <= ce and i not in run
                  and not any(q.start <= m.start and m.end <= q.end for _, q in s_projects)
                  and not text.startswith(self.place_links, m.end) and not self.organisation(text, m)]
        others = [i for i in others if not any(self._joined(text, places[i], places[o]) or
                                               self._joined(text, places[o], places[i]) for o in others + run if o != i)]
        if self.topic_run_skips_project_places and len(run) > 1:
            # 江西九江|城西港区中央商务区…中心奠基: a place inside a project's name is the project's
            run = [i for i in run if not any(q.start <= places[i].start and places[i].end <= q.end
                                             for _, q in s_projects)] or run
        first = self.most_specific(text, run, places)
        if first is None and self.list_parent and len(run) > 1:
            first = self._list_parent(run, s_places, s_projects, places)
        if first is None:
            return None
        cands = [i for i in [first] + others if want is None or self.generic_level(places[i]) in want]
        if self.direction_topic and cands:  # 天津累计向甘肃投入…，实施帮扶项目1766个: 甘肃's projects
            to = [i for i in cands if i != first and text.endswith(self.direction_topic_cues, cs, places[i].start)]
            cands = to or cands
        return self.most_specific(text, cands, places, prefer={first}, lists=False) if cands else None
