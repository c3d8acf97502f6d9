"""Step 7c, ``place.feature``: named localities and physical features no lexicon holds
(下浒山, 黄池沟, 水巷口, 龙庆峡, 汉水泉), recognized by the evidence a reader uses.

A candidate is a name of ``toponym_min_chars``..``toponym_max_chars`` characters ending
in a toponym final (``toponym_finals`` of rule place.feature: 山, 峡, 沟, 泉, 口 ...) that
jieba's dictionary does not hold as a word of another kind, starts and ends a word where it
stands, holds no function character and no division suffix, and is no place's name
already. Its evidence, gathered over every occurrence in the document, is of four kinds:

- ``cue``: a feature cue right after it (place_feature_cue.txt, and ``toponym_cues``: a
  work or site named after the place: 水库, 大桥, 互通, 枢纽, 湿地公园);
- ``locative``: a locative word right before it (``toponym_locatives``: 在, 位于, 途经,
  走进);
- ``route``: an end of a route (X至Y段, X—Y公路, G312(X)), a route head of
  place_route.txt after it;
- ``list``: a list neighbour (、) that is a place or another candidate.
- ``division``: right after a division written in full, with its suffix (北流市|铜石岭,
  元氏县|封龙山, 文城镇|青山岭; levels ``toponym_division_levels``).
  Also a city's or county's short form (``toponym_short_division_levels``: 湛江吴川|鼎龙湾),
  narrowed by ``toponym_short_finals``, ``toponym_short_not_opening`` and
  ``toponym_short_lone_min_times``.

The final character counts as one piece of evidence (not a weak one of
``toponym_weak_finals``: 沙泉子 needs two kinds of evidence besides); a name with at least
``toponym_min_evidence`` pieces is an ``area``, and so is every other occurrence of it
that is a word. Not before a person's title or a speech verb (雷鸣山说).
"""
from __future__ import annotations

import regex

from ... import trace as _trace
from ...gazetteer import Entry
from ...model import Mention
from .tracing import drop as _drop
from .vocab import ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, NAME_TAGS, PLACE_TAGS, RIVER_LEFT, is_han as _han

#: characters no name of this kind holds (function words)
_INNER_STOP = FUNCTION_CHARS | set("、，,。")
#: a route's code before an end (S519梧桐大泉, G312(沙泉子), S238线汉水泉)
_ROUTE_CODE = regex.compile(r"[A-Z]\d{1,4}线?[（(]?$")
#: a connector after an end (汉水泉至, 梧桐大泉—)
_ROUTE_NEXT = regex.compile(r"[）)]?[至—－\-]")
#: a person, not a place: a title before the name, a speech verb after it
_PERSON_BEFORE = ("书记", "主任", "县长", "市长", "镇长", "局长", "经理", "记者", "董事长", "总经理", "同志", "主席")
#: jieba tags of a first word that opens no name (verbs, prepositions, adverbs ...)
_FIRST_NOT = set("vpcdurmqa")
#: ... of a first character jieba leaves alone (an unknown name falls apart into such: 围|头|湾)
_LONE_NOT = set("pcdurq")
_RIVER_FINALS = set("江河溪")
#: what may stand before a name of two characters (a function character)
_CLEAN_LEFT = set(RIVER_LEFT) | set("了过着以向经")
_CODE_END = regex.compile(r"[A-Za-z]\d{1,4}$")  # (s301线: lower case too)
_NUMERALS = set("一二三四五六七八九十两几")
_FINALS_AT: dict = {}  # finals -> the pattern of one of them
_ITEM_AT: dict = {}  # toponym_list_item_max -> the pattern of a list item
_PERSON_AFTER = ("说", "表示", "指出", "介绍", "强调", "认为", "同志", "书记", "主任")


class ToponymsMixin:
    _full_ends: set = set()
    _short_ends: dict = {}

    def _toponyms(self, text, mentions) -> list[Mention]:
        strong = self.toponym_finals
        finals = strong + self.toponym_weak_finals
        if not finals or not any(c in text for c in finals):
            return []
        covered = bytearray(len(text) + 1)
        areas = {}  # curated areas a longer name may open (汉水 in 汉水泉): start -> end
        for m in mentions:
            if m.fields["level"] == "area" and m.rule_id == "place.area":
                areas[m.start] = m.end
            else:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        ends = {m.end for m in mentions}
        starts = {m.start for m in mentions}
        end_at = {m.end for m in mentions if m.fields["level"] != "area"}
        # where a division written in full ends (北流市|铜石岭, 元氏县|封龙山)
        levels = self.toponym_division_levels
        self._full_ends = {m.end for m in mentions if m.fields["level"] in levels
                           and text[m.end - 1] in ADMIN_SUFFIX_CHARS} if levels else set()
        short = self.toponym_short_division_levels
        # ... or by its short form (吴川|鼎龙湾), not before a curated area's
        # start (商南|秦岭泉茗: 秦岭) nor before a head its short form is glued to (泉州|港, 苏州|路)
        # A lone short form (儋州|白马湾, 临沧|佤山凤城) is often fused into a name: it counts
        # only where the document also writes the name without it (toponym_short_lone_min_times);
        # a run of divisions (湛江吴川|鼎龙湾) is an address and counts as it stands.
        self._short_ends = {m.end: m.rule_id == "place.chain" for m in mentions if m.fields["level"] in short
                            and text[m.end - 1] not in ADMIN_SUFFIX_CHARS
                            and m.end not in areas
                            and text[m.end:m.end + 1] not in self.toponym_short_not_opening} if short else {}
        lo, hi = self.toponym_min_chars, self.toponym_max_chars
        cands: dict[str, set] = {}  # name -> evidence kinds
        where: dict[str, list] = {}
        at = _FINALS_AT.get(finals)
        if at is None:  # (one pattern per set of finals, made once: not per document)
            at = _FINALS_AT[finals] = regex.compile("[" + regex.escape(finals) + "]")
        for mt in at.finditer(text):
            i = mt.start()
            if covered[i]:
                continue
            best = None
            for n in range(hi, lo - 1, -1):  # the longest first
                start = i + 1 - n
                if start < 0 or covered.find(1, start, i + 1) >= 0:
                    continue
                name = text[start:i + 1]
                kinds = self._toponym_evidence(text, start, i + 1, ends, starts)  # cheap: first
                if not kinds or not self._toponym_shape(text, name, start, i + 1, areas, kinds):
                    continue
                # the longest name with the most evidence (梧桐大泉, not 大泉); one glued after a
                # place name only where no other reading stands (泉州|港围头湾: 围头湾)
                key = (len(kinds), self._glued_start(text, start) is None)
                if best is None or key > best[3]:
                    best = (name, kinds, start, key)
            if best is not None:
                name, kinds, start, _key = best
                cands.setdefault(name, set()).update(kinds)
                where.setdefault(name, []).append(start)
        if not cands:
            return []
        # list neighbours that are candidates too (龙庆峡、玉渡山; with toponym_coord_marks
        # also a pair joined by 和/与: 甲河和乙河交汇处)
        seps = ("、",) + self.toponym_coord_marks
        for name, starts_ in where.items():
            for s in starts_:
                e = s + len(name)
                for other in cands:
                    if other != name and any(text.startswith(m + other, e) or text.endswith(other + m, 0, s)
                                             for m in seps):
                        cands[name].add("list")
        out = []
        need = self.toponym_min_evidence
        for name, kinds in sorted(cands.items(), key=lambda kv: -len(kv[0])):  # 潮里泾 before 潮里
            kinds.discard("sep")
            kinds.discard("river")  # (a mark for the shape check, not a piece of evidence)
            kinds.discard("peak")
            kinds.discard("shore")
            score = len(kinds) + (name[-1] in strong)  # a strong final is one piece of evidence
            if score < need:
                if _trace.current is not None:
                    s = where[name][0]
                    _drop(s, s + len(name), text, "place.feature", "places.toponym",
                          f"evidence {sorted(kinds)} + the final: {score} < {need}")
                continue
            if any(self._person_like(text, i, i + len(name)) for i in _finds(text, name)):
                continue  # a person somewhere in the text (书记林雁山说 … 走进林雁山): a person
            e = Entry(name, "area", "", (name,), "toponym")
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                if covered.find(1, i, j) < 0 and (self._word_or_shore(text, i, j) or self._after_locative(text, i)) \
                        and not self._person_like(text, i, j):
                    # a place name glued before it (武当|大明峰) is one mention with it, named
                    # by the feature (as 长沙岳麓山 is 岳麓山)
                    # (a division taken as a mention stays one: 湖南邵阳|犬木塘)
                    g = None if i in end_at else self._glued_start(text, i)
                    out.append(self._mention(i if g is None else g, j, text, "place.feature", e))
                    covered[i:j] = b"\x01" * (j - i)
                i = text.find(name, j)
        return out

    def _toponym_shape(self, text, name, start, end, areas, kinds=frozenset()) -> bool:
        """Could ``name`` (text[start:end]) be an unlisted toponym? (``kinds``: its evidence
        here; a division written in full right before it, or a river cue after a river's
        name, is a boundary clean enough for a name of two characters: 镇原县|茹河, 恢河|沿岸)"""
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or name[0] in RIVER_LEFT:
            return False
        if any(c in _INNER_STOP or c in ADMIN_SUFFIX_CHARS for c in name):
            return False
        freq, tag = self._freq.get(name) or 0, self._tags.get(name, "")
        over = bool(self.toponym_river_over_levels)
        river_ns = over and "river" in kinds and tag in PLACE_TAGS  # 渠江|干流 (ns)
        peak_ok = over and "peak" in kinds and freq < self.common_freq  # 茶山|主峰 (n, rare)
        if freq and not peak_ok and ((len(name) < 3 and not river_ns) or tag not in PLACE_TAGS | NAME_TAGS or freq >= self.common_freq
                     or (tag not in PLACE_TAGS and name[-1] in _RIVER_FINALS)):
            return False  # a dictionary word (出口, 山峰, 汤泉): only a rare proper name (龙庆峡 nr),
            # not for rivers (母亲河 is tagged nr too)
        surfaces = self.surfaces_get(name)
        if surfaces and not (("river" in kinds or "peak" in kinds) and self.toponym_river_over_levels
                             and all(e.level in self.toponym_river_over_levels for e in surfaces)):
            return False  # (a town's short form before a river cue is the river: 渠江|干流)
        if any(text.startswith(v, max(0, start - k), start + len(v)) for v in self.toponym_verb_openers
               for k in range(len(v))):
            return False  # a building verb opening it or cut by its start (新建|土坪水库, 已建|车田江水库)
        if any(a < end and start < b and (a != start or b > end) for a, b in areas.items()):
            return False  # a curated area inside but not opening it (支持|径山), or across its edge
        if not self._word_or_shore(text, start, end) or self._person_like(text, start, end):
            return False
        words = self._tokens(text, max(0, start - self.word_window), min(len(text), end + self.word_window))
        first = text[start:words.get(start, end)]
        tag = self._tags.get(first, "")[:1]
        if (tag in _FIRST_NOT if len(first) > 1 else tag in _LONE_NOT) or (len(name) < 3 and name[0] in _NUMERALS):
            return False  # a verb, measure or function word opening it (推动|汤泉, 壮大|汤泉, 箱|内河; 一河)
        if start and name[0] in self.toponym_count_measures and (
                text[start - 1].isdigit() or text[start - 1] in _NUMERALS):
            return False  # a measure after a number opening it (14|条入江支流)
        if name[0] == "线" and _CODE_END.search(text, 0, start):
            return False  # the rest of a route's code (S238线|汉水泉)
        last = max(s for s in words if s < end)
        if end - last >= 2 and (self._freq.get(text[last:end]) or 0) >= self.common_freq:
            return False  # a common word ending it (城西|港口, 缦|温泉, 箱|内河)
        if len(name) == 2 and (not (start == 0 or text[start - 1] in _CLEAN_LEFT or not _han(text[start - 1])
                                    or ("division" in kinds and self.toponym_two_after_division)
                                    or "river" in kinds or "peak" in kinds)
                               or self._tags.get(name[0], "")[:1] == "v"):
            return False  # two characters: only after a function character or no Han one (了|妫河; not 犬|木塘, 引江)
        if text[end:end + 1] in ADMIN_SUFFIX_CHARS or text[end:end + 1] == "村":
            return False  # a division's or village's stem (纳雍县|骔岭镇: a town the register spells otherwise)
        if name.startswith(self.toponym_generic_openers):
            return False  # a generic word opening it (一级支流|潢河: the river is 潢河)
        return True

    def _word_or_shore(self, text, start, end) -> bool:
        """A word where it stands, or a name in a water final before a shore word that jieba
        glues to the final (白鹭溪|畔 cut 白鹭|溪畔, 青石河|右岸 cut 青石|河右岸): there a word
        must start at ``start`` (toponym_shore_cues of rule place.feature)."""
        if self.is_word(text, start, end):
            return True
        if not self._before_shore(text, end):
            return False
        return start == 0 or start in self._tokens(text, max(0, start - self.word_window), min(len(text), end + self.word_window))

    def _after_locative(self, text, start) -> bool:
        """Does a locative word of ``toponym_locatives`` end right at ``start`` (西起|某某河: jieba
        glues 起 to the name's first character)? With ``toponym_locative_any_word`` a name the
        document accepted counts there though it is no word (rule place.feature)."""
        return self.toponym_locative_any_word and text.endswith(self.toponym_locatives, max(0, start - 4), start)

    def _before_shore(self, text, end) -> bool:
        """Does a name in one of ``toponym_shore_finals`` end at ``end`` right before a shore word
        of ``toponym_shore_cues`` (赤湖|之畔, 某河|右岸; rule place.feature)?"""
        return bool(self.toponym_shore_cues) and text[end - 1] in self.toponym_shore_finals \
            and text.startswith(self.toponym_shore_cues, end)

    def _list_has_place(self, text, start, end, starts, ends) -> bool:
        """Is an item of the 、-list the name stands in (items of up to ``list_item_max``
        characters, rule place.feature) a place found (潘家口、十三陵、天荒坪、泰山)?"""
        hi = self.rules["place.feature"].param("toponym_list_item_max", 6)
        item = _ITEM_AT.get(hi)
        if item is None:
            item = _ITEM_AT[hi] = regex.compile(r"\p{Han}{1,%d}" % hi)
        pos = end
        while text[pos:pos + 1] == "、":  # the items after it
            mm = item.match(text, pos + 1)
            if mm is None:
                break
            if pos + 1 in starts or any(e in ends for e in range(pos + 2, mm.end() + 1)):
                return True
            pos = mm.end()
        pos = start
        while pos and text[pos - 1] == "、":  # ... and before it
            j = pos - 1
            i = j
            while i > 0 and j - i < hi and "\u4e00" <= text[i - 1] <= "\u9fff":
                i -= 1
            if i == j:
                break
            if j in ends or any(k in starts for k in range(i, j)):
                return True
            pos = i
        return False

    def _glued_start(self, text, start) -> int | None:
        """Where a place name (two characters or more, one jieba word, no full official
        name) ends right at ``start`` (泉州|港围头湾, 武当|大明峰), its start; else None."""
        if start and text[start - 1] in ADMIN_SUFFIX_CHARS:
            return None  # a full official name ends there (安庆市|下浒山): a name of its own
        if start and text[start - 1] in _RIVER_FINALS:
            return None  # a river before it (黄河|乌金峡): a gorge or site on the river, a name of its own
        words = self._tokens(text, max(0, start - self.word_window), min(len(text), start + self.word_window))
        before = [s for s in words if s < start and words[s] == start]
        if before and start - before[0] >= 2 and self.surfaces_get(text[before[0]:start]) \
                and not self.commonness(text[before[0]:start]) and not self._is_bound(text, before[0], start):
            return before[0]
        return None  # (not a common word that is also a town's short form: 建设|湔江, 建设|恢河)

    def _opens_with_common_word(self, text, start, end) -> bool:
        """Does the name open with a common word of no name tag (连平县|贡献|坪: a phrase
        after the county, not a locality named after it; 宝石河 opens with 宝石, nr)?"""
        words = self._tokens(text, max(0, start - self.word_window), min(len(text), end + self.word_window))
        first = text[start:words.get(start, end)]
        return 2 <= len(first) < end - start and self.commonness(first) > 0 \
            and self._tags.get(first, "") not in NAME_TAGS

    def _person_like(self, text, start, end) -> bool:
        return text.endswith(_PERSON_BEFORE, max(0, start - 4), start) or text.startswith(_PERSON_AFTER, end)

    def _toponym_evidence(self, text, start, end, ends, starts) -> set:
        res = self._toponym_res
        if res is None:  # the cue words and route heads as patterns, made once
            alt = lambda words: regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))
            res = self._toponym_res = (alt(self.toponym_cue_words), alt(self.route_heads))
        cue_re, head_re = res
        kinds = set()
        if cue_re.match(text, end):
            kinds.add("cue")
        if self.toponym_river_cues and text[end - 1] in _RIVER_FINALS and any(
                text.startswith(c, end) for c in self.river_cues):
            kinds.update(("cue", "river"))  # 乐安河|下游, 潢河|上游, 恢河|沿岸
        if self.toponym_river_works and text[end - 1] in _RIVER_FINALS and text.startswith(self.toponym_river_works, end):
            kinds.update(("cue", "river"))  # 湘河|水利枢纽: a water work named by its river (not 湘河镇)
        if self._before_shore(text, end):
            kinds.update(("cue", "river", "shore"))  # 赤湖|之畔, 某河|右岸: the water body whose shore it is
        if self.toponym_peak_cues and text[end - 1] in "山峰岭" and text.startswith(self.toponym_peak_cues, end):
            kinds.update(("cue", "peak"))  # 茶山|主峰, 茶山|山顶: the mountain (not 茶山镇)
        short = start in self._short_ends and text[end - 1] in self.toponym_short_finals and (
            self._short_ends[start] or text.count(text[start:end]) >= self.toponym_short_lone_min_times)
        if (start in self._full_ends or short) and not self._opens_with_common_word(text, start, end):
            kinds.add("division")
        before = text[max(0, start - 6):start]
        end_of_route = bool(_ROUTE_CODE.search(before) or _ROUTE_NEXT.match(text, end) or before[-1:] in "至—－")
        if not kinds and not end_of_route and head_re.match(text, end):
            return kinds  # the route's own name (北沿江高铁), not a place on it
        if end_of_route and head_re.search(text, end, end + 14):
            kinds.add("route")
        elif before.endswith(self.toponym_locatives):
            kinds.add("locative")
        if text[end:end + 1] == "、" or before[-1:] == "、":
            # a list neighbour: a place found (counts), or perhaps another candidate (see there)
            kinds.add("list" if self._list_has_place(text, start, end, starts, ends) else "sep")
        elif self.toponym_coord_marks and (text.startswith(self.toponym_coord_marks, end)
                                           or before.endswith(self.toponym_coord_marks)):
            # a pair joined by 和/与 (甲河和乙河): the other one a place found right there, or a
            # candidate (see there)
            m = next((m for m in self.toponym_coord_marks if text.startswith(m, end)), None)
            b = next((m for m in self.toponym_coord_marks if before.endswith(m)), None)
            found = (m is not None and end + len(m) in starts) or (b is not None and start - len(b) in ends)
            kinds.add("list" if found else "sep")
        return kinds


def _finds(text: str, name: str):
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + len(name))


class FeatureStemsMixin:
    def _feature_stems(self, text, mentions) -> list[Mention]:
        """A feature named with a generic head of several characters (库布其沙漠, 科尔沁草原:
        the multi-character heads of place_locality_head.txt) is written by its stem alone
        elsewhere in the same text (库布其基地项目): there the stem, where it is a word, no
        common word (a rare proper name may be: 库布其 ns) and no other place's name, of at
        least ``feature_stem_min_chars``
        (rule place.feature), is the feature."""
        lo = self.rules["place.feature"].param("feature_stem_min_chars", 0)
        if not lo:
            return []
        heads = [h for h in self.locality_heads if len(h) >= 2]
        found = {}
        for m in mentions:
            name = m.fields["name"]
            if m.fields["level"] != "area":
                continue
            head = next((h for h in heads if name.endswith(h) and len(name) - len(h) >= lo), None)
            if head is None:
                continue
            stem = name[:-len(head)]
            freq = self._freq.get(stem) or 0
            if (not freq or (self._tags.get(stem) in PLACE_TAGS | NAME_TAGS and freq < self.common_freq)) \
                    and not self.surfaces_get(stem) and stem in text:
                found.setdefault(stem, m)
        if not found:
            return []
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        for stem, m in found.items():
            e = Entry(m.fields["name"], "area", m.fields["adcode"], tuple(p for p in m.fields["path"].split("/") if p),
                      "feature")
            for i in _finds(text, stem):
                j = i + len(stem)
                if covered.find(1, i, j) < 0 and self.is_word(text, i, j):
                    out.append(self._mention(i, j, text, "place.feature", e))
                    covered[i:j] = b"\x01" * (j - i)
        return out
