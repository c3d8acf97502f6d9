"""Vetoes and evidence: what removes a candidate once its normalizer made a name of it.

* ``exclude`` rules: a candidate overlapping one of their matches goes (a rule's
  ``params.overrides`` lists exclude rules that do not veto it);
* ``guard_before`` / ``guard_after`` rules: a match within ``guard_before_window``
  characters before the name (``guard_after_window`` after it) removes it;
* the tests the head flags ask for (lexicon column 2 of project_heads_*.txt): a name
  before a generic head (``has_name``), an undertaking (``undertaken``), a verb after
  the head (``verb_follows``), generic or excluded modifiers.

Each removal is recorded in the decision trace (``explain --trace``) by the rule's id.
"""
from __future__ import annotations

from bisect import bisect_left

from ... import trace as _trace
from ...engine import scan
from .vocab import (BRACKETS, CLAUSE_PUNCT, DIGITS, JOINERS, ORDINAL, QUOTE_CLOSE, QUOTE_OPEN, QUOTES, SET_LABEL,
                    STRIP_NAME, TABLE, VERB_WINDOW)


LIST_ENDS = "，,；;：:。！？\n"  # what ends an enumeration of 、-separated items (undertaken)


class GuardsMixin:
    def _exclusions(self, text: str):
        """The matches of the exclude rules, and the mask of the text they cover."""
        blocked = bytearray(len(text) + 1)
        excl = scan(self.excludes, text)
        for _rule, m in excl:
            blocked[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        return blocked, excl

    def _vetoed(self, text: str, rule, m, mention, blocked, excl, masks: dict) -> bool:
        """Does an exclude rule (not one ``rule`` overrides) or a guard remove ``mention``?
        ``masks``: rule id -> the veto mask without the exclude rules it overrides (per document)."""
        mask = blocked
        overrides = self._overrides.get(rule.id)
        if overrides:
            if rule.id not in masks:
                masks[rule.id] = bytearray(len(text) + 1)
                for r, x in excl:
                    if r.id not in overrides:
                        masks[rule.id][x.start():x.end()] = b"\x01" * (x.end() - x.start())
            mask = masks[rule.id]
        if any(mask[mention.start:mention.end]):
            if _trace.current is not None:
                self._trace_drop(text, rule, m, mention, overrides or ())
            return True
        if self._guarded(text, mention.start, mention.end, overrides or ()):
            if _trace.current is not None:
                guard = self._guarded(text, mention.start, mention.end, overrides or ())
                _trace.drop(TABLE, mention.start, mention.end, mention.text, rule.id, guard.id,
                            f"{guard.label} rule matches {'before' if guard.label == 'guard_before' else 'after'}")
            return True
        return False

    def _trace_drop(self, text, rule, m, mention, overrides) -> None:
        """Why a candidate of ``rule`` at match ``m`` went (explain --trace only)."""
        if mention is None:
            _trace.drop(TABLE, m.start(), m.end(), m.group(), rule.id, f"normalizer {rule.normalize}",
                        getattr(self, "_why", None) or "no name here (head flags, left edge or stop words)")
            return
        veto = next((r for r, x in scan(self.excludes, text)
                     if r.id not in overrides and x.start() < mention.end and mention.start < x.end()), None)
        _trace.drop(TABLE, mention.start, mention.end, mention.text, rule.id, veto.id if veto else "exclude",
                    "overlaps an exclude rule's match")

    def _guarded(self, text: str, start: int, end: int, skip=()):
        # a quoted name is judged from outside its quotation marks
        s = start - 1 if start > 0 and text[start - 1] == QUOTE_OPEN else start
        e = end + 1 if end < len(text) and text[end] == QUOTE_CLOSE else end
        lo = max(0, s - self.guard_before_window)
        for r in self.guard_before:
            if r.id not in skip and r.regex.search(text, lo, s):
                unless = self._unless_after.get(r.id)
                if unless is not None and unless.match(text, e):
                    continue  # 成为大同领跑者基地首座…: the name owns what follows, it is no title
                if r.id in self._unless_named and self._holds_proper_name(text, start, end):
                    continue  # 规模最大的|杨浦幼儿园: a proper name, whatever is said of it
                return r  # truthy: the guard rule that vetoes (named in a trace)
        # only the rules that can start a match at e (a rule whose first characters are not
        # there cannot match: the same rule is found, in the same order, with fewer tries)
        may = self._after_starts.start_mask(text, e)
        for i, r in enumerate(self.guard_after):
            if may >> i & 1 and r.id not in skip and r.regex.match(text, e, min(len(text), e + self.guard_after_window)):
                close = max(text.rfind("”", start, end), text.rfind("’", start, end))
                if r.id in self._unless_quoted and close != -1 and end - close > self._unless_quoted[r.id]:
                    continue  # “一村一场”体育惠民工程15个: a name with a quoted part and words of its own
                    # counted in its instances (not “菜篮子”基地16个: a nickname of a kind)
                if r.id in self._unless_name_end and self._unless_name_end[r.id].search(text, start, end):
                    continue  # 在某某经济开发区|举行: a park is the work the ceremony is held in
                spare = self._unless_projects.get(r.id)
                if spare is not None and spare[0].search(text, start, end) and spare[1].match(text, e):
                    continue  # 绿色发展行动12个项目: a programme and the count of its projects
                return r
        return None

    def has_name(self, text: str, start: int, hs: int, words: list[str], he: int | None = None,
                 end: int | None = None, strict: bool = False) -> bool:
        """Does the modifier text[start:hs] hold a name (a place, a proper noun, a quoted or
        bracketed part, letters, digits) or is it long enough to be a descriptive name?
        A place in the suffix (绿道南山段: text[he:end], he the head's end) names it too."""
        modifier = STRIP_NAME.sub("", text[start:hs])
        if any(c in QUOTES or c in BRACKETS for c in text[start:hs]):
            return True
        he = hs if he is None else he
        end = he if end is None else end
        inner = self._places_within(start, hs)
        if inner:
            # 陕西重大交通项目, 湘西州重点文旅项目: a place before only generic words is no name
            rest = text[max(e for _s, e in inner):hs]
            rest_words = [w for w, _s, _e in self.seg.cut(rest, fast=True)] if rest else []
            if strict and not any(w in self.evaluative for w in rest_words) and (
                    any(self._place_level.get(p) in self.feature_levels for p in inner)
                    or self._place_level.get(max(inner, key=lambda p: p[1])) in self.local_place_levels):
                # 崀山|温泉小镇: a mountain or lake names the work built at it; 瑞安湖岭|温泉康养项目:
                # so does a town or village (the last place before the generic words)
                strict = False
            return not (rest_words and all(w in self.generic for w in rest_words)
                        and (strict or any(w in self.evaluative for w in rest_words)))
        # (long enough by its last part: parts joined by 及 are each described, 综合性牦牛产业及
        # 文化展示|园区, 票务及游客接待|中心)
        # (not where the last part is the ancillary works of the first: 游客集散中心及配套工程|项目)
        last = max((modifier.rsplit(j, 1)[-1] for j in self.joining_words if j in modifier), key=len, default=modifier)
        if last != modifier and last.startswith(tuple(self.ancillary)):
            last = modifier
        if len(last) >= self.descriptive_min_chars:
            return True
        if len(modifier) >= 4 and text[hs - 2:hs] in self.heads and self.heads[text[hs - 2:hs]][0] == "facility" \
                and not self._is_generic([w for w, _s, _e in self.seg.cut(modifier[:-2], fast=True)]):
            return True  # 州府家园小区: a compound named XX家园 (a facility head) is a name
        if self._places_within(he, end):
            return True
        if self._toponym is not None and self._toponym.fullmatch(modifier) and any(
                self.seg.freq.get(w, 0) < self.toponym_max_freq for w in words if w != modifier[-1]):
            return True  # 青石岭|互通, 马家坪|安置小区: a feature's or settlement's name (not 战略资源, 出口)
        if end > he:
            words = words + [w for w, _s, _e in self.seg.cut(text[he:end], fast=True)]
        for w in words:
            if w in self.generic or w in JOINERS or SET_LABEL.fullmatch(w) or w in self.heads:
                continue  # 七大重点片区: a set label counts, it does not name; 光伏 is a head
            tag = self._tag(w)
            if tag == "j" and self.seg.freq.get(w, 0) >= self.abbreviation_max_freq:
                continue  # 研发, 通信: jieba's abbreviations that are common words name nothing
            if tag.startswith(("ns", "nr", "nz", "nt", "j", "eng")) or DIGITS.search(w):
                return True
            if ORDINAL.fullmatch(w):
                return True
            if tag == "t" and len(w) >= 3 and not any(c in self.time_chars for c in w):
                return True  # 侏罗纪|主题公园: a time word that is no time of the clause names
        return False

    def undertaken(self, text: str, start: int, end: int) -> bool:
        """Does the sentence present text[start:end] as an undertaking: a cue of rule
        project.undertaking within the reach before or after it, inside the sentence?"""
        if self._undertaking is None:
            return True
        if self._address is not None and self._address.search(text, max(0, start - 16), start):
            return False  # 位于延吉市前进路: an address, whatever else the sentence says
        reach = self._undertaking_reach
        # an item of an enumeration (A、B、C秋季投入使用) shares the cue of its list: the reach
        # runs from the list's ends, looked for within params.list_reach characters
        a, b = start, end
        if a > 0 and text[a - 1] == "、":
            lo_list = max(0, a - self._list_reach)
            k = max(text.rfind(c, lo_list, a - 1) for c in LIST_ENDS)
            a = k + 1 if k != -1 else lo_list
        if b < len(text) and text[b] == "、":
            hi_list = min(len(text), b + self._list_reach)
            b = min((k for k in (text.find(c, b + 1, hi_list) for c in LIST_ENDS) if k != -1), default=hi_list)
        lo, hi = max(0, a - reach), min(len(text), b + reach)
        for stop in "。！？!?\n":
            k = text.rfind(stop, lo, start)
            if k != -1:
                lo = max(lo, k + 1)
            k = text.find(stop, end, hi)
            if k != -1:
                hi = min(hi, k)
        return bool(self._undertaking.search(text, lo, start) or self._undertaking.search(text, end, hi))

    def _places_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Place spans (s, e) with lo <= s and e <= hi."""
        places, out = self._place_list, []
        for i in range(bisect_left(places, (lo, lo)), len(places)):
            s, e = places[i]
            if s >= hi:
                break
            if e <= hi:
                out.append((s, e))
        return out

    def verb_follows(self, text: str, end: int) -> bool:
        window = text[end:end + VERB_WINDOW]
        if not window or window[0] in CLAUSE_PUNCT:
            return False
        word = self.seg.cut(window, fast=True)[0][0]
        tag = self._tag(word)
        return tag.startswith(("v", "t", "m", "p")) or bool(DIGITS.match(word))

    def _proper_word(self, w: str) -> bool:
        """Is w a proper word by jieba: unknown to its dictionary, or tagged a place, person,
        abbreviation or other proper noun (params.short_item_tags)?"""
        return w not in self._tags or self._tags[w].startswith(self.short_item_tags)

    def _is_generic(self, words: list[str]) -> bool:
        content = [w for w in words if w not in JOINERS]
        # 运河项目, 铁路工程: a bare head noun before a head is no name either
        return not content or all(w in self.generic or w in self.heads for w in content)

    def place_named(self, text: str, start: int, hs: int, he: int) -> bool:
        """Does a generic activity (project_excluded.txt) carry the place it is of, written
        in full with its suffix, and a head that names a programme (params.place_named_heads)?"""
        ends = self._place_ends_at.get(start, ())
        return text[hs:he] in self.place_named_heads and any(
            e < hs and self._chain_levels is not None and self._chain_levels.fullmatch(text, start, e) for e in ends)

    def proper_named(self, text: str, start: int, hs: int, he: int) -> bool:
        """May a generic activity before this head (params.proper_named_heads) be named by a
        proper name that is no place (贝港|城中村改造|项目: the village's own scheme)? A place
        before it names the place's projects (华东地区|招商引资项目); place_named takes those
        written in full. Nor a quoted campaign label (“百县百日”|乡村振兴项目: the campaign's projects)."""
        return text[hs:he] in self.proper_named_heads and not self._places_within(start, hs) \
            and not any(c in QUOTES for c in text[start:hs])

    def no_name_opening(self, text: str, start: int, words: list[str]) -> bool:
        """A name does not open with a bracketed part ((2)型水库: a class label), with a
        wrapper head (项目换乘中心), and is not one verb before its head (进行码头, 按下项目)."""
        if text[start] in BRACKETS:
            return True
        if words and words[0] in self.heads and "i" in self.heads[words[0]][1]:
            return True
        return len(words) == 1 and self._tag(words[0]) == "v" and words[0] not in self.nominal_verbs

    def named_activity_work(self, text: str, start: int, hs: int) -> bool:
        """A park, work or facility whose type holds a generic activity (产业转移工业园) is a
        name where a name stands before the activity: 广州南沙(梅州)|产业转移|工业园."""
        modifier = text[start:hs]
        x = next((x for x in self.excluded if modifier.endswith(x)), None)
        if x is None or len(x) >= len(modifier):
            return False
        lo_end = hs - len(x)
        words = [w for w, _s, _e in self.seg.cut(text[start:lo_end], fast=True)]
        return self.has_name(text, start, lo_end, words, strict=True)

    def _holds_proper_name(self, text: str, start: int, end: int) -> bool:
        """Does text[start:end] hold a place mention, a word jieba tags as a place, person or
        organization name, a word jieba does not know, or digits? 杨浦幼儿园 does;
        绿色农产品加工基地, 锂电池生产基地 do not."""
        if self._places_within(start, end):
            return True
        for w, _s, _e in self.seg.cut(STRIP_NAME.sub("", text[start:end]), fast=True):
            if w in self.generic or w in self.heads:
                continue
            tag = self._tags.get(w)  # jieba's own tag: nz and j also hold terms (锂电池, 光伏)
            if tag is None or tag.startswith(("ns", "nr", "nt")) or DIGITS.search(w):
                return True
        return False

    def after_wrapper(self, text: str, start: int, hs: int, words: list[str]) -> tuple[int, list[str]]:
        """重点项目|湘江新区智能制造产业园, 单体项目|抽水蓄能电站: a word ending in a wrapper head
        (flag i: 项目, 工程) inside the words before a head, with no name before it, is a class
        put in front of the name; 高速公路网|武深高速公路: a network (project_networks.txt) with a
        name after it is what the work belongs to. The name starts after either."""
        pos, cut = start, None
        # (the head is a work's own, no wrapper: _head_follows holds those)
        own_head = self._head_follows is not None and self._head_follows.match(text, hs) is not None
        for k, w in enumerate(words[:-1]):
            head = next((h for h in self.wrappers if w.endswith(h)), None)
            if head is not None:
                before = words[:k] + ([w[:-len(head)]] if len(w) > len(head) else [])
                if not self.has_name(text, start, pos + len(w) - len(head), before, strict=True) or (
                        own_head and self._holds_proper_name(text, pos + len(w), hs)):
                    # (…互联互通项目|姚杨公路: a class of projects right before a work's own
                    # proper name is no part of it, whatever names the class)
                    cut = (pos + len(w), k + 1)
            elif w.endswith(self.networks) and self.has_name(text, pos + len(w), hs, words[k + 1:]):
                # (a place and the work's type after it name it: 国家电网|蛟河抽水蓄能电站)
                cut = (pos + len(w), k + 1)  # 高速公路网|武深高速公路: the network the work belongs to
            pos += len(w)
        if cut is None or text[start:hs] != "".join(words):
            return start, words
        return cut[0], words[cut[1]:]

    def _is_excluded(self, modifier: str) -> bool:
        return any(modifier.endswith(x) for x in self.excluded)
