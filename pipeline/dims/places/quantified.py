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

And a division's two-character short form right after a person's title and one surname of
the register's hundred commonest (``person_before`` of rule place.short; ``{@^meta_surnames}``
in it is the class of rules/lexicons/meta_surnames.txt's characters): the person's given name (主任陈
|金山, 客户梁|广东, 编辑:郭|金华), no place. A name in full stands (记者王|成都市…).
"""
from __future__ import annotations

import regex

from .vocab import _Doc

_SHORT_RULES = ("place.short", "place.town_short")
_LOOK_BACK = 16  # characters before the name the pattern sees


# (rule whose param holds the pattern, that param, rules of the names it drops, the reason,
# where the pattern stands): "before" ends right before the name; "after_spaced" matches right
# after it, and a space stands right before the name
_VETOES = (
    ("place.short", "quantity_before", _SHORT_RULES, "places.after_quantity", "before"),
    ("place.area", "metaphor_before", ("place.area",), "places.metaphor", "before"),
    ("place.area", "byline_after", ("place.area",), "places.byline_name", "after_spaced"),
    ("place.short", "person_before", ("place.short",), "places.person_name", "before_short"),
)


class QuantifiedShortsMixin:
    _veto_res = None

    def _veto_sources(self, rules) -> list:
        """(pattern, rules, reason, where) of each ``_VETOES`` param that is on, its macros and
        lexicons (``{@^meta_surnames}``) expanded by the rule set, compiled on first use."""
        return [(rules.expand(pat), on, why, side) for rid, param, on, why, side in _VETOES
                if (pat := self.rules[rid].param(param, "") or "")]

    def _veto_patterns(self) -> list:
        """(compiled pattern, rules, reason, where) of each ``_VETOES`` param that is on."""
        if self._veto_res is None:
            self._veto_res = [(regex.compile("(?:" + pat + ")" + ("$" if side.startswith("before") else "")),
                               on, why, side) for pat, on, why, side in self.veto_sources]
        return self._veto_res

    def _quantified_shorts(self, d: _Doc, keep: list) -> list:
        vetoes = self._veto_patterns()
        if not vetoes:
            return keep
        text, drop = d.text, set()
        for h in keep:
            if not h.start:
                continue
            for pat, rules, why, side in vetoes:
                if h.rule not in rules:
                    continue
                if side == "before_short" and (h.end - h.start != 2 or h.entry is None or h.entry.form == "full"):
                    continue  # a two-character short form only: a name in full stands
                if side.startswith("before"):
                    hit = pat.search(text, max(0, h.start - _LOOK_BACK), h.start)
                else:
                    hit = text[h.start - 1].isspace() and pat.match(text, h.end)
                if hit:
                    drop.add(id(h))
                    h.why = why
                    break
        if not drop:
            return keep
        return [h for h in keep if id(h) not in drop]
