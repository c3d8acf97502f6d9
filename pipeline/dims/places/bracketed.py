"""Step 6c: short forms written with a part in brackets ((武)汉襄(阳)宜(昌), 宜(昌)荆(州)荆(门)).

Wire copy names a group of cities by one character each and puts the rest of each short
form in brackets, so that the run reads both as the group's name (汉襄宜, 宜荆荆) and as
the cities. An item is one Han character with one or two more in brackets before or after
it (``bracketed_part`` of rule place.short); the item's characters without the brackets
are a division's short form of a level in ``bracketed_levels``, one reading only. Items
count only in a run of at least ``bracketed_min_run`` of them written together (0: off):
a lone ``X(Y)`` is a note far more often (福州港(罗源)) than an abbreviation.
"""
from __future__ import annotations

import regex

from ...model import Mention


class BracketedShortsMixin:
    def _bracketed_shorts(self, d) -> list[Mention]:
        rule = self.rules["place.short"]
        min_run = rule.param("bracketed_min_run", 0)
        pattern = rule.param("bracketed_part", "")
        if not min_run or not pattern or ("(" not in d.text and "（" not in d.text):
            return []
        levels = set(rule.param("bracketed_levels", []) or [])
        text = d.text
        items = []  # (start, end, entry): the part with the character before or after it
        for m in regex.finditer(pattern, text):
            inner = m.group(0)[1:-1]
            taken = items[-1][1] if items else 0
            for s, e in ((m.start() - 1, m.end()), (m.start(), m.end() + 1)):
                if s < taken or e > len(text) or not ("\u4e00" <= text[s if s < m.start() else e - 1] <= "\u9fff"):
                    continue
                surface = text[s] + inner if s < m.start() else inner + text[e - 1]
                cands = [x for x in self.surfaces_get(surface) if x.level in levels]
                if len({x.name for x in cands}) == 1:
                    items.append((s, e, cands[0]))
                    break
        out, run = [], []
        for it in items + [(-1, -1, None)]:
            if run and run[-1][1] == it[0]:
                run.append(it)
                continue
            if len(run) >= min_run:
                out.extend(self._mention(s, e, text, "place.short", ent) for s, e, ent in run)
            run = [it]
        return out
