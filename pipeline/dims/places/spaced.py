"""Step 6b: names broken by a layout space (辽 宁, 中 国).

Text copied from a printed page or a PDF can carry single spaces between the characters
of one word (精 神, 显 著). In a document with at least ``spaced_min_gaps`` such spaces
between two Han characters (rule place.short), a province's short form (and with
``spaced_cities`` a city's: 娄 底) or a country of two characters written across one space
is that name, when neither character is part of
a name read without the space (上海 南京 gives no 海南, 江西 藏区 no 西藏). In such a document a
division's full name of three characters or more written one character at a time (宜 城 市 统 计
局, a bulletin's heading) is that name at ``spaced_full_levels``: the longest such name from each
character of the run, no character of it inside a name already read.

Text wrapped at a fixed width breaks a word by a line end (沙坪\n坝区, 陕\n西省): a division's
full name written across one line break, both parts Han characters no name already read
holds, is that name (``line_break_levels`` of rule place.short; any document).
"""
from __future__ import annotations

import re

from ...model import Mention
from .vocab import SPACED_MIN_GAPS

#: single Han characters each followed by one space: a word spelled out (宜 城 市 统 计 局)
_SPELLED = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")
#: the longest full name read from a spelled-out run
_SPELLED_MAX = 8
_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\r?\n(?=[\u4e00-\u9fff])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the longest part of a name on either side of a line break
_BREAK_PART = 6


class SpacedMixin:
    def _spaced(self, d) -> list[Mention]:
        text = d.text
        covered = bytearray(len(text))
        for h in d.hits:
            covered[h.start:h.end] = b"\x01" * (h.end - h.start)
        for m in d.out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = self._line_broken(text, covered)
        gaps = [m.start() for m in _GAP.finditer(text)]
        if len(gaps) < self.rules["place.short"].param("spaced_min_gaps", SPACED_MIN_GAPS):
            return out
        out += self._spelled(text, covered)
        levels = ("province", "city") if self.rules["place.short"].param("spaced_cities", False) else ("province",)
        for i in gaps:
            if covered[i - 1] or covered[i + 1]:
                continue
            e = next((e for e in self.surfaces_get(text[i - 1] + text[i + 1])
                      if e.level in levels or (e.level == "country" and e.form.startswith("curated"))), None)
            if e is not None:
                out.append(self._mention(i - 1, i + 2, text, "place.country" if e.level == "country" else "place.short", e))
        return out

    def _spelled(self, text: str, covered: bytearray) -> list[Mention]:
        """Full division names spelled out one character at a time (宜 城 市): the longest."""
        levels = set(self.rules["place.short"].param("spaced_full_levels", []) or [])
        if not levels:
            return []
        out = []
        for m in _SPELLED.finditer(text):
            chars = m.group()[::2]
            base = m.start()
            k = 0
            while k < len(chars) - 2:
                best = None
                for n in range(min(_SPELLED_MAX, len(chars) - k), 2, -1):
                    name = chars[k:k + n]
                    e = next((e for e in self.surfaces_get(name)
                              if e.level in levels and e.form == "full" and e.name == name), None)
                    if e is not None:
                        best = (n, e)
                        break
                if best is None:
                    k += 1
                    continue
                a, b = base + 2 * k, base + 2 * (k + best[0] - 1) + 1
                if not any(covered[a:b]):
                    out.append(self._mention(a, b, text, "place.full", best[1]))
                    covered[a:b] = b"\x01" * (b - a)
                k += best[0]
        return out

    def _line_broken(self, text: str, covered: bytearray) -> list[Mention]:
        """Full division names broken by one line end (沙坪\\n坝区): the longest such name."""
        levels = set(self.rules["place.short"].param("line_break_levels", []) or [])
        if not levels:
            return []
        out = []
        for m in _BREAK.finditer(text):
            i, j = m.start(), m.end()
            best = None
            for k in range(1, _BREAK_PART + 1):
                a = i - k
                if a < 0 or not _HAN.match(text[a]) or covered[a]:
                    break
                for r in range(1, _BREAK_PART + 1):
                    b = j + r
                    if b > len(text) or not _HAN.match(text[b - 1]) or covered[b - 1]:
                        break
                    name = text[a:i] + text[j:b]
                    e = next((e for e in self.surfaces_get(name)
                              if e.level in levels and e.form == "full" and e.name == name), None)
                    if e is not None and (best is None or b - a > best[1] - best[0]):
                        best = (a, b, e)
            if best is not None:
                out.append(self._mention(best[0], best[1], text, "place.full", best[2]))
        return out
