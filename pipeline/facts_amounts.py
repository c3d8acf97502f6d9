"""What an amount measures (its relation, from the cue words before or right after it) and the
amounts that are no fact of one place or project (counts of places or projects, a group's
size, a slogan's number). Mixed into pipeline/facts_words.py's LinkWords, whose vocabulary
(rules/facts/linking.yaml) it reads."""
from __future__ import annotations

from .model import Mention


class AmountWords:
    """Mixed into LinkWords; uses its vocabulary."""

    def relation(self, text: str, clause_start: int, amount: Mention) -> str:
        lo = max(clause_start, amount.start - self.before_window)  # bounded, so linking stays linear
        if self._baseline_rx is not None and self._baseline_rx.search(text, lo, amount.start):
            return "other"  # 比2013年的1668元增加2万余元: the value compared with
        if self._comparison_rx is not None and amount.fields.get("kind") in self.comparison_growth_kinds and \
                self._comparison_rx.search(text, lo, amount.start):
            return "growth"  # 比2021年增加8亿斤, 较“十三五”末多增加900公里, 同比减少3万吨: a change on a compared level
        rel = self._relation(text, self._carried_start(text, clause_start, amount), amount)
        if rel == "other" and self._level_carry_rx is not None:
            rel = self._level_carried(text, clause_start, amount) or rel
        if rel not in ("count", "other") and amount.text.endswith(self.project_counts_count) and \
                self.counts_projects(text, amount, min(len(text), amount.end + self.project_count_window + 4)):
            return "count"  # 5个光伏发电项目: how many projects, whatever cue their noun holds
        if rel not in self.threshold_keeps and self.is_threshold(text, amount) and not (
                rel in self.prefix_keeps and amount.text.startswith(self.threshold_prefixes)):  # 年产值超百亿元的X: output
            head = next((h for h in self.threshold_relations if text.startswith(h, amount.end)), None)
            return self.threshold_relations[head] if head and amount.fields.get("kind") == "money" else "other"
        if rel != "other" and (rel != "growth" or amount.fields.get("kind") in self.per_unit_change_kinds) and \
                amount.fields.get("kind") != "percent" and self._per_unit_rx and \
                self._per_unit_rx.search(text, max(clause_start, amount.start - self.before_window), amount.start):
            return "other"
        if rel == "other" and amount.fields.get("kind") == "money" and self._money_project_rx is not None and \
                (not self._is_bound(amount) or self.money_bound_projects and not self._after_count(amount)) \
                and self._money_project_rx.match(text, amount.end):  # a bound (200余个百万元以上产业项目) stays a level
            return "investment"  # 2022年甘肃省183亿元电网建设项目全部开工, 50亿元至100亿元项目25个: what the projects cost
        if rel == "other" and amount.fields.get("kind") == "money" and self._money_after_count_rx is not None and \
                not self._is_bound(amount) and self._after_project_count(text, amount):
            return "investment"  # 17个重点项目5.2亿元, 新开工项目26个13.9亿元: what the projects counted cost
        return rel

    def _carried_start(self, text: str, cs: int, amount: Mention) -> int:
        """丽水续建项目投资额最高，达320亿元; …投资计划和专项资金，共计约95亿元: a clause that holds only a connective of
        ``cue_carry_connectives`` before the amount goes on with the clause before it (after a joint of
        ``cue_carry_joints``), whose cue it reads; else ``cs``."""
        if not self.carry_connectives or cs < 1 or text[cs - 1] not in self.carry_joints \
                or amount.fields.get("kind") not in self.carry_kinds:
            return cs
        head = text[cs:amount.start].strip()
        if head not in self.carry_connectives:
            return cs
        return self._clause_before(text, cs)

    def _clause_before(self, text: str, cs: int) -> int:
        """Where the clause before the one starting at ``cs`` starts (a boundary of ``boundaries``
        within ``before_window``, never before the sentence)."""
        lo = max(getattr(self, "_sent_start", 0), cs - 1 - self.before_window)
        return max([lo] + [text.rfind(b, lo, cs - 1) + 1 for b in self.boundaries])

    def _level_carried(self, text: str, cs: int, amount: Mention) -> str | None:
        """某省粮食总产量达到700亿斤，连续5年稳定在650亿斤以上 (or …连续三年超过600亿斤，2023年达到612亿斤): a clause after a
        comma (``cue_carry_joints``) holding only time words and a level verb before the amount (``level_carry_pattern``) states
        another level of the figure the clause before gives, in the same unit: it reads that figure's relation. Amounts of
        ``level_carry_kinds`` only; None where no such figure stands right before."""
        if amount.fields.get("kind") not in self.level_carry_kinds or cs < 1 or text[cs - 1] not in self.carry_joints:
            return None
        head = text[cs:amount.start].strip()
        if self._level_carry_rx.fullmatch(head) is None and not (  # 连续3年超过60万吨: the verb opens the amount's span
                self.level_verb_in_amount and any(self._level_carry_rx.fullmatch(head + amount.text[:n])
                                                  for n in range(1, min(4, len(amount.text)) + 1))):
            return None
        ps = self._clause_before(text, cs)
        prev = [m for m in self.amounts_in(ps, cs - 1) if m.end <= cs - 1 and m is not amount]
        if not prev:
            return None
        last = max(prev, key=lambda m: m.end)
        if last.fields.get("unit") != amount.fields.get("unit") or last.fields.get("kind") != amount.fields.get("kind"):
            return None
        rel = self._relation(text, ps, last)
        return rel if rel not in ("other", "growth") else None

    def _after_project_count(self, text: str, amount: Mention) -> bool:
        """A sum written right after a count of projects: 项目38个27.4亿元 (the count after the noun) or
        23个重点项目9.6亿元 (the noun, a few characters of modifier before it, after the count)."""
        if any(m.fields.get("kind") == "count" and text.endswith(self._project_noun_heads, 0, m.start)
               for m in self.amounts_ending_at(amount.start)):
            return True
        lo = max(getattr(self, "_sent_start", 0), amount.start - 12)
        return any(m.fields.get("kind") == "count" and m.end < amount.start and
                   self._money_after_count_rx.fullmatch(text, m.end, amount.start) is not None
                   for m in self.amounts_in(lo, amount.start))

    def _relation(self, text: str, clause_start: int, amount: Mention, split: bool = True) -> str:
        kind = self.unit_kinds.get(amount.fields.get("unit"), amount.fields.get("kind"))
        rx = self._cue_rx.get(kind)
        if rx is not None:
            best = None  # the cue ending nearest the amount; the longest there
            lo = max(clause_start, amount.start - self.before_window)
            names = [(s, e) for s, e in self.project_spans_over(lo, amount.start)
                     if not (s <= amount.start < e)] if self.name_cues_outside else ()
            seen = []
            for m in rx.finditer(text, lo, amount.start):
                if names and any(s <= m.start() and m.end() <= e for s, e in names):
                    continue  # …科研能力建设框架协议等2个项目: 能力 names that project, it measures nothing here
                seen.append(m)
                if best is None or m.end() > best.end() or (m.end() == best.end() and len(m[0]) > len(best[0])):
                    best = m
            if best is not None and best[0] in self.head_cues:  # 总投资规模: the scale of what the cue before measures
                best = next((m for m in seen if m.end() == best.start()), best)
            if best is not None and self.cue_taken_between and self._cue_taken(text, best.end(), amount, best):
                best = None  # 总装机26.9万千瓦光伏项目9个: 装机 measures the power, not the count of projects
            if best is None and kind in self.after_kinds:
                gap = next((len(g) for g in self.after_marks if text.startswith(g, amount.end)), 0)  # 103万立方米的库容
                best = rx.match(text, amount.end + gap, amount.end + gap + self.after_window)
                if best is None and self._head_after_rx is not None and kind == "money":  # 1000万元对口帮扶资金
                    head = self._head_after_rx.match(text, amount.end + gap)
                    best = rx.match(text, head.start(1), head.end(1)) if head else None
            if best is not None:  # 襄汾…15MW发电…项目: a power under an output cue is what a plant can make
                rel = self._cue_rel[(kind, best[0])]
                return self.unit_cue_relations.get((amount.fields.get("unit"), rel), rel)
        if kind in self.class_mark_kinds:  # 新建两个7万吨级多用途泊位: the class of berth built, its scale
            mark = next((m for m in self.class_mark_relations if text.startswith(m, amount.end)), None)
            if mark is not None:
                return self.class_mark_relations[mark]
        unit = amount.fields.get("unit")
        if unit in self.inside_project_units and any(
                s <= amount.start and amount.end <= e for s, e in self.project_spans_over(amount.start, amount.end)):
            return self.inside_project_units[unit]  # 一千二百万吨炼油项目: the scale a project's name gives
        if amount.fields.get("unit") == "pp":
            return "growth"
        for first, second, joiners, rel in self.unit_pairs:  # 100MW/200MWh: a storage's size
            if unit == second and any(m.fields.get("unit") == first and text.startswith(j, m.end)
                                      for j in joiners for m in self.amounts_ending_at(amount.start - len(j))):
                return rel
        if amount.fields.get("unit") in self.unit_relations:
            return self.unit_relations[amount.fields["unit"]]
        if split and self.split_cues:  # 其中河南省境内投资22.69亿元，河北省境内19.72亿元: the total's relation
            return self.split_relation(text, amount) or {"count": "count", "area": "area"}.get(kind, "other")
        return {"count": "count", "area": "area"}.get(kind, "other")

    def _is_bound(self, amount: Mention) -> bool:
        return amount.text.endswith(self.threshold_suffixes) or amount.text.startswith(self.threshold_prefixes)

    def _after_count(self, amount: Mention) -> bool:
        """200余个百万元以上产业项目: a count written right before the amount."""
        return any(m.fields.get("kind") == "count" for m in self.amounts_ending_at(amount.start))

    def _cue_taken(self, text: str, cue_end: int, amount: Mention, cue=None) -> bool:
        """An amount of the sentence stands between the cue and ``amount`` and no joiner of
        ``cue_shared_gaps`` stands between that amount and this one: the cue is that amount's
        (年产100万吨钢材、50万吨焦炭 and 装机容量200兆瓦/400兆瓦时 share theirs; 装机26.9万千瓦光伏项目9个
        do not). An amount of a kind the cue does not measure takes nothing (收获蔬菜400亩3200吨: 收获
        measures the mass, not the area before it); a longer cue over it that measures that kind
        does (年产值500万元以上的企业40多家: 产值 is the sum's, so 年产 is no cue of the count)."""
        between = [m for m in self.amounts_in(cue_end, amount.start) if m.end <= amount.start and (
            cue is None or self._measures(text, cue, m))]
        if not between:
            return False
        last = max(between, key=lambda m: m.end)
        gap = text[last.end:amount.start]
        if gap in self.equivalent_brackets and last.fields.get("kind") == amount.fields.get("kind"):
            return False  # 总产量为250.4万吨(50.08亿斤): the same figure in another unit
        return not any(j in gap for j in self.cue_shared_gaps)

    def _measures(self, text: str, cue, amount: Mention) -> bool:
        """Whether a cue of ``amount``'s kind covers part of the cue match ``cue``."""
        rx = self._cue_rx.get(self.unit_kinds.get(amount.fields.get("unit"), amount.fields.get("kind")))
        if rx is None:
            return False
        s, e = cue.start(), cue.end()
        return any(m.start() < e and m.end() > s for m in rx.finditer(text, max(0, s - 8), min(len(text), e + 8)))

    def is_threshold(self, text: str, amount: Mention) -> bool:
        """A bound that picks out the noun after it (50万元以上的行政村, 80万元以上村): a level."""
        return ((amount.text.endswith(self.threshold_suffixes)
                 or amount.text.startswith(self.threshold_prefixes))
                and text.startswith(self.threshold_heads, amount.end))

    def bound_of_count(self, amount: Mention) -> bool:
        """1287个50户以上自然村: a bound of things counted written right after a count (``bound_after_count``) picks
        out the things the count counts; it is no figure of its own (a sum stays one: 200余个百万元以上产业项目)."""
        return self.bound_after_count and amount.fields.get("kind") == "count" and \
            amount.text.endswith(self.threshold_suffixes) and any(
            m.fields.get("kind") == "count" for m in self.amounts_ending_at(amount.start))

    def counts_categories(self, amount: Mention) -> bool:
        """产业、交通、民生等三大类: a count of the categories a list falls in (``category_count_classifiers``)
        sorts what is listed; it is no figure of a place or project."""
        return bool(self.category_classifiers) and amount.fields.get("kind") == "count" and \
            amount.text.endswith(self.category_classifiers)

    def counts_places_before(self, text: str, amount: Mention) -> bool:
        """示范县1个, 示范村1000个以上: a count of the places named just before it (not right
        after a place's name: 为连平县1.4万名脱贫人口)."""
        if amount.fields.get("kind") != "count" or amount.start in self._place_ends:
            return False
        nouns = [n for n in self.place_nouns_before if text.endswith(n, 0, amount.start)]
        if not nouns:
            return False
        # 甲、乙、丙3个乡镇2万人: the noun closes a count of places written before it (``place_count_before_owned``);
        # the amount after it counts what those places hold (people, land), no place
        if self.place_count_before_owned:  # the noun, or a longer place-count noun ending it (4个乡镇)
            nouns += [n for n in self.count_nouns if text.endswith(n, 0, amount.start)]
        return not (self.place_count_before_owned and any(
            m.fields.get("kind") == "count" for n in nouns for m in self.amounts_ending_at(amount.start - len(n))))

    def names_divisions(self, text: str, amount: Mention) -> bool:
        """3个区结对…: a count in 个 whose noun opens with one of ``held_division_nouns``."""
        return self.held_division_counts and amount.fields.get("kind") == "count" and \
            amount.text.endswith(self.count_classifiers) and \
            any(text.startswith(n, amount.end) for n in self.held_division_nouns)

    def held_division(self, text: str, amount: Mention) -> Mention | None:
        """甘孜州18县, 浙江省4市18县, 中宁县2个乡13个行政村: a count of divisions written right after one place
        (or after such counts of it, ``held_division_nouns`` between) counts that place's own divisions: the
        place (None: a list's last item, 杭州和宁波两市; or nothing held)."""
        if not self.held_division_counts:
            return None
        pos, steps = amount.start, 0
        while pos not in self._place_ends:
            prev = next((m for n in self._held_noun_lens if text[pos - n:pos] in self.held_division_nouns
                         for m in self.amounts_ending_at(pos - n) if m.fields.get("kind") == "count"), None)
            if prev is None:  # 4市【18县】: the count before has its unit, nothing between
                prev = next((m for m in self.amounts_ending_at(pos) if m.fields.get("kind") == "count"), None)
            steps += 1
            if prev is None or steps > self.held_division_chain:
                return None
            pos = prev.start
        place = self._place_by_end[pos]
        if place.fields.get("level") not in self.held_division_levels:
            return None  # 南疆四地州: a region holds no divisions of its own
        if any(text.endswith(j, 0, place.start) and place.start - len(j) in self._place_ends for j in self.joiners):
            return None  # 杭州和宁波两市, 成都、…、资阳8市: a list's count
        before = self._place_by_end.get(place.start)
        if before is not None and before.fields.get("level") == place.fields.get("level"):
            return None  # 余杭区临平区两区: two of a level side by side are a list (四川省甘孜州18县 is a path)
        if text.endswith(self.held_division_vetoes, 0, place.start):
            return None  # 分布于浙江省4个市: where the subject lies, spread over them
        if self.comitative(text, place, self._sent_start):
            return None  # 深圳…与惠州3县对口产业协作: a partner's, not the subject's figure
        return place

    def in_slogan(self, text: str, cs: int, amount: Mention, s_amounts) -> bool:
        """An amount inside a short quoted slogan that opens with a number (“四个中心”,
        ‘三个千万千瓦级’目标): a name, not a figure."""
        if not self.slogan_quotes:
            return False
        lo = max(cs, amount.start - self.slogan_max)
        q = max(text.rfind(ch, lo, amount.start) for ch in self.slogan_quotes)
        if q < 0 or any(text.find(ch, q, amount.start) >= 0 for ch in self.closing_quotes):
            return False
        close = min((n for n in (text.find(ch, amount.end, q + self.slogan_max + 1) for ch in self.closing_quotes)
                     if n >= 0), default=-1)
        return close >= 0 and any(m.start == q + 1 for m in s_amounts)

    def counts_places(self, text: str, amount: Mention) -> bool:
        if amount.fields.get("kind") != "count":
            return False
        if self._own_division_rx is not None and self._own_division_rx.search(
                text, max(0, amount.start - self.own_division_reach), amount.start):
            return False  # 封丘县…辖19个乡镇，609个行政村: how many divisions the place has, a figure of that place
        if (amount.fields.get("unit") or "") in self.count_units:
            return True
        after = text[amount.end:amount.end + 4]
        if amount.text.endswith(self.count_classifiers) and after.startswith(self.count_nouns_ge):
            return True
        if self._kind_count_rx is not None and amount.text.endswith(self.count_classifiers + self.count_tails) and \
                self._kind_count_rx.match(text, amount.end):  # 1000个左右精品示范村, 46个小型农田水利重点县
            return True
        if amount.text.endswith(self.count_classifiers) and after.startswith(self.count_nouns_bare):
            rest = amount.end + 1  # the nouns are one character: 11个市和29个县
            if rest >= len(text) or text[rest] in self.boundaries or text.startswith(self.joiners, rest) \
                    or text.startswith(self.count_bare_followers, rest):  # 分布于5个市(州)
                return True
        # 6个县市 counts places; 196套城市危旧房 counts dwellings (no classifier of places)
        noun = next((n for n in self.count_nouns if after.startswith(n)), None)
        if noun is None or text.startswith(self.count_noun_compounds, amount.end + len(noun)):
            return False  # 3个国家公园: the noun opens a longer one that names no place
        if self.count_noun_of_projects and self._opens_project_noun(text, amount.end + len(noun)):
            return False  # 31个城市更新项目: the place noun opens a noun of projects, which the count counts
        return not self.count_noun_units or (amount.fields.get("unit") or "") in self.count_noun_units

    def _opens_project_noun(self, text: str, pos: int) -> bool:
        """A project noun (project_count_nouns) within project_count_window after ``pos`` with no list
        joiner or clause mark between: the place noun before ``pos`` opens a noun of projects."""
        m = self._project_count_rx.match(text, pos) if self._project_count_rx else None
        return m is not None and not any(j in text[pos:m.start(1)] for j in self.joiners)

    def counts_projects(self, text: str, amount: Mention, end: int) -> int:
        """两个项目均为…, 3个重点工业项目集中开工: a count whose noun is projects (not 9个子项目, parts
        of one) — at a clause's start, the projects counted are its subject: a total. Where the
        noun ends (0: no such count)."""
        m = self._project_count_rx.match(text, amount.end, end) if self._project_count_rx else None
        ok = amount.fields.get("kind") == "count" and m is not None and \
            not text.endswith(self.project_part_prefixes, amount.end, m.end() - len(m[1]))
        return m.end() if ok else 0

    def group_size(self, text: str, amount: Mention, ce: int, s_amounts) -> bool:
        """全省四个…试点城市之一: a count followed in its clause by 之一, no amount between, is
        the size of a group the subject is one of."""
        if amount.fields.get("kind") != "count" or not self.group_cues:
            return False
        at = [(n, c) for n, c in ((text.find(c, amount.end, ce), c) for c in self.group_cues) if n >= 0]
        if not at:
            return False
        cue, word = min(at)
        between = [m for m in s_amounts if amount.end <= m.start < cue]
        if between and not (self.group_list_joiners and text.startswith(self.group_list_joiners, amount.end) and
                            all(m.fields.get("kind") == "count" for m in between)):
            return False  # 治淮38项、国家172项…工程之一: counts listed before 之一 are sizes of groups, each
        if (word in self.recap_cues or text.startswith(self.intro_recap_cues, cue)) \
                and not self._recaps(text, amount, s_amounts):
            return False  # 此次开工的4个项目均属…: nothing named before it to recap, the count is a figure
        return True

    def _recaps(self, text: str, amount: Mention, s_amounts) -> bool:
        """A count before 均/皆 recaps what its sentence named before it: figures of earlier clauses
        (…占比84.5%，两项指标均…) or a list in its own clause (P1、P2两个项目均…)."""
        if any(m.end <= amount.start for m in s_amounts):
            return True
        cs = max([self._sent_start] + [text.rfind(b, self._sent_start, amount.start) + 1 for b in self.boundaries])
        return any(text.find(j, cs, amount.start) >= 0 for j in self.joiners)
