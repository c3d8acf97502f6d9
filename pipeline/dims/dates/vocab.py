"""Constants of the date extractor not (yet) moved into rules/dates.yaml."""
from __future__ import annotations

import regex

TABLE = "dates"
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_DIGIT.update({"零": 0, "○": 0, "Ｏ": 0, "0": 0, "０": 0, "两": 2})  # 二0一0: a 0 typed for 〇
FW = str.maketrans("０１２３４５６７８９．：", "0123456789.:")
MONTH_WORDS = {"正": 1, "腊": 12, "冬": 11, "元": 1}  # 元月: January
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
PART_MONTHS = {"H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
DUR_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
#: a bare day closing a range (11日, 十二日)
_SIDE_DAY = regex.compile(r"([12][0-9]|3[01]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]?")
_SHARED_UNIT = regex.compile(r"[点點时時日号號]")  # the unit a range's closing end shares (时, 日)

#: defaults of the thresholds that are ``params:`` of rules/dates.yaml (read at load)
#: characters an anaphoric year word (当年) may look back for its year
ANA_YEAR_REACH = 200
