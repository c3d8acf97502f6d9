"""Step 7g3: a list of villages written in full that runs across the towns of one county
(林岙村、库村、横溪村: 林岙村 and 横溪村 of 包垟乡, 库村 of another town of the county).

villages.py reads the items after a register village under that village's own town; an
item of another town, or one too short for the unlisted pattern (库村: one character and
村), ends the list there. Here each item after a register village is read under the
village's county: a name in 村/社区 of ``county_list_min_chars``.. characters that is
exactly one register village of that county is that village (rule place.village,
param ``county_list_min_chars``; 0: off). The list is the evidence: a two-character
village name alone is too often a word (min_chars), next to its county's villages in a
list it is not.
"""
from __future__ import annotations

import regex

from ...model import Mention

ITEM = regex.compile(r"\p{Han}{1,4}?(?:村|社区)(?![\p{Han}])|\p{Han}{1,4}?(?:村|社区)(?=[、和及与等])")
JOINTS = "、和及与"


class CountyVillageListsMixin:
    def _county_village_lists(self, text: str, out: list[Mention]) -> list[Mention]:
        least = int(self.rules["place.village"].param("county_list_min_chars", 0) or 0)
        if not least:
            return out
        taken = [(m.start, m.end) for m in out]
        starts = {m.start for m in out}
        added: list[Mention] = []
        todo = [m for m in out if m.fields["level"] == "village" and len(m.fields["adcode"]) == 12]
        while todo:
            m = todo.pop()
            county = m.fields["adcode"][:6]
            pos = m.end
            while pos + 1 < len(text) and text[pos] in JOINTS and pos + 1 not in starts:
                mm = ITEM.match(text, pos + 1)
                if mm is None or len(mm.group()) < least:
                    break
                a, b, name = mm.start(), mm.end(), mm.group()
                if any(s < b and a < e for s, e in taken):
                    break
                hits = self.gz.village_codes_named(county, name)
                if len(hits) != 1:
                    break
                new = self._mention(a, b, text, "place.village", self.gz.village_entry(hits[0], name))
                added.append(new)
                taken.append((a, b))
                starts.add(a)
                pos = b
        return out + added
