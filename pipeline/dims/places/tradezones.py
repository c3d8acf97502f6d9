"""Step 7i2, rule ``place.zone``: zones whose names are built from a division's name.

- A pilot free trade zone (State Council: one per province, each of two to four 片区) is
  written 中国(广西)自由贸易试验区, 广西自贸试验区, 广西自贸区 (``ftz_heads``), and its 片区 after
  it (中国(广西)自由贸易试验区崇左片区, 广西自贸试验区崇左片区): one ``special_zone``, named
  中国（P）自由贸易试验区[X片区] (params.ftz_brackets) with the province's short form P, under the province (and
  under the city X names, where X is one). The country and the province inside the name
  are no mentions of their own (SPEC §5: the most specific name). A 片区 named so is that
  zone wherever the document writes it again alone (以下简称崇左片区). Provinces of
  ``ftz_whole_province`` (海南: the whole province is the zone, the gold reads the
  province) are left alone.
- A comprehensive bonded zone (海关总署's list of 综合保税区) is named after the county or
  city it lies in: a division's mention (a chain: 广西凭祥) right before one of
  ``bonded_heads`` is one ``special_zone``, named by the division's short form + the head
  (凭祥综合保税区), under the division.
"""
from __future__ import annotations

import regex

from ...gazetteer import Entry, name_rules, short_forms
from ...model import Mention

_PART = regex.compile(r"\p{Han}{2,6}?片区")


class TradeZonesMixin:
    def _trade_zones(self, out: list[Mention], text: str) -> list[Mention]:
        rule = self.rules["place.zone"]
        heads = tuple(sorted(rule.param("ftz_heads", []) or [], key=len, reverse=True))
        bonded = tuple(rule.param("bonded_heads", []) or [])
        if not (heads and any(h in text for h in heads)) and not (bonded and any(h in text for h in bonded)):
            return out
        whole = frozenset(rule.param("ftz_whole_province", []) or [])
        self.ftz_brackets = str(rule.param("ftz_brackets", "（）") or "（）")[:2]
        got = []
        parts: dict[str, Entry] = {}
        for head in heads:
            i = text.find(head)
            while i >= 0:
                z = self._ftz_at(text, i, head, whole)
                if z is not None:
                    start, end, e, part = z
                    if not any(s <= start and end <= t for s, t, _e in got):
                        got.append((start, end, e))
                        if part:
                            parts.setdefault(part, e)
                i = text.find(head, i + len(head))
        for part, e in parts.items():  # the 片区 written again alone (崇左片区)
            i = text.find(part)
            while i >= 0:
                j = i + len(part)
                if not any(s < j and i < t for s, t, _e in got):
                    got.append((i, j, e))
                i = text.find(part, j)
        for head in bonded:
            got += self._bonded_zones(out, text, head)
        if not got:
            return out
        new = [self._mention(s, t, text, rule.id, e) for s, t, e in got]
        # the names inside a zone's name are none of their own
        keep = [m for m in out if not any(n.start <= m.start and m.end <= n.end for n in new)]
        return keep + new

    def _ftz_at(self, text, i, head, whole):
        """(start, end, entry, 片区 as written) of a free trade zone whose head is at ``i``."""
        j = i - 1 if text[i - 1:i] in ")）" else i
        prov = None
        for k in (3, 2):
            cands = [e for e in self.surfaces_get(text[max(0, j - k):j]) if e.level == "province"] if j >= k else []
            if len(cands) == 1:
                prov, j = cands[0], j - k
                break
        if prov is None or text[j - 1:j] in ("(", "（") and text[j - 3:j - 1] != "中国" or prov.name in whole \
                or any(prov.name.startswith(w) for w in whole):
            return None
        short = text[j:j + (i - j) - (1 if text[i - 1:i] in ")）" else 0)]
        start = j - 3 if text[j - 1:j] in ("(", "（") else j - 2 if text[j - 2:j] == "中国" else j
        name = f"中国{self.ftz_brackets[0]}{short}{self.ftz_brackets[1]}自由贸易试验区"
        end = i + len(head)
        path = prov.path
        m = _PART.match(text, end)
        part = ""
        if m is not None:
            part = m.group()
            stem = part[:-2]
            name += part
            city = next((c for c in self.surfaces_get(stem) if c.level == "city" and c.path[:1] == prov.path[:1]), None)
            if city is not None:
                path = city.path
            end = m.end()
        return start, end, Entry(name, "special_zone", "", tuple(path) + (name,), "curated"), part

    def _bonded_zones(self, out, text, head):
        got = []
        for m in out:
            if text.startswith(head, m.end) and m.fields["level"] in ("city", "county") and m.fields["adcode"]:
                shorts = short_forms(m.fields["name"], m.fields["level"], *name_rules(self.gz.root.parent))
                stem = next((f for kind, f in shorts if kind == "short"), m.fields["name"])
                name = stem + head
                path = tuple(p for p in m.fields["path"].split("/") if p) + (name,)
                got.append((m.start, m.end + len(head), Entry(name, "special_zone", "", path, "curated")))
        return got
