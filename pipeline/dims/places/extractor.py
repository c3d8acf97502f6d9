"""The place extractor: wiring only. Each step of the reading lives in its own module
(see the package docstring); this class holds the lexicons and the thresholds the steps
read, and runs the steps in order over one document."""
from __future__ import annotations

import re

import regex

from ... import trace as _trace
from ...engine import check_normalizers, resolve_overlaps
from ...gazetteer import Entry
from ...model import Context, Mention
from ...rules import RuleError, RuleSet
from ...segment import segmenter
from .acrossword import AcrossWordMixin
from .routes import RouteEndsMixin
from .chains import ChainsMixin
from .cues import CuesMixin
from .decide import DecideMixin
from .shortforms import ShortFormsMixin
from .towns import TownsMixin
from .context import ContextMixin
from .evidence import EvidenceMixin
from .support import SupportMixin
from .features import FeaturesMixin
from .index import IndexMixin
from .lists import ListsMixin
from .tracing import report
from .spaced import SpacedMixin
from .bracketed import BracketedShortsMixin
from .tails import TailsMixin
from .hometown import HomeTownMixin
from .toponyms import FeatureStemsMixin, ToponymsMixin
from .villages import VillagesMixin
from .barestems import BareStemsMixin
from .recurring import RecurringVillagesMixin
from .sites import StationSitesMixin
from .anchored import AnchoredRegionsMixin
from .nested import NestedRunsMixin
from .runs import WrittenRunsMixin
from .citylists import CityVillageListsMixin
from .townlists import TownVillageListsMixin
from .countylists import CountyVillageListsMixin
from .bounds import CompassBoundsMixin
from .quantified import QuantifiedShortsMixin
from .written import WrittenFullMixin
from .tradezones import TradeZonesMixin
from .ports import PortAreasMixin
from .nicknames import NicknamesMixin
from .homonyms import HomonymsMixin
from .blocks import BlockStemsMixin
from .zonestems import ZoneStemsMixin
from .vocab import (CUED_FEATURE_HEADS, SETTLEMENT_NAME_HEADS, WELL_KNOWN_FREQ, LIST_ITEM_SEPARATORS, LIST_TAIL, CHAIN_VILLAGE_MIN_CHARS, COMMITTEE_WORDS, LAKE_CUE_PREFIXES, NEW_AREA_HEADS, VILLAGE_RECURRING_MIN_CHARS, VILLAGE_STEM_MAX_CHARS, VILLAGE_STEM_MIN_CHARS, COMMON_FREQ, DATELINE_AFTER, LOCALITY_MAX_CHARS, LOCALITY_MIN_CHARS, NORMALIZERS,
                    RIVER_MAX_CHARS, RIVER_MIN_CHARS, RULE_IDS, SELF_REFERENCE_MIN, VERY_COMMON_FREQ, VILLAGE_MIN_CHARS, WINDOW)
from .words import WordsMixin


class PlaceExtractor(IndexMixin, WordsMixin, ChainsMixin, EvidenceMixin, ContextMixin, SupportMixin, DecideMixin, CuesMixin, ShortFormsMixin, TownsMixin, VillagesMixin, BareStemsMixin, SpacedMixin, FeaturesMixin,
                    ListsMixin, ToponymsMixin, FeatureStemsMixin, HomeTownMixin, TailsMixin, AcrossWordMixin, RouteEndsMixin,
                    RecurringVillagesMixin, StationSitesMixin, AnchoredRegionsMixin, NestedRunsMixin, CountyVillageListsMixin, CompassBoundsMixin, QuantifiedShortsMixin,
                    CityVillageListsMixin, TownVillageListsMixin, WrittenFullMixin, TradeZonesMixin, PortAreasMixin,
                    BracketedShortsMixin, WrittenRunsMixin, NicknamesMixin, BlockStemsMixin, ZoneStemsMixin,
                    HomonymsMixin):
    table = "places"
    requires = ()
    labels = ("chain", "division", "town", "village", "special_zone", "region", "area", "country")

    def __init__(self, rules: RuleSet):
        self.rules = {r.id: r for r in rules.rules("places")}
        check_normalizers(list(self.rules.values()), NORMALIZERS)
        for rid in RULE_IDS:
            if rid not in self.rules:
                raise RuleError(f"rules/places.yaml: rule {rid} is missing (the place extractor reports as it)")
        self.veto_sources = self._veto_sources(rules)  # quantified.py: the vetoes' patterns, expanded
        # thresholds that decide outcomes: rules/places.yaml `params:` (defaults in vocab.py)
        self.common_freq = rules.param("places", "common_freq", COMMON_FREQ)
        self.very_common_freq = rules.param("places", "very_common_freq", VERY_COMMON_FREQ)
        self.stranded_pair_freq = rules.param("places", "stranded_pair_freq", 100)
        self.town_short_not_pos = frozenset(rules.param("places", "town_short_not_pos", []) or [])
        # a pair of one-character province abbreviations (闽宁): a fused abbreviation, no town
        self.fused_abbreviation_levels = frozenset(rules.param("places", "fused_abbreviation_levels", []) or [])
        self.province_abbr_chars = frozenset(r[0] for r in rules.lexicon("place_province_abbr").entries if len(r[0]) == 1)
        self.named_work_heads = frozenset(rules.param("places", "named_work_heads", []) or [])
        self.city_short_in_province = bool(rules.param("places", "city_short_in_province", False))
        self.local_name_min_times = int(rules.param("places", "local_name_min_times", 0) or 0)
        self.word_window = rules.param("places", "word_window", WINDOW)
        self.broken_not_pos = tuple(rules.param("places", "broken_not_pos", []) or [])
        self.chain_village_min_chars = self.rules["place.chain"].param("village_min_chars", CHAIN_VILLAGE_MIN_CHARS)
        self.new_area_heads = tuple(self.rules["place.chain"].param("new_area_heads", NEW_AREA_HEADS))
        self.chain_common_work_only = bool(self.rules["place.chain"].param("common_town_before_work_only", False))
        self.chain_common_after_full = bool(self.rules["place.chain"].param("common_town_after_full", False))
        self.chain_word_head = bool(self.rules["place.chain"].param("word_head_ends_chain", False))
        self.chain_common_after_full_not_next = frozenset(
            self.rules["place.chain"].param("common_town_after_full_not_next", []) or [])
        self.office_suffixes = tuple(self.rules["place.chain"].param("office_suffixes", []) or [])
        self.street_heads = tuple(self.rules["place.chain"].param("street_heads", []) or [])
        self.fused_heads = tuple(self.rules["place.short"].param("fused_heads", []) or [])
        self.fused_context = bool(self.rules["place.short"].param("fused_context", False))
        self.named_recurs_in_work = bool(self.rules["place.short"].param("named_recurs_in_work", False))
        self.named_full_across_word = bool(self.rules["place.short"].param("named_full_across_word", False))
        self.town_river_finals = str(self.rules["place.town_short"].param("town_river_finals", "") or "")
        self.common_town_village_next = bool(self.rules["place.chain"].param("common_town_village_next", False))
        self.village_min_chars = self.rules["place.village"].param("min_chars", VILLAGE_MIN_CHARS)
        self.village_town_county = self.rules["place.village"].param("town_county", False)
        self.village_not_generic = self.rules["place.village"].param("not_generic", False)
        self.village_city_min_chars = int(self.rules["place.village"].param("city_min_chars", 0) or 0)
        self.village_city_max_chars = int(self.rules["place.village"].param("city_max_chars", 10) or 10)
        self.village_city_ends = tuple(self.rules["place.village"].param("city_name_ends", ["村", "社区"]) or ())
        self.village_town_two = bool(self.rules["place.village"].param("town_two_chars", False))
        self.village_two_max_freq = int(self.rules["place.village"].param("town_two_chars_max_freq", 0) or 0)
        unlisted = self.rules["place.village_unlisted"]
        self.unlisted_not_opening = (frozenset(unlisted.param("not_opening_pos", []) or []),
                                     frozenset(unlisted.param("not_opening_pos_long", []) or []))
        self.village_stem_min_chars = self.rules["place.village"].param("stem_min_chars", VILLAGE_STEM_MIN_CHARS)
        self.village_stem_max_chars = self.rules["place.village"].param("stem_max_chars", VILLAGE_STEM_MAX_CHARS)
        self.village_recurring_min_chars = self.rules["place.village"].param(
            "recurring_stem_min_chars", VILLAGE_RECURRING_MIN_CHARS)
        self.bare_stem_min_chars = self.rules["place.village"].param("bare_stem_min_chars", 2)
        self.bare_stem_max_chars = self.rules["place.village"].param("bare_stem_max_chars", 0)
        self.bare_stem_not_before = tuple(self.rules["place.village"].param("bare_stem_not_before", []) or [])
        self.bare_stem_not_next = self.rules["place.village"].param("bare_stem_not_next", "")
        # lists sharing a suffix (念亩头、横桥、东湖等村): the suffix part after the last item
        self._list_tail = regex.compile(self.rules["place.village"].param("list_tail", LIST_TAIL))
        self._list_seps = self.rules["place.village"].param("list_separators", LIST_ITEM_SEPARATORS)
        self.list_city_towns = bool(self.rules["place.village"].param("list_city_towns", False))
        self.cued_not_opening_pos = str(self.rules["place.feature"].param("cued_not_opening_pos", "") or "")
        self.cued_place_word_after_verb = bool(self.rules["place.feature"].param("cued_place_word_after_verb", False))
        self.water_after = str(self.rules["place.feature"].param("water_after", "") or "")
        self.water_finals = str(self.rules["place.feature"].param("water_finals", "") or "")
        self.river_min_chars = self.rules["place.feature"].param("river_min_chars", RIVER_MIN_CHARS)
        self.river_max_chars = self.rules["place.feature"].param("river_max_chars", RIVER_MAX_CHARS)
        self.locality_min_chars = self.rules["place.feature"].param("locality_min_chars", LOCALITY_MIN_CHARS)
        self.locality_max_chars = self.rules["place.feature"].param("locality_max_chars", LOCALITY_MAX_CHARS)
        short = self.rules["place.short"]
        self.homonym_levels = frozenset(short.param("homonym_levels", []) or [])
        self.homonym_min_support = int(short.param("homonym_min_support", 2) or 2)
        # nickname -> the division's full name (nicknames.py; rule place.nickname)
        self.nickname_table = {row[0]: row[1] for row in rules.lexicon("place_nicknames").entries
                               if len(row) >= 2} if "place.nickname" in self.rules else {}
        self.locality_heads = sorted((row[0] for row in rules.lexicon("place_locality_head").entries),
                                     key=len, reverse=True)
        self.locality_first = {h[0] for h in self.locality_heads}
        self.seg = segmenter()
        self._freq = self.seg.freq
        self._tags = self.seg.tags
        self.block = [row[0] for row in rules.lexicon("place_blocklist").entries]
        # heads that make a short form part of a street's or a product's name (中山路, 普洱茶)
        self.word_heads: dict[str, list] = {}
        for row in rules.lexicon("place_word_heads").entries:
            self.word_heads.setdefault(row[0][0], []).append(row[0])
        for lst in self.word_heads.values():
            lst.sort(key=len, reverse=True)
        self.precues = {row[0] for row in rules.lexicon("place_feature_precue").entries}
        # one-character compass words (place_compass.txt): a two-character county name that
        # starts with one (西区, 东区) is a part of something unless its city is named
        self.compass_chars = {row[0] for row in rules.lexicon("place_compass").entries if len(row[0]) == 1}
        self.generic_heads = {row[0] for row in rules.lexicon("place_generic_heads").entries}
        self.site_heads = {row[0] for row in rules.lexicon("place_generic_heads").entries
                           if len(row) > 1 and row[1] == "site"}
        self.self_refs: dict[str, list[str]] = {}  # 全县 -> 县: the kind of division a text is about
        for row in rules.lexicon("place_self_reference").entries:
            self.self_refs.setdefault(row[1], []).append(row[0])
        self.settlement_heads = set(self.rules["place.town_short"].param("settlement_heads", SETTLEMENT_NAME_HEADS))
        self.well_known_freq = self.rules["place.short"].param("well_known_freq", WELL_KNOWN_FREQ)
        self.glued_front_chars = str(self.rules["place.short"].param("glued_front_chars", "") or "")
        self.region_part_after = str(self.rules["place.region"].param("part_after", "") or "")
        self.region_over_levels = frozenset(self.rules["place.region"].param("over_levels", []) or [])
        self.lone_front_chars = self.glued_front_chars + str(self.rules["place.short"].param("lone_front_chars", "") or "")
        self.province_county_own_towns = bool(self.rules["place.short"].param("province_county_own_towns", False))
        self.province_county_per_province = int(self.rules["place.short"].param("province_county_per_province", 0) or 0)
        self.certain_forms = tuple(self.rules["place.short"].param("certain_forms", ["full", "former"]))
        self.province_county_max_readings = int(self.rules["place.short"].param("province_county_max_readings", 0) or 0)
        self.province_county_word_readings = int(self.rules["place.short"].param("province_county_word_readings", 0) or 0)
        self.province_county_word_not_tags = frozenset(self.rules["place.short"].param("province_county_word_not_tags", []) or [])
        self.province_lone_front_tags = frozenset(
            "" if t == "none" else t for t in self.rules["place.short"].param("province_lone_front_tags", []) or [])
        self.county_of_towns = int(self.rules["place.short"].param("county_of_towns", 0) or 0)
        # a short form read with only its city named is no town where it is a facility's head
        # (山庄: 农庄“仙居山庄”): the lexicons named by param city_town_not_heads
        self.city_town_not_heads = frozenset(
            row[0] for lex in self.rules["place.town_short"].param("city_town_not_heads", []) or []
            for row in rules.lexicon(lex).entries)
        self.city_town_unknown = bool(self.rules["place.town_short"].param("city_town_unknown", False))
        self.province_town_min_chars = int(self.rules["place.town_short"].param("province_town_min_chars", 0) or 0)
        self.street_short_area = bool(self.rules["place.town_short"].param("street_short_area", False))
        self.street_area_heads = tuple(self.site_heads) + tuple(self.rules["place.town_short"].param("street_area_heads", []) or [])
        self.former_own_province = bool(self.rules["place.former"].param("own_province_only", False))
        self.city_over_own_county = bool(self.rules["place.short"].param("city_over_own_county", False))
        self.town_alone_not_other_word = bool(self.rules["place.town"].param("alone_not_other_word", False))
        self.same_surface_taken = bool(self.rules["place.short"].param("same_surface_taken", False))
        self.glued_pair = bool(self.rules["place.short"].param("glued_pair", False))
        self.route_list_evidence = bool(self.rules["place.short"].param("route_list_evidence", False))
        self.route_list_closers = self.rules["place.short"].param("route_list_closers", "、，,等")
        self.route_pending_unique = bool(self.rules["place.short"].param("route_pending_unique", False))
        self.route_note_max = int(self.rules["place.short"].param("route_note_max", 0) or 0)
        self.prefix_word_not_tags = frozenset(self.rules["place.short"].param("prefix_word_not_tags", []) or [])
        self.list_county_province = bool(self.rules["place.short"].param("list_county_province", False))
        self.across_word_levels = frozenset(self.rules["place.short"].param("across_word_levels", []) or [])
        self.self_reference_min = self.rules["place.short"].param("self_reference_min", SELF_REFERENCE_MIN)
        self.dateline = re.compile(self.rules["place.short"].param("dateline_after", DATELINE_AFTER))
        outlet = self.rules["place.short"].param("outlet_after", "")
        self.outlet_after = re.compile(outlet) if outlet else None
        label = self.rules["place.short"].param("source_label", "")
        self.source_label = re.compile(label + r"$") if label else None
        self.source_outlet = re.compile(self.rules["place.short"].param("source_outlet", "") or "(?!)")
        self.region_cues = sorted((row[0] for row in rules.lexicon("place_region_cue").entries), key=len, reverse=True)
        self.region_precues = tuple(row[0] for row in rules.lexicon("place_region_precue").entries)
        self._init_anchored(rules)  # anchored.py: 湾区 only with a province of its region named
        self._init_written_full()  # written.py: 淮安 in a text that writes 淮安区
        self._init_nested()  # nested.py: 中国西藏, 万宝新区, recurring new and port areas
        self._init_blocks()  # blocks.py: 黄花园片区
        self.cued_regions = sorted((row[0] for row in rules.lexicon("place_regions_cued").entries), key=len, reverse=True)
        reg = self.rules["place.region"]
        self.compass_free = frozenset(reg.param("compass_free", []) or [])
        self.compass_not_before = str(reg.param("compass_not_before", "") or "")
        self.compass_not_after = str(reg.param("compass_not_after", "") or "")
        self.route_connectors, self.route_heads = set(), []
        for row in rules.lexicon("place_route").entries:
            if len(row) > 1 and row[1] == "connector":
                self.route_connectors.add(row[0])
            else:
                self.route_heads.append(row[0])
        self.route_heads.sort(key=len, reverse=True)
        self._route_heads_t = tuple(self.route_heads)  # (barestems.py: str.startswith of them all)
        # the two ends of a route by their short forms (routes.py; rule place.town_short)
        town_short = self.rules["place.town_short"]
        self.route_end_share = town_short.param("route_end_share", "")
        self.route_end_max_chars = int(town_short.param("route_end_max_chars", 4))
        self.route_list_window = int(town_short.param("route_list_window", 40))
        self.route_list_separators = town_short.param("route_list_separators", "、")
        self.route_end_street = town_short.param("route_end_street", "area")
        self.route_end_anchored = bool(town_short.param("route_end_anchored", True))
        self.route_end_province_town = bool(town_short.param("route_end_province_town", False))
        self.route_apart_ends = bool(town_short.param("route_apart_ends", False))
        self._route_conn_re = None  # routes.py: the connectors as one pattern, made on first use
        # generic village words: a name ending in one is none (则把乡村), except those
        # marked `whole`, which reject only the bare word (新村; but 山厦新村 is a name)
        self.village_generic = [(row[0], len(row) > 1 and row[1] == "whole")
                                for row in rules.lexicon("place_village_generic").entries]
        self.village_generic_names = frozenset(g for g, _whole in self.village_generic)  # a name that is one
        self.breakers = {row[0] for row in rules.lexicon("place_suffix_breakers").entries}
        self._breaker_lens = sorted({len(w) for w in self.breakers})
        self.cues: dict[str, list[str]] = {}
        for row in rules.lexicon("place_feature_cue").entries:
            self.cues.setdefault(row[0][0], []).append(row[0])
        # a lake the lexicons lack counts before a feature cue (桫椤湖景区), also with one of
        # lake_cue_prefixes (rule place.feature) in front of the cue (桫椤湖旅游景区)
        self.committee_words = tuple(self.rules["place.feature"].param("committee_words", COMMITTEE_WORDS))
        feature_cues = [row[0] for row in rules.lexicon("place_feature_cue").entries]
        prefixes = self.rules["place.feature"].param("lake_cue_prefixes", LAKE_CUE_PREFIXES)
        self.cued_feature_heads = self.rules["place.feature"].param("cued_feature_heads", CUED_FEATURE_HEADS)
        self.lake_cues = sorted(feature_cues + [p + c for p in prefixes for c in feature_cues], key=len, reverse=True)
        # unlisted toponyms by evidence (toponyms.py)
        feat = self.rules["place.feature"]
        self.toponym_finals = feat.param("toponym_finals", "")
        self.toponym_weak_finals = feat.param("toponym_weak_finals", "")
        self._toponym_res = None  # toponyms.py: its cue and route-head patterns, made on first use
        self.toponym_min_chars = feat.param("toponym_min_chars", 2)
        self.toponym_max_chars = feat.param("toponym_max_chars", 4)
        self.toponym_min_evidence = feat.param("toponym_min_evidence", 2)
        self.toponym_locatives = tuple(feat.param("toponym_locatives", []) or [])
        self.toponym_coord_marks = tuple(feat.param("toponym_coord_marks", []) or [])
        self.toponym_locative_any_word = bool(feat.param("toponym_locative_any_word", False))
        self.toponym_division_levels = frozenset(feat.param("toponym_division_levels", []) or [])
        self.toponym_short_division_levels = frozenset(feat.param("toponym_short_division_levels", []) or [])
        self.toponym_short_not_opening = str(feat.param("toponym_short_not_opening", "") or "")
        self.toponym_short_finals = str(feat.param("toponym_short_finals", "") or "")
        self.toponym_short_lone_min_times = int(feat.param("toponym_short_lone_min_times", 1) or 1)
        self.toponym_cue_words = tuple(sorted(set(feature_cues) | set(feat.param("toponym_cues", []) or []),
                                              key=len, reverse=True))
        self.river_cues = sorted((row[0] for row in rules.lexicon("place_river_cue").entries), key=len, reverse=True)
        # ... and a river cue (place_river_cue.txt: 上游, 干流) after a name in a river final
        self.toponym_river_cues = bool(feat.param("toponym_river_cues", False))
        self.toponym_two_after_division = bool(feat.param("toponym_two_after_division", False))
        # a river's name that is only a town's or village's short form (渠江|干流: 渠江镇 of
        # another province) before a river cue is the river (levels: empty = off)
        self.toponym_river_over_levels = frozenset(feat.param("toponym_river_over_levels", []) or [])
        # no unlisted toponym opens with (or inside) a building verb (新建|土坪|水库, 已建|车田江)
        self.toponym_verb_openers = tuple(feat.param("toponym_verb_openers", []) or [])
        self.toponym_count_measures = str(feat.param("toponym_count_measures", "") or "")
        # a mountain's part or foot after a name in 山/峰/岭 (茶山|主峰): the mountain, even where
        # the name is a town's short form of toponym_river_over_levels
        self.toponym_peak_cues = tuple(feat.param("toponym_peak_cues", []) or [])
        # a water work after a name in 江/河/溪 (湘河|水利枢纽): a river cue too
        self.toponym_river_works = tuple(feat.param("toponym_river_works", []) or [])
        # a shore word after a name in a water final (赤湖|之畔, 某河|右岸): a river cue too
        self.toponym_shore_cues = tuple(sorted(feat.param("toponym_shore_cues", []) or [], key=len, reverse=True))
        self.toponym_shore_finals = str(feat.param("toponym_shore_finals", "") or "")
        # a 、-list of features sharing a generic head (城南温泉、城北温泉、吴家湾温泉)
        self.list_feature_heads = tuple(feat.param("list_feature_heads", []) or [])
        self.list_feature_min_items = feat.param("list_feature_min_items", 2)
        close = feat.param("list_feature_close", "")
        self.list_feature_close = regex.compile(close) if close else None
        self.list_feature_stem_chars = lo, hi = (feat.param("list_feature_stem_min_chars", 2),
                                                 feat.param("list_feature_stem_max_chars", 4))
        self._feature_list_rx = [(head, regex.compile(r"\p{Han}{%d,%d}%s(?:、\p{Han}{%d,%d}%s)+"
                                                      % (lo, hi, regex.escape(head), lo, hi, regex.escape(head))))
                                 for head in self.list_feature_heads]  # (features.py _feature_lists)
        # no unlisted toponym opens with a river or feature cue (支流潢河, 流域恢河)
        self.toponym_generic_openers = tuple(sorted(set(self.river_cues) | set(feature_cues), key=len, reverse=True))
        # heads of built works (水库): a feature only after a named area, not after a division
        self.feature_work_suffixes = frozenset(self.rules["place.feature"].param("work_suffixes", []) or [])
        self.region_landform_heads = tuple(self.rules["place.feature"].param("region_landform_heads", []) or [])
        self.feature_suffix_not_opening = bool(self.rules["place.feature"].param("suffix_not_opening", False))
        self.features = sorted((row[0] for row in rules.lexicon("place_feature_suffix").entries),
                               key=len, reverse=True)
        self.feature_first = {f[0] for f in self.features}
        self._index(rules)
        self._common: dict[str, int] = {}
        self._info: dict = {}
        self._dinfos: dict = {}
        self._ctxs: dict = {}
        self._anc_codes: dict = {}
        self._chain_ok: dict = {}  # surfaces of a chain + the next -> readings continuing it
        self._tok_cache: dict = {}
        self._word_cache: dict = {}
        self._anc: dict = {}
        self._doc_memo: dict = {}
        self._register_memo: dict = {}  # lists.py: town stems by county, across documents
        self._stem_keys: dict = {}  # ... their keys by kind, in the order they were made
        self._doc_stems: dict = {}  # lists.py: the stems of one document's counties
        self._county_names: dict = {}  # county -> its village names, indexed (villages.py)
        self._city_shorts: dict = {}  # city code -> its counties' town short forms that may count
        self._province_shorts: dict = {}  # province code -> its unique unknown town short forms

    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        self._tok_cache = {}
        self._word_cache = {}
        self._doc_memo = {}  # per-document answers that scan the whole text (decide, evidence)
        d = self._scan(text)  # 1. index.py: every surface, blocked ones dropped
        self._chains(d)  # 2. chains.py: names written together, into d.out
        d.free = [h for h in d.hits if d.in_chain.find(1, h.start, h.end) < 0]
        self._context(d)  # 3. context.py: what is named with certainty
        # a name followed by a feature head (坪山河, 西丽湖) is judged as the compound
        # word: h.feature_end is set lazily by _fend() when a boundary is first asked
        self._decide_free(d)  # 4.-5. decide.py: divisions and towns
        self._second_look(d)  # evidence.py: names that needed a neighbour or context
        self._route_ends(d)  # 5a. routes.py: a route's two ends by their short forms (谭家至鸡鸣段)
        supported = self._across_words(d, self._supported(d))  # support.py; 5b. acrossword.py: 璧|山西
        supported = self._compass_bounds(d, supported)  # 5c. bounds.py: 北至G320，东至杞木河
        supported = self._quantified_shorts(d, supported)  # 5d. quantified.py: 500亿元|大关
        for h in supported:
            d.out.append(self._mention(h.start, h.end, text, h.rule, h.entry))
        self._village_steps(d)  # 6. villages.py
        d.out.extend(self._spaced(d))  # 6b. spaced.py: names broken by a layout space (辽 宁)
        d.out.extend(self._bracketed_shorts(d))  # 6c. bracketed.py: (武)汉襄(阳)宜(昌)
        feats = self._features(d)  # 7. features.py
        if _trace.current is not None:
            report(d, supported)  # tracing.py: every hit not taken, and why
        out = self._lists(d, d.out + feats)  # 7b. lists.py: renamed towns, lists sharing a suffix
        out = self._city_village_lists(d, out)  # 7b. citylists.py: 古烟、崔庄、郭庄、泥河四个行政村 (only the city named)
        out = self._home_villages(d, out)  # 7d. hometown.py: the villages of a document about one town
        out = self._town_tails(d, out)  # 7e. tails.py: a town running on into a village or a feature
        out = self._river_mouths(text, out)  # 7e. tails.py: 闽江口, a river's mouth
        out += self._bare_village_stems(text, out)  # 7f. barestems.py: villages written without 村
        out += self._route_village_stems(text, out)  # 7f. barestems.py: ... at a route's end (至王坪段)
        out = self._recurring_villages(text, out)  # 7g. recurring.py: a village named in full, by its stem elsewhere
        out = self._town_village_lists(text, out)  # 7g2. townlists.py: 瑶山瑶族乡巴平、力书村
        out = self._county_village_lists(text, out)  # 7g3. countylists.py: 林岙村、库村 (another town of the county)
        out = self._glued_features(out, text)  # 7h. anchored.py: 设铁刹山 beside 铁刹山
        out = self._anchored_regions(out)  # 7h. anchored.py: 湾区 with none of its provinces named
        out += self._port_parts(text, out, register_only=True)  # 7i1. ports.py: 港区|洋屿|作业区
        out = self._town_new_areas(out, text)  # 7i. nested.py: 万宝|新区, the new area
        out = self._recurring_new_areas(out, text)  # 7i. nested.py: 东疆港区 written again and again
        out += self._port_parts(text, out)  # 7i1. ports.py: 天津港|东疆|港区 (an area)
        out = self._recurring_scenic(out, text)  # 7i. nested.py: 坎布拉景区 written again and again
        out = self._block_stems(out, text)  # 7i3. blocks.py: 黄花园|片区, 沙朗、彩虹|片区
        out = self._country_runs(out, text)  # 7i. nested.py: 中国西藏, one mention
        out = self._trade_zones(out, text)  # 7i2. tradezones.py: 中国(广西)自由贸易试验区崇左片区, 凭祥综合保税区
        out = self._zone_stems(out, text)  # 7i2b. zonestems.py: 临港新片区 … 在临港 (its stem alone)
        out = self._written_full(out, text)  # 7j. written.py: 淮安 read as the 淮安区 written
        out = self._written_runs(out, text)  # 7k. runs.py: 会文镇|文林村 written together, one mention
        out = self._nicknames(out, text)  # 7l. nicknames.py: 视察龙江 in a 黑龙江 report
        out = self._homonym_evidence(out, text)  # 7m. homonyms.py: 河东区 by the document's other places
        return resolve_overlaps(out)  # 8. longest span, then priority

    def _mention(self, start, end, text, rule_id, entry: Entry) -> Mention:
        rule = self.rules[rule_id]
        fields = {"name": entry.name, "level": entry.level, "adcode": entry.adcode,
                  "path": "/".join(entry.path)}
        return Mention(self.table, start, end, text[start:end], rule_id, fields, rule.priority)
