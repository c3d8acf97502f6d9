"""Step 7n, ``place.feature``: a named reservoir (SPEC §5; seed 004's 西丽水库, round 34's
gold audit) is one ``area`` place spanning its whole name: a proper name, then a head of
``reservoir_heads`` (水库). The name part is what the document itself bounds: a place
mention ending right at the head (红星|水库, 北海市涠洲|水库: the division, town or feature
read there gives way), or else the jieba words right before the head, read back to a
boundary (a function character, punctuation, a verb, a number) and
``reservoir_name_min_chars``..``reservoir_name_max_chars`` long. A generic modifier of
``reservoir_generic`` right before the head (上|水库, 小型|水库, 病险|水库, (2)型|水库)
makes no place, nor does a division written in full (全县|水库 reads 县's reservoirs).
Every other place mention inside the reservoir's span is dropped.
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, NAME_TAGS, PLACE_TAGS, is_han as _han

#: jieba tags of a word that is no part of a reservoir's name (verbs, prepositions, numbers ...)
_NOT_NAME_TAGS = set("vpcdurmqfbt")
#: ... of a single character that is none (a preposition, adverb, number, position word ...)
_NOT_SINGLE_TAGS = set("pcdu")
#: numerals: no part of a name (两座|水库 is a count)
_NUMERALS = set("〇一二三四五六七八九十两几多数百千万")


class ReservoirsMixin:
    def _reservoirs(self, out: list[Mention], text: str) -> list[Mention]:
        heads = self.reservoir_heads
        if not heads or not any(h in text for h in heads):
            return out
        lo, hi = self.reservoir_name_min_chars, self.reservoir_name_max_chars
        ends: dict[int, list[Mention]] = {}
        for m in out:
            ends.setdefault(m.end, []).append(m)
        # a reservoir a lexicon lists (密云水库) stands as listed
        self._res_areas = [m for m in out if m.fields["level"] == "area" and m.rule_id == "place.area"]
        # where a division written in full ends (蒙自市|蚂蚱冲); a short form may open the
        # name (黄石|盘, 麻栗|坝)
        self._res_ends = {m.end for m in out if text[m.end - 1] in ADMIN_SUFFIX_CHARS}
        new, spans = [], []
        for head in heads:
            i = text.find(head)
            while i >= 0:
                got = self._reservoir_at(text, i, head, ends, lo, hi)
                if got is not None:
                    new.append(got)
                    spans.append((got.start, got.end))
                i = text.find(head, i + len(head))
        if not new:
            return out
        kept = [m for m in out if not any(m.start < e and m.end > s and not (m.start <= s and m.end > e)
                                          for s, e in spans)]
        return kept + new

    def _reservoir_at(self, text, i, head, ends, lo, hi):
        end = i + len(head)
        if any(text.startswith(n, end) for n in self.reservoir_not_next):
            return None  # 万宜水库|村: a settlement named after it (its own rules read it)
        if any(text.endswith(g, 0, i) for g in self.reservoir_generic):
            return None  # 上|水库, 小型|水库, 病险|水库
        if any(m.start < i and m.end >= end for m in self._res_areas):
            return None  # a listed reservoir already (密云水库)
        before = ends.get(i, [])
        start = None
        path: tuple = ()
        if before:
            m = max(before, key=lambda x: x.end - x.start)
            if m.fields["level"] in ("country", "province", "region"):
                return None
            if m.fields["level"] != "area" and text[i - 1] in ADMIN_SUFFIX_CHARS:
                return None  # 全县|水库, 某镇|水库: a division's reservoirs
            start = m.start
            parts = [p for p in (m.fields["path"] or "").split("/") if p]
            path = tuple(parts[:-1])
        else:
            toks = self._tokens(text, max(0, i - 12), i)
            starts = sorted(toks)
            s, singles = i, True
            for t in reversed(starts):
                w = text[t:toks[t]]
                if toks[t] != s or not _han(w) or (len(w) == 1 and w in FUNCTION_CHARS) or s in self._res_ends \
                        or i - t > hi:
                    break  # a function character, another place's end (蒙自市|蚂蚱冲), too long
                tag = self._tags.get(w, "")[:1]
                if len(w) == 1:
                    # an unknown name falls apart into single characters (桃|曲|坡): the run is
                    # the name, up to a preposition, adverb, number ... (除|观音, 自|那|河)
                    if tag in _NOT_SINGLE_TAGS or not (singles or i - s < lo):
                        break
                elif i - s >= lo or tag in _NOT_NAME_TAGS:
                    break  # a name long enough already (原|官路), a verb (新建|土坪)
                else:
                    singles = False
                s = t
            if i - s < lo:
                return None
            w = text[s:i]
            freq, tag = self._freq.get(w) or 0, self._tags.get(w, "")
            if freq >= self.reservoir_common_freq and tag not in PLACE_TAGS | NAME_TAGS:
                return None  # a common word: 利用|水库, 流域|水库
            if i - s < lo:
                return None
            start = s
        for v in self.toponym_verb_openers:  # 新建|土坪水库, 河段新建|水库: a verb opens no name
            k = text.find(v, start, i)
            if k >= 0:
                start, path = k + len(v), ()
        if i - start < lo:
            return None
        name_start = start
        name = text[name_start:end]
        if len(name) - len(head) > hi + 6 or any(c in "、，,。；;：:（）()" for c in name):
            return None
        return self._mention(start, end, text, "place.feature",
                             Entry(name, "area", "", path + (name,) if path else (), "feature"))
