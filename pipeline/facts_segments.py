"""Where a sentence's segments and clauses say more than their own words (SPEC §8): a segment
after a semicolon built like the one before it keeps that one's subject, and a clause that
locates the sentence's subject (工程位于…镇) gives the place of figures that have none nearer.
Mixed into pipeline/facts_words.py's LinkWords; the words are data in rules/facts/linking.yaml."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class SegmentWords:
    """Mixed into LinkWords; uses its vocabulary and the linker's per-sentence lookups."""

    def _segment_clauses(self, text, clauses, k) -> tuple[int, int]:
        """The first and last clause of clause k's segment: the clauses between the semicolons
        (``topic_barriers``) around it."""
        lo = next((j + 1 for j in range(k - 1, -1, -1) if text[clauses[j][1]:clauses[j][1] + 1] in self.topic_barriers), 0)
        hi = next((j for j in range(k, len(clauses)) if text[clauses[j][1]:clauses[j][1] + 1] in self.topic_barriers),
                  len(clauses) - 1)
        while self.parallel_unquoted and lo > 0 and self._parallel_memo(text, clauses, lo) is not None:
            lo = self._segment_clauses(text, clauses, lo - 1)[0]  # …產業類項目17個…；基礎設施類項目5個…: one segment
        return lo, hi

    def _parallel_memo(self, text, clauses, j):
        key = ("parallel", j)
        if key not in self._memo:
            self._memo[key] = self._parallel_to(text, clauses, j)
        return self._memo[key]

    def _after_marks(self, text, pos, end) -> int:
        """``pos`` moved past the quotation marks, brackets and spaces (``opening_marks``) that
        open a clause ending at ``end``."""
        while pos < end and text[pos] in self.opening_marks:
            pos += 1
        return pos

    def _parallel_to(self, text, clauses, j):
        """The clause of the segment before a semicolon that clause j, opening the next
        segment, is built like: a quoted label followed by the same word (…开发区“签约一批”项目2个，…；
        “开工一批”项目2个，…) — the label stands where the subject's figures go on; None otherwise."""
        if j == 0 or text[clauses[j - 1][1]:clauses[j - 1][1] + 1] not in self.topic_barriers:
            return None
        start, end = clauses[j]
        pos = start
        while pos < end and text[pos].isspace():
            pos += 1
        if pos < end and text[pos] not in self.slogan_quotes:
            return self._parallel_unquoted(text, clauses, j, pos) if self.parallel_unquoted else None
        if pos >= end:
            return None
        close = min((n for n in (text.find(q, pos, end) for q in self.closing_quotes) if n >= 0), default=-1)
        tail_end = close + 1
        while 0 < tail_end < min(end, close + 1 + self.parallel_tail) and _is_han(text[tail_end]):
            tail_end += 1
        if close < 0 or tail_end == close + 1:
            return None
        mark = text[close:tail_end]  # ”项目
        if tail_end < end and _is_han(text[tail_end]):
            return None
        first = j - 1
        while first > 0 and text[clauses[first - 1][1]:clauses[first - 1][1] + 1] not in self.topic_barriers:
            first -= 1
        for p in range(first, j):  # the first clause of that segment holding such a label (after 其中，)
            ps, pe = clauses[p]
            at = text.find(mark, ps, pe)
            if at >= 0:
                return p if not (at + len(mark) < pe and _is_han(text[at + len(mark)])) else None
        return None

    def _parallel_unquoted(self, text, clauses, j, pos):
        """产业类项目17个，总投资75.23亿元；基础设施类项目5个，总投资6.3亿元: the segment opens with a short label ending
        in a category mark (``parallel_label_marks``) and one of ``parallel_label_nouns`` right before a count, nothing
        named before the count, and a clause of the segment before has the same mark and noun right before a count of
        the same unit: the clause it goes on."""
        start, end = clauses[j]
        a = next(iter(self.amounts_in(start, end)), None)
        if a is None or a.fields.get("kind") != "count" or not 0 < a.start - pos <= self.parallel_label_max or \
                bisect_left(self._sp_starts, a.start) > bisect_left(self._sp_starts, pos) or \
                bisect_left(self._sj_starts, a.start) > bisect_left(self._sj_starts, pos) or \
                not all(_is_han(c) for c in text[pos:a.start]):
            return None
        noun = next((w for w in self.parallel_label_nouns if text.endswith(w, pos, a.start)), None)
        if noun is None or a.start - pos == len(noun):
            return None
        tail = text[a.start - len(noun) - 1:a.start]  # 类项目: a category's projects
        if tail[0] not in self.parallel_label_marks:
            return None  # 签约项目3个…；开工项目4个…: no category, the semicolon still ends the figures (round 7)
        first = j - 1
        while first > 0 and text[clauses[first - 1][1]:clauses[first - 1][1] + 1] not in self.topic_barriers:
            first -= 1
        for p in range(first, j):
            ps, pe = clauses[p]
            if any(text.endswith(tail, ps, b.start) and b.fields.get("unit") == a.fields.get("unit")
                   for b in self.amounts_in(ps, pe)):
                return p
        return None

    def _located_place(self, text, k, clauses, s_places, s_projects):
        """The place a clause of the amount's segment (within semicolons) locates the sentence's
        subject in: ``locator_cues`` + a place (工程位于某区某镇, 全部位于某区), or ``member_locator_cues`` + a
        division of ``member_locator_levels`` (建成后成为某市最大的水厂), nothing named between the clause's start and the
        cue, no amount in that clause. Two such places: none."""
        key = ("located", k)
        if key in self._memo:
            return self._memo[key]
        found, names, located = None, set(), False
        if self.locator_cues or self.member_locator_cues:
            lo, hi = self._segment_clauses(text, clauses, k)
            for j in range(lo, hi + 1):
                cs, ce = clauses[j]
                at = [(n, c) for n, c in ((text.find(c, cs, ce), c) for c in self.locator_cues) if n >= 0] or \
                    [(n, c) for n, c in ((text.find(c, cs, ce), c) for c in self.member_locator_cues) if n >= 0]
                if j == k or not at or self.amounts_in(cs, ce):
                    continue
                cue, word = min(at)
                if self.route_cues and text.endswith(self.route_cues, cs, cue):
                    continue  # 项目路线起点位于…赵咀村: where the route starts, not where the subject is
                if bisect_left(self._sp_starts, cue) > bisect_left(self._sp_starts, cs) or \
                        bisect_left(self._sj_starts, cue) > bisect_left(self._sj_starts, cs):
                    continue  # 湘西州位于湖南省西北部: the place before the cue is the one located
                pl = self._place_at.get(cue + len(word))
                if pl is None or pl[1].end > ce or any(q.start <= pl[1].start < q.end for _, q in s_projects) \
                        or text.startswith(self.reference_postpositions, pl[1].end) or self.organisation(text, pl[1]) \
                        or (word not in self.locator_cues and pl[1].fields.get("level") not in self.member_locator_levels):
                    continue  # 位于径山脚下: a point of reference, not where; 成为华南…基地: a region is no division it stands in
                n = bisect_right(self._sp_starts, pl[1].start)
                if self.located_list_none and n < len(s_places) and self._joined(text, pl[1], s_places[n][1]):
                    return self._memo.setdefault(key, None)  # 分别位于广州、肇庆…等地: located in several, no one place
                if word in self.locator_cues and not located:  # 位于 says where; a division the subject is one
                    found, names, located = None, set(), True  # of (是某市…的板块，工程位于某镇) gives way to it
                elif word not in self.locator_cues and located:
                    continue
                names.add(pl[1].fields.get("name") or pl[1].text)
                found = pl[0]
        return self._memo.setdefault(key, found if len(names) == 1 else None)

    def _locates(self, text, cs, ce) -> bool:
        """A clause that opens with one of ``locator_cues`` (after its marks) and has no amount of its own says where
        the subject named before it is (…，位于桃源县城漳江镇，…)."""
        return text.startswith(self.locator_cues, self._after_marks(text, cs, ce)) and not self.amounts_in(cs, ce)

    def located_over(self, place, located, places) -> bool:
        """The located place replaces a place taken from further away when there is none or it
        lies inside it (北京市住建委发布…，此次涉及改造项目24个，全部位于石景山区 -> 石景山区)."""
        if located is None or located == place:
            return False
        if place is None:
            return True
        name = places[place].fields.get("name") or "?"
        return name in (places[located].fields.get("path") or "").split("/") and name != places[located].fields.get("name")

    def _items_opening(self, text, pos, end, places, projects):
        """A clause opening with one of ``list_intro_cues`` and naming at least two projects lists the
        items of a count or total before it (产业发展项目3个，包括P1、P2、P3，总投资10.89亿元): ('list',
        [the place that holds every place the items name], [], 'items'), else None. That place must be
        named by ``list_intro_min_items`` items, or by a modifier of the whole list (分别是绥安开发区的P1、P2)."""
        if not self._listing or not text.startswith(self.list_intro_cues, pos):
            return None
        items = [m for _, m in projects[bisect_left(self._sj_starts, pos):bisect_left(self._sj_starts, end)]]
        if len(items) < 2:
            return None
        cue = next(c for c in self.list_intro_cues if text.startswith(c, pos))
        whole = items[0] if items[0].start == pos + len(cue) and text.startswith("的", items[0].end) else None
        holder = self.items_holder(text, items, pos, end, places, whole)
        return ("list", [holder] if holder is not None else [], [], "items")

    def items_holder(self, text, items, pos, end, places, whole=None):
        """The place that holds every place the items (projects) name, named by ``list_intro_min_items`` of them or
        by ``whole``, a modifier of the whole list; looked for among ``places`` (the sentence's) in [pos, end)."""
        named = [(i, m) for i, m in places[bisect_left(self._sp_starts, pos):bisect_left(self._sp_starts, end)]
                 if m.end <= end and not self.ignored(m) and not self.organisation(text, m)]
        # (a feature with no division above it, 冯家湾 of …文昌市冯家湾…产业园, holds nothing and
        # contradicts no holder)
        paths = [(m, (m.fields.get("path") or "").split("/")) for _, m in named
                 if "/" in (m.fields.get("path") or "") or m.fields.get("level") != "area"]
        holders = []
        for i, m in named:
            name = m.fields.get("name")
            if not all(name in p for _, p in paths):
                continue
            by = {n for n, q in enumerate(items) for pl, p in paths if q.start <= pl.start < q.end and name in p}
            if len(by) >= self.list_intro_min_items or (whole is not None and whole.start <= m.start < whole.end):
                holders.append(i)
        return self.most_specific(text, holders, self._places, lists=False) if holders else None

    def _opens_project(self, text, pos, projects) -> bool:
        """A project that starts at ``pos`` with a place of an ignored level (中国(绵阳)科技城…产业园总投资…)
        opens the clause: the country is part of its name, not an opener to pass over — unless the project
        is an item of a list (中国海南…中心、…中心等…: the place after the country scopes the list, as a
        place right before a list of places holds it)."""
        n = self._project_at.get(pos) if self.country_opens_project else None
        return n is not None and not self.listed(text, projects[n][1])
