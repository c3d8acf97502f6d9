"""Step 7, ``place.feature``: a place name + a head of place_feature_suffix.txt that ends a
word (深圳湾, 坪山河, 西丽水库) is one ``area``; after a chain it is named by the chain's last
name (长沙岳麓山 -> 岳麓山). And a river the lexicons lack, named before a river cue
(北门江流域: ``river_min_chars``..``river_max_chars`` of rule place.feature).
"""
from __future__ import annotations

from ... import trace as _trace
from ...gazetteer import Entry
from ...model import Mention
from .tracing import drop as _drop
from .vocab import ADMIN, ADMIN_SUFFIX_CHARS, NAME_TAGS, PLACE_TAGS, RECUR_RIGHT, RIVER_LEFT, _Doc


class FeaturesMixin:
    def _features(self, d: _Doc) -> list[Mention]:
        """Features after the mentions of ``d.out`` (not yet in it), and cued rivers."""
        text, out, tails = d.text, d.out, d.tails
        # <place> + 湾/河/湖/山/水库 ...
        feats = []
        for m in out:
            if m.fields["level"] == "region" and self.region_landform_heads:
                feats.extend(self._region_landform(text, m))  # 豫东|平原, 鄂北|岗地
            if m.fields["level"] in ("village", "region", "country"):
                continue
            if m.end >= len(text) or text[m.end] not in self.feature_first:
                continue
            if m.fields["level"] != "area" and text[m.end - 1] in ADMIN_SUFFIX_CHARS:
                continue  # a full official name ends the name: 海东市|河湟, not 海东市河
            for suf in self.features:
                if suf in self.feature_work_suffixes and m.fields["level"] != "area" and text.startswith(suf, m.end):
                    break  # 凤山|水库: a reservoir is a work named after the town (西丽水库 after an area stays)
                if text.startswith(suf, m.end) and not any(
                        e.form.startswith("curated") for e in self.surfaces_get(text[m.start:m.end + len(suf)])):
                    end = m.end + len(suf)
                    if self.feature_suffix_not_opening and any(
                            n.start == m.end and n.end > end and n.fields["level"] == "area" for n in out):
                        # 金沙江|溪洛渡: the suffix opens another feature's name, not this one's head
                        if _trace.current is not None:
                            _drop(m.start, end, text, "place.feature", "places.not_word",
                                  f"{suf!r} after {m.text!r} opens another name here")
                        break
                    if self.is_word(text, m.start, end, check_start=False):
                        name = text[tails.get((m.start, m.end), m.start):end]
                        path = m.fields["path"].split("/") if m.fields["path"] else []
                        if path:
                            if m.fields["level"] == "area":
                                path[-1] = name
                            else:
                                path.append(name)
                        e = Entry(name, "area", "", tuple(path), "feature")
                        feats.append(self._mention(m.start, end, text, "place.feature", e))
                    elif _trace.current is not None:
                        _drop(m.start, end, text, "place.feature", "places.not_word",
                              f"{suf!r} after {m.text!r} does not end a word here")
                    break
        feats.extend(self._cued_rivers(text, out + feats))
        feats.extend(self._cued_lakes(text, out + feats))
        feats.extend(self._managed_areas(text, out + feats))
        feats.extend(self._localities(text, out))
        feats.extend(self._feature_lists(text, out + feats))
        feats.extend(self._toponyms(text, out + feats))  # toponyms.py
        feats.extend(self._station_sites(text, out + feats))  # sites.py: 黄河|羊曲|水电站
        feats.extend(self._feature_stems(text, out + feats))  # toponyms.py: 库布其 of 库布其沙漠
        return feats

    def _region_landform(self, text, m) -> list[Mention]:
        """A region named by a compass word (豫东, 鄂北) right before a landform's head of
        ``region_landform_heads`` (平原, 岗地) that ends a word: the landform, one ``area``
        named as written (豫东平原; SPEC §5, a physical feature)."""
        head = next((h for h in self.region_landform_heads if text.startswith(h, m.end)), None)
        if head is None or not self.is_word(text, m.start, m.end + len(head), check_start=False):
            return []
        name = text[m.start:m.end + len(head)]
        return [self._mention(m.start, m.end + len(head), text, "place.feature", Entry(name, "area", "", (), "feature"))]

    def _localities(self, text, mentions) -> list[Mention]:
        """A natural locality written right after a division (共和县塔拉滩, 青海共和塔拉滩):
        a name of ``locality_min_chars``..``locality_max_chars`` characters that is no
        common word, then a head of place_locality_head.txt that ends a word. The span
        runs from the division; the name is the locality's, under the division's path."""
        out = []
        lo, hi = self.locality_min_chars, self.locality_max_chars
        starts = {m.start for m in mentions}
        first = self.locality_first
        for m in mentions:
            if m.fields["level"] not in ADMIN or not m.fields["path"]:
                continue
            if not any(text[m.end + k:m.end + k + 1] in first for k in range(lo, hi + 1)):
                continue  # no head where one could stand (most mentions)
            for k in range(lo, hi + 1):
                stem = text[m.end:m.end + k]
                if len(stem) < k or not all("\u4e00" <= c <= "\u9fff" for c in stem) \
                        or any(c in ADMIN_SUFFIX_CHARS for c in stem):
                    break
                head = next((h for h in self.locality_heads if text.startswith(h, m.end + k)), None)
                if head is None:
                    continue
                end = m.end + k + len(head)
                name = stem + head
                freq, tag = self._freq.get(stem) or 0, self._tags.get(stem, "")
                why = ""
                if freq >= self.common_freq and tag not in PLACE_TAGS | NAME_TAGS:
                    why = f"{stem!r} is a common word"
                elif self._freq.get(name) or self.surfaces_get(stem) or self.surfaces_get(name):
                    why = f"{name!r} is a dictionary word or another place's name"
                elif any(m.end <= s < end for s in starts):
                    why = "another place's name inside"
                elif not self.is_word(text, m.end, m.end + k) or not self.is_word(text, m.end, end, check_start=False) \
                        or any(self.is_word(text, m.end, m.end + j) for j in range(1, k)):
                    why = f"{stem!r} is not one word before {head!r} here"
                if why:
                    if _trace.current is not None:
                        _drop(m.start, end, text, "place.feature", "places.locality", why)
                    break
                path = tuple(p for p in m.fields["path"].split("/") if p) + (name,)
                out.append(self._mention(m.start, end, text, "place.feature", Entry(name, "area", "", path, "locality")))
                break
        return out

    def _managed_areas(self, text, mentions) -> list[Mention]:
        """A new area before its management committee (河东新城管委会): a place name of two
        or three characters + a head of ``new_area_heads`` (rule place.chain) + one of
        ``committee_words`` (rule place.feature) is an ``area`` under the city of the
        division named last before it; its stem alone later on, where it ends a phrase, is
        the new area too (共建大美河东、)."""
        words = self.committee_words
        if not any(w in text for w in words):
            return []
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        admin = sorted((m for m in mentions if m.fields["level"] in ("city", "county") and m.fields["adcode"]),
                       key=lambda m: m.start)
        out, found = [], []
        for w in words:
            i = text.find(w)
            while i >= 0:
                for head in self.new_area_heads:
                    for k in (3, 2):
                        start = i - len(head) - k
                        if start < 0 or not text.startswith(head, i - len(head)):
                            continue
                        stem = text[start:i - len(head)]
                        if not all("\u4e00" <= c <= "\u9fff" for c in stem) or covered.find(1, start, i) >= 0 \
                                or not self.surfaces_get(stem) or not self.is_word(text, start, start + k):
                            continue
                        before = [m for m in admin if m.end <= start]
                        if not before:
                            continue
                        path = tuple(p for p in before[-1].fields["path"].split("/") if p)
                        if before[-1].fields["level"] == "county":
                            path = path[:-1]
                        name = stem + head
                        e = Entry(name, "area", "", path + (name,), "feature")
                        out.append(self._mention(start, i, text, "place.feature", e))
                        covered[start:i] = b"\x01" * (i - start)
                        found.append((stem, e))
                        break
                i = text.find(w, i + len(w))
        # the new area's stem alone later on (共建大美河东、; 落户河东。): the new area, where it
        # is a word that ends a phrase (RECUR_RIGHT after it; not 河东规划区)
        for stem, e in found:
            j = text.find(stem)
            while j >= 0:
                end = j + len(stem)
                if covered.find(1, j, end) < 0 and (end == len(text) or text[end] in RECUR_RIGHT) \
                        and self.is_word(text, j, end):
                    out.append(self._mention(j, end, text, "place.feature", e))
                    covered[j:end] = b"\x01" * (end - j)
                j = text.find(stem, end)
        return out

    def _cued_lakes(self, text, mentions) -> list[Mention]:
        """A lake, mountain, gorge, cave or island the lexicons lack (a head of
        ``cued_feature_heads``, rule place.feature), named before a feature cue
        (place_feature_cue.txt: 桫椤湖景区, 旅游景区 too), found as a river is; the name then counts wherever else the
        document writes it as a word (the same feature)."""
        heads = self.cued_feature_heads
        if not any(h in text for h in heads):
            return []
        found = self._cued_rivers(text, mentions, heads, self.lake_cues, names_ok=True)
        covered = bytearray(len(text) + 1)
        for m in list(mentions) + found:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        more = []
        for m in {f.text: f for f in found}.values():
            i = text.find(m.text)
            while i >= 0:
                j = i + len(m.text)
                if covered.find(1, i, j) < 0 and self.is_word(text, i, j, prefix_ok=True):
                    e = Entry(m.fields["name"], "area", "", tuple(p for p in m.fields["path"].split("/") if p),
                              "feature")
                    more.append(self._mention(i, j, text, "place.feature", e))
                    covered[i:j] = b"\x01" * (j - i)
                i = text.find(m.text, j)
        return found + more

    def _verb_opens(self, text, start, end) -> bool:
        """Does a jieba word of two characters or more that is a verb or a function word
        (tags of ``cued_not_opening_pos``, rule place.feature) open text[start:end]?"""
        tags = self.cued_not_opening_pos
        if not tags:
            return False
        window = self.word_window
        words = self._tokens(text, max(0, start - window), min(len(text), end + window))
        stop = words.get(start, 0)
        return start + 1 < stop < end and self._tags.get(text[start:stop], "")[:1] in tags

    def _place_word_after_verb(self, text, start, end) -> bool:
        """Is text[start:end] one jieba word tagged a place (川江 ns) right after a verb of
        one character (可使|川江|沿岸; ``cued_place_word_after_verb`` of rule place.feature)?"""
        if not self.cued_place_word_after_verb or not start or self._tags.get(text[start:end], "") not in PLACE_TAGS:
            return False
        window = self.word_window
        words = self._tokens(text, max(0, start - window), min(len(text), end + window))
        return words.get(start) == end and words.get(start - 1) == start and self._tags.get(text[start - 1], "")[:1] == "v"

    def _cued_rivers(self, text, mentions, heads="江河溪", cues=None, names_ok=False) -> list[Mention]:
        """A river the lexicons lack, named before a river cue (place_river_cue.txt:
        北门江流域, 汤池河谷), starting right after a place name (its path) or a function
        character; not a dictionary word of another kind (母亲河), no suffix of a division
        inside. ``names_ok``: a dictionary word tagged as a proper name may be one (黄龙洞
        nr; not for rivers: 母亲河 is tagged so too)."""
        cues = self.river_cues if cues is None else cues
        if not any(c in text for c in heads):
            return []
        ends = {m.end: m for m in mentions if m.fields["level"] not in ("country", "region")}
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        at = []  # where a head character stands, in text order (not every character visited)
        for ch in {c for c in heads if len(c) == 1}:  # as `ch in heads` reads them
            i = text.find(ch)
            while i >= 0:
                at.append(i)
                i = text.find(ch, i + 1)
        at.sort()
        for i in at:
            if covered[i]:
                continue
            end = i + 1
            if not any(text.startswith(c, end) for c in cues):
                continue
            two = end - 2
            if covered.find(1, two, end) < 0 and self._place_word_after_verb(text, two, end):
                # 可使|川江|沿岸: the dictionary's place word, the verbs before it left out
                out.append(self._mention(two, end, text, "place.feature", Entry(text[two:end], "area", "", (text[two:end],), "feature")))
                covered[two:end] = b"\x01" * 2
                continue
            for start in range(i + 1 - self.river_min_chars, i - self.river_max_chars, -1):
                if start < 0 or covered.find(1, start, end) >= 0:
                    continue
                left = text[start - 1] if start else "\n"
                if start not in ends and left not in RIVER_LEFT:
                    continue
                name = text[start:end]
                if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in ADMIN_SUFFIX_CHARS for c in name) \
                        or name[0] in RIVER_LEFT:
                    continue  # not 在天子山: a function character starts no name
                freq, tag = self._freq.get(name) or 0, self._tags.get(name, "")
                if freq and tag not in PLACE_TAGS and not (names_ok and tag in NAME_TAGS):
                    if _trace.current is not None:
                        _drop(start, end, text, "place.feature", "places.river_word",
                              "a dictionary word of another kind before a river cue")
                    continue
                if self._verb_opens(text, start, end):
                    if _trace.current is not None:
                        _drop(start, end, text, "place.feature", "places.river_word",
                              "a verb or function word of two characters or more opens it")
                    continue  # 推进|海峡两岸, 打造|海峡两岸: no gorge named 推进海峡
                parent = ends.get(start)
                path = tuple(p for p in parent.fields["path"].split("/") if p) if parent is not None else ()
                if parent is not None and parent.fields["level"] == "area":
                    path = path[:-1]
                out.append(self._mention(start, end, text, "place.feature", Entry(name, "area", "", path + (name,), "feature")))
                covered[start:end] = b"\x01" * (end - start)
                break
        return out

    def _feature_lists(self, text, mentions) -> list[Mention]:
        """A 、-list of at least ``list_feature_min_items`` names sharing a head of
        ``list_feature_heads`` (rule place.feature): 城南温泉、城北温泉、吴家湾温泉. Each item,
        head included, is an area; an item after the first is the run from the 、; the first
        is the shortest stem that starts a jieba word opened by no verb or function word
        (勘探出|九寨温泉). The list must close with a count of sites (``list_feature_close``:
        等7处温泉点, 等20处), not with a work (等综合体: resorts, projects)."""
        out = []
        for head, pat in self._feature_list_rx:  # (compiled once: extractor.py)
            if text.count(head) < self.list_feature_min_items:
                continue
            for mt in pat.finditer(text):
                items = mt.group().split("、")
                if len(items) < self.list_feature_min_items:
                    continue
                if self.list_feature_close is not None and not self.list_feature_close.match(text, mt.end()):
                    continue  # 开发花囿温泉、森林温泉等综合体: resorts (projects), not the springs
                spans, pos = [], mt.start()
                for k, item in enumerate(items):
                    end = pos + len(item)
                    start = pos if k else self._list_first_start(text, pos, end - len(head))
                    if start is not None:
                        spans.append((start, end))
                    pos = end + 1
                for start, end in spans:
                    if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end)
                           for m in mentions):
                        continue  # across another mention's edge
                    name = text[start:end]
                    out.append(self._mention(start, end, text, "place.feature",
                                             Entry(name, "area", "", (name,), "feature")))
        return out

    def _list_first_start(self, text, lo, stem_end) -> int | None:
        """Where the first item's stem starts in text[lo:stem_end]: the shortest stem of
        list_feature_stem_chars that starts a word, none where that word is a verb or function
        word of two characters or more (开发|区温泉)."""
        words = self._tokens(text, max(0, lo - self.word_window), min(len(text), stem_end + self.word_window))
        for start in range(stem_end - self.list_feature_stem_chars[0], lo - 1, -1):
            if start in words:
                tag = self._tags.get(text[start:words[start]], "")[:1]
                return None if tag and tag in self.cued_not_opening_pos and words[start] - start >= 2 else start
        return None

