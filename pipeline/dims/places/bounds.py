"""Step 5c: a division's short form that is a compass word and a verb of extent in a
description of bounds (北至G320，东至杞木河，南至X139: 东至 'reaching east', not 东至县).

A site's or a line's bounds are written compass word + 至/起/到/抵/临/邻/接 + the
landmark, usually in a run (西起江苏省徐州市，东至连云港市). A short form whose whole
surface is such a pair (``bound_word`` of rule place.short) is that direction, not the
division, where another such pair of a different compass word stands within
``bound_window`` characters on either side (check ``places.compass_bound``). Written with
its suffix (东至县) or alone, with no bound run around it, the division stands; right
after a verb of motion (``bound_lead``: 向东至东莞市 'eastward to') it is the direction too. Nor does
an unlisted toponym glue such a pair before it (东至杞木河: toponyms.py).
"""
from __future__ import annotations

import regex

from .vocab import _Doc


class CompassBoundsMixin:
    _bound_params = None

    def _bound(self):
        """(the pattern of ``bound_word``, or None where it is off; ``bound_window``;
        ``bound_lead``), read once."""
        if self._bound_params is None:
            rule = self.rules["place.short"]
            pat = rule.param("bound_word", "")
            self._bound_params = (regex.compile(pat) if pat else None, int(rule.param("bound_window", 30)),
                                  str(rule.param("bound_lead", "") or ""))
        return self._bound_params

    def _is_bound(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] a bound's direction in a run of bounds (东至 of 东至杞木河)? It
        glues no place name to the landmark after it (toponyms.py)."""
        word, window, lead = self._bound()
        if word is None or not word.fullmatch(text, start, end):
            return False
        if start and text[start - 1] in lead:
            return True  # 向|东至东莞市: a verb of motion before it makes it the direction
        return any((mm.start() < start or mm.start() >= end) and mm.group()[0] != text[start]
                   for mm in word.finditer(text, max(0, start - window), min(len(text), end + window)))

    def _compass_bounds(self, d: _Doc, keep: list) -> list:
        word = self._bound()[0]
        if word is None:
            return keep
        text, drop = d.text, set()
        for h in keep:
            if h.rule == "place.short" and word.fullmatch(h.surface) and self._is_bound(text, h.start, h.end):
                drop.add(id(h))
                h.why = "places.compass_bound"
        if not drop:
            return keep
        return [h for h in keep if id(h) not in drop]
