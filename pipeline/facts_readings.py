"""Readings of round 9 (SPEC §8): a project written after 距 is a point of reference, a count of
projects after 是 is the size of a group the subject belongs to, the parts of a total split by
其中 measure what the total measures, and the places of those parts are no topic of a clause
about the whole project. Mixed into pipeline/facts_words.py's LinkWords; the words are data in
rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left


class ReadingWords:
    """Mixed into LinkWords; uses its vocabulary and the linker's per-sentence lookups."""

    def init_readings(self, cfg: dict) -> None:
        def lex(key):
            return tuple(str(w) for w in cfg.get(key) or [])

        self.reference_project_cues = lex("reference_project_cues")
        self.reference_project_posts = lex("reference_project_postpositions")
        self.member_verbs = lex("member_of_verbs")
        self.split_cues = lex("split_cues")
        self.whole_openers = lex("whole_project_openers")
        self.appositive_heads = lex("project_appositive_heads") or ("\0",)
        self.quoted_name_heads = lex("quoted_name_heads")
        self.respective_prev_clause = bool(cfg.get("respective_prev_clause", False))  # round 16
        self.respective_carry_clause = bool(cfg.get("respective_carry_clause", False))  # round 33
        self.respective_subject_max = int(cfg.get("respective_subject_max", 0))  # round 31
        self.bound_after_count = bool(cfg.get("bound_after_count", False))
        self.category_classifiers = lex("category_count_classifiers")  # round 31 (facts38)
        self.listed_items_place = bool(cfg.get("listed_items_place", False))
        self.resource_cues = lex("resource_cues")
        self.route_locators = tuple(r + c for r in lex("route_cues") for c in lex("locator_cues"))  # 起点位于
        self.items_listed = bool(cfg.get("list_intro_items_not_sentence_place", False))
        self.count_noun_compounds = lex("place_count_noun_compounds")  # round 17
        self.direction_topic = bool(cfg.get("direction_place_topic", False))
        self.direction_topic_cues = tuple(str(w) for w in cfg.get("direction_topic_cues", cfg.get("direction_cues", [])))
        self.anaphor_skips_route = bool(cfg.get("anaphor_skips_route_points", False))
        self.modifier_heads = lex("project_modifier_heads")
        self.closing_quote_chars = str(cfg.get("closing_quotes", ""))
        # what before a place in a clause makes it no subject of the clause (facts_topics.py), joined once
        self.cue_lookalikes = lex("cue_lookalikes")  # 作为 ends in the beneficiary's 为 but is another word
        self._topic_off_cues = (self._not_here + self.route_cues + self.beneficiary_cues + self.resource_cues
                                + self.route_locators)

    def off_names(self, text: str, s_places):
        """A sentence's places less those that open a quoted name of a thing (“大同号”TBM: a machine, no place): the
        place right before one of ``quoted_name_heads`` and a closing quote."""
        if not self.quoted_name_heads:
            return s_places
        return [(i, m) for i, m in s_places if not (text.startswith(self.quoted_name_heads, m.end) and
                                                     text[m.end + 1:m.end + 2] and
                                                     text[m.end + 1:m.end + 2] in self.closing_quote_chars)]

    def off_reference(self, text: str, s_projects, s_places):
        """The projects of a sentence less those right after a reference cue (距330kV双湾变电站约2000米:
        what the distance is measured from), and its places less those inside such a project."""
        if not self.reference_project_cues or not s_projects:
            return s_projects, s_places
        ref = [m for _, m in s_projects if text.endswith(self.reference_project_cues, 0, m.start)
               or m.text.startswith(self.reference_project_cues)  # the projects table may keep 距 in the name
               or (bool(self.reference_project_posts) and text.startswith(self.reference_project_posts, m.end))]
        if not ref:
            return s_projects, s_places
        return ([(i, m) for i, m in s_projects if m not in ref],
                [(i, m) for i, m in s_places if not any(r.start <= m.start and m.end <= r.end for r in ref)])

    def member_count(self, text: str, cs: int, ce: int, amount) -> bool:
        """引黄入冀补淀工程是国务院确定的172个引调水水利重点项目: a count of projects after 是 in its
        clause is the size of a group the subject is one of, no figure of it."""
        if not self.member_verbs or amount.fields.get("kind") != "count":
            return False
        at = [n for n in (text.find(v, cs, amount.start) for v in self.member_verbs) if n >= 0]
        if not at or not self.counts_projects(text, amount, ce):
            return False
        # a project named from the verb to the count holds the group (是…示范基地中7个“领跑者计划项目”的其中一个: the
        # base's count), and one whose name holds the count is what it measures (…350亿粒空心胶囊…项目)
        return not self.project_spans_over(min(at), amount.end)

    def split_relation(self, text: str, amount) -> str | None:
        """其中河北省引水6.2亿立方米, 濮阳引水1.2亿立方米; 其中河南省境内投资22.69亿元, 河北省境内19.72亿元: an
        amount with no cue of its own after a split cue measures what the total before the cue
        measures — the nearest amount before the cue of the same kind and unit, with no amount of
        another kind or unit between them, all in one segment (no semicolon)."""
        if not self.split_cues:
            return None
        start = getattr(self, "_sent_start", 0)
        cue = max(text.rfind(c, start, amount.start) for c in self.split_cues)
        if cue < 0:  # most sentences: no split before the amount
            return None
        seg = max([start] + [text.rfind(b, start, amount.start) + 1 for b in self.topic_barriers])
        if cue < seg:
            return None
        same = (amount.fields.get("kind"), amount.fields.get("unit"))
        before = [m for m in self.amounts_in(seg, amount.start) if m.end <= amount.start]
        if any((m.fields.get("kind"), m.fields.get("unit")) != same for m in before if m.start > cue):
            return None
        total = next((m for m in reversed(before) if m.end <= cue), None)
        if total is None or (total.fields.get("kind"), total.fields.get("unit")) != same:
            return None
        cs = max([seg] + [text.rfind(b, seg, total.start) + 1 for b in self.boundaries])
        return self._relation(text, cs, total, split=False)

    def whole_after_split(self, text: str, clauses, openings, k: int, j: int) -> bool:
        """Clause k opens with a word for the whole project (工程总投资42.41亿元) and clause j, which
        opens with a place, is a part of a split (其中河北省引水…，濮阳引水…): that place is no topic of k."""
        cs = self._after_marks(text, clauses[k][0], clauses[k][1])
        if not self.whole_openers or not text.startswith(self.whole_openers, cs):
            return False
        for i in range(j, -1, -1):  # back over the parts: a run of clauses opening with places
            s = self._after_marks(text, clauses[i][0], clauses[i][1])
            if text.startswith(self.split_cues, s):
                return True
            if i < j and (openings[i] or ("",))[0] != "place":
                return False
        return False


def uncut(s_projects, amounts, s_amounts):
    """The projects of a sentence less those whose name starts inside an amount (6台套 /
    台套石英管生产线): cut out of the count of the things built, no project named."""
    spans = [(amounts[a].start, amounts[a].end) for a in s_amounts]
    starts, longest = [s for s, _ in spans], max((e - s for s, e in spans), default=0)
    return [(i, m) for i, m in s_projects if not any(  # by bisection: linear linking
        s < m.start < e for s, e in spans[bisect_left(starts, m.start - longest):bisect_left(starts, m.start)])]
