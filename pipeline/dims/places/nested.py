"""Step 7i: runs and new areas that the earlier steps leave split or read as a town.

- A country written right before one of its divisions in an outlet's name (来源:中国西藏新闻网,
  中国江西网, 中国台湾网) is a run of nested names (SPEC §5): one mention, the division
  (``place.chain``), where one of ``country_run_before`` (rule place.chain) follows the
  run. In running text (第28届中国巨鹿红杏商务节) the gold keeps the two apart.
- A new area named by a town's short form (娄底经开区、万宝新区; 市洋河新区: 洋河 is the
  town's short form) is the new area, not the town: the short form + a head of
  ``new_area_heads`` (rule place.chain) is one ``area`` under the town's county's city.
- A new or port area the registers lack (市湖滨新区, 人民医院城南新区医院, 天津港东疆港区),
  written ``new_area_min_times`` times or more as the same word (a name of two characters +
  a head of ``new_area_heads`` or ``new_area_port_heads``; the two characters no dictionary
  word other than a place's or a name: not 保税|港区), in a document that names a
  division, is an ``area`` under the division named last before its first occurrence
  (rule place.feature; 0: off); not a head of ``new_area_recur_not`` (新城: as often a work).
- A scenic area's name with no toponym final (坎布拉景区 … 坎布拉景区): a name of
  ``scenic_chars`` characters, no dictionary word and not ending in a common word of
  another kind (4A级|旅游|景区), written as a word right before a
  head of ``scenic_heads`` at least ``scenic_min_times`` times, is an ``area`` (rule
  place.feature; 0: off).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, NAME_TAGS, PLACE_TAGS, VILLAGE_LEFT, is_han


class NestedRunsMixin:
    def _init_nested(self) -> None:
        chain, feat = self.rules["place.chain"], self.rules["place.feature"]
        self.country_run_levels = frozenset(chain.param("country_run_levels", []) or [])
        self.country_run_before = tuple(chain.param("country_run_before", []) or [])
        self.new_area_min_times = int(feat.param("new_area_min_times", 0) or 0)
        # the heads a recurring new or port area ends in: new_area_heads (place.chain) but
        # new_area_recur_not, and new_area_port_heads
        recur_not = frozenset(feat.param("new_area_recur_not", []) or [])
        self.recurring_area_heads = tuple(h for h in self.new_area_heads if h not in recur_not) + tuple(
            feat.param("new_area_port_heads", []) or [])
        self.recurring_area_inside = tuple(feat.param("new_area_recur_inside", []) or [])
        self.town_new_area = bool(chain.param("town_new_area", False))
        self.new_area_stem_max = int(feat.param("new_area_stem_max_chars", 2) or 2)
        self.scenic_min_times = int(feat.param("scenic_min_times", 0) or 0)
        self.scenic_chars = int(feat.param("scenic_chars", 3) or 3)
        self.scenic_heads = tuple(feat.param("scenic_heads", []) or [])

    def _country_runs(self, out: list[Mention], text: str) -> list[Mention]:
        """中国 + a division right after it, before an outlet's head: one mention, the division."""
        if not self.country_run_levels or not self.country_run_before:
            return out
        at = {}
        for m in out:
            if m.fields["level"] in self.country_run_levels:
                at.setdefault(m.start, []).append(m)
        drop, got = set(), []
        for m in out:
            if m.fields["level"] != "country" or m.end not in at:
                continue
            nxt = max(at[m.end], key=lambda o: o.end)
            if not any(text.startswith(w, nxt.end) for w in self.country_run_before):
                continue
            got.append(self._mention(m.start, nxt.end, text, "place.chain", self._entry_of(nxt)))
            drop.add(id(m))
            drop.update(id(o) for o in at[m.end])
        if not got:
            return out
        return [m for m in out if id(m) not in drop] + got

    def _town_new_areas(self, out: list[Mention], text: str) -> list[Mention]:
        """A town's short form right before a new-area head (万宝|新区): the new area."""
        if not self.town_new_area:
            return out
        got = []
        for m in out:
            if m.fields["level"] == "town" and m.text[-1] not in ADMIN_SUFFIX_CHARS and m.fields["path"]:
                head = self._new_area_head(text, m.end)
                if head:
                    path = tuple(p for p in m.fields["path"].split("/") if p)[:-2]
                    name = m.text + head
                    m = self._mention(m.start, m.end + len(head), text, "place.feature",
                                      Entry(name, "area", "", path + (name,), "feature"))
            got.append(m)
        return got

    def _recurring_new_areas(self, out: list[Mention], text: str) -> list[Mention]:
        """X新区 / X港区 written as the same word at least ``new_area_min_times`` times."""
        least = self.new_area_min_times
        heads = self.recurring_area_heads
        if not least or not any(h in text for h in heads):
            return out
        admin = sorted((m for m in out if m.fields["level"] in ("province", "city", "county") and m.fields["path"]),
                       key=lambda m: m.start)
        if not admin:
            return out
        covered = bytearray(len(text) + 1)
        for m in out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        seen: dict[str, list[int]] = {}
        for head in heads:
            i = text.find(head)
            while i >= 0:  # (a head at the text's first two characters has no stem: the next may)
                end = i + len(head)
                inside = any(text.startswith(w, i - k) for w in self.recurring_area_inside
                             for k in range(1, len(w) - len(head) + 1) if w.endswith(head) and i >= k)
                for n in range(self.new_area_stem_max, 1, -1):  # the longest stem first (new_area_stem_max_chars)
                    start = i - n
                    stem = text[start:i] if i >= n else ""
                    if n > 2 and (head not in self.new_area_heads or stem[:1] in FUNCTION_CHARS
                                  or not self.is_word(text, start, i)):
                        continue  # a longer stem: a new area's, one word, no function character opening it
                    if i >= n and not inside and is_han(stem) and not any(c in ADMIN_SUFFIX_CHARS for c in stem) \
                            and covered.find(1, start, end) < 0 and self._new_area_word(text, start, i, end):
                        seen.setdefault(stem + head, []).append(start)
                        break
                i = text.find(head, i + 1)
        got = list(out)
        for name, starts in seen.items():
            if len(starts) < least:
                continue
            before = [m for m in admin if m.end <= starts[0]] or admin[:1]
            path = tuple(p for p in before[-1].fields["path"].split("/") if p)
            e = Entry(name, "area", "", path + (name,), "feature")
            got.extend(self._mention(s, s + len(name), text, "place.feature", e) for s in starts)
        return got

    def _new_area_word(self, text, start, i, end) -> bool:
        """The stem is no common word of another kind and the whole ends a word here."""
        stem = text[start:i]
        if self._freq.get(stem) and self._tags.get(stem, "") not in PLACE_TAGS | NAME_TAGS:
            return False  # 推进|新区, 保税|港区: a dictionary word of another kind names none
        if not self.is_word(text, start, end, check_start=False):
            return False
        return self.is_word(text, start, i) or self.is_word(text, start, end)

    def _common_word(self, w: str) -> bool:
        """A dictionary word of another kind, as common as common_freq (旅游 in 4A级|旅游景区)."""
        return (self._freq.get(w) or 0) >= self.common_freq and self._tags.get(w, "") not in PLACE_TAGS | NAME_TAGS

    def _recurring_scenic(self, out: list[Mention], text: str) -> list[Mention]:
        """坎布拉景区 written again and again: 坎布拉, an area."""
        least, k = self.scenic_min_times, self.scenic_chars
        if not least or not any(h in text for h in self.scenic_heads):
            return out
        covered = bytearray(len(text) + 1)
        for m in out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        seen: dict[str, list[int]] = {}
        for head in self.scenic_heads:
            i = text.find(head)
            while i >= 0:
                start = i - k
                stem = text[start:i] if start >= 0 else ""
                if stem and is_han(stem) and not any(c in ADMIN_SUFFIX_CHARS for c in stem) \
                        and stem[0] not in VILLAGE_LEFT and not self._freq.get(stem) \
                        and not self._common_word(stem[-2:]) \
                        and covered.find(1, start, i) < 0 and self.is_word(text, start, i):
                    seen.setdefault(stem, []).append(start)
                i = text.find(head, i + len(head))
        got = list(out)
        for stem, starts in seen.items():
            if len(starts) >= least:  # (one start per match: heads found left to right)
                e = Entry(stem, "area", "", (), "feature")
                got.extend(self._mention(s, s + k, text, "place.feature", e) for s in sorted(starts))
        return got
