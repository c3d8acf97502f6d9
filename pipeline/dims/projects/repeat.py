"""Document-level consistency (rule ``project.repeat``): a name recognized once is a
mention wherever it recurs, and a leading place the text itself leaves out elsewhere is
no part of the name (SPEC §6: 'as used elsewhere')."""
from __future__ import annotations

from bisect import bisect_left

import regex

from ...model import Mention
from .vocab import BRACKETS, HAN, QUOTES, ROUTE_ENDS, STRIP_NAME, TABLE

CLOSERS = frozenset(BRACKETS.values())


def _unclosed(s: str) -> bool:
    """Does s open a bracket it does not close (百花未来社区(试点)?"""
    return sum(s.count(o) for o in BRACKETS) > sum(s.count(c) for c in CLOSERS)


class RepeatMixin:
    def _repeat(self, text: str, kept: list[Mention], blocked) -> list[Mention]:
        """Document-level consistency (rule ``project.repeat``): a name recognized once is a
        mention again wherever it stands later or earlier in the document -- a quoted name
        (“天府农博园” ... 天府农博园主展馆) when the rule's pattern matches it, an unquoted one
        of at least ``params.min_unquoted`` characters when the recurrence passes the guards."""
        rule = self.repeats[0]
        params = rule.data.get("params") or {}
        min_unquoted = int(params.get("min_unquoted", 0) or 0)
        # a name recurring where shorter mentions lie wholly inside it replaces them (true)
        over_shorter = bool(params.get("over_shorter", False))
        # guards a recurrence of a recognized name passes (位于|X产业园 where X产业园 is a work)
        skip = tuple(params.get("overrides") or ())
        self._trim_short_forms = bool(params.get("trim_short_forms", True))
        self._trim_levels = frozenset(params.get("trim_short_levels") or ())
        self._trim_named_levels = frozenset(params.get("trim_short_levels_named") or ())
        # a company counted among a list's projects (…有限公司等5个项目) is a project there
        # only: elsewhere the same name is the organisation, and its place is part of it
        firms = tuple(params.get("firm_suffixes") or ())
        firm_list = [m for m in kept if firms and m.fields["name"].endswith(firms)]
        if firm_list:
            kept = [m for m in kept if not m.fields["name"].endswith(firms)]
        if params.get("trim_leading_place"):
            # (names as written too: a traditional page's rest is compared as written)
            found = {m.fields["name"] for m in kept} | {STRIP_NAME.sub("", m.text) for m in kept}
            kept = [self._trim_place(text, m, found) for m in kept]
            # 共和县塔拉滩光伏产业园 where a name found in the text is 塔拉滩光伏产业园 (after the
            # address 青海省海南藏族自治州共和县): the same name without its place
            names = {m.fields["name"] for m in kept}
            kept = [self._trim_to_known(text, m, names) for m in kept]
        if params.get("split_coordinated"):
            kept = [x for m in kept for x in self._split_coordinated(text, m)]
        aliases = self._defined_aliases(text, kept, params.get("alias_pattern"), rule)
        kept = sorted(kept + aliases, key=lambda x: (x.start, x.end)) if aliases else kept
        alias_names = {m.fields["name"] for m in aliases}
        taken = bytearray(len(text) + 1)
        for m in kept + firm_list:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        extra = []
        seen = set()
        # the kept mentions by start, for the ones inside a recurrence (linear in the text,
        # not a scan of every kept mention at each recurrence)
        by_start = sorted(kept, key=lambda k: (k.start, k.end))
        starts = [k.start for k in by_start]
        gone: set = set()
        for m in list(kept):
            name = m.fields["name"]
            if name in seen or m.text != name:
                continue
            quoted = m.start > 0 and text[m.start - 1] in QUOTES
            by = rule  # the repeat rule this name recurs by
            if quoted:
                by = next((r for r in self.repeats if r.regex.fullmatch(name)), None)
                if by is None:
                    continue
            elif (not min_unquoted or len(name) < min_unquoted) and name not in alias_names:
                continue
            seen.add(name)
            i = text.find(name)
            while i != -1:
                j = i + len(name)
                inner = [k for k in by_start[bisect_left(starts, i):bisect_left(starts, j)]
                         if id(k) not in gone and k.end <= j and (k.start, k.end) != (i, j)] \
                    if over_shorter and any(taken[i:j]) else []
                if inner and sum(k.end - k.start for k in inner) == sum(taken[i:j]) \
                        and not (i > 0 and text[i - 1] in QUOTES) and not any(blocked[i:j]):
                    # 大兴寨水库|工程 where the text named 大兴寨水库工程: the longer name found
                    # elsewhere is the mention here too, over the shorter ones inside it
                    for k in inner:
                        kept.remove(k)
                        gone.add(id(k))
                    taken[i:j] = b"\x01" * len(name)
                    extra.append(Mention(table=TABLE, start=i, end=j, text=name, rule_id=by.id,
                                         fields=dict(m.fields), priority=by.priority))
                elif not any(taken[i:j]) and not any(blocked[i:j]) and not (i > 0 and text[i - 1] in QUOTES) \
                        and (quoted or not self._guarded(text, i, j, skip)):
                    taken[i:j] = b"\x01" * len(name)
                    extra.append(Mention(table=TABLE, start=i, end=j, text=name, rule_id=by.id,
                                         fields=dict(m.fields), priority=by.priority))
                i = text.find(name, j)
        if params.get("item_with_head"):
            extra += self._items_with_head(text, kept, taken, blocked, rule)
        if params.get("core_min_chars"):
            extra += self._cores(text, kept, taken, blocked, rule, int(params["core_min_chars"]))
        if params.get("inner_min_chars"):
            extra += self._inner(text, kept, taken, blocked, rule, int(params["inner_min_chars"]))
        if params.get("wrapper_core_heads"):
            # 楠景新城项目 ... 楠景新城: the wrapped name's words recur alone (wrapcore.py)
            extra += self._wrapper_cores(text, kept, taken, blocked, rule, tuple(params["wrapper_core_heads"]),
                                         int(params.get("wrapper_core_min_chars", 3)),
                                         tuple(params.get("quoted_core_heads") or ()))
        if not (extra or firm_list):
            return kept
        return sorted(kept + firm_list + extra, key=lambda x: (x.start, x.end))

    def _defined_aliases(self, text: str, kept: list[Mention], pattern, rule) -> list[Mention]:
        """天开高教科创园(以下简称天开园): the short name a text defines in brackets right after
        a name it found is that project's name too (its category), at the definition and,
        whatever its length, wherever it recurs (params.alias_pattern, group ``alias``).
        Not after a firm or an institute: only after a project mention."""
        if not pattern:
            return []
        rx = regex.compile(pattern)  # the regex module's own cache keeps it compiled
        spans = {(m.start, m.end) for m in kept}
        out = []
        for m in kept:
            a = rx.match(text, m.end)
            if a is None:
                continue
            s, e = a.span("alias")
            if any(k.start < e and s < k.end for k in kept) or (s, e) in spans:
                continue
            out.append(Mention(table=TABLE, start=s, end=e, text=text[s:e], rule_id=rule.id,
                               fields={**m.fields, "name": STRIP_NAME.sub("", text[s:e])}, priority=rule.priority))
        return out

    def _items_with_head(self, text: str, kept: list[Mention], taken, blocked, rule) -> list[Mention]:
        """A list item the text counts as a project (五眼桥 of 五眼桥、鹿鹤等3个农贸市场) is the
        same project where it stands with a head of its own (五眼桥农贸市场建筑面积…): the
        document has presented it as an undertaking, so a head flagged u needs no cue again."""
        out, seen = [], set()
        for m in kept:
            name = m.fields["name"]
            if not m.rule_id.startswith("project.list") or name in seen:
                continue
            seen.add(name)
            i = text.find(name)
            while i != -1:
                j = i + len(name)
                hm = self._head_follows.match(text, j) if self._head_follows is not None else None
                if hm is not None and not any(taken[i:hm.end()]) and not any(blocked[i:hm.end()]) \
                        and not self._guarded(text, i, hm.end()):
                    span = text[i:hm.end()]
                    taken[i:hm.end()] = b"\x01" * len(span)
                    out.append(Mention(table=TABLE, start=i, end=hm.end(), text=span, rule_id=rule.id,
                                       fields={"name": span, "category": self.heads[hm.group()][0]},
                                       priority=rule.priority))
                i = text.find(name, j)
        return out

    def _inner(self, text: str, kept: list[Mention], taken, blocked, rule, min_chars: int) -> list[Mention]:
        """A name whose opening words end in a head of their own (巴山大峡谷 of 巴山大峡谷旅游
        扶贫综合开发项目, 泰州高铁南站 of 泰州高铁南站综合交通枢纽) names that work too: where
        those words recur standing alone (``_stands_alone``), no generic words, they are a
        mention of it. The head must be no wrapper (项目, 工程) and a whole word of the name, and
        the words before it must hold a name (a place, or a word jieba's dictionary lacks or
        tags as a proper noun) and more than a place."""
        out, seen = [], set()
        for m in kept:
            name = m.fields["name"]
            if m.text != name or len(name) <= min_chars:
                continue
            pe = max((e - m.start for e in self._place_ends_at.get(m.start, ()) if e < m.end), default=0)
            cut = self.seg.cut(name, fast=True)
            for _w, _s, k in cut[:-1]:
                inner = name[:k]
                hm = self._ends_with_head.search(inner)
                if hm is not None and _unclosed(inner):
                    # 百花未来社区(试点|项目: the words end inside a bracket, which closes the inner name
                    if k < len(name) and name[k] in CLOSERS and not _unclosed(name[:k + 1]):
                        inner = name[:k + 1]
                    else:
                        continue
                if k < min_chars or inner in seen or hm is None or hm.start() <= pe or \
                        any(f in self.heads[hm.group()][1] for f in "igq"):
                    continue
                words = [w for w, _s2, _e in self.seg.cut(inner[pe:hm.start()], fast=True)]
                if self._is_generic(words) or self._is_excluded(inner[:hm.end()]) or not (pe or any(
                        w not in self._tags or self._tags[w].startswith(self.short_item_tags) for w in words)):
                    continue  # 延吉市|老旧小区, 游客集散中心: what the words name is no work of its own
                seen.add(inner)
                out += self._recur(text, inner, self.heads[hm.group()][0], taken, blocked, rule)
        return out

    def _recur(self, text: str, core: str, category: str, taken, blocked, rule) -> list[Mention]:
        out = []
        i = text.find(core)
        while i != -1:
            j = i + len(core)
            if self._stands_alone(text, i, j, taken, blocked):
                taken[i:j] = b"\x01" * len(core)
                out.append(Mention(table=TABLE, start=i, end=j, text=core, rule_id=rule.id,
                                   fields={"name": core, "category": category}, priority=rule.priority))
            i = text.find(core, j)
        return out

    def _stands_alone(self, text: str, i: int, j: int, taken, blocked) -> bool:
        """Does text[i:j] stand as a name of its own: after punctuation, a one-character wall
        or a stop word (兴建), after no place, inside no other mention, followed by no head,
        and passing the guards?"""
        edge = i == 0 or not HAN.match(text[i - 1]) or text[i - 1] in self._wall_chars or any(
            text[i - n:i] in self.stop_words or text[i - n:i] in self.undertaking_verbs
            for n in range(2, min(4, i) + 1))
        return edge and i not in self._place_ends and not any(taken[i:j]) and not any(blocked[i:j]) \
            and not (j < len(text) and HAN.match(text[j]) and self._head_follows is not None
                     and self._head_follows.match(text, j)) and not self._guarded(text, i, j)

    def _cores(self, text: str, kept: list[Mention], taken, blocked, rule, min_chars: int) -> list[Mention]:
        """A name that opens with a place (公安县城区二水厂) recurs by its core, the name
        without the place and the generic words after it (二水厂): where the core stands alone
        (after punctuation, a one-character wall or a stop word such as 兴建), passes the
        guards and is no generic name (nor a generic activity and its head: 整治工程 of
        某江整治工程), it is a mention of the same project."""
        out, seen = [], set()
        for m in kept:
            pe = max((e for e in self._place_ends_at.get(m.start, ()) if e < m.end), default=None)
            if pe is None or m.text != m.fields["name"]:
                continue
            words = [w for w, _s, _e in self.seg.cut(text[pe:m.end], fast=True)]
            k = 0
            while k < len(words) - 1 and words[k] in self.generic:
                k += 1
            core = "".join(words[k:])
            head = self._ends_with_head.search(core)
            if len(core) < min_chars or core in seen or head is None or head.start() == 0 \
                    or core[:head.start()] in self.work_kinds:
                continue
            before_head = [w for w, _s, _e in self.seg.cut(core[:head.start()], fast=True)]
            if self._activity_only(before_head) or self._is_generic(before_head):
                continue
            seen.add(core)
            out += self._recur(text, core, m.fields["category"], taken, blocked, rule)
        return out

    def _activity_only(self, words: list[str]) -> bool:
        """Are the words before a core's head only activities of project_name_verbs.txt (整治 of
        某江|整治工程)? Then the core names what is done, no work of its own."""
        return bool(words) and all(w in self.name_verbs for w in words)

    def _trim_to_known(self, text: str, m: Mention, names: set) -> Mention:
        pe = next((e for e in self._place_ends_at.get(m.start, ()) if e < m.end), None)
        if pe is None or text[pe:m.end] not in names or text[pe:m.end] == m.fields["name"]:
            return m
        head = self._ends_with_head.search(text, pe, m.end)
        if head is not None and text[pe:head.start()] in self.work_kinds:
            return m  # 十里岗镇|防洪工程: a kind of works names nothing without its place
        if not self._suffixed(text, m.start, pe, m.end):
            return m
        return _from(m, text, pe)

    def _suffixed(self, text: str, start: int, pe: int, end: int) -> bool:
        """Is the place text[start:pe] opening a name written with its level suffix (普安县,
        甘肃省: an address the name leaves out where it stands elsewhere without it)? A short
        form glued to the name (合江|长江大桥, 平邑|新材料国际产业园) is the name's own unless
        the rule's ``trim_short_forms`` says otherwise."""
        if self._trim_short_forms or self._chain_levels is None:
            return True
        level = self._place_level.get((start, pe))
        if level in self._trim_levels:
            return True  # 湖南|大兴寨水库工程: a province's short form opens no work's own name
        if level in self._trim_named_levels:
            # 嘉善|姚杨公路: a county's or city's short form before a name that holds a proper
            # name of its own, no river or mountain (合江|长江大桥) and no mere description
            # (平邑|新材料国际产业园), is where the work stands
            head = self._ends_with_head.search(text, pe, end)
            hs = head.start() if head is not None else pe
            if hs > pe and self._place_level_at.get(pe) != "area" and self._holds_proper_name(text, pe, hs):
                return True
        return self._chain_levels.fullmatch(text, start, pe) is not None

    def _place_cuts(self, text: str, m: Mention) -> list[int]:
        """Where a leading place could end inside m: first the end of the place mention opening
        it, then inside a chain mention (北海市涠洲) the end of each level written with its
        suffix (北海市|涠洲水库扩容工程)."""
        ends = [e for e in self._place_ends_at.get(m.start, ()) if e < m.end]
        if not ends:
            return []
        inner = [k for k in range(m.start + 2, max(ends)) if self._chain_levels is not None
                 and text[k - 1] in self.level_chars and k not in ends
                 and self._chain_levels.fullmatch(text, m.start, k)]
        return ends[:1] + inner

    def _trim_place(self, text: str, m: Mention, found: frozenset = frozenset()) -> Mention:
        """南宁吴圩国际机场 where the text also says 吴圩国际机场 alone: the place is no part of
        the name as the text uses it, so the mention starts after it."""
        for pe in self._place_cuts(text, m):
            trimmed = self._trim_at(text, m, pe, found)
            if trimmed is not m:
                return trimmed
        return m

    def _trim_at(self, text: str, m: Mention, pe: int, found: frozenset) -> Mention:
        if m.start > 0 and text[m.start - 1] in QUOTES or not self._suffixed(text, m.start, pe, m.end):
            return m
        rest = text[pe:m.end]
        name = STRIP_NAME.sub("", rest)
        if len(name) < self.trim_min_chars or rest != name or self._ends_with_head.fullmatch(rest):
            return m
        head = self._ends_with_head.search(rest)
        mod = rest[:head.start()] if head else rest
        if rest[0] in self._wall_chars or rest[0] in "至到" or not mod or self._is_excluded(mod) \
                or mod in self.work_kinds or self._is_generic(
                [w for w, _s, _e in self.seg.cut(mod, fast=True)]):
            return m  # 延吉市老旧小区: what is left without the place names nothing
        # the rest, or its core up to its first head (云镇水库 of 镇安县|云镇水库工程项目), standing
        # alone elsewhere: at a clause edge or after a one-character wall (的, 和), no place before it
        cores = [rest]
        first = self._ends_with_head.search(rest, 0, next(
            (k for k in range(self.trim_min_chars, len(rest)) if self._ends_with_head.search(rest, 0, k)), len(rest)))
        if first is not None and first.end() < len(rest) and (rest[:first.end()] in found or any(
                f.startswith(rest[:first.end()]) and f not in (m.fields["name"], name) for f in found)):
            # a name the document gives as a mention, or opens one with (安庆市|下浒山水库灌区
            # 先行建设工程 beside 下浒山水库灌区工程)
            cores.append(rest[:first.end()])
        for core in cores:
            i = text.find(core)
            while i != -1:
                if i != pe and i not in self._place_ends and (
                        i == 0 or not HAN.match(text[i - 1]) or text[i - 1] in self._wall_chars):
                    return _from(m, text, pe)
                i = text.find(core, i + 1)
        return m

    def _split_coordinated(self, text: str, m: Mention) -> list[Mention]:
        """迈湾、天角潭水利枢纽工程 where the text also says 迈湾水利枢纽工程: each item stands
        alone with the shared head (SPEC §6: one mention per project where each can stand
        alone), so each is a mention of its own (迈湾 | 天角潭水利枢纽工程). Items the text
        never completes with the head (深大、深惠城际) stay one mention."""
        if "、" not in m.text or any(c in QUOTES or c in "”’" for c in m.text):
            return [m]
        parts = m.text.split("、")
        last = parts[-1]
        heads = [h for h in (last[k:] for k in range(1, len(last) - 1))
                 if (hm := self._ends_with_head.search(h)) is not None and hm.start() > 0]
        if not heads or any(not HAN.fullmatch(p) or len(p) < 2 for p in parts[:-1]):
            return [m]
        routes = all(ROUTE_ENDS.match(p) for p in parts)  # 郑州至徐州、…、兰州至乌鲁木齐高铁
        for p in parts[:-1]:
            if not routes and not any(self._elsewhere(text, p + h, m.start, m.end) for h in heads):
                return [m]
        out, pos = [], m.start
        for p in parts:
            name = STRIP_NAME.sub("", p)
            out.append(Mention(table=TABLE, start=pos, end=pos + len(p), text=p, rule_id=m.rule_id,
                               fields={**m.fields, "name": name}, priority=m.priority))
            pos += len(p) + 1
        return out

    @staticmethod
    def _elsewhere(text: str, s: str, lo: int, hi: int) -> bool:
        i = text.find(s)
        while i != -1:
            if i + len(s) <= lo or i >= hi:
                return True
            i = text.find(s, i + 1)
        return False


def _from(m: Mention, text: str, start: int) -> Mention:
    """``m`` without what stands before ``start`` (a leading place left out)."""
    rest = text[start:m.end]
    return Mention(table=TABLE, start=start, end=m.end, text=rest, rule_id=m.rule_id,
                   fields={**m.fields, "name": STRIP_NAME.sub("", rest)}, priority=m.priority)
