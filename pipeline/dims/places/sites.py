"""Step 7c (after toponyms.py), ``place.feature``: the site a dam or power station is named
after (黄河|羊曲|水电站, 林州|弓上|抽水蓄能电站), a locality no lexicon holds and whose name
need not end in a toponym final.

The name is the whole run between a mention that ends right before it and a station head
right after it (``site_heads`` of rule place.feature: 水电站, 抽水蓄能电站, 水利枢纽), of
``site_min_chars``..``site_max_chars`` characters (0: off): the mention before it is a
river (an area in 江, 河) or a division, the site on it or in it. Not a dictionary word, no
place's name already, no function character nor division suffix inside. The name then
counts wherever else the document writes it as a word (羊曲水电站, 茨哈至羊曲河段).
Before a power station's head (``site_open_heads``: 抽水蓄能电站, 水电站, 风电场) the run may
also open a clause instead (after one of ``site_after_marks`` or at the text's start:
⏎哇让|抽水蓄能电站位于…): a power station is named after the place it stands at.
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN, ADMIN_SUFFIX_CHARS, FUNCTION_CHARS, is_han

_INNER_STOP = FUNCTION_CHARS | set("、，,。")
_RIVERS = ("江", "河")


class StationSitesMixin:
    def _station_sites(self, text: str, mentions: list[Mention]) -> list[Mention]:
        feat = self.rules["place.feature"]
        lo, hi = feat.param("site_min_chars", 0), feat.param("site_max_chars", 0)
        heads = tuple(sorted(feat.param("site_heads", []) or [], key=len, reverse=True))
        opens = str(feat.param("site_after_marks", "") or "")  # 。⏎|哇让|抽水蓄能电站: a clause's start
        open_heads = tuple(sorted(feat.param("site_open_heads", []) or [], key=len, reverse=True))
        heads = heads + tuple(h for h in open_heads if h not in heads)
        if not hi or not heads or not any(h in text for h in heads):
            return []
        ends = {}
        for m in mentions:
            f = m.fields
            if f["level"] in ADMIN or f["level"] == "town" or (f["level"] == "area" and f["name"].endswith(_RIVERS)):
                ends.setdefault(m.end, m)
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        names = {}
        for head in heads:
            i = text.find(head)
            while i >= 0:
                for n in range(lo, hi + 1):
                    a = i - n
                    if a < 0:
                        break
                    opens_clause = head in open_heads and (a == 0 or text[a - 1] in opens)
                    if (a in ends or opens_clause) and covered.find(1, a, i) < 0 and self._site_name(text[a:i]):
                        names.setdefault(text[a:i], ends.get(a))
                        break
                i = text.find(head, i + len(head))
        out = []
        for name, before in names.items():
            up = tuple(p for p in before.fields["path"].split("/") if p)[:-1] if before is not None else ()
            out += self._feature_recurrences(text, Entry(name, "area", "", up + (name,), "feature"), ends, covered)
        return out

    def _feature_recurrences(self, text: str, e: Entry, anchors, covered: bytearray) -> list[Mention]:
        """A place.feature mention of ``e.name`` at each of its starts in ``anchors`` and wherever the
        document writes it again as a word, where no mention covers it yet (``covered`` is marked);
        shared by the station sites here and the names before 片区 (blocks.py)."""
        out, name = [], e.name
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if covered.find(1, i, j) < 0 and (i in anchors or self.is_word(text, i, j)):
                out.append(self._mention(i, j, text, "place.feature", e))
                covered[i:j] = b"\x01" * (j - i)
            i = text.find(name, j)
        return out

    def _site_name(self, name: str) -> bool:
        return (all(is_han(c) and c not in _INNER_STOP and c not in ADMIN_SUFFIX_CHARS for c in name)
                and not self._freq.get(name) and not self.surfaces_get(name))
