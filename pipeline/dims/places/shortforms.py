"""When a division's short form stands without its city named (step 4, read by decide.py
and the second look of evidence.py): it must be a word where it stands (a place-like one
may begin a longer word: 北京大学); a county's short form the dictionary knows well (宜兴,
汶川), the one county of its name in the province the document names (吉水), a city's
whose province is named (海口 in a 海南 story), or a county's outlet after a source label
(来源:武进新闻) needs no city named.
"""
from __future__ import annotations

from ...gazetteer import name_rules, short_forms
from .vocab import ADMIN, NAME_TAGS, PLACE_TAGS, _Hit


class ShortFormsMixin:
    def _labelled_outlet(self, text, h: _Hit, admin, common) -> bool:
        """Is the name a county's outlet after the page's source label (来源:武进新闻: params
        source_label, source_outlet of place.short), the name's one reading a county and a
        place or proper name to jieba (武进 nr)?"""
        return (self.source_label is not None and common == 0 and len(admin) == 1 and admin[0].level == "county"
                and self._tags.get(h.surface) in PLACE_TAGS | NAME_TAGS
                and self.source_label.search(text, max(0, h.start - 8), h.start) is not None
                and self.source_outlet.match(text, h.end) is not None)

    def _city_in_named_province(self, text: str, admin, certain: set) -> bool:
        """Is the short form a city's whose province the document names, in full or by its
        short form (海口, a common word 'estuary', in a 海南 story)? A city is rare enough to
        take it then."""
        if not self.city_short_in_province:
            return False
        for e in admin:
            if e.level == "city" and e.form != "full" and len(e.path) >= 2:
                if self.under(e, certain) >= 1 or any(
                        short in text for _f, short in short_forms(e.path[0], "province", *name_rules(self.gz.root.parent))):
                    return True
        return False

    def _well_known(self, text, h: _Hit, ranked: int = 0, certain=None) -> bool:
        """A county's short form the dictionary knows as a place word often enough
        (tag ns, frequency at least ``well_known_freq`` of rule place.short: 宜兴, 汶川) and
        that names nothing else: it needs no city named in the document. Where the
        document names its province (``ranked`` 1), any frequency will do (吉林省 … 蛟河
        ns 11). Not after a lone Han character jieba leaves over (普|瑞金: the end of an
        unknown name)."""
        surface = h.surface
        in_province = False
        if ranked >= 1 and self._county_of_named_province(surface):
            in_province = True  # 吉安 … 吉水、永新: the one county of the name in the province the text names
        elif ranked >= 1 and self._county_of_named_province(surface, certain) and self.is_word(text, h.start, h.end):
            in_province = True  # 永定土楼 in a 福建 text (永定区 of 龙岩, not of 张家界); a word of its own (not 大通道)
        elif self.well_known_freq <= 0 or self._tags.get(surface) not in PLACE_TAGS \
                or (ranked < 1 and (self._freq.get(surface) or 0) < self.well_known_freq):
            return False
        else:
            cands = self.surfaces_get(surface)  # not even a town (平原, 古城, 城西: too often words)
            if len(cands) != 1 or cands[0].level != "county" or cands[0].form == "full":
                return False
        if in_province and self._tags.get(surface, "") in self.province_lone_front_tags:
            return True  # 开工了|准格尔, 交界处的|珲春: the province named, a place-like word (province_lone_front_tags)
        if h.start and "\u4e00" <= text[h.start - 1] <= "\u9fff":
            lo = max(0, h.start - self.word_window)
            words = self._tokens(text, lo, min(len(text), h.end + self.word_window))
            if words.get(h.start - 1) == h.start and h.start - 1 != lo and text[h.start - 1] not in self.lone_front_chars:
                return False  # (到|合山: a preposition or verb of motion stands alone by right)
        return True

    def _county_of_named_province(self, surface: str, certain=None) -> bool:
        """Is ``surface`` (its province named: the caller's ``ranked`` 1) a county's short form
        that is no common word in any tag (桂平 nr, 民丰 nz, 吉水 ns) and the one division of
        the name in that province, with few readings in all (``province_county_max_readings``
        of rule place.short: 吉水县 + two towns elsewhere; not 新建, ten readings)?"""
        limit = self.province_county_max_readings
        if limit <= 0 or self.commonness(surface):
            return False
        if self._tags.get(surface, "") not in self.province_county_word_not_tags:
            limit = max(limit, self.province_county_word_readings)  # 武陵, 龙口: no verb, no person's name
        cands = self.surfaces_get(surface)
        counties = [e for e in cands if e.level == "county" and e.form != "full"]
        if self.province_county_per_province and certain and len(counties) > 1 and len(
                cands) <= self.province_county_per_province:
            # counties of the name in several provinces (永定区 of 龙岩 and of 张家界): the one
            # in the province the document names, read among that province's readings only
            own = [e for e in counties if e.code[:2] + "0000" in certain]
            if len(own) == 1:
                cands = [e for e in cands if e.code[:2] == own[0].code[:2]]
                counties = own
        if self.province_county_own_towns and len(counties) == 1:  # 林西镇, the seat of 林西县
            cands = [e for e in cands if e.level != "town" or not e.code.startswith(counties[0].code)]
        if len(cands) > limit or len(counties) != 1 or any(e.level not in ("county", "town") for e in cands):
            return False
        prov = counties[0].code[:2]
        return not any(e.level == "town" and e.code[:2] == prov for e in cands)

    def _word_ok(self, text, h: _Hit, common: int, ranked: int) -> bool:
        """A short form (or a common-word full name, 城区) must be a word where it stands;
        a place-like one may begin a longer word (北京大学, 深圳特区报), not an idiom or set
        phrase (长治|久安: ``prefix_word_not_tags`` of rule place.short)."""
        if self.prefix_word_not_tags and self._idiom_head(text, h.start, h.end):
            return False
        if self.is_word(text, h.start, self._fend(text, h) or h.end, prefix_ok=common == 0):
            return True
        if not common and (self._in_named_work(text, h) or self._glued_front(text, h.start, h.end)) \
                or self._fused_head(text, h):
            return True  # 拉萨|贡嘎|机场: places and a work named after them; 经|合山 read 经合; 烟台|港
        if common == 1 and self.named_recurs_in_work and self._in_named_work(text, h) and any(
                e.code in self._doc_memo.get("named_codes", ()) for e in h.cands if e.level in ADMIN):
            # a common-word short form (白云 'white cloud') the document has named already, in
            # full or after its city (广州白云): the same division before a work's head
            # (白云机场), one jieba word (named_recurs_in_work of place.short; false: off)
            return True
        if not common and self.named_full_across_word and any(
                e.level == "county" and e.code in self._doc_memo.get("certain", ()) and self._written_in(text, e.name)
                for e in h.cands):
            # a place-like short form of a county the document writes in full (正安县 … 正安):
            # jieba's cut across it (正|安吉他, 建设大修|水) is a slip, the county is named
            # (named_full_across_word of place.short; false: off)
            return True
        # a place-like short form whose city the document names, with a clear left edge
        # (punctuation, a quote), need only start a word (“坪山城区”: jieba reads 山城);
        # 深惠城际 has no such edge
        return not common and ranked >= 2 and not (h.start > 0 and "\u4e00" <= text[h.start - 1] <= "\u9fff")

    def _idiom_head(self, text: str, start: int, end: int) -> bool:
        """Does jieba read a longer word from ``start`` on, past ``end``, tagged one of
        ``prefix_word_not_tags`` (长治久安 l)?"""
        window = self.word_window
        words = self._tokens(text, max(0, start - window), min(len(text), end + window))
        nxt = words.get(start, 0)
        return nxt > end and self._tags.get(text[start:nxt], "") in self.prefix_word_not_tags

    def _written_in(self, text: str, name: str) -> bool:
        """Does the document write ``name``? One search per name and document (_doc_memo)."""
        seen = self._doc_memo.setdefault("written_in", {})
        if name not in seen:
            seen[name] = name in text
        return seen[name]
