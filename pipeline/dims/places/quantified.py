"""Step 5d: a division's short form right after a quantity is a common word, not the
division (突破500亿元大关 'past the 50-billion mark', 三个亿吨大港 'big ports of a hundred
million tonnes': not 大关县, not 大港街道).

A number and a unit of money or weight (``quantity_before`` of rule place.short, a
pattern matched against the text that ends right before the name) count or measure the
noun after them; a division is never counted so, while the common words that share a
division's characters are (大关, 大港). Only short forms are dropped (rules place.short and
place.town_short): a name written in full stands, and so does a feature after a measure
(2座长江大桥, 7.2公里长江堤防: rule place.area, not touched).

Also a curated feature right after a word that makes it a yardstick (``metaphor_before``
of rule place.area: 陆上|三峡, 海上|三峡, 风光|三峡 'a wind-and-solar Three Gorges' -- a
base as big as the dam, not the gorges): no place.

And a curated feature standing alone between a space and a byline's verb (``byline_after``
of rule place.area, matched right after the name: （记者 华山 制作, 党委工作部 黄山 报道): a
person's name, no place.
"""
from __future__ import annotations

import regex

from .vocab import _Doc

_SHORT_RULES = ("place.short", "place.town_short")
_LOOK_BACK = 16  # characters before the name the pattern sees


# (rule whose param holds the pattern, that param, rules of the names it drops, the reason)
_BEFORE = (
    ("place.short", "quantity_before", _SHORT_RULES, "places.after_quantity"),
    ("place.area", "metaphor_before", ("place.area",), "places.metaphor"),
)


# (rule whose param holds the pattern, that param, rules of the names it drops, the reason):
# the pattern must match right after the name, and a space stand right before it
_AFTER_SPACED = (
    ("place.area", "byline_after", ("place.area",), "places.byline_name"),
)


class QuantifiedShortsMixin:
    _before_res = None
    _after_res = None

    def _after_patterns(self) -> list:
        """(compiled pattern, rules, reason) of each ``_AFTER_SPACED`` param that is on."""
        if self._after_res is None:
            self._after_res = [(regex.compile("(?:" + pat + ")"), rules, why)
                               for rid, param, rules, why in _AFTER_SPACED
                               if (pat := self.rules[rid].param(param, "") or "")]
        return self._after_res

    def _before_patterns(self) -> list:
        """(compiled pattern, rules, reason) of each ``_BEFORE`` param that is on: the pattern
        must end right before the name."""
        if self._before_res is None:
            self._before_res = [(regex.compile("(?:" + pat + ")$"), rules, why)
                            for rid, param, rules, why in _BEFORE
                            if (pat := self.rules[rid].param(param, "") or "")]
        return self._before_res

    def _quantified_shorts(self, d: _Doc, keep: list) -> list:
        before, after = self._before_patterns(), self._after_patterns()
        if not before and not after:
            return keep
        text, drop = d.text, set()
        for h in keep:
            if not h.start:
                continue
            for pat, rules, why in before:
                if h.rule in rules and pat.search(text, max(0, h.start - _LOOK_BACK), h.start):
                    drop.add(id(h))
                    h.why = why
                    break
            else:
                if text[h.start - 1].isspace():
                    for pat, rules, why in after:
                        if h.rule in rules and pat.match(text, h.end):
                            drop.add(id(h))
                            h.why = why
                            break
        if not drop:
            return keep
        return [h for h in keep if id(h) not in drop]
