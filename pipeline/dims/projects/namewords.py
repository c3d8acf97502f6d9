"""Which words may stand inside a name, asked by the left walk (walk.py) of each unit it
passes: ``_word_ok`` (ordinals, phases, naming numerals, identifiers, time words that are
no time, a Latin code; not a stop word, a stop POS, a count), ``_is_stop`` (a stop word, a
government body, a word opening or closing with a governing verb) and ``_inner_ok``: words
that end a name at its left edge but may stand inside one, judged with their neighbours
(a route's 至 between places, 与/和 between verbs or before ancillary works, a position
word, a measure character, a cut first character)."""
from __future__ import annotations

from .vocab import (GRADE, CLAUSE_PUNCT, COORD_CHARS, DIGITS, DIRECTION_CHARS, DURATION, HAN, HAN_NUMERAL, JOINERS,
                    LATIN_WORD, ORDINAL, PHASE)


class NameWordsMixin:
    def _inner_ok(self, units, i: int, route: bool) -> bool:
        """Words that end a name at its left edge but may stand inside one, judged with
        their neighbours: units[i] is the word, units[i - 1] the one before it."""
        w, tag, s, e = units[i]
        right = units[i + 1] if i + 1 < len(units) else None
        if self._split_name_start(units, i):
            return True  # 中|俄跨境物流枢纽, 沿|淮风景带: the segmenter cut the name's first character
        if right is not None and PHASE.fullmatch(right[0]) and len(w) >= 2 and tag in ("n", "vn") \
                and HAN.fullmatch(w):
            # …工作规划|二期|项目: a word with a phase of its own is the name of what is phased
            return True
        if tag.startswith("f") and len(w) >= 2 and w not in self.stop_words:
            # 小浪底北岸灌区, 西部陆海新通道, 沿江高铁: a direction or position inside a name
            return right is not None
        if len(w) == 1 and right is not None and right[1] == "P" and HAN.fullmatch(w) and HAN.fullmatch(
                right[0][1:-1]) and not self._is_stop(w) and w not in self._wall_chars:
            return True  # 郑(州)渝(重庆)高铁: a character abbreviating the name the bracket spells out
        if w in self.toponym_locatives and right is not None and HAN.fullmatch(right[0]) and (
                right[0] not in self._tags or right[1].startswith(("ns", "nr", "nz"))) and (
                i == 0 or units[i - 1][1] in ("W", "x") or self._is_stop(units[i - 1][0])
                or units[i - 1][1].startswith("v")):
            # ，下|浒山水库: a position word opening the clause (or after a verb) before a proper
            # name is the toponym's first character; a position follows its noun (水库|下)
            return True
        if i == 0:
            # ；华舟海工装备产业园: two lone characters opening the clause are an unknown name
            # (a measure character too: ，台|玻技改项目 -- a company's short name jieba split)
            return tag.startswith(("f", "q")) and w not in self.stop_words and self._lone_pair(units, i)
        left = units[i - 1]
        lw, ltag = left[0], left[1]
        left_word = (HAN.fullmatch(lw) is not None and not self._is_stop(lw) and ltag not in self.stop_pos
                     and not ltag.startswith("m") and not HAN_NUMERAL.fullmatch(lw))
        if w == "至" and route and right is not None and (
                self._placeish(right) or right[1].startswith(("j", "nr", "nz")) or right[0] in self.heads):
            # (j: 京沪, 沪昆 -- abbreviations of places name a line too; 机场 an end point)
            # 星河至青禾至白沙高铁: a route between places names a railway or road
            # (not after a verb: 搬迁|至…集散中心 is a move, not a route)
            if ltag == "P" and i > 1 and self._placeish(units[i - 2]):
                return True  # 星河(白沙)至青禾高速公路: the first end carries its own bracket
            return left_word and not (ltag.startswith("v") and not self._placeish(left)) and (2 <= len(lw) <= 5 or (lw in DIRECTION_CHARS and i > 1 and self._placeish(units[i - 2])))
        if w in COORD_CHARS and right is not None and self._verbish(right) and self._verbish(left):
            return True  # 保护与发展项目, 保护和修复工程: verbs coordinated inside a name
        if w in COORD_CHARS and right is not None and right[0] in self.ancillary and left[1] not in ("x", "W"):
            return True  # 游客集散中心及(其)配套工程: a work and its ancillary works are one undertaking
        if w in self.joining_words and right is not None and left_word and right[1] not in ("x", "W"):
            return True  # 花卉种植基地及园区道路改造项目: 及 joins the parts of one undertaking
        if tag in ("m", "t") and DURATION.fullmatch(w) and ltag == "Q":
            return True  # “数字青禾”三年行动计划: a duration after a quoted part names the plan
        if tag.startswith("f") and w not in self.stop_words:
            # 南海上风电: a one-character position after a place; 所属中电国际: two lone
            # characters after a whole word are an unknown name (中电), not a position
            return self._placeish(left) or (self._lone_pair(units, i) and not self._leftover_unit(left, w))
        if tag == "q" and len(w) == 1:
            # 董家口: a measure character after no numeral is a name part; after a particle
            # or a stop word, one opening two lone characters is an unknown name (的|天|沐温泉)
            return left_word or (not lw.isdigit() and ltag != "m" and self._lone_pair(units, i))
        if len(w) == 2 and ltag == "Q" and w in self.stop_words and tag.startswith("v"):
            return True  # “文化强县”建设行动: the quoted part names the action
        return False

    def _is_stop(self, w: str) -> bool:
        if w in self.stop_words:
            return True
        if len(w) >= 2 and w.endswith(self.org_suffixes):
            return True  # 住建局, 发改委: a government body is the clause's subject
        # 充分发挥, 建立健全: a longer word opening or closing with a governing verb
        return len(w) > 2 and any(
            (w[:k] in self.stop_words or w[-k:] in self.stop_words) for k in range(2, len(w)))

    def _word_ok(self, unit, right) -> bool:
        w, tag, s, e = unit
        if tag in ("Q", "P", "C"):
            return True
        if tag == "W" or any(c in CLAUSE_PUNCT or c in "、“”" for c in w):
            return False
        if self._is_stop(w):
            return False
        if ORDINAL.fullmatch(w) or PHASE.fullmatch(w) or GRADE.fullmatch(w):
            return True
        if HAN_NUMERAL.fullmatch(w) and right is not None and right[0][:1] not in self.measures:
            return True  # 百千万工程: numerals that name, not count
        if len(w) == 1 and w in "一二三四五六七八九十" and right is not None and \
                self.heads.get(right[0], ("",))[0] in ("facility", "infrastructure"):
            return True  # 城区二水厂, 县一中: a numeral right before a work's head is its ordinal
        if tag.startswith("m") or DIGITS.fullmatch(w):
            # digits of an identifier (3号地块) stay; amounts and counts end the name
            return bool(DIGITS.fullmatch(w)) and right is not None and right[0].startswith(self.identifier_finals)
        if tag == "t" and (w in self.generic or (len(w) >= 3 and not any(c in self.time_chars for c in w))):
            return True  # 现代, 侏罗纪: time words that are no time of the clause stand inside names
        if tag == "t" and w in self.scheme_stages and right is not None and self.scheme_stage_next and \
                right[0].startswith(self.scheme_stage_next):
            return True  # 某河流域|近期|治理工程: a stage of a staged scheme names the work
        if tag == "t" and right is not None and len(right[0]) == 1 and self._toponym is not None \
                and self._toponym.fullmatch(w + right[0]):
            return True  # 明月|湖: a toponym jieba reads as a time word (明月 'bright moon')
        if tag in self.stop_pos:
            return False
        if tag == "x" and w not in JOINERS:
            return LATIN_WORD.fullmatch(w) is not None  # 3D|光学玻璃…项目: a Latin code names
        return True
