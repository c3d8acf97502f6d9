"""Step 7h: region short forms that are also common nouns (place_regions_anchored.txt:
湾区 'a bay area', 北疆 'the northern frontier') stand only in a document that names a
division of one of the region's provinces or the region by another of its forms; elsewhere
the word is the text's own (a Hainan resort's 湾区, 祖国北疆 in an Inner Mongolia story).
A name that is only a former one (新建县) read in a document of other provinces is none
(decide.py asks). And an unlisted feature with a character glued on its front where the document names it
alone elsewhere (设铁刹山 beside 铁刹山): cut to the name the document uses."""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .vocab import SUFFIXED, _Hit


class AnchoredRegionsMixin:
    def _init_anchored(self, rules) -> None:
        self.glued_prefix_max = int(self.rules["place.feature"].param("glued_prefix_max_chars", 0) or 0)
        self.glued_short_min_times = int(self.rules["place.feature"].param("glued_short_min_times", 0) or 0)
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

    def _glued_features(self, out: list[Mention], text: str) -> list[Mention]:
        """An unlisted feature read with one or two characters glued on its front (线路新设|
        铁刹山: 设铁刹山) where the document names the feature alone elsewhere (铁刹山): the
        same name, the span cut to it (param place.feature glued_prefix_max_chars; 0: off);
        a name of two characters counts as named alone where the document writes it so at
        least ``glued_short_min_times`` times (跨磁湖, 环磁湖 beside 磁湖 nine times)."""
        most = self.glued_prefix_max
        if not most:
            return out
        alone = {m.text for m in out if m.rule_id == "place.feature" and len(m.text) >= 3}
        least = self.glued_short_min_times
        if least:  # a name of two characters counts where the document writes it alone often (跨|磁湖)
            twos: dict[str, int] = {}
            for m in out:
                if m.fields.get("level") == "area" and len(m.text) == 2 and m.text == m.fields.get("name"):
                    twos[m.text] = twos.get(m.text, 0) + 1
            alone |= {t for t, n in twos.items() if n >= least}
        if not alone:
            return out
        got = []
        for m in out:
            if m.rule_id == "place.feature":
                cut = next((k for k in range(1, most + 1) if m.text[k:] in alone), 0)
                if cut and not any(o.start <= m.start < o.end for o in out if o is not m and o.rule_id != "place.feature"):
                    e = Entry(m.fields["name"][cut:], "area", "", tuple(m.fields["path"].split("/")[:-1]) + (
                        m.fields["name"][cut:],) if m.fields["path"] else (), "feature")
                    m = self._mention(m.start + cut, m.end, text, "place.feature", e)
            got.append(m)
        return got

    @staticmethod
    def _former_elsewhere(h: _Hit, admin, certain: set) -> bool:
        """A former name only (新建县, now 新建区 of 南昌) in a document that names with
        certainty divisions of other provinces and none of its own (a 中牟县 report's
        新建|县直一初中: 新建 'newly built')."""
        formers = [e for e in admin if e.form in SUFFIXED]
        if not formers or any(e.form != "former" for e in formers):
            return False
        own = {e.code[:2] for e in formers}
        provinces = {c[:2] for c in certain if c[:2].isdigit()}
        return bool(provinces) and own.isdisjoint(provinces)
