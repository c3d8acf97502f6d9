"""Which project of a clause an amount is its own, and a clause's mentions (SPEC §8). Part of the fact
linker (pipeline/facts.py), split from it to keep modules short; the words are data in
rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left


class ClauseOwners:
    """Mixed into pipeline/facts.py's FactLinker: per clause, its mentions and the amounts' own projects."""

    def generic_before(self, text, cs, amount):
        """The 全省/全市/… right before an amount (全省15个创先类区中深圳涵盖6个: a figure of that whole), or None;
        not one after a yardstick cue when ``generic_yardsticks`` (莆田市达到158.5万千瓦，约占全省32.6%: the
        subject's share, of the province only as its measure)."""
        if not (self.generic_before_amount and text.endswith(self._generic_words, cs, amount.start)):
            return None
        gen = next(w for w in self.generic if text.endswith(w, cs, amount.start))
        if self.generic_yardsticks and text.endswith(self.denominators, cs, amount.start - len(gen)):
            return None
        return gen

    def respective_before(self, text, clauses, k, amount, s_places, s_projects):
        """海口、三亚、澄迈投资额位居前三，分别为67.7亿元、52亿元、40亿元: a clause that opens with a cue of
        ``respective_cues`` and names no place pairs its amounts with the list of places of the clause right before
        it, in order (``respective_prev_clause``). (place, start of that clause) or None."""
        if not self.respective_prev_clause or k == 0:
            return None
        cs, ce = clauses[k]
        pos = self._after_marks(text, cs, ce)
        pcs, pce = clauses[k - 1]
        if not text.startswith(self.respective_cues, pos) and not self._respective_after_subject(
                text, pos, amount, s_places, s_projects):
            return self._respective_carried(text, k, pcs, pce, cs, ce, amount, s_places, s_projects)
        prev = self._clause_mentions(text, k - 1, pcs, pce, s_projects, s_places)[2]
        place = self.respective(text, pcs, ce, amount, prev, self._s_amounts) if len(prev) > 1 else None
        return None if place is None else (place, pcs)

    def _respective_carried(self, text, k, pcs, pce, cs, ce, amount, s_places, s_projects):
        """甲县、乙县新开工项目分别为39个和24个，总投资为50亿元和31亿元: a clause naming no place after a clause that
        pairs its list of places with amounts after the cue goes on pairing, when its own amounts of the kind number
        the places (``respective_carry_clause``). (place, start of the listing clause) or None."""
        if not self.respective_carry_clause:
            return None
        r = max((text.find(c, pcs, pce) for c in self.respective_cues), default=-1)
        if r < 0:
            return None
        prev = self._clause_mentions(text, k - 1, pcs, pce, s_projects, s_places)[2]
        items = sorted((m.start, i, m) for i, m in prev if m.end <= r)
        ams = [m for m in self._s_amounts if cs <= m.start < ce and m.fields.get("kind") == amount.fields.get("kind")]
        if len(items) < 2 or len(items) != len(ams) or amount not in ams or not self._is_list(text, [m for *_, m in items]):
            return None
        return items[ams.index(amount)][1], pcs

    def _respective_after_subject(self, text, pos, amount, s_places, s_projects) -> bool:
        """甲县、乙县，粮食总产分别为…: the clause opens with a short subject naming no place, project or amount
        (``respective_subject_max`` characters at most) before the cue (round 31)."""
        lim = self.respective_subject_max
        if lim <= 0:
            return False
        r = min((i for i in (text.find(c, pos, min(pos + lim + len(c), amount.start)) for c in self.respective_cues)
                 if i >= 0), default=-1)
        if r < 0:
            return False
        named = [m for ms in (s_places, s_projects) for _, m in ms] + list(self._s_amounts)
        return not any(pos <= m.start < r for m in named)

    def respective_relation(self, text, start, amount):
        """The relation of an amount paired by a respective cue: read from ``start`` (the listing clause); with no cue
        there, that of the amounts of the same kind and unit an earlier such pairing in the sentence read (…，乐东、儋州、
        陵水次之，分别为26亿元… -> investment, as 海口、三亚、澄迈投资额…分别为… before it)."""
        rel = self.relation(text, start, amount)
        key = ("respective_rel", amount.fields.get("kind"), amount.fields.get("unit"))
        if rel in ("count", "area", "other") and key in self._memo:
            return self._memo[key]
        if rel not in ("count", "area", "other"):
            self._memo[key] = rel
        return rel

    def counted_after_project(self, text, cs, project, amount, ce) -> bool:
        """A count of projects above one written right after a project that is a list's last item (共包含莆田海湾
        海上风电场F区和莆田石城海上风电场2个项目, when ``count_after_project_total``): the count sums up the list.
        Not a project alone (生态优先绿色发展行动12个项目: the programme's own projects)."""
        if not self.count_after_project or amount.start != project.end or not self.counts_projects(text, amount, ce):
            return False
        before = self._place_by_end.get(project.start)  # 和莆田|石城海上风电场: the place before the name is its own
        start = before.start if before is not None and before.start >= cs else project.start
        if not text.endswith(self.joiners, cs, start):
            return False
        return (amount.fields.get("value") or 0) > 1  # a number or None (amounts' _clean)

    def _own_amount(self, text, k, c_projects, amount):
        """The project of the clause (``c_projects``) an amount is written right after, unless
        that project ends a list of projects the amount counts (P1、P2两个项目)."""
        named = self._memo[("mentions", k)][1]
        key = ("ends", k)
        if key not in self._memo:  # by end, once per clause (linear linking)
            self._memo[key] = {p.end: n for n, (_, p) in enumerate(named)}
        n = self._memo[key].get(amount.start)
        if n is None and self.amount_de_marks:  # 总投资300万元的P1、总投资780万元的P2: the sum of the project it modifies
            n = self._own_amount_before(text, k, named, amount)
            if n is not None:  # c_projects is named less a few (beside): tested by identity first (linear linking)
                return named[n][0] if c_projects is named or named[n] in c_projects else None
        if n is None and self.aside_window:  # 白山抽水蓄能电站(装机30万千瓦)、…: an aside on the project before it
            b = max(text.rfind(o, max(0, amount.start - self.aside_window), amount.start) for o in self.aside_open)
            if b >= 0 and not any(text.find(c, b, amount.start) >= 0 for c in self.aside_close):
                n = self._memo[key].get(b)
        if n is None or (c_projects is not named and named[n] not in c_projects) or \
                (n and self._joined(text, named[n - 1][1], named[n][1])):
            return None
        return named[n][0]

    def _own_amount_before(self, text, k, named, amount):
        """The project an amount modifies (…X的P): the one starting right after the amount and a
        mark of ``amount_before_project_marks``, unless a list item joins it with no sum of its
        own (总投资5亿元的P1、P2: a total)."""
        key = ("starts", k)
        if key not in self._memo:
            self._memo[key] = {p.start: n for n, (_, p) in enumerate(named)}
        mark = next((w for w in self.amount_de_marks if text.startswith(w, amount.end)), None)
        n = self._memo[key].get(amount.end + len(mark)) if mark is not None else None
        if n is None or (n + 1 < len(named) and self._joined(text, named[n][1], named[n + 1][1])):
            return None
        return n

    def _clause_mentions(self, text, k, cs, ce, s_projects, s_places):
        """The projects of clause k (all, and without aliases) and its places that can be what
        an amount is of (not inside a project, not a yardstick or a payer, not before 所在的),
        worked out once for all the amounts of the clause."""
        key = ("mentions", k)
        if key not in self._memo:
            def in_clause(ms, starts):  # by bisection (linear linking)
                return [(i, m) for i, m in ms[bisect_left(starts, cs):bisect_left(starts, ce)] if m.end <= ce]

            all_projects = in_clause(s_projects, self._sj_starts)
            places, off = [], None  # off: the last yardstick or payer, and the list items after it
            for i, m in in_clause(s_places, self._sp_starts):
                if text.endswith(self._not_here, cs, m.start) or (off is not None and self._joined(text, off, m)) \
                        or self.comitative(text, m, cs) or self.helped_or_referenced(text, m, cs) \
                        or self.fund_source(text, m):  # 河南援疆资金945万元: who gives it
                    off = m  # 距潍坊市、济南市分别约80公里: both are yardsticks
                elif not any(p.start <= m.start and m.end <= p.end for _, p in all_projects) \
                        and not text.startswith(self.place_links, m.end) and not self.organisation(text, m) \
                        and not self.moved_from(text, m) and not self.drawn_from(text, m) \
                        and not self.counted_thing(text, m):
                    places.append((i, m))
            named = [(i, p) for i, p in self.heads_only(text, self.without_aliases(text, all_projects))
                     if not self.route_point(text, p)]
            self._memo[key] = all_projects, named, places
        return self._memo[key]
