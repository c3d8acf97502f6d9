"""The project extractor: wiring only. The steps live in their own modules (see the
package docstring); this class holds the lexicons and the thresholds they read, and runs
them in order over one document."""
from __future__ import annotations

from dataclasses import replace

import regex

from ... import trace as _trace
from ...engine import check_normalizers, resolve_overlaps
from ...model import Context, Mention
from ...prefilter import AnchoredScan
from ...rules import RuleError, RuleSet
from ...segment import segmenter
from .address import AddressMixin
from .crf import SpanModel
from .guards import GuardsMixin
from .headends import HeadEnds
from .normalize import NORMALIZERS, NormalizeMixin
from .owner import OwnerMixin
from .repeat import RepeatMixin
from .wrapcore import WrapperCoreMixin
from .siblings import SiblingsMixin
from .scan import ScanMixin
from ...textview import from_view, to_view
from .spaced import compact_view
from .vocab import (STRIP_NAME, CATEGORIES, GUARD_AFTER_WINDOW, GUARD_BEFORE_WINDOW, HEAD_LENGTH_WEIGHT, LINE_PLACE_GAP,
                    MAX_BRACKET, MAX_REACH, QUOTED_BONUS, SECTION_REACH, TABLE, TRIM_MIN_CHARS, UNDERTAKING_REACH,
                    WALL_CHARS)
from .walk import WalkMixin

# a bracketed part closing a name: its alias (…饮料项目(展翠项目))
#: how far before a zone's name its building verb may start (zone_built: the verbs of
#: params.zone_build_before are at most this long)
_ZONE_VERB_REACH = 8
_ALIAS = regex.compile(r"[（(](?P<alias>[^（()）]{2,12})[)）]$")


class ProjectExtractor(ScanMixin, WalkMixin, AddressMixin, GuardsMixin, NormalizeMixin, RepeatMixin, WrapperCoreMixin, SiblingsMixin, OwnerMixin):
    table = TABLE
    requires = ("places",)  # place spans bound and complete names
    labels = CATEGORIES + ("quoted", "repeat", "sibling", "exclude", "guard_before", "guard_after", "context", "model")

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        check_normalizers(self.rules, NORMALIZERS)
        for r in self.rules:
            if r.normalize is None and r.label not in ("exclude", "guard_before", "guard_after", "context", "sibling", "model"):
                raise RuleError(f"{r.source} rule {r.id}: label {r.label!r} needs a normalizer")
            if r.normalize == "repeat" and r.label != "repeat":
                raise RuleError(f"{r.source} rule {r.id}: normalizer repeat needs label repeat")
            if r.normalize == "head" and r.label not in CATEGORIES:
                raise RuleError(f"{r.source} rule {r.id}: label must be a category ({', '.join(CATEGORIES)})")
        self.candidates = [r for r in self.rules if r.normalize is not None and r.label != "repeat"]
        self.repeats = [r for r in self.rules if r.label == "repeat"]
        self.sibling = next((r for r in self.rules if r.label == "sibling"), None)
        self.excludes = [r for r in self.rules if r.label == "exclude"]
        self.guard_before = [r for r in self.rules if r.label == "guard_before"]
        self.guard_after = [r for r in self.rules if r.label == "guard_after"]
        # where each guard_after rule can start (its first characters and the one before,
        # pipeline/prefilter.py): one look-up at a name's end says which rules to try there
        self._after_starts = AnchoredScan(self.guard_after, kind="anchors-guard-after")
        # a guard_before rule's params.unless_after: what after the name lifts the guard
        self._unless_after = {r.id: regex.compile(r.param("unless_after", "")) for r in self.guard_before
                              if r.param("unless_after", None)}
        # guard_before rules with params.unless_named: a name holding a proper noun lifts them
        self._unless_named = {r.id for r in self.guard_before if r.param("unless_named", False)}
        # guard_after rules that spare a name with a quoted part and more than this many
        # characters of its own after it (params.unless_quoted)
        self._unless_quoted = {r.id: int(r.param("unless_quoted", 0)) for r in self.guard_after if r.param("unless_quoted", 0)}
        # guard_after rules that spare a programme counting its projects (params.unless_projects_name:
        # the name's end; unless_projects_after: the count's words after it): 绿色发展行动|12个项目
        self._unless_projects = {r.id: (regex.compile(r.param("unless_projects_name", "")),
                                        regex.compile(r.param("unless_projects_after", "$^")))
                                 for r in self.guard_after if r.param("unless_projects_name", None)}
        # guard_after rules that spare a name ending so (params.unless_name_end: a park is
        # the work itself where a ceremony is held in it, 仪式在某某经济开发区举行)
        self._unless_name_end = {r.id: regex.compile(r.param("unless_name_end", "") + "$")
                                 for r in self.guard_after if r.param("unless_name_end", None)}
        # evidence that a work is presented as an undertaking (heads with flag u)
        ctx_rule = next((r for r in self.rules if r.label == "context"), None)
        self._undertaking = ctx_rule.regex if ctx_rule is not None else None
        self._undertaking_reach = ctx_rule.param("undertaking_reach", UNDERTAKING_REACH) if ctx_rule else UNDERTAKING_REACH
        self._list_reach = ctx_rule.param("list_reach", 0) if ctx_rule else 0
        address = ctx_rule.param("address_before", "") if ctx_rule else ""
        self._address = regex.compile(f"(?:{address})[^，。；！？,;!?\n]{{0,{int(ctx_rule.param('address_gap', 8))}}}$") \
            if address else None
        # thresholds that decide outcomes: rules/projects.yaml `params:` (defaults in vocab.py)
        self.max_reach = rules.param(TABLE, "max_reach", MAX_REACH)
        self.max_bracket = rules.param(TABLE, "max_bracket", MAX_BRACKET)
        self.place_named_heads = set(rules.param(TABLE, "place_named_heads", []) or [])
        self.proper_named_heads = set(rules.param(TABLE, "proper_named_heads", []) or [])
        self.address_levels = tuple(rules.param(TABLE, "address_levels", []) or [])
        self.address_needs_proper = bool(rules.param(TABLE, "address_needs_proper", False))
        self.place_only_wrappers = set(rules.param(TABLE, "place_only_wrappers", []) or [])
        self.local_place_levels = set(rules.param(TABLE, "local_place_levels", []) or [])
        self.address_by_use = bool(rules.param(TABLE, "address_by_use", False))
        self.province_short_by_use = bool(rules.param(TABLE, "province_short_by_use", False))
        self.single_place_by_use = bool(rules.param(TABLE, "single_place_by_use", False))
        self.strategy_wrapped = (tuple(sorted(rules.param(TABLE, "strategy_wrapped_heads", []) or [], key=len, reverse=True)),
                                 tuple(rules.param(TABLE, "strategy_wrapped_activities", []) or []))
        self.address_tops = tuple(rules.param(TABLE, "address_tops", []) or [])
        self.route_from = (tuple(rules.param(TABLE, "route_from", []) or []),
                           tuple(rules.param(TABLE, "route_from_levels", []) or []))
        self.ancillary = set(rules.param(TABLE, "ancillary_words", []) or [])
        self.joining_words = set(rules.param(TABLE, "joining_words", []) or [])
        self.time_chars = set(rules.param(TABLE, "time_chars", ""))
        self.scheme_stages = frozenset(rules.param(TABLE, "scheme_stages", []) or [])
        self.scheme_stage_next = tuple(rules.param(TABLE, "scheme_stage_next", []) or [])
        self.toponym_locatives = set(rules.param(TABLE, "toponym_locatives", ""))
        self.split_name_tags = tuple(rules.param(TABLE, "split_name_tags", []) or [])
        self.along_words = set(rules.param(TABLE, "along_words", []) or [])
        self.byline_words = tuple(rules.param(TABLE, "byline_words", []) or [])
        self.route_is_undertaking = bool(rules.param(TABLE, "route_is_undertaking", False))
        self.route_short_undertaking = bool(rules.param(TABLE, "route_short_undertaking", False))
        enum = rules.param(TABLE, "enumerator_bracket", "")
        self.enumerator_bracket = regex.compile(enum) if enum else None
        self.local_name_min_times = int(rules.param(TABLE, "local_name_min_times", 0) or 0)
        self.verb_complements = frozenset(rules.param(TABLE, "verb_complements", "") or "")
        self.item_open_tags = tuple(rules.param(TABLE, "item_open_tags", []) or [])
        self.short_item_tags = tuple(rules.param(TABLE, "short_item_tags", []) or [])
        self.section_finals = rules.param(TABLE, "section_finals", "")
        self.identifier_finals = tuple(rules.param(TABLE, "identifier_finals", "号"))
        opening = rules.param(TABLE, "transfer_open", "")
        self.transfer_open = regex.compile(f"(?:{opening})$") if opening else None
        self.transfer_joins = rules.param(TABLE, "transfer_joins", "")
        number = rules.param(TABLE, "road_number", "")
        self.road_number = regex.compile(f"(?:{number})$") if number else None
        # endings of compound names, longest first (project_compound_finals.txt: list_sibling)
        self.compound_finals = tuple(sorted(rules.lexicon("project_compound_finals"), key=len, reverse=True))
        cls = rules.param(TABLE, "list_class_before_head", "")
        self.list_class = regex.compile(cls) if cls else None
        opener = rules.param(TABLE, "item_class_open", "")
        self.item_class_open = regex.compile(opener) if opener else None
        self._edge_memo: dict = {}  # walk.left_edge: window and nearby places -> name start
        self.head_length_weight = rules.param(TABLE, "head_length_weight", HEAD_LENGTH_WEIGHT)
        self.guard_before_window = rules.param(TABLE, "guard_before_window", GUARD_BEFORE_WINDOW)
        self.guard_after_window = rules.param(TABLE, "guard_after_window", GUARD_AFTER_WINDOW)
        self._campaign_verbs = {r.id: regex.compile("(?:" + "|".join(map(regex.escape, r.param("campaign_verbs", [])))
                                                    + ")[“‘]?$") for r in self.rules
                                if r.normalize == "label" and r.param("campaign_verbs", [])}
        self.priority_bonus = {r.id: r.param("priority_bonus", QUOTED_BONUS) for r in self.rules
                               if r.normalize == "quoted"}
        self.section_reach = {r.id: r.param("section_reach", SECTION_REACH) for r in self.rules
                              if r.normalize == "section"}
        self.line_gap = {r.id: r.param("place_gap", LINE_PLACE_GAP) for r in self.rules if r.normalize == "line"}
        self.trim_min_chars = self.repeats[0].param("trim_min_chars", TRIM_MIN_CHARS) if self.repeats else TRIM_MIN_CHARS
        # exclude and guard rules that do not veto a rule's candidates (params.overrides: 一带一路)
        self._overrides = {r.id: r.param("overrides", []) for r in self.candidates}

        # head -> (category, flags); longer heads are looked up first
        self.heads: dict[str, tuple[str, str]] = {}
        for cat in CATEGORIES:
            for row in rules.lexicon(f"project_heads_{cat}").entries:
                self.heads.setdefault(row[0], (cat, row[1] if len(row) > 1 else ""))
        # wrapper heads (flag i: 项目, 工程): one inside the words before a head ends a class label
        self.wrappers = tuple(h for h, (_c, f) in self.heads.items() if "i" in f)
        self.networks = tuple(rules.lexicon("project_networks"))
        # a head closing a text: what (?:<every head, longest first>)$ finds, by set look-ups
        # (headends.py); the pattern where a head could not be looked up so
        try:
            self._ends_with_head = HeadEnds(self.heads)
        except ValueError:
            alternation = "|".join(regex.escape(h) for h in sorted(self.heads, key=len, reverse=True))
            self._ends_with_head = regex.compile(f"(?:{alternation})$")
        # a head of its own (not a wrapper: 项目, 工程, 建设项目) right after a head: the name runs on
        # into it (华能光伏|电站), so the shorter one is no name even where the longer one is vetoed
        own = "|".join(regex.escape(h) for h in sorted(self.heads, key=len, reverse=True)
                       if not any(f in self.heads[h][1] for f in "igq"))
        self._head_follows = regex.compile(f"(?:{own})") if own else None
        self.cues: list[tuple[str, str, str]] = [
            (row[0], row[1], row[2]) for row in rules.lexicon("project_category_cues").entries if len(row) >= 3
        ]
        self.stop_words = set(rules.lexicon("project_left_stops"))
        self.descriptive = set(rules.lexicon("project_descriptive"))
        self.descriptive_program_words = frozenset(rules.param(TABLE, "descriptive_program_words", []) or [])
        self.zone_level_words = frozenset(rules.param(TABLE, "zone_level_words", []) or [])
        self.level_named_min_chars = int(rules.param(TABLE, "level_named_min_chars", 0) or 10 ** 6)
        self.name_verbs = set(rules.lexicon("project_name_verbs"))
        self.governing_verb_tags = tuple(rules.param(TABLE, "governing_verb_tags", []) or ())
        self.predicate_adverb_tags = tuple(rules.param(TABLE, "predicate_adverb_tags", []) or ())
        self.predicate_verbs = set(rules.lexicon("project_predicate_verbs"))
        self.stop_pos = set(rules.lexicon("project_stop_pos"))
        self.generic = set(rules.lexicon("project_generic"))
        self.evaluative = set(rules.lexicon("project_evaluative"))
        self.line_heads = [row[0] for row in rules.lexicon("project_line_heads").entries]
        self.zones = [row[0] for row in rules.lexicon("project_zones").entries]
        cut = rules.param(TABLE, "cut_number_before", "")
        self.cut_number_before = regex.compile(cut) if cut else None
        self.nominal_verbs = set(rules.lexicon("project_nominal_verbs"))
        # the cue words of project.undertaking: as the first word of a list they govern it
        self.undertaking_verbs = set(rules.lexicon("project_undertaking_cues"))
        self.followers = set(rules.lexicon("project_head_followers"))
        self.measures = set(rules.lexicon("project_measures"))
        self.size_measures = set(rules.lexicon("project_size_measures"))
        self.excluded = sorted(rules.lexicon("project_excluded"), key=len, reverse=True)
        self.work_kinds = set(rules.lexicon("project_work_kinds"))
        self.org_suffixes = tuple(rules.lexicon("project_org_suffixes"))
        finals = "".join(regex.escape(c) for c in rules.lexicon("project_toponym_finals") if len(c) == 1)
        self._toponym = regex.compile(f"\\p{{Han}}{{1,3}}[{finals}]") if finals else None
        self.toponym_max_freq = rules.param(TABLE, "toponym_max_freq", 300)
        self.descriptive_min_chars = int(rules.param(TABLE, "descriptive_min_chars", 6))
        self.descriptive_wrapped_min_chars = int(rules.param(TABLE, "descriptive_wrapped_min_chars", 0) or 0)
        self.capacity_no_name_heads = frozenset(rules.param(TABLE, "capacity_no_name_heads", []) or [])
        self.abbreviation_max_freq = int(rules.param(TABLE, "abbreviation_max_freq", 10 ** 9))
        self.item_trailing_words = tuple(rules.param(TABLE, "item_trailing_words", []) or [])
        tail = rules.param(TABLE, "activity_tail", "")
        self.activity_tail = regex.compile(tail) if tail else None
        self._setup_owner(rules, TABLE)
        self.feature_levels = frozenset(rules.param(TABLE, "feature_levels", []) or [])
        self.contract_models = frozenset(rules.param(TABLE, "contract_models", []) or [])
        cls_of = rules.param(TABLE, "class_of_projects", "")
        self.class_of_projects = regex.compile(cls_of) if cls_of else None
        self.class_of_projects_heads = frozenset(rules.param(TABLE, "class_of_projects_heads", []) or [])
        territory = rules.param(TABLE, "set_of_works", "")
        self.set_of_works = regex.compile(territory) if territory else None
        rank = rules.param(TABLE, "rank_modifier", "")
        self.rank_modifier = regex.compile(rank) if rank else None
        rated = rules.param(TABLE, "rated_class", "")
        self.rated_class = regex.compile(rated) if rated else None
        self.rated_reach = int(rules.param(TABLE, "rated_reach", 0))
        self.lone_place_levels = frozenset(rules.param(TABLE, "lone_place_levels", []) or [])
        self.verb_opening_heads = frozenset(rules.param(TABLE, "verb_opening_heads", []) or [])
        self.action_governing_verbs = frozenset(rules.param(TABLE, "action_governing_verbs", []) or [])
        self.lone_place_categories = frozenset(rules.param(TABLE, "lone_place_categories", []) or [])
        self.counted_categories = frozenset(rules.param(TABLE, "counted_categories", []) or [])
        # a space inside a word (攻 坚战) is read through where jieba makes one word across it
        # within gap_reach characters on either side (spaced.py)
        self.gap_reach = rules.param(TABLE, "gap_reach", 4)
        # a head flagged b (a strategy's zone, 示范区, 经济区) needs its building at the name itself:
        # a verb of params.zone_build_before right before it, or params.zone_build_after right after it
        self.zone_build_before = regex.compile("(?:" + rules.param(TABLE, "zone_build_before", "$^") + ")$")
        self.zone_build_after = regex.compile(rules.param(TABLE, "zone_build_after", "$^"))
        # one-character division suffixes (区, 市, 县): alone before a name they mean "the
        # district's" (建立区重大产业投资平台), never the first character of a name
        self.level_chars = {row[0] for row in rules.lexicon("place_suffix").entries if len(row[0]) == 1}
        self.self_place_names = bool(rules.param(TABLE, "self_place_names", False))  # (normalize.py: 我区|机场)
        self.origin_park_heads = frozenset(rules.param(TABLE, "origin_park_heads", []) or [])  # (normalize.py: 台湾|工业园)
        self.glued_place_word_tags = frozenset(rules.param(TABLE, "glued_place_word_tags", []) or [])  # (normalize.py: 日照港)
        self.generic_before_quote = frozenset(rules.param(TABLE, "generic_before_quote", []) or [])  # (quoteopen.py: 国家|“…”)
        _bz = rules.param(TABLE, "bare_zone_opening", "") or ""
        self.bare_zone_opening = regex.compile(_bz) if _bz else None  # (zoneopen.py: 高新区|…产业园)
        self.self_place_chars = frozenset(rules.param(TABLE, "self_place_chars", "") or "")  # (items.py: 我区, 本市)
        self.strategies = {row[0]: (row[1] if len(row) > 1 else "") for row in
                           rules.lexicon("project_strategies").entries}
        # a company's trade words (一洲|印染) and how rare its trade name must be (items.py)
        self.trade_words = tuple(sorted(rules.lexicon("project_trade_words"), key=len, reverse=True))
        self.trade_name_max_freq = int(rules.param(TABLE, "trade_name_max_freq", 0))

        # one-character stop words: a head right after one has no name before it
        self._wall_chars = set(rules.param(TABLE, "wall_chars", "".join(sorted(WALL_CHARS))))
        self.seg = segmenter()
        self._capacity = regex.compile(rules.macro("PROJ_CAPACITY"))
        numbered = rules.macro("PROJ_NUMBERED_SET")
        self._numbered_set = regex.compile(numbered) if numbered else None
        levels = rules.macro("PROJ_ADMIN_LEVEL")
        self._chain_levels = regex.compile(levels) if levels else None

        self._tags = self.seg.tags  # word -> POS, a dict look-up per word

        self._setup_scan(rules)  # scan.py: the head automaton
        self.refused: list[Mention] = []  # of the last document (_extract)
        # the span model stacked on the rules (crf.py; rule project.crf), where its file exists
        model = next((r for r in self.rules if r.label == "model"), None)
        # (a firm's name does not recur by the model either: project.repeat's firm_suffixes)
        firms = tuple(self.repeats[0].param("firm_suffixes", []) or ()) if self.repeats else ()
        # the lexicons the model reads as features (params.lexicon_features), each its own class
        lex = {name.removeprefix("project_"): list(rules.lexicon(name))
               for name in (model.param("lexicon_features", []) or [])} if model else {}
        self.model = SpanModel(model, rules.root, self.heads, self._ends_with_head, self.undertaking_verbs,
                               self.seg, firms, lex) if model else None
        # the refused candidates are kept only for a model that reads them (training too reads them, model off)
        self._keep_refused = model is not None and bool(model.param("refused_features", False)
                                                        or model.param("refused_sentences", False))

    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        if not text:
            return []
        places = list((ctx.mentions or {}).get("places", []) or [])
        view = compact_view(text, self.seg, self.gap_reach)  # spaced.py: 攻 坚战
        if view is None:
            found = self._extract(text, places)
        else:
            compact, gaps = view
            found = from_view(self._extract(compact, to_view(places, gaps)), gaps, text)
            self.refused = from_view(self.refused, gaps, text)
        if self.model is not None and self.model.enabled:
            found = self.model.revise(text, places, found, self.refused)  # crf.py
        return found

    def _extract(self, text: str, places: list[Mention]) -> list[Mention]:
        self._read_places(places)
        self.refused = []  # the candidates the normalizers refused (the model's evidence: crf.py)
        blocked, excl = self._exclusions(text)  # guards.py
        masks: dict = {}
        out = []
        for rule, m in self._scan_candidates(text):  # scan.py: where names end
            self._why = self._why_start = None  # a normalizer's reason for no mention (explain --trace)
            found = NORMALIZERS[rule.normalize](self, text, rule, m)  # normalize.py (walk.py)
            # a normalizer gives one mention, none, or (list items) several
            for mention in (found if isinstance(found, list) else [found]):
                if mention is None:
                    if self._why is not None and self._keep_refused:  # a refused candidate: from the walk's start, else the match
                        s = self._why_start if self._why_start is not None and self._why_start < m.end() else m.start()
                        self.refused.append(Mention(TABLE, s, m.end(), text[s:m.end()], rule.id, {"why": self._why}))
                    if _trace.current is not None:
                        self._trace_drop(text, rule, m, None, ())
                    continue
                if self._vetoed(text, rule, m, mention, blocked, excl, masks):  # guards.py
                    continue
                out.append(mention)
        kept = resolve_overlaps(self._aliases(text, out))
        if self.sibling is not None:
            kept = self._siblings(text, kept, blocked)  # siblings.py
        if self.repeats:
            kept = self._repeat(text, kept, blocked)  # repeat.py
            if self.sibling is not None:
                # a name found again where it recurs has list neighbours there too (…农广小区 ;
                # 水利综合小区 ; …): they are names, and recur in turn
                more = self._siblings(text, kept, blocked, seeds=(self.repeats[0].id,))
                if len(more) > len(kept):
                    kept = self._repeat(text, more, blocked)
        return kept

    def zone_built(self, text: str, start: int, end: int) -> bool:
        """A head flagged b (a strategy's zone, 示范区, 经济区) names a project only where the text
        builds the zone at its name: a verb of params.zone_build_before right before ``start``,
        or params.zone_build_after right after ``end`` (headnorm.norm_head, normalize.norm_quoted)."""
        return bool(self.zone_build_before.search(text, max(0, start - _ZONE_VERB_REACH), start)
                    or self.zone_build_after.match(text, end))

    def _aliases(self, text: str, found: list[Mention]) -> list[Mention]:
        """A name followed by its alias in brackets (佛手果饮料项目(展翠项目)): two mentions,
        the full name and the alias, where each ends in a head (not 铁路项目(上杭段), a
        section; not 广州南沙(梅州)产业转移工业园, whose bracket stands inside the name)."""
        out = []
        for m in found:
            b = _ALIAS.search(m.text)
            if b is None or not (self._ends_with_head.search(m.text, 0, b.start())
                                 and self._ends_with_head.search(b.group("alias"))):
                out.append(m)
                continue
            for s, e in ((m.start, m.start + b.start()), (m.start + b.start("alias"), m.start + b.end("alias"))):
                span = text[s:e]
                out.append(replace(m, start=s, end=e, text=span,
                                   fields={**m.fields, "name": STRIP_NAME.sub("", span)}))
        return out

    def _read_places(self, mentions: list[Mention]) -> None:
        """The places table (``requires``) as the steps look it up."""
        # place mentions are evidence, but not over the stop lexicon (建设 is also a place name)
        places = sorted((m.start, m.end) for m in mentions
                        if m.text not in self.stop_words and m.text not in self.generic)
        self._place_starts = {}
        self._place_ends = {e: s for s, e in places}
        self._place_spans = set(places)
        self._place_list = places  # sorted: spans inside a window by bisection (linear time)
        # (start, end) -> the path of the division a mention resolves to (江西九江 ->
        # 江西省/九江市), for the levels of a chain (walk.last_level)
        self._place_path = {(m.start, m.end): (m.fields.get("path") or "")
                            for m in mentions if (m.fields.get("path") or "").count("/") >= 1}
        self._place_level = {(m.start, m.end): m.fields.get("level") for m in mentions}
        self._place_level_at = {}  # start -> the level of the first place mention starting there
        for (s, _e), level in self._place_level.items():
            self._place_level_at.setdefault(s, level)
        self._place_ends_at = {}  # start -> the ends of the place spans starting there
        for ps, pe in places:
            self._place_ends_at.setdefault(ps, []).append(pe)
        for s, e in places:
            for i in range(s, e):
                self._place_starts[i] = min(s, self._place_starts.get(i, s))
