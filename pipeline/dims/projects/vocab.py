"""Constants of the project extractor not (yet) in rules/, and the defaults of the
thresholds that are (``params:`` of rules/projects.yaml: the rule file wins)."""
from __future__ import annotations

import regex

# ---- defaults of rules/projects.yaml `params:` (see there for what each decides)
#: how far (characters) a name may reach to the left of its head (file: max_reach)
MAX_REACH = 24
#: a bracket closing within this many characters is one unit of a name (file: max_bracket)
MAX_BRACKET = 8
#: a candidate's priority: its rule's + this x the head's length (+ the rule's
#: priority_bonus): the longer head wins (file: head_length_weight)
HEAD_LENGTH_WEIGHT = 10
#: project.quoted: priority_bonus over a head rule's candidate of the same head
QUOTED_BONUS = 5
#: how far before a section standing alone (保山至瑞丽段) its line must be named
#: (project.section: section_reach)
SECTION_REACH = 200
#: project.line: the city before 地铁/轨道 within this many characters belongs to the name
LINE_PLACE_GAP = 6
#: characters before a candidate that guard_before rules read, and after it guard_after
#: rules (file: guard_before_window, guard_after_window)
GUARD_BEFORE_WINDOW, GUARD_AFTER_WINDOW = 48, 12
#: project.repeat: a leading place is trimmed off a name only if this much is left
TRIM_MIN_CHARS = 4
#: project.undertaking: a cue within this many characters of a name flagged u
UNDERTAKING_REACH = 24

# ---- constants
CATEGORIES = ("program", "park", "fund", "infrastructure", "facility")
TABLE = "projects"
#: characters that end a clause: a name never crosses them
CLAUSE_PUNCT = set("，,。；;：:！!？?\n\r\t 　《》【】[]{}|/…")  # not ·: 雅安·蓝城十里桃源 is one name (JOINERS)
#: a dash doubled (——) is punctuation, a single one joins names (深圳—汕头)
DOUBLE_DASH = regex.compile(r"——|--|－－")
JOINERS = set("—–-－‐~～·•・")  # 深圳—汕头; 雅安·蓝城十里桃源
DASHES = set("—–-－‐~～")  # the joiners that link two ends (深圳—汕头), not a name's parts (·)
QUOTES = {"“": "”", "‘": "’"}
QUOTE_CLOSERS = set(QUOTES.values())
QUOTE_OPEN, QUOTE_CLOSE = "“", "”"
BRACKETS = {"(": ")", "（": "）"}
SET_LABEL = regex.compile(r"[一二两三四五六七八九十]+大")
COUNT_LABEL = regex.compile(r"[一二两三四五六七八九十]+")
COUNT_OPENING = regex.compile(COUNT_LABEL.pattern + "大?")  # 三大|机场, 三|枢纽: a count of works
ORDINAL = regex.compile(r"第[0-9一二两三四五六七八九十百]+")
DIGITS = regex.compile(r"[0-9０-９]+")
DIGIT_CHARS = set("0123456789０１２３４５６７８９一二两三四五六七八九十百千")
PHASE = regex.compile(r"[一二三四五六七八九十0-9]+期")
# a route named by its two ends (郑州至徐州), as an item of a list of routes
ROUTE_ENDS = regex.compile(r"\p{Han}{2,4}?至\p{Han}{2,4}")
# a grade of road or work inside a name (G236殷汇至查桥段|一级|公路改建工程, 二级水电站)
GRADE = regex.compile(r"[一二三四五特]级")
DIRECTION_CHARS = set("东西南北")
COORD_CHARS = set("与和及")
DURATION = regex.compile(r"[一二两三四五六七八九十0-9]+年")
HAN_NUMERAL = regex.compile(r"[一二两三四五六七八九十百千万亿]{2,}")
NOMINAL_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "l", "j", "eng", "Q", "P", "b", "s", "an", "vn")
HAN = regex.compile(r"\p{Han}+")
ASCII_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9.+]*")
LATIN_WORD = regex.compile(r"[0-9]*[A-Za-z][A-Za-z0-9]*")  # 3D, 5G, AMOLED: a code inside a name
QUOTED = regex.compile(r"“[^“”]*”|‘[^‘’]*’")
QUOTE_OPENERS = regex.compile(r"[“‘]")
QUOTE_STOP = regex.compile(r"[“”‘’\n]")
STRIP_NAME = regex.compile(r"[“”\"'‘’「」『』\s]")
#: one-character stop words: a head right after one has no name before it
WALL_CHARS = set("的等、和与及在是为将或")
#: the window (characters) jieba cuts for the word after a head flagged v
VERB_WINDOW = 6
