"""Readings of round 10 (SPEC §8): the items of a clause's list of projects keep their own places; a count of
places of a designated kind (精品示范村) counts places. Mixed into
pipeline/facts_words.py's LinkWords; the words are data in rules/facts/linking.yaml."""
from __future__ import annotations

import re
from bisect import bisect_left


class ItemWords:
    """Mixed into LinkWords; uses its vocabulary and the linker's per-sentence lookups."""

    def init_items(self, cfg: dict) -> None:
        def lex(key):
            return tuple(str(w) for w in cfg.get(key) or [])

        self.item_places_apart = bool(cfg.get("item_places_apart", False))
        self.overlap_opens_project = bool(cfg.get("overlapped_place_opens_project", False))
        self.counted_total_marks = lex("counted_total_marks")
        self.after_marks = lex("cue_after_marks")  # read by the relation (facts_amounts.py)
        self.subject_clause_predicates = bool(cfg.get("subject_clause_predicates", False))
        self.amount_aside_places = bool(cfg.get("amount_aside_places", False))
        kinds, kind_mod = lex("place_kind_nouns"), int(cfg.get("place_kind_modifier_max", 0))
        self.count_tails = lex("place_kind_count_tails")  # 1000个左右精品示范村: read by counts_places
        self._kind_count_rx = re.compile("[\u4e00-\u9fff]{0,%d}?(?:%s)" % (kind_mod, "|".join(map(re.escape, kinds)))) \
            if kinds else None

    def other_item(self, text: str, m, p, cs: int, ce: int) -> bool:
        """总投资104.7亿元的…六枝…项目、总投资79.8亿元的六盘水火车站…工程: in a clause (cs, ce) naming two or more
        projects, a place that a list joiner separates from the project (or a list ender, when the place comes
        first) stands in another item of the list, not in the project's — unless the place is itself an item of a
        list of places (天目山镇、太湖源镇…), or stands after the list's end (P1、P2等11个项目在舞阳县集中开工)."""
        if not self.item_places_apart or not (cs <= m.start < ce and cs <= p.start < ce) or \
                bisect_left(self._sj_starts, ce) - bisect_left(self._sj_starts, cs) < 2:
            return False
        if m.end <= p.start:
            gap = text[m.end:p.start]
            if not any(j in gap for j in self.item_marks + self.list_enders):
                return False
        else:
            gap = text[p.end:m.start]
            last = max(gap.rfind(j) for j in self.item_marks) if self.item_marks else -1
            if last < 0 or any(e in gap[last:] for e in self.list_enders):
                return False
        return not any((text.endswith(j, 0, m.start) and m.start - len(j) in self._place_ends) or
                       (text.startswith(j, m.end) and m.end + len(j) in self._place_at) for j in self.joiners)

    def overlapped_project(self, run: list, cur: int, projects, locative: bool = False) -> int | None:
        """江西峡江灌区开工建设 项目总投资40.19亿元 (places 江西峡江, project 峡江灌区): a project that starts inside the
        last place a clause opens with and goes on past it is what the clause opens with, the place its modifier; so is
        one that starts with the last of several chained ones after a locative opener (``locative``,
        ``overlapped_place_run_opens_project``: 在四川省绵阳市游仙区|中国(绵阳)科技城…项目建设现场)."""
        if not self.overlap_opens_project:
            return None
        last = self._places[run[-1]]  # …or starts with it, after other places (四川省绵阳市游仙区|中国(绵阳)科技城…项目)
        chained = self.overlap_from_start and locative and len(run) > 1 and all(  # not a list (沙塘新民、联财、…、神林|神林…基地)
            self._places[a].end == self._places[b].start for a, b in zip(run, run[1:]))
        n = bisect_left(self._sj_starts, last.start + (0 if chained else 1))
        if n < len(projects) and projects[n][1].start < cur < projects[n][1].end:
            return projects[n][0]
        return None

    def counted_total(self, text: str, amount, ce: int) -> bool:
        """总投资共235亿元的56个沿江重大项目开工: a sum written before a mark and a count of projects is their total,
        and that count counts them: a total over several projects, tied to no single one (SPEC §8)."""
        marks = self.counted_total_marks
        if not marks or not (text.startswith(marks, amount.end) or text.endswith(marks, 0, amount.start)):
            return False
        for mark in marks:
            if text.startswith(mark, amount.end):  # by position, not by a scan (linear linking)
                nxt = self._amount_at.get(amount.end + len(mark))
                if nxt is not None and self.counts_projects(text, nxt, ce):
                    return True
            if amount.fields.get("kind") == "count" and text.endswith(mark, 0, amount.start) and \
                    self.amounts_ending_at(amount.start - len(mark)) and self.counts_projects(text, amount, ce):
                return True
        return False

    def counts_listed_places(self, text: str, amount) -> bool:
        """吼山、坝内两个“精品村”: a count right after the last item of a list of places."""
        last = self._place_by_end.get(amount.start) if self.count_after_list else None
        if last is None or amount.fields.get("kind") != "count":
            return False
        n = bisect_left(self._pl_starts, last.start)
        return n > 0 and self._joined(text, self._places[n - 1], last)

    def opens_with_predicate(self, text: str, p, clause) -> bool:
        """投资500亿，济南机场改扩建二期争取明年初开工: a project that opens its clause (after its marks) when the clause
        ends with one of ``project_subject_predicates`` is that clause's subject, as one right before the predicate is."""
        cs, ce = clause
        while ce > cs and text[ce - 1] in self.opening_marks + "。！!？?":
            ce -= 1
        return self.subject_clause_predicates and self._after_marks(text, cs, ce) == p.start and \
            text.endswith(self.subject_predicates, p.end, ce)

    def in_amount_aside(self, text: str, m, amount, project=False) -> bool:
        """…重点招商引资专案中23个(邵阳市唯一一个)特色小镇开发专案: a place in a bracketed aside opened right after the
        amount remarks on one of the things counted; it is not where the amount is. So is a project there
        (``project``, when ``amount_aside_projects``: 本次通车试运营559公里(平天高速平凉段关山隧道暂时不具备运营条件))."""
        on = self.amount_aside_projects if project else self.amount_aside_places
        if not on or not text.startswith(self.aside_open, amount.end) or m.start <= amount.end:
            return False
        close = min((n for n in (text.find(c, amount.end, m.start) for c in self.aside_close) if n >= 0), default=-1)
        return close < 0

    def _list_items(self, text, cands, places):
        """The places of a clause that are items of its list (joined to a neighbour): a place
        right before the first item (兴中镇辣子树、红岩村、…) is no item, it may hold them."""
        order = sorted(cands, key=lambda i: places[i].start)
        joined = {i for a, b in zip(order, order[1:]) if self._joined(text, places[a], places[b]) for i in (a, b)}
        return [i for i in cands if i in joined] or cands
