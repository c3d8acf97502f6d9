"""The left walk: where a name BEGINS. The clause before the head is cut with jieba (only
that window, at most ``max_reach`` characters) and walked left word by word, passing
through quoted parts, short brackets (``max_bracket``), dashes between names and place
mentions, and stopping at clause punctuation, governing verbs and connectives
(project_left_stops.txt), function-word POS flags (project_stop_pos.txt) and
numerals. A name opening with a chain of places keeps only the chain's last level.

The units it walks over (words, quoted parts, brackets, capacities) are units.py; which
words may stand inside a name is namewords.py."""
from __future__ import annotations

from bisect import bisect_left

import regex

from .vocab import (BRACKETS, CLAUSE_PUNCT, COORD_CHARS, DIGIT_CHARS, DIGITS, HAN, JOINERS, QUOTE_CLOSERS, QUOTES,
                    ROUTE_ENDS, SET_LABEL)

from .coordination import CoordinationMixin
from .leftovers import LeftoverMixin
from .namewords import NameWordsMixin
from .unitkinds import UnitKindsMixin
from .units import UnitsMixin


# numbered items sharing a head (11号、12号泊位: SPEC §6's 轨道五期22、25、27号线)
NUMBERED = regex.compile(r"[0-9０-９]+号")
NUMBERED_END = regex.compile(r"[0-9０-９]+号$")


class WalkMixin(UnitsMixin, NameWordsMixin, LeftoverMixin, CoordinationMixin, UnitKindsMixin):
    def left_edge(self, text: str, hs: int, he: int, flags: str = "",
                  route: bool = False) -> tuple[int, list[str]] | None:
        """Start of the name whose head is text[hs:he], and the words before the head.

        None when the head is no head here (it is inside a longer word: 中心城区, 香港)."""
        if hs == 0 or text[hs - 1] in CLAUSE_PUNCT or text[hs - 1] in self._wall_chars:
            return None  # nothing can stand before the head (的项目, 等基金): no need to cut
        lo = max(0, hs - self.max_reach)
        for k in range(hs - 1, lo - 1, -1):
            if text[k] in " 　" and (text[k + 1] in QUOTE_CLOSERS or (k > 0 and text[k - 1] in QUOTES)):
                continue  # “ 大庸古城 ”旅游项目: a space just inside quotation marks is inside the name
            if text[k] == "/" and any(m.start() < k < m.end() for m in self._capacity.finditer(
                    text, max(0, k - 16), min(hs, k + 4))):
                continue  # 3万吨/日|污水处理厂: the slash of a capacity's rate is inside the name
            if text[k] in CLAUSE_PUNCT or (text[k] in JOINERS and k > 0 and text[k - 1] in JOINERS and not (
                    k + 1 in self._place_starts and k - 1 in self._place_ends)):  # (荔湾——连州: a pair)
                lo = k + 1
                break
            if text[k] in BRACKETS and BRACKETS[text[k]] not in text[k + 1:hs]:
                # 西安至延安高速铁路（西延高铁）: a bracketed alias is a name of its own
                lo = k + 1
                break
        hi = he
        while hi < len(text) and hi < he + 3 and text[hi] not in CLAUSE_PUNCT and text[hi] not in "“”‘’":
            hi += 1
        # the walk reads only the window and the place spans near it: the same window with
        # the same places gives the same name (a long list of alike items, a text repeated)
        k = bisect_left(self._place_list, (lo - 32, -1))
        near = []
        while k < len(self._place_list) and self._place_list[k][0] < hi:
            near.append((self._place_list[k][0] - lo, self._place_list[k][1] - lo))
            k += 1
        key = (text[lo:hi], hs - lo, he - lo, flags, route, tuple(near))
        memo = self._edge_memo
        if key in memo:
            found = memo[key]
            return None if found is None else (found[0] + lo, list(found[1]))
        found = self._left_edge_window(text, lo, hi, hs, he, flags, route)
        if len(memo) > 50000:
            memo.clear()
        memo[key] = None if found is None else (found[0] - lo, tuple(found[1]))
        return found

    def _left_edge_window(self, text: str, lo: int, hi: int, hs: int, he: int, flags: str,
                          route: bool) -> tuple[int, list[str]] | None:
        units = self._units(text, lo, hi)
        # the unit holding the head's last character must end with the head
        last = next((u for u in units if u[2] < he <= u[3]), None)
        if last is not None and last[1] == "Q" and last[3] > he:
            return None  # “公路港”模式: the head is inside a quoted part (project.quoted reads those)
        if last is None or (last[3] != he and text[he:last[3]] not in self.followers
                            and last[0] in self._tags):
            return None  # 中心城区, 工程技术: the head is inside a longer (dictionary) word
        first = next(u for u in units if u[2] <= hs < u[3])
        if "w" in flags and (first[2] != hs or first[3] != he):
            # 钦州港 is one jieba word: a place mention glued to the head still names it (not 香港)
            # 北环路, 滨江路 (one word, a name of three or more characters) name the road too;
            # 思路, 道路, 线路 (two characters) do not
            if not (first[3] == he and hs - first[2] >= 2 and (
                    self._place_ends.get(hs) == first[2] or first[1] in ("ns", "nr", "n"))):
                return None
        if first[2] < hs and first[0] in self._tags and len(first[0]) >= 2 and first[1][:1] in self.item_open_tags + ("v",):
            return None  # 起|自省|道: a function word or verb of jieba's runs into the head (省道): no head here
        idx = units.index(first)
        start = first[2]
        words = [text[first[2]:hs]] if first[2] < hs else []
        if words and (self._is_stop(words[0]) or words[0] in self.stop_words):
            start, words = hs, []  # 扩建工程: the word glued to the head is a verb
        i = idx - 1
        n_quoted = 0
        while i >= 0:
            w, tag, s, e = units[i]
            if w in self.heads and any(f in self.heads[w][1] for f in "ig") and \
                    self._place_starts.get(units[i + 1][2], -1) == units[i + 1][2]:
                break  # 中小河流治理项目|浮梁县…防洪工程: a wrapper closes the name before the place
            if tag == "Q":
                # one quoted part per name, or two side by side: “百千万工程”服务“长者饭堂”项目 is two
                ok = n_quoted == 0 or (n_quoted == 1 and units[i + 1][1] == "Q")
                n_quoted += 1
            elif tag == "P":
                ok = True
            elif tag == "W":
                break
            elif w in JOINERS:
                ok = self._joiner_ok(text, units, i, lo, hs, he)
            elif w == "、" and words and NUMBERED.match(text, start) and NUMBERED_END.search(text, lo, s):
                ok = True  # 石井作业区11号、12号泊位工程: numbered items sharing a head are one name
            elif w == "、":
                # 深大、深惠城际: a short item sharing the head joins the name (of two characters
                # at least: 湘、鄂、赣中心 lists provinces' abbreviations)
                # (not before a name joined with a middle dot: 缦温泉、观唐温泉·中医馆… is a list)
                route = ROUTE_ENDS.match(text, start) if words else None
                if route is None or route.end() > hs or self._route_before(text, lo, s) is None:
                    if i > 0 and words and not any(x in JOINERS for x in words) and len(units[i - 1][0]) >= 2 \
                            and self._shares_head(units, i - 1):
                        start = units[i - 1][2]
                        words[:0] = [units[i - 1][0], w]
                else:
                    # 郑州至徐州、郑州至西安、…兰州至乌鲁木齐高铁: routes listed before the head
                    # they share are read with it (repeat.py splits them: each route a work)
                    k = s
                    while (a := self._route_before(text, lo, k)) is not None:
                        start, k = a, a - 1
                        if k < lo or text[k] != "、":
                            break
                    if start < s:
                        words[:0] = [w for w, _s, _e in self.seg.cut(text[start:s + 1], fast=True)]
                break
            elif s in self._place_starts and self._place_starts[s] >= lo:
                ok = True  # a place mention is part of the name (南山智造..., 坪山园区)
            elif self._phased_activity(units, i, hs):
                ok = True  # 引嫩入白|扩建|一期|工程: a named work's own activity and phase before the head
            elif w in self.undertaking_verbs and tag.startswith("v") and i + 1 < len(units) and (self._named_unit(
                    units[i + 1]) or (units[i + 1][0] not in self._tags and HAN.fullmatch(units[i + 1][0]))):
                break  # 城南改造|滨河小区: an undertaking verb before a proper name governs it
            elif tag in self.governing_verb_tags and len(w) >= 2 and w not in self.name_verbs and i > 0 and \
                    units[i - 1][1] in self.predicate_adverb_tags and self._named_unit(self._after_complement(units, i)):
                break  # 成功洽购|百岛大酒店: a verb after an adverb, before a name, is the predicate (not 精密|铸造|技改)
            elif tag == "v" and (w in self.predicate_verbs or (len(w) >= 3 and w[-1] in "着了过")):
                break  # 具有|公路, 提供|便捷通道, 标志着|…: a predicate governs what follows it
            elif w in self.descriptive and not self._named_before(units, i) and not (
                    w in self.descriptive_program_words and self.heads.get(text[hs:he], ("",))[0] == "program") and not (
                    w in self.zone_level_words and ((i > 0 and units[i - 1][0].endswith(tuple(self.zones)))
                                                    or hs - e >= self.level_named_min_chars)):
                # 安徽省|重要|粮食生产基地: described, not named (not 榆安|大型|灌区…); before a
                # wrapper head with a long name of its own the adjective is the name's first word
                # (高端|运动蛋白制品生产|项目: params.descriptive_wrapped_min_chars)
                # (not over works joined before the head: 重要|蓄滞洪区及…东线工程 is two)
                if not (self.descriptive_wrapped_min_chars and "i" in flags
                        and hs - e >= self.descriptive_wrapped_min_chars
                        and not any(c in COORD_CHARS or c in "、，," for c in text[e:hs])):
                    break
                ok = True
            elif (w == text[hs:he] or w.startswith(text[hs:he]) and w in self.heads and not self._named_before(units, i)) and i + 1 < len(units) and (units[i + 1][2] in self._place_starts or (
                    units[i + 1][1].startswith(("ns", "nr", "nz")) or units[i + 1][0] not in self._tags)):
                break  # 五星级酒店|兰州皇冠假日酒店, 高速公路|兰海高速: the name's own head before it is its class
            elif SET_LABEL.fullmatch(w):
                start = s
                words.insert(0, w)
                break
            elif tag == "v" and len(w) >= 2 and units[i + 1][2] in self._place_starts and (
                    self._place_starts[units[i + 1][2]] == units[i + 1][2]):
                break  # 名人探访|青海共和县…产业园: a verb governing a place opens the clause, not the name
            elif w in self.org_suffixes and i > 0 and HAN.fullmatch(units[i - 1][0]):
                break  # 能源|局“光伏领跑者”计划: a body cut in two by the segmenter is the subject
            elif i == idx - 1 and len(w) >= 2 and w.endswith(self.org_suffixes) and HAN.fullmatch(w) and \
                    text[hs:he] in self.compound_finals and w not in self.stop_words:
                ok = True  # 建委|小区, 粮食局|家属院: housing named after the body whose staff it housed
            else:
                ok = self._word_ok(units[i], units[i + 1] if i + 1 < len(units) else None)
            if not ok and w.startswith(self.identifier_finals) and i > 0 and DIGITS.fullmatch(units[i - 1][0]):
                ok = True  # 3号地块: an identifier, not a count
            if not ok:
                ok = self._inner_ok(units, i, route)
            if not ok:
                break
            start = s
            words.insert(0, w)
            i -= 1
            if w in self.along_words:
                break  # 东乡县|沿洮河经济带: "along" opens the name of what lies along the place
        # a verb before a noun cannot open a name (提升小漠港, 打好污染防治攻坚战): drop it;
        # so does a lone character (区重大产业投资平台)
        prev = units[i] if i >= 0 else None
        # undertaking verbs opening the name govern it (改造|提升|新城路, 新建|县医院迁建项目:
        # SPEC §6 leaves out a leading verb) where a word that is no verb follows them
        k = 0
        if len(words) > 2 and self._tag(words[0]) == "d" and len(words[0]) == 1 and words[1] in self.undertaking_verbs:
            k = 1  # 共|签约|光伏新材料产业园: an adverb before a leading undertaking verb goes with it
        while k < len(words) - 1 and (words[k] in self.undertaking_verbs and self._tag(words[k]) in ("v", "ns") or (
                k > 0 and words[k] in self.name_verbs and self._tag(words[k]) == "v")):
            k += 1
        if 0 < k < len(words) and start + sum(map(len, words[:k])) < hs and not self._tag(words[k]).startswith("v"):
            for _ in range(k):
                prev = (words[0], self._tag(words[0]), start, start + len(words[0]))
                start += len(words.pop(0))
        while len(words) > 1 and start + len(words[0]) < hs and self._leading_junk(words[0], words[1]) and (
                len(words[0]) > 1 or self._leftover(text, start, prev, words[1])) and \
                start + len(words[0]) not in self._place_ends_at.get(start, ()) and \
                not (len(words[0]) == 1 and self._always_before(text, words[0], words[1])):
            # (水|巷口 … 水|巷口 every time the text writes 巷口: 水巷口 is the text's own name)
            # (a place mention is no verb: 落户|增城|开发区…, jieba's tag v for 增城 aside)
            prev = (words[0], self._tag(words[0]), start, start + len(words[0]))
            start += len(words.pop(0))
        if len(words) > 1 and words[0] in self.section_finals and start > 0 and text[start - 1] in DIGIT_CHARS:
            start += len(words.pop(0))  # 省道438|线|白米镇…码头: the end of a road's number, not of the name
        if words and (len(words) > 1 and words[0][0] in self.measures or words[0] in self.size_measures
                      or words[0] in self.measures) and start > 0 and text[start - 1] in DIGIT_CHARS:
            # 15家超五星酒店: jieba's 家超 opens with the count's measure word; 双向四|车道|高速公路:
            # a measure of the work's size is no part of a name; 5|条|高速公路: the count's own
            start += len(words.pop(0))
        if start in self._place_starts and self._place_starts[start] < start:
            ps = self._place_starts[start]
            if ps >= lo:
                words.insert(0, text[ps:start])
                start = ps
        if words and "至" in text[start:hs]:
            number = self.road_number_before(text, lo, start)
            if number is not None:  # 省道261线|三江至水足塘段改造工程: the road's number opens the name
                words.insert(0, text[number:start])
                start = number
        if self.transfer_open is not None and words and start < hs and text[start] in self.transfer_joins:
            opening = self.transfer_open.search(text, max(lo, start - 3), start)
            if opening is not None:  # 引黄|入冀补淀工程: the transfer's opening is its name's
                words.insert(0, opening.group())
                start = opening.start()
        return start, words
