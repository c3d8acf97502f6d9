"""The words of fact linking (rules/facts/linking.yaml): clauses, relation cues, lists,
places that count, and which of several places is the most specific. pipeline/facts.py
links with them."""
from __future__ import annotations

import re
from bisect import bisect_left

from .facts_amounts import AmountWords
from .facts_items import ItemWords
from .facts_names import ProjectNames
from .facts_placewords import PlaceWords, _depth, _is_han  # noqa: F401 (_depth: pipeline/facts.py)
from .facts_readings import ReadingWords
from .facts_segments import SegmentWords
from .facts_spans import SentenceIndex
from .facts_subjects import SubjectWords
from .model import Mention


class LinkWords(PlaceWords, ProjectNames, AmountWords, SegmentWords, ReadingWords, ItemWords, SubjectWords, SentenceIndex):
    """The linking vocabulary and the small decisions made from it."""

    def __init__(self, cfg: dict):
        self.config = cfg
        self.boundaries = set(cfg["clause_boundaries"])
        self.boundary_strings = [str(b) for b in cfg.get("clause_boundary_strings", [])]
        # 总投资约288亿元（人民币，下同）的12个项目: a short aside in brackets is no clause boundary
        self.aside_pairs = [(str(x)[0], str(x)[1]) for x in cfg.get("clause_aside_brackets", [])]
        self.aside_max = int(cfg.get("clause_aside_max", 0))
        self.after_window = int(cfg.get("cue_after_window", 0))
        heads = [str(h) for h in cfg.get("cue_after_noun_heads") or []]
        self._head_after_rx = re.compile("[\u4e00-\u9fff]{0,%d}?(%s)" % (int(cfg.get("cue_after_noun_max", 6)), "|".join(
            map(re.escape, sorted(heads, key=len, reverse=True))))) if heads else None
        self.before_window = int(cfg.get("cue_before_window", 120))
        # 投资额最高，达320亿元: a clause of a connective and the amount alone reads its cue in the clause before
        self.carry_connectives = tuple(sorted(map(str, cfg.get("cue_carry_connectives") or ()), key=len, reverse=True))
        self.carry_joints = str(cfg.get("cue_carry_joints", ""))
        self.carry_kinds = set(map(str, cfg.get("cue_carry_kinds") or ()))
        self.head_cues = frozenset(str(c) for c in cfg.get("cue_heads_of_modifier", []))
        # 粮食总产量达到700亿斤，连续5年稳定在650亿斤以上: a clause of a level verb alone takes the figure before's relation
        level = cfg.get("level_carry_pattern")
        self._level_carry_rx = re.compile(str(level)) if level else None
        self.level_verb_in_amount = bool(cfg.get("level_carry_verb_in_amount", False))
        self.level_carry_kinds = set(map(str, cfg.get("level_carry_kinds") or ()))
        self.topic_reach = int(cfg.get("topic_reach_clauses", 12))
        self.ignore_levels = set(cfg.get("ignore_levels", []))
        self.ignore_units = {str(u) for u in cfg.get("ignore_amount_units", [])}
        self.ignore_names = {str(n) for n in cfg.get("ignore_place_names", [])}
        self.time_clause_ends = tuple(str(t) for t in cfg.get("time_clause_ends", []))
        self.topic_barriers = set(cfg.get("project_topic_barriers", ""))
        self.enumeration_colons = tuple(str(c) for c in cfg.get("enumeration_colons", ""))  # 主要建设内容为：…；…
        self.modifier_window = int(cfg.get("project_modifier_window", 0))
        self.modifier_amounts_one = bool(cfg.get("modifier_amounts_as_one", False))
        self.cues = []  # (cue, relation, kinds)
        for rel in cfg["relations"]:
            for cue in rel["cues"]:
                self.cues.append((str(cue), rel["relation"], set(rel["kinds"])))
        self.openers = sorted((str(o) for o in cfg["openers"]), key=len, reverse=True)
        self.generic = {k: set(v) for k, v in cfg["generic_places"].items()}
        self.denominators = tuple(str(d) for d in cfg["denominator_cues"])
        self.count_units = set(map(str, cfg["place_count_units"]))
        self.count_nouns = tuple(str(n) for n in cfg["place_count_nouns"])
        self.count_nouns_ge = tuple(str(n) for n in cfg.get("place_count_nouns_ge", []))
        self.count_classifiers = tuple(str(n) for n in cfg.get("place_count_classifiers", []))
        self.count_nouns_bare = tuple(str(n) for n in cfg.get("place_count_nouns_bare", []))
        self.count_after_list = bool(cfg.get("count_after_place_list", False))
        self.group_cues = tuple(str(n) for n in cfg.get("group_member_cues", []))
        self.group_list_joiners = tuple(str(n) for n in cfg.get("group_member_list_joiners", []))
        self.recap_cues = tuple(str(n) for n in cfg.get("group_recap_cues", []))
        self.intro_recap_cues = tuple(str(n) for n in cfg.get("group_intro_recap_cues", []))  # 6条高速公路分别为：…
        self.cut_projects = bool(cfg.get("projects_cut_from_amounts", False))
        self.parallel_segments = bool(cfg.get("parallel_segments", False))
        self.parallel_tail = int(cfg.get("parallel_label_tail_max", 4))
        self.parallel_unquoted = bool(cfg.get("parallel_unquoted", False))
        self.parallel_label_nouns = tuple(str(w) for w in cfg.get("parallel_label_nouns") or [])
        self.parallel_label_marks = str(cfg.get("parallel_label_marks", ""))
        self.parallel_label_max = int(cfg.get("parallel_label_max", 0))
        self.joiners = tuple(str(j) for j in cfg["list_joiners"])
        self._joiner_lens = sorted({len(j) for j in self.joiners})
        self.item_tail = int(cfg.get("list_item_tail_max", 0))
        self.tail_joiners = tuple(str(j) for j in cfg.get("list_item_tail_joiners", []))
        self.threshold_suffixes = tuple(str(t) for t in cfg.get("threshold_suffixes", []))
        self.threshold_heads = tuple(str(t) for t in cfg.get("threshold_heads", []))
        self.division_over_area = bool(cfg.get("division_over_area", False))
        lex = lambda key: tuple(str(w) for w in cfg.get(key, []))  # noqa: E731
        self.locator_cues = lex("locator_cues")
        self.member_locator_cues = lex("member_locator_cues")  # 建成后成为某市最大的…: the subject is one of that place's
        self.member_locator_levels = set(lex("member_locator_levels"))
        self.located_subject_topic = bool(cfg.get("located_subject_topic", False))
        self.list_intro_cues = lex("list_intro_cues")
        self.country_opens_project = bool(cfg.get("country_opens_project", False))
        self.topic_run_skips_project_places = bool(cfg.get("topic_run_skips_project_places", False))
        self.topic_over_counted_places = bool(cfg.get("topic_project_over_counted_places", False))
        self.list_intro_min_items = int(cfg.get("list_intro_min_items", 2))
        self.locative_openers = set(lex("locative_openers"))
        self.venue_marks, self.venue_verbs = lex("venue_marks"), lex("venue_verbs")
        self.project_over_venue = bool(cfg.get("project_over_venue", False))
        self.sentence_place = bool(cfg.get("sentence_place_fallback", False))
        self.segment_place_carries = bool(cfg.get("segment_place_carries", False))  # X…；旅游收入…: X's
        self.sentence_place_after = int(cfg.get("sentence_place_later_clauses", 1))
        self.reference_postpositions = lex("reference_postpositions")
        self.beneficiary_cues = lex("beneficiary_cues")
        self.programme_verbs = lex("programme_verbs")
        self.programme_adverbs = lex("programme_opening_adverbs")  # 深入开展…“一号发展工程”: the subject's programme
        self.list_enders = lex("project_list_enders")
        self.agent_cues = lex("agent_cues")
        self.route_cues = lex("route_cues")
        self.generic_before_amount = bool(cfg.get("generic_before_amount", False))
        self.generic_yardsticks = bool(cfg.get("generic_after_denominator_yardstick", False))
        self.count_after_project = bool(cfg.get("count_after_project_total", False))
        self.headline_halves = bool(cfg.get("sentence_place_headline_halves", False))
        self.overlap_from_start = bool(cfg.get("overlapped_place_run_opens_project", False))
        self.fund_sources = tuple(str(w) for w in cfg.get("fund_source_marks") or [])
        self.amount_aside_projects = bool(cfg.get("amount_aside_projects", False))
        self.predicate_openers = tuple(str(w) for w in cfg.get("sentence_project_predicate_openers") or [])
        self.sentence_project = bool(cfg.get("sentence_project_fallback", False))
        self.segment_project = bool(cfg.get("segment_project_fallback", False))  # …；总投资339亿元，P持续推进
        self.segment_subject_carries = bool(cfg.get("segment_subject_carries", False))  # P…；完成…；…: P's
        self.name_tiebreak = lex("name_place_tiebreak")
        self.subject_predicates = lex("project_subject_predicates")
        self.threshold_keeps = set(lex("threshold_keeps"))
        self.prefix_keeps = set(lex("threshold_prefix_keeps"))  # 年吞吐能力过亿吨的超级大港: a capacity
        per_unit = lex("per_unit_cues")
        self._per_unit_rx = re.compile("|".join(map(re.escape, per_unit))) if per_unit else None
        self.per_unit_change_kinds = set(lex("per_unit_change_kinds"))  # 每亩收益增加800元: a level per mu
        self.place_links = lex("place_links")
        self.locative_postpositions = lex("locative_postpositions")
        self._baseline_rx = re.compile(str(cfg["baseline_pattern"])) if cfg.get("baseline_pattern") else None
        self._comparison_rx = re.compile(str(cfg["comparison_growth_pattern"])) \
            if cfg.get("comparison_growth_pattern") else None  # round 31
        self.comparison_growth_kinds = tuple(cfg.get("comparison_growth_kinds") or ())
        self.route_run_joiners = lex("route_run_joiners")
        self.time_clause_projects = bool(cfg.get("time_clause_projects", False))
        self.project_anaphors = lex("project_anaphors")
        self.direction_cues = lex("direction_cues")
        self.coarse_name_levels = set(lex("coarse_name_levels"))
        self.threshold_relations = {str(k): str(v) for k, v in (cfg.get("threshold_relations") or {}).items()}
        self.money_bound_projects = bool(cfg.get("money_bound_before_project", False))  # 亿元以上重大产业项目34个
        heads = lex("money_before_project_nouns")  # 183亿元电网建设项目: the projects' investment
        self._money_project_rx = re.compile("[\u4e00-\u9fff]{0,%d}?(?:%s)" % (
            int(cfg.get("money_before_project_max", 0)), "|".join(map(re.escape, heads)))) if heads else None
        # 17个重点项目5.2亿元, 新开工项目26个13.9亿元: a sum right after a count of projects is what they cost
        self._money_after_count_rx = re.compile("[\u4e00-\u9fff]{0,%d}?(?:%s)$" % (
            int(cfg.get("money_before_project_max", 0)), "|".join(map(re.escape, heads)))) \
            if heads and cfg.get("money_after_project_count", False) else None
        self._project_noun_heads = tuple(heads)
        self.after_kinds = set(lex("cue_after_kinds"))
        self.project_place_topic = bool(cfg.get("project_place_from_topic", False))
        self.thing_list_marks = str(cfg.get("thing_list_marks", ""))
        self.partitive_suffixes = lex("partitive_suffixes")
        self.list_parent = bool(cfg.get("list_parent", False))
        self.name_route_joiners = lex("name_route_joiners")
        self.route_end_levels = tuple(lex("route_end_levels"))  # round 34: the section's deeper end
        self.place_nouns_before = lex("place_count_nouns_before")
        self.place_count_before_owned = bool(cfg.get("place_count_before_owned", False))
        self.alias_joiners = lex("alias_joiners")
        self.slogan_quotes = str(cfg.get("slogan_quotes", ""))
        self.slogan_max = int(cfg.get("slogan_max_chars", 0))
        self.closing_quotes = str(cfg.get("closing_quotes", "”’」』》"))
        self.respective_cues = lex("respective_cues")
        self.project_modifiers = bool(cfg.get("project_modifiers", False))
        self.modifier_gap_max = int(cfg.get("project_modifier_gap_max", 0))
        self.modifier_gap_stops = str(cfg.get("project_modifier_gap_stops", ""))
        self.abbreviation_reach = int(cfg.get("abbreviation_reach_chars", 0))
        self.longer_name_reach = int(cfg.get("longer_name_reach_chars", 500))
        self.container_heads = tuple(str(h) for h in cfg.get("container_project_heads") or [])
        self.project_route_points = bool(cfg.get("project_route_points", False))
        self.list_topic_levels = set(lex("list_topic_levels"))
        self.project_list_topic = bool(cfg.get("project_list_topic", False))
        self.object_particles = str(cfg.get("object_particles", ""))
        self.listed_project_place = bool(cfg.get("listed_project_keeps_place", False))
        self.project_before_amount = bool(cfg.get("project_right_before_amount", False))
        self.modifier_comitatives = str(cfg.get("modifier_comitatives", ""))
        self.partitive_adjunct = bool(cfg.get("partitive_clause_keeps_topic", False))
        self.anaphors = {str(k): set(v) for k, v in (cfg.get("anaphors") or {}).items()}
        self.venue_tail = int(cfg.get("venue_tail_max", 0))
        self.anaphor_reach = int(cfg.get("anaphor_reach_chars", 400))
        self.place_modifier_window = int(cfg.get("place_modifier_window", 0))
        self.unit_relations = {str(k): str(v) for k, v in (cfg.get("unit_relations") or {}).items()}
        self.unit_kinds = {str(k): str(v) for k, v in (cfg.get("unit_kinds") or {}).items()}
        self.unit_cue_relations = {(str(u), str(r)): str(to) for u, m in (cfg.get("unit_cue_relations") or {}).items()
                                   for r, to in (m or {}).items()}
        self.unit_pairs = [(str(u["first"]), str(u["second"]), tuple(map(str, u["joiners"])), str(u["relation"]))
                           for u in cfg.get("unit_pairs") or []]
        self.aside_window = int(cfg.get("project_aside_window", 0))
        self.amount_de_marks = tuple(sorted(lex("amount_before_project_marks"), key=len, reverse=True))
        self.cue_taken_between = bool(cfg.get("cue_taken_by_amount_between", False))
        self.project_counts_count = tuple(cfg.get("project_count_classifiers") or ())
        self.cue_shared_gaps = lex("cue_shared_gaps")
        self.equivalent_brackets = tuple(lex("equivalent_brackets"))  # 250.4万吨(50.08亿斤): one figure
        self.count_keeps_topic_place = bool(cfg.get("project_count_keeps_topic_place", False))
        self.count_noun_units = set(lex("place_count_noun_units"))
        self.count_noun_of_projects = bool(cfg.get("place_count_noun_of_projects", False))
        self.count_bare_followers = lex("place_count_bare_followers") or ("\0",)
        self.own_division_reach = int(cfg.get("own_division_reach", 40))
        self.held_division_counts = bool(cfg.get("held_division_counts", False))
        self.held_division_nouns = set(lex("held_division_nouns"))
        self._held_noun_lens = sorted({len(n) for n in self.held_division_nouns}, reverse=True)
        self.held_division_chain = int(cfg.get("held_division_chain", 2))
        self.held_division_levels = set(lex("held_division_levels"))
        self.held_division_vetoes = lex("held_division_vetoes") or ("\0",)
        cues = lex("own_division_cues")  # 封丘县…辖19个乡镇，609个行政村: the place's own divisions
        self._own_division_rx = re.compile("(?:%s)(?:[0-9０-９零一二三四五六七八九十百千两]+个[\u4e00-\u9fff]{1,4}[、，,和及])*$" % "|".join(
            map(re.escape, sorted(cues, key=len, reverse=True)))) if cues else None
        self.municipality_suffixes = lex("municipality_suffixes")
        self.link_verbs = lex("object_link_verbs")
        self.join_verbs = lex("object_join_verbs")  # 接乐东至三亚高速公路: another work the subject joins
        self.item_joiners = lex("sentence_project_item_joiners")
        self.threshold_prefixes = lex("threshold_prefixes")
        nouns, reach = lex("project_count_nouns"), int(cfg.get("project_count_window", 0))
        self._project_count_rx = re.compile("[^%s]{0,%d}?(%s)" % (re.escape("".join(self.boundaries) + "。"), reach,
                                                                "|".join(map(re.escape, nouns)))) if nouns else None
        self.project_part_prefixes = lex("project_part_prefixes")
        self.counted_projects = bool(cfg.get("project_in_count_is_total", False))
        self.generic_sentence_place = bool(cfg.get("generic_sentence_place", False))
        self.generic_level_only = bool(cfg.get("generic_sentence_level_only", False))
        self.item_marks = lex("project_list_item_marks")
        self.slogan_projects = bool(cfg.get("slogan_projects", False))
        self.origin_cues, self.origin_verbs = lex("origin_cues"), lex("origin_verbs")
        self.source_cues, self.source_tails = lex("water_source_cues"), lex("water_source_tails")  # 年引黄河水
        self.counted_thing_heads = lex("counted_thing_heads")  # 2座长江大桥
        self.counted_thing_kinds = set(lex("counted_thing_kinds")) or {"count"}  # 修复50.48万平方米长江岸线
        self.located_list_none = bool(cfg.get("located_list_no_place", False))  # 分别位于广州、肇庆…
        self.split_item_marks = lex("split_item_marks")  # 其中主线69.46公里、…支线5.57公里
        self.split_item_whole = bool(self.split_item_marks)
        self.partner_cues = lex("partner_cues")
        self.name_cues_outside = bool(cfg.get("name_cues_only_inside", False))
        self.inside_project_units = {str(k): str(v) for k, v in (cfg.get("inside_project_units") or {}).items()}
        # round 26 (facts29): 30万吨级泊位 — a measure right before a class mark names the class of the thing built
        self.class_mark_relations = {str(k): str(v) for k, v in (cfg.get("class_mark_relations") or {}).items()}
        self.class_mark_kinds = set(lex("class_mark_kinds"))
        self.project_count_window = reach
        self.batch_place = bool(cfg.get("counted_batch_keeps_name_place", False))
        conn = lex("project_count_connectives")
        self._noun_count_rx = re.compile("(?:%s)(?:%s)?$" % ("|".join(map(re.escape, nouns)), "|".join(
            map(re.escape, sorted(conn, key=len, reverse=True))))) if conn and nouns else None
        self.generic_subject_levels = set(lex("generic_subject_not_levels"))
        self.opening_marks = str(cfg.get("opening_marks", "“”\"'‘’「」『』《》（）() \t"))
        self.aside_open, self.aside_close = lex("aside_brackets_open") or ("",), lex("aside_brackets_close")
        self.rule_ids = {r["id"] for r in cfg["rules"]}
        kinds = {k for _, _, ks in self.cues for k in ks}
        self._cue_rx = {}
        for kind in kinds:
            cues = sorted({c for c, _, ks in self.cues if kind in ks}, key=len, reverse=True)
            self._cue_rx[kind] = re.compile("|".join(map(re.escape, cues)))
        self._cue_rel = {}
        for cue, rel, ks in self.cues:  # the first relation listing a cue for a kind wins
            for k in ks:
                self._cue_rel.setdefault((k, cue), rel)
        self.destination_cues = lex("destination_cues")
        self._not_here = self.denominators + self.agent_cues + self.partner_cues + self.destination_cues
        self.init_readings(cfg)
        self.init_items(cfg)
        self.init_subjects(cfg)
        self._generic_words = tuple(self.generic)
        self._own_subjects = ("generic", "place", "list")  # a clause with its own subject takes no topic project
        self.thing_tail = int(cfg.get("thing_tail_max", 0))
        self.place_chains_hold = bool(cfg.get("thing_tail_not_place", False))
        self.thing_back_tail_words = bool(cfg.get("thing_back_tail_words", False))  # 某市90个、某市15个: figures
        self.thing_full_suffixes = tuple(str(c) for c in cfg.get("thing_origin_not_suffixes") or [])  # 某市新材料、…
        # a tail opening with one of thing_tail_not_openers is no thing's noun (云南省第一批、第二批…项目: a batch)
        not_open = "".join("(?!%s)" % re.escape(w) for w in cfg.get("thing_tail_not_openers") or [])
        self._thing_rx = re.compile("%s[\u4e00-\u9fff]{1,%d}[%s]" % (not_open, self.thing_tail,
                                                                  re.escape(self.thing_list_marks))) \
            if self.thing_list_marks and self.thing_tail else None
        self._not_object = self.joiners + self.programme_verbs
        self._max_gap = max([len(j) for j in self.joiners] + [self.item_tail + len(j) for j in self.tail_joiners])
        self._anaphor_words = tuple(self.anaphors)
        self._depths, self._depth_places = {}, None  # depth of each place of the document linked last
        self._opener_rx = re.compile("|".join(map(re.escape, self.openers)))
        han_space = r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])"
        self._clause_rx = re.compile("|".join([re.escape(b) for b in self.boundary_strings]
                                              + ["[" + re.escape("".join(self.boundaries)) + "]", han_space]))

    # ------------------------------------------------------------------ clauses
    def _asides(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the sentence's short bracketed asides (``clause_aside_brackets``, at most
        ``clause_aside_max`` characters inside, no nested or unclosed bracket)."""
        out = []
        for op, cl in self.aside_pairs:
            i = text.find(op, start, end)
            while i >= 0:
                j = text.find(cl, i + 1, min(end, i + 2 + self.aside_max))
                if j > 0 and op not in text[i + 1:j]:
                    out.append((i, j))
                i = text.find(op, i + 1, end)
        return out

    def clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out, s = [], start
        asides = self._asides(text, start, end) if self.aside_max else ()
        for m in self._clause_rx.finditer(text, start, end):
            if m.group() in self.boundaries and any(a < m.start() < b for a, b in asides):
                continue
            if m.start() > s:
                out.append((s, m.start()))
            s = max(s, m.end())
        if end > s:
            out.append((s, end))
        return out

    # ------------------------------------------------------------------ pieces
    def without_aliases(self, text: str, projects: list) -> list:
        """丽香铁路即丽江至香格里拉铁路, 西安至延安高速铁路（西延高铁）: one project, named twice."""
        out = []
        for i, p in projects:
            if out and any(text[out[-1][1].end:p.start] == j for j in self.alias_joiners):
                continue
            out.append((i, p))
        return out

    def respective(self, text: str, cs: int, ce: int, amount: Mention, c_places, s_amounts, bracketed=False):
        """保靖县、古丈县茶园面积分别达到13.2万亩和20万亩: the n-th place (or project) of the list
        for the n-th amount after 分别; with ``bracketed`` an item may carry another name in
        brackets before the joiner (潮州市特色佛手果饮料项目(展翠项目)、潮州汽车贸易城)."""
        for cue in self.respective_cues:
            r = text.find(cue, max(cs, amount.start - self.before_window), amount.start)  # bounded: linear
            if r < 0:
                continue
            items = sorted((m.start, i, m) for i, m in c_places if m.end <= r)
            ams = [m for m in s_amounts if r < m.start < ce and m.fields.get("kind") == amount.fields.get("kind")]
            listed = [m for _, _, m in items]
            if len(items) > 1 and len(items) == len(ams) and (self._is_list(text, listed) or bracketed and all(
                    self._bracket_gap(text, x, y) in self.joiners for x, y in zip(listed, listed[1:]))):
                return items[ams.index(amount)][1] if amount in ams else None
        return None

    @staticmethod
    def _bracket_gap(text: str, a: Mention, b: Mention) -> str:
        """The text between two mentions, less a bracketed name right after the first."""
        gap = text[a.end:b.start]
        if gap[:1] in "（(":
            close = max(gap.find("）"), gap.find(")"))
            gap = gap[close + 1:] if close > 0 else gap
        return gap

    def listed(self, text: str, project: Mention) -> bool:
        """A project followed by 等 is one example of a list (福利中心三期等…建设); so is one with a
        list mark right before or after it (保利…街区、水巷口海南美食文化步行街、…等四条…街区)."""
        return text.startswith(self.list_enders, project.end) or (bool(self.item_marks) and (
            text.startswith(self.item_marks, project.end) or text.endswith(self.item_marks, 0, project.start)))

    @staticmethod
    def _date(amount, cs, ce, s_dates):
        own = [(abs(d.start - amount.start), i) for i, d in s_dates if cs <= d.start and d.end <= ce]
        if own:
            return min(own)[1]
        before = [i for i, d in s_dates if d.end <= amount.start]
        return before[-1] if before else None


class _Lazy(dict):
    """A clause's opening, worked out the first time a link looks at it (a dict, so that a
    look-up of one already worked out costs no Python call)."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, j):
        value = self[j] = self.fn(j)
        return value


def _within(mentions, starts, lo, hi):
    """(index, mention) of the mentions starting in [lo, hi) (lists sorted by start)."""
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    return list(zip(range(i, j), mentions[i:j]))
