"""Step 6b: names broken by a layout space (辽 宁, 中 国).

Text copied from a printed page or a PDF can carry single spaces between the characters
of one word (精 神, 显 著). In a document with at least ``spaced_min_gaps`` such spaces
between two Han characters (rule place.short), a province's short form (and with
``spaced_cities`` a city's: 娄 底) or a country of two characters written across one space
is that name, when neither character is part of
a name read without the space (上海 南京 gives no 海南, 江西 藏区 no 西藏).
"""
from __future__ import annotations

import re

from ...model import Mention
from .vocab import SPACED_MIN_GAPS

_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


class SpacedMixin:
    def _spaced(self, d) -> list[Mention]:
        text = d.text
        gaps = [m.start() for m in _GAP.finditer(text)]
        if len(gaps) < self.rules["place.short"].param("spaced_min_gaps", SPACED_MIN_GAPS):
            return []
        covered = bytearray(len(text))
        for h in d.hits:
            covered[h.start:h.end] = b"\x01" * (h.end - h.start)
        for m in d.out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        levels = ("province", "city") if self.rules["place.short"].param("spaced_cities", False) else ("province",)
        out = []
        for i in gaps:
            if covered[i - 1] or covered[i + 1]:
                continue
            e = next((e for e in self.surfaces_get(text[i - 1] + text[i + 1])
                      if e.level in levels or (e.level == "country" and e.form.startswith("curated"))), None)
            if e is not None:
                out.append(self._mention(i - 1, i + 2, text, "place.country" if e.level == "country" else "place.short", e))
        return out
