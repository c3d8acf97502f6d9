"""Leading places of a name (SPEC §6: a leading place that is not part of the name as used
elsewhere in the text is left out): which levels of a chain of places before a name are its
address, and which are the name's own."""
from __future__ import annotations

from .vocab import HAN, QUOTES


class AddressMixin:
    def last_level(self, text: str, start: int, hs: int, words: list[str], he: int | None = None) -> tuple[int, list[str]]:
        """A name opening with a chain of places keeps only what is the name (SPEC §6: a
        leading place that is not part of the name):

        - a chain written with a suffix on every level (普安县兴中镇, 青海省海南藏族自治州共和县)
          down to a county or town (params.address_levels) is an address as a whole when a
          name follows it (普安县兴中镇|河沟头水库工程); otherwise it keeps its last level
          (山西省大同市|采煤沉陷区…基地);
        - a province's short form before its city's (江西九江) is left out; other short-form
          chains are names as the text uses them (南宁吴圩国际机场);
        - one division written with its suffix right before another place or a quoted name is
          an address (海东市|河湟工业园, 雨城区|“周公山温泉谷”康养项目).

        Places merely side by side (郑州黄河…, 河源南山…) are names as the text uses them."""
        if not self._chain_levels or start not in self._place_starts:
            return start, words
        pos = max((e for e in self._place_ends_at.get(start, ()) if e <= hs), default=None)
        if pos is None:
            return start, words
        if self.route_from[0] and text[pos:pos + 1] in self.route_from[0] and text.endswith(self.route_from[1], start, pos):
            return start, words  # 山南市泽当镇|至拉萨…公路: a route's first end down to a town, named as written
        segs = list(self._chain_levels.finditer(text, start, pos))
        tiled = len(segs) > 1 and segs[0].start() == start and segs[-1].end() == pos and all(
            a.end() == b.start() for a, b in zip(segs, segs[1:]))
        if tiled and pos == hs:
            return start, words  # 广东省河源市高新区: a chain and a bare head are the name as written
        new = segs[-1].start() if tiled else start
        if tiled and self.address_by_use and he is not None and not self._opens_with_top(text, start):
            new = self._address_by_use(text, start, segs, hs, he)
        elif not tiled and self.single_place_by_use and he is not None and words and \
                start + len(words[0]) <= pos and start + len(words[0]) < hs and \
                not self._opens_with_top(text, start) and self._rest_bare(text, start, start + len(words[0]), he) and \
                self._names_something(text, start + len(words[0]), hs):
            # 金沙江|溪洛渡水电站 beside 。溪洛渡水电站: a place word opening the name is no part of
            # it as the text uses it (cut at the segmenter's word, inside the place mention)
            new = start + len(words[0])
        elif tiled and (len(segs) >= 3 or segs[-1].group().endswith(self.address_levels)) and \
                self._names_something(text, pos, hs):
            new = pos  # 普安县兴中镇|河沟头水库工程: a postal address down to a county or town
            used = self._short_used(text, max(start, segs[-1].start()), pos, hs)
            if used is not None:
                new = used  # …合江县|长江公路大桥, named 合江长江公路大桥 elsewhere: the county is the name's
        elif not tiled:
            path = self._place_path.get((start, pos), "")
            last = path.rsplit("/", 1)[-1]
            k = max((k for k in range(2, pos - start) if last.startswith(text[pos - k:pos])), default=0)
            province = "/" in path and path.split("/", 1)[0].startswith(text[start:pos - k])
            if province and self.province_short_by_use and he is not None and \
                    not self._rest_used_more(text, start, pos - k, he) and "至" not in text[pos - k:hs]:
                # 江西赣县…电站 written so throughout: the province is the name's (not before a
                # route, 广西|防城至东兴高速公路: the region the route runs in)
                province = False
            if k and "/" in path and (province or (
                    not self._chain_levels.fullmatch(last) and any(g.end() == pos - k for g in segs))):
                # 江西九江: a province before its city (not 南宁吴圩, 武汉江夏); 共和县塔拉滩: a
                # division written in full before a named area is its address (莆田平海湾 stays)
                new = pos - k
        if new != pos and self._chain_levels.fullmatch(text, new, pos):
            # 海东市河湟工业园: a division written with its suffix right before another place
            # (or a quoted name) is that place's address; the name starts there -- unless the
            # text names the work elsewhere with the division's short form (合江县长江公路大桥 and
            # 合江长江公路大桥: SPEC §6, the name as used elsewhere)
            nxt = max((e for e in self._place_ends_at.get(pos, ()) if e < hs), default=None)
            if (nxt is not None or text[pos] in QUOTES) and self._short_used(text, new, pos, hs) is None and not (
                    self.address_by_use and he is not None and nxt is not None
                    and self._place_path.get((new, pos), "").count("/") == 2
                    and not self._rest_used_more(text, new, pos, he)):
                # (by use, params.address_by_use: a county before a place of its own, 兴海县|尕科河
                # 至多巴村公路 or 公安县|三峡后续…项目, written once, is the name's; a city before
                # one (安庆市|下浒山水库…) or a division before a quoted name stays an address)
                new = pos
        if new == start:
            return start, words
        return new, [w for w, _s, _e in self.seg.cut(text[new:hs], fast=True)]

    def _opens_with_top(self, text: str, start: int) -> bool:
        """Does the place chain at ``start`` open with a division of params.address_tops written
        in full (贵州省六盘水市…, not 贵州六盘水…)?"""
        for e in self._place_ends_at.get(start, ()):
            top = self._place_path.get((start, e), "").split("/", 1)[0]
            if top and top.endswith(self.address_tops) and text.startswith(top, start):
                return True
        return False

    def _address_by_use(self, text: str, start: int, segs: list, hs: int, he: int) -> int:
        """Where a name opening with a chain of suffixed divisions starts (params.address_by_use;
        SPEC §6: a leading place is left out only where it is no part of the name as the text
        uses it): the whole chain is the name's (中铁乡杜宗村|达那人畜饮水工程, written once)
        unless the text writes the rest after a level more often than the whole, bare or
        after another chain (普安县兴中镇|河沟头水库工程 beside 普安县|河沟头水库工程): then the
        name starts after that level -- at the level itself where the text also writes its
        short form before the rest (山西省|大同市采煤沉陷区… beside 大同采煤沉陷区…)."""
        for g in segs:
            p = g.end()
            if p >= hs or not self._rest_used_more(text, start, p, he) or not self._names_something(text, p, hs):
                continue
            used = self._short_used(text, g.start(), p, hs)
            return used if used is not None else p
        return start

    @staticmethod
    def _rest_used_more(text: str, start: int, p: int, he: int) -> bool:
        """Does the text write the name without its places up to ``p`` (text[p:he]) more
        often than with them (text[start:he]): bare, or after other places?"""
        return text.count(text[p:he]) > text.count(text[start:he])

    def _rest_bare(self, text: str, start: int, pos: int, he: int) -> bool:
        """Does the text write the name without the place text[start:pos] bare (after a clause
        edge, a non-Han character or a wall character: 的, 和 …; not glued to other words,
        …流域|湖堤加固工程) more often than with the place (金沙江溪洛渡水电站 once, 溪洛渡水电站
        bare twice; not 黄河羊曲水电站 four times beside 羊曲水电站 three times)?"""
        rest = text[pos:he]
        bare, i = 0, text.find(rest)
        while i != -1:
            if i == 0 or not HAN.match(text[i - 1]) or text[i - 1] in self._wall_chars:
                bare += 1
            i = text.find(rest, i + 1)
        return bare > text.count(text[start:he])

    @staticmethod
    def _short_used(text: str, lo: int, pos: int, hs: int) -> int | None:
        """Where the division ending at ``pos`` (its suffix the last character, starting no
        earlier than ``lo``) is written elsewhere by its short form right before the rest of
        the name (合江县长江公路大桥 ... 合江长江公路大桥): the start of that division, else None."""
        rest = text[pos:hs]
        for k in (2, 3, 4):
            s = pos - 1 - k
            if s < lo:
                break
            if text.find(text[s:pos - 1] + rest) != -1:
                return s
        return None

    def _names_something(self, text: str, lo: int, hs: int) -> bool:
        """Do the words text[lo:hs] before a head name something (not only generic words)?"""
        rest = [w for w, _s, _e in self.seg.cut(text[lo:hs], fast=True)] if lo < hs else []
        named = bool(rest) and not self._is_generic(rest) and not (
            rest[0] in self.stop_words or self._tag(rest[0]) in self.stop_pos)
        if named and self.address_needs_proper:
            # 浮梁县江村乡|防洪工程: common words after an address name no work of their own,
            # the address is the name's (a place, person, abbreviation, unknown word, digits
            # or letters do: 普安县兴中镇|河沟头水库工程)
            named = any(not HAN.fullmatch(w) or self._proper_word(w) for w in rest)
        return named
