"""Step 7h: region short forms that are also common nouns (place_regions_anchored.txt:
湾区 'a bay area', 北疆 'the northern frontier') stand only in a document that names a
division of one of the region's provinces or the region by another of its forms; elsewhere
the word is the text's own (a Hainan resort's 湾区, 祖国北疆 in an Inner Mongolia story)."""
from __future__ import annotations

from ...model import Mention


class AnchoredRegionsMixin:
    def _init_anchored(self, rules) -> None:
        on = bool(self.rules["place.region"].param("anchored", False))
        self.anchored_regions = {row[0]: tuple(row[1].split()) for row in
                                 rules.lexicon("place_regions_anchored").entries} if on else {}

    def _anchored_regions(self, out: list[Mention]) -> list[Mention]:
        if not self.anchored_regions:
            return out
        loose = [m for m in out if m.rule_id == "place.region" and m.text in self.anchored_regions]
        if not loose:
            return out
        codes = {m.fields.get("adcode", "")[:2] for m in out if m.fields.get("adcode")}
        drop = set()
        for m in loose:
            name = m.fields.get("name")
            if codes.intersection(self.anchored_regions[m.text]) or any(
                    o.fields.get("name") == name and o.text not in self.anchored_regions for o in out):
                continue
            drop.add(id(m))
        return [m for m in out if id(m) not in drop] if drop else out
