"""The left walk: where a name BEGINS. The clause before the head is cut with jieba (only
that window, at most ``max_reach`` characters) and walked left word by word, passing
through quoted parts, short brackets (``max_bracket``), dashes between names and place
mentions, and stopping at clause punctuation, governing verbs and connectives
(project_left_stops.txt), function-word POS flags (project_stop_pos.txt) and
numerals. A name opening with a chain of places keeps only the chain's last level."""
from __future__ import annotations

from bisect import bisect_left

import regex

from .vocab import (GRADE, ASCII_WORD, BRACKETS, CLAUSE_PUNCT, COORD_CHARS, DIGIT_CHARS, DIGITS, DIRECTION_CHARS, DURATION,
                    HAN, HAN_NUMERAL, JOINERS, LATIN_WORD, ORDINAL, PHASE, QUOTE_CLOSERS, QUOTES, ROUTE_ENDS, SET_LABEL)


from .coordination import CoordinationMixin
from .leftovers import LeftoverMixin
from .unitkinds import UnitKindsMixin


# numbered items sharing a head (11号、12号泊位: SPEC §6's 轨道五期22、25、27号线)
NUMBERED = regex.compile(r"[0-9０-９]+号")
NUMBERED_END = regex.compile(r"[0-9０-９]+号$")


class WalkMixin(LeftoverMixin, CoordinationMixin, UnitKindsMixin):
    def _tag(self, word: str) -> str:
        tag = self._tags.get(word)
        if tag:
            return tag
        if DIGITS.fullmatch(word):
            return "m"
        if ASCII_WORD.fullmatch(word):
            return "eng"
        if HAN.fullmatch(word):
            return "nz"  # unknown word: most likely a name part
        return "x"

    def _units(self, text: str, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
        """Words of text[lo:hi] as (word, tag, start, end): quoted parts and short
        brackets are single units (tags Q, P), stray quotation marks are W (a wall),
        the rest is jieba's cut with a dictionary POS look-up."""
        units = []
        i = plain = lo
        digits = any(c in DIGIT_CHARS for c in text[lo:hi])
        caps = {m.start(): m.end() for m in self._capacity.finditer(text, lo, hi)} if digits else {}
        if digits and self._numbered_set is not None:
            # 1、2号|机组, 7-8#|泊位: numbered items sharing the head are one unit (C), as a capacity
            for m in self._numbered_set.finditer(text, lo, hi):
                if not any(a < m.end() and m.start() < b for a, b in caps.items()):
                    caps[m.start()] = m.end()
        while i < hi:
            c = text[i]
            close = None
            if i in caps:  # 60万千瓦, 年产10万吨: a capacity is one unit (C)
                if plain < i:
                    units.extend(self._cut(text, plain, i))
                units.append((text[i:caps[i]], "C", i, caps[i]))
                i = plain = caps[i]
                continue
            if c in QUOTES:
                j = text.find(QUOTES[c], i + 1, hi)
                close = j if j != -1 and c not in text[i + 1:j] else None
                kind = "Q"
            elif c in BRACKETS:
                j = text.find(BRACKETS[c], i + 1, min(hi, i + self.max_bracket + 2))
                close = j if j != -1 else None
                kind = "P"
                if close is not None and (any(b in text[i + 1:close] for b in self.byline_words) or (
                        self.enumerator_bracket and not (i and text[i - 1].isalnum())
                        and self.enumerator_bracket.fullmatch(text, i + 1, close))):
                    kind = "W"  # (记者王贤)呼南高铁…, (二)…: a byline or an enumerator is no part of the name
            elif c in QUOTE_CLOSERS:
                close, kind = i - 1, "W"  # handled below as a one-character wall
            else:
                i += 1
                continue
            if close is None:
                kind, close = "W", i
            if plain < i:
                units.extend(self._cut(text, plain, i))
            end = max(close + 1, i + 1)
            units.append((text[i:end], kind, i, end))
            i = plain = end
        if plain < hi:
            units.extend(self._cut(text, plain, hi))
        return units

    def _cut(self, text: str, lo: int, hi: int):
        out = []
        for w, s, e in self.seg.cut(text[lo:hi], lo, fast=True):
            if len(w) >= 2 and w not in self._tags and w[0] in self.stop_words:
                # 仅坪山: a word the segmenter guessed (no dictionary word) that opens with a
                # one-character stop word is that stop word and a word
                out.append((w[0], self._tag(w[0]), s, s + 1))
                w, s = w[1:], s + 1
            out.append((w, self._tag(w), s, e))
        return out

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
            return True  # 呼(和浩特)南(宁)高铁: a character abbreviating the name the bracket spells out
        if w in self.toponym_locatives and right is not None and HAN.fullmatch(right[0]) and (
                right[0] not in self._tags or right[1].startswith(("ns", "nr", "nz"))) and (
                i == 0 or units[i - 1][1] in ("W", "x") or self._is_stop(units[i - 1][0])
                or units[i - 1][1].startswith("v")):
            # ，下|浒山水库: a position word opening the clause (or after a verb) before a proper
            # name is the toponym's first character; a position follows its noun (水库|下)
            return True
        if i == 0:
            # ；中船海洋装备产业园: two lone characters opening the clause are an unknown name
            # (a measure character too: ，台|玻技改项目 -- a company's short name jieba split)
            return tag.startswith(("f", "q")) and w not in self.stop_words and self._lone_pair(units, i)
        left = units[i - 1]
        lw, ltag = left[0], left[1]
        left_word = (HAN.fullmatch(lw) is not None and not self._is_stop(lw) and ltag not in self.stop_pos
                     and not ltag.startswith("m") and not HAN_NUMERAL.fullmatch(lw))
        if w == "至" and route and right is not None and (
                self._placeish(right) or right[1].startswith(("j", "nr", "nz")) or right[0] in self.heads):
            # (j: 京沪, 沪昆 -- abbreviations of places name a line too; 机场 an end point)
            # 成都至自贡至宜宾高铁: a route between places names a railway or road
            # (not after a verb: 搬迁|至…集散中心 is a move, not a route)
            if ltag == "P" and i > 1 and self._placeish(units[i - 2]):
                return True  # 柳州(鹿寨)至南宁高速公路: the first end carries its own bracket
            return left_word and not (ltag.startswith("v") and not self._placeish(left)) and (2 <= len(lw) <= 5 or (lw in DIRECTION_CHARS and i > 1 and self._placeish(units[i - 2])))
        if w in COORD_CHARS and right is not None and self._verbish(right) and self._verbish(left):
            return True  # 保护与发展项目, 保护和修复工程: verbs coordinated inside a name
        if w in COORD_CHARS and right is not None and right[0] in self.ancillary and left[1] not in ("x", "W"):
            return True  # 游客集散中心及(其)配套工程: a work and its ancillary works are one undertaking
        if w in self.joining_words and right is not None and left_word and right[1] not in ("x", "W"):
            return True  # 苗木观赏基地及园区绿化景观提升项目: 及 joins the parts of one undertaking
        if tag in ("m", "t") and DURATION.fullmatch(w) and ltag == "Q":
            return True  # “数智泉州”三年行动计划: a duration after a quoted part names the plan
        if tag.startswith("f") and w not in self.stop_words:
            # 南海上风电: a one-character position after a place; 所属中电国际: two lone
            # characters after a whole word are an unknown name (中电), not a position
            return self._placeish(left) or (self._lone_pair(units, i) and not self._leftover_unit(left, w))
        if tag == "q" and len(w) == 1:
            # 董家口: a measure character after no numeral is a name part; after a particle
            # or a stop word, one opening two lone characters is an unknown name (的|天|沐温泉)
            return left_word or (not lw.isdigit() and ltag != "m" and self._lone_pair(units, i))
        if len(w) == 2 and ltag == "Q" and w in self.stop_words and tag.startswith("v"):
            return True  # “海洋强市”建设行动: the quoted part names the action
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
        if tag == "t" and right is not None and len(right[0]) == 1 and self._toponym is not None \
                and self._toponym.fullmatch(w + right[0]):
            return True  # 明月|湖: a toponym jieba reads as a time word (明月 'bright moon')
        if tag in self.stop_pos:
            return False
        if tag == "x" and w not in JOINERS:
            return LATIN_WORD.fullmatch(w) is not None  # 3D|光学玻璃…项目: a Latin code names
        return True
