"""Constants of the place extractor not (yet) in rules/, the defaults of the thresholds
that are (``params:`` of rules/places.yaml), and the per-hit and per-document records
the steps pass on."""
from __future__ import annotations

import re
from operator import attrgetter

from ...gazetteer import Entry

# ---- defaults of rules/places.yaml `params:` (the rule file wins; see there for why)
#: a short form whose jieba frequency reaches this, with a non-place tag, is a common word
COMMON_FREQ = 300
#: ... and from this frequency on, document context is not evidence enough (资源, 建设)
VERY_COMMON_FREQ = 5000
#: characters of context on each side of a name when jieba is asked for its boundaries
WINDOW = 5
#: register villages looked for under the counties a document names: names this long
VILLAGE_MIN_CHARS = 3
SPACED_MIN_GAPS = 3
COMMITTEE_WORDS = ("管委会", "管理委员会")
LAKE_CUE_PREFIXES = ("旅游",)
#: one-character heads of the features the lexicons lack that a feature cue names (桫椤湖景区)
CUED_FEATURE_HEADS = "湖山峰岭峡沟洞岛"
VILLAGE_STEM_MIN_CHARS = 2
VILLAGE_STEM_MAX_CHARS = 4
VILLAGE_RECURRING_MIN_CHARS = 3
STEM_SEPARATORS = "、"
LIST_TAIL = r"等?(?:[0-9一二两三四五六七八九十]+个)?[“\"]?(?:\p{Han}{0,2}?)(?P<suffix>社区|村|乡镇|街道|镇|乡)(?![民委村庄级])"
LIST_ITEM_SEPARATORS = "、"
#: a chain ending in a town runs on into one of its villages this long
CHAIN_VILLAGE_MIN_CHARS = 2
NEW_AREA_HEADS = ("新区", "新城")
#: a river the lexicons lack, before a river cue: its length with 江/河/溪
RIVER_MIN_CHARS, RIVER_MAX_CHARS = 3, 4
#: a county's short form in a text about a county (全县, 县委): written this many times
SELF_REFERENCE_MIN = 2
#: one-character heads of settlement names after a town's short form (甜水堡)
SETTLEMENT_NAME_HEADS = ("堡", "寨", "屯")
#: a county's short form tagged ns this often in jieba's dictionary needs no city named (0: off)
WELL_KNOWN_FREQ = 100
#: after a province's or city's short form: a wire story's dateline (新华社合肥5月1日电)
DATELINE_AFTER = r"\s*(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}时)?电"
#: a natural locality after a division (共和县塔拉滩): its name's length before the head
LOCALITY_MIN_CHARS, LOCALITY_MAX_CHARS = 2, 3

# ---- constants
PLACE_TAGS = {"ns"}
#: proper-name tags: a city's short form tagged so is a name, not a common word
NAME_TAGS = {"nr", "nrt", "nz"}
LIST_SEPARATORS = set("、和与及同跟—-–|｜")
NORMALIZERS: dict = {}  # places are resolved by the gazetteer; no rule names a normalizer
CURATED = (("place_zones", None), ("place_regions", "region"), ("place_countries", "country"),
           ("place_areas", "area"), ("place_features", "area"), ("place_regions_cued", "region"))
CUED = "curated:place_regions_cued"
#: named features taken from jieba's dictionary (index.py), and their lengths
DICT_FEATURE = "curated:dict"
DICT_FEATURE_MIN, DICT_FEATURE_MAX = 3, 5  # a region only before a region cue (西南地区, 中欧国家)
ADMIN = ("province", "city", "county")
SUFFIXED = ("full", "alias", "former")  # forms written with their suffix (龙胜县: an alias)
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木", "办事处")
#: last characters of full official names: no feature head follows one (海东市河湟)
ADMIN_SUFFIX_CHARS = set("省市县区旗镇乡")
#: function characters no name of a locality holds (the stops of sites, ports, toponyms and blocks)
FUNCTION_CHARS = frozenset("的了是和与及在为等将把被从向到至于以对")
#: bump when the start-up cache's layout changes (index.IndexMixin)
INDEX_VERSION = 2
#: the rules the extractor reports as (each must be in rules/places.yaml)
RULE_IDS = ("place.chain", "place.full", "place.former", "place.short", "place.town", "place.town_short",
            "place.village", "place.village_unlisted", "place.feature", "place.zone", "place.region",
            "place.country", "place.area")
#: caches kept per process (sizes bound memory, not outcomes)
CHAIN_CACHE_MAX = 200_000
COUNTY_VILLAGES_KEPT = 700  # the village names of a county, indexed (~41 KB a county, ~28 MB at the cap; 512 held ~55 KB each)
#: heads of settlements: a dictionary's feature name before one is the settlement's name
#: (凤凰山自然村, 大沙河村), not the feature
SETTLEMENT_HEADS = ("自然村", "村", "社区", "镇", "乡", "街道", "组", "屯", "片区")
#: function characters that start no village name right after its town or county
#: (大湖镇的湖东村, 大湖镇辖湖东村, 连平县和湖东村)
VILLAGE_LEFT = set("的辖在于和与及、，,")
#: characters before a cued river's name: a function character or a line start
#: characters after a name's recurrence that end its phrase (落户河东。, 大美河东、)
RECUR_RIGHT = set("的和与及、，,。；;：:！!？?）)”’\n ")
RIVER_LEFT = set("的在于从至到、和与及，,（(“\n ")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _bytes_str(text: str) -> str:
    """``text`` as its UTF-16-BE bytes, one Latin-1 character per byte (2 per character;
    a character beyond the BMP, never part of a name, stands as U+FFFD)."""
    b = text.encode("utf-16-be")
    if len(b) != 2 * len(text):
        b = _ASTRAL.sub("\uFFFD", text).encode("utf-16-be")
    return b.decode("latin-1")


_start_end = attrgetter("start", "end")


class _Hit:
    """One surface found in the text, and what the steps decided of it."""
    __slots__ = ("start", "end", "surface", "cands", "entry", "rule", "evidence", "kind", "feature_end", "why", "note")

    def __init__(self, start, end, surface, cands):
        self.start, self.end, self.surface, self.cands = start, end, surface, cands
        self.entry: Entry | None = None
        self.rule = ""
        self.evidence = False
        self.kind = ""
        self.feature_end = None  # end of <name>+湾/河/湖... when that is a word here (0: none)
        self.why = ""  # the named check that turned it down (tracing.REASONS)
        self.note = ""  # what the check saw, for the trace (the blocking word, the winner)


class _Doc:
    """What the steps of one document share (extractor.PlaceExtractor.extract)."""
    __slots__ = ("text", "btext", "hits", "by_start", "redundant", "out", "certain", "named_codes",
                 "zone_members", "in_chain", "tails", "chain_at", "free", "accepted",
                 "dropped_hits", "extra_hits")

    def __init__(self, text: str, btext: str, hits: list, by_start: dict, redundant: set):
        self.text, self.btext, self.hits, self.by_start, self.redundant = text, btext, hits, by_start, redundant
        self.out: list = []
        self.certain: set[str] = set()  # codes of divisions named with certainty, and ancestors
        self.named_codes: set[str] = set()  # codes named with certainty
        self.zone_members: set[str] = set()
        self.in_chain = bytearray(len(text) + 1)  # 1 under a chain
        self.tails: dict = {}  # chain span -> start of its last name (长沙|岳麓 + 山 -> 岳麓山)
        self.chain_at: dict = {}  # a chain's start and end -> its entry
        self.free: list = []  # hits outside every chain
        self.accepted: list = []  # free hits taken as names
        self.dropped_hits: list = []  # hits step 1 dropped (recorded only while tracing)
        self.extra_hits: list = []  # town short forms looked for under a county, not taken


def is_han(s: str) -> bool:
    """Are all characters of ``s`` CJK unified ideographs (a one-character check too)?"""
    return all("\u4e00" <= c <= "\u9fff" for c in s)
