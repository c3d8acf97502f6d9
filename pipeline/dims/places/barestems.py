"""Step 6c, ``place.village`` (bare stems): a register village written without its suffix
anywhere in a document that names its county (顺庄生态园, 梧垵校区, 朱家仙河片区,
纳洞村至桑什斗公路): the stem of one village (村, 社区) of a county the document names, of
``bare_stem_min_chars``..``bare_stem_max_chars`` characters (rule place.village), that is
no dictionary word and no other place's name, a jieba word where it stands, not opening
with a division's suffix character nor a function character, and followed by the head of
what is named after it: a Han character, not a function one (``bare_stem_not_next``:
黄家湾和凤山, 向南而行, “最美桌山”, 中洋2个), nor a head that makes it part of a longer
name (``bare_stem_not_before``: 阜民路, 越都新村, 留仙洞).
A stem ending in a toponym final (``toponym_finals`` of place.feature: 赤湾, 芭蕉沟, 蒲河)
is the feature the village is named after: level ``area``, named as written; not before
a settlement's head (朱家仙河片区: the village)."""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import ADMIN_SUFFIX_CHARS, SETTLEMENT_HEADS, VILLAGE_LEFT, is_han


class BareStemsMixin:
    def _bare_village_stems(self, text: str, mentions: list[Mention]) -> list[Mention]:
        lo, hi = self.bare_stem_min_chars, self.bare_stem_max_chars
        if hi < lo or hi <= 0:
            return []
        counties = sorted({m.fields["adcode"][:6] for m in mentions
                           if m.fields["level"] in ("county", "town", "village") and len(m.fields["adcode"]) >= 6
                           and m.fields["adcode"][:6] in self.gz.div})
        if not counties:
            return []
        spans = [(m.start, m.end) for m in mentions]
        out = []
        for county in counties:
            for stem, (code, name) in self._bare_stems_of(county, lo, hi).items():
                i = text.find(stem)
                while i >= 0:
                    j = i + len(stem)
                    nxt = text[j:j + 1]
                    if (is_han(nxt) and nxt not in self.bare_stem_not_next
                            and not any(text.startswith(h, j) for h in self.bare_stem_not_before)
                            and not any(s < j and i < e for s, e in spans) and self.is_word(text, i, j)):
                        if stem[-1] in self.toponym_finals and not any(
                                text.startswith(h, j) for h in SETTLEMENT_HEADS):
                            e, rid = Entry(stem, "area", "", self.gz.path_names(county) + (stem,), "street"), "place.feature"
                        else:
                            e, rid = self.gz.village_entry(code, name), "place.village"
                        out.append(self._mention(i, j, text, rid, e))
                        spans.append((i, j))
                    i = text.find(stem, j)
        return out

    def _bare_stems_of(self, county: str, lo: int, hi: int) -> dict:
        """stem -> (code, name) of the county's villages whose stem no other village of
        the county shares and that is no word, no place and no suffix or function
        character first; kept across documents (with the county's village names)."""
        key = ("bare", county)
        got = self._register_memo.get(key)
        if got is None:
            seen: dict = {}
            for code, name in self.gz.villages_of(county):
                for suffix in ("社区", "村"):
                    if name.endswith(suffix) and lo <= len(name) - len(suffix) <= hi:
                        stem = name[:-len(suffix)]
                        seen.setdefault(stem, []).append((code, name))
                        break
            got = {stem: rows[0] for stem, rows in seen.items()
                   if len(rows) == 1 and stem[0] not in ADMIN_SUFFIX_CHARS and stem[0] not in VILLAGE_LEFT
                   and not self._freq.get(stem) and not self.surfaces_get(stem)}
            self._remember(key, got)  # lists.py: kept across documents, bounded
        return got
