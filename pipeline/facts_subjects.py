"""Who a clause is about besides places and projects (SPEC §8): an organisation whose name opens with a place (the
place is its origin) or opens a clause (its own subject), a partner after 与/同, a place helped after 对口支援; and
the place or project after a modifier ending in 的 (moved from facts_topics.py, at its size limit). Mixed
into pipeline/facts_words.py's LinkWords; the words are data in rules/facts/linking.yaml."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .model import Mention


class SubjectWords:
    """Mixed into LinkWords; uses its vocabulary and the linker's per-sentence lookups."""

    def init_subjects(self, cfg: dict) -> None:
        def lex(key):
            return tuple(str(w) for w in cfg.get(key) or [])

        self.org_brackets = {str(b)[1]: str(b)[0] for b in cfg.get("organisation_place_brackets") or []}  # close: open
        org = {str(k): int(v) for k, v in (cfg.get("organisation_heads") or {}).items()}
        breaks = re.escape(str(cfg.get("organisation_name_breaks", "")))
        name_ch = "(?:(?![%s])[\u4e00-\u9fff])" % breaks if breaks else "[\u4e00-\u9fff]"
        self._org_rx = re.compile("|".join("%s{0,%d}?%s" % (name_ch, n, re.escape(h)) for h, n in org.items())) \
            if org else None
        self._dateline_rx = re.compile(str(cfg["dateline_after_place"])) if cfg.get("dateline_after_place") else None
        self.org_subjects = bool(cfg.get("organisation_subjects", False))
        self.org_site_heads = lex("organisation_site_heads")
        self.org_site_investor_words = lex("organisation_site_investor_words")
        self.comitative_cues = lex("comitative_cues")
        self.helper_cues = lex("helper_destination_cues")
        self.helped_modifier_marks = lex("helped_modifier_marks")
        cues, reach = lex("reference_project_cues"), int(cfg.get("reference_name_max", 0))
        self._ref_name_rx = re.compile("(?:%s)[0-9A-Za-z\u4e00-\u9fff]{1,%d}$" % ("|".join(map(re.escape, cues)), reach)) \
            if cues and reach else None
        self._ref_name_reach = reach + max(map(len, cues), default=0)

    def organisation(self, text: str, place: Mention) -> bool:
        """四川省投资集团…, 峨眉山公司, 浙江企业: the place opens an organisation's name; or it is
        where a report was filed, in its dateline (海南日报屯城11月30日电)."""
        end = place.end
        if self.org_site_heads and text.startswith(self.org_site_heads, end):
            m = self._org_rx.match(text, end) if self._org_rx is not None else None
            if m is None or not text.startswith(self.org_site_investor_words, m.end()):
                return False  # 某港集团将实施…: it runs the port, which stands in the place (organisation_site_heads)
        if self.org_brackets and place.start and text[place.start - 1] == self.org_brackets.get(text[end:end + 1]):
            end += 1  # 台玻(福建)光伏玻璃有限公司
        return (self._org_rx is not None and self._org_rx.match(text, end) is not None) or \
            (self._dateline_rx is not None and self._dateline_rx.match(text, place.end) is not None)

    def opens_organisation(self, text: str, pos: int) -> bool:
        """宝钢集团…, 四川省投资集团…: an organisation's name starts at ``pos`` (with or without a place first)."""
        if self._org_rx is None:
            return False
        pl = self._place_at.get(pos)
        return self._org_rx.match(text, pos) is not None if pl is None else self.organisation(text, pl[1])

    def helped(self, text: str, m, cs: int) -> bool:
        """江苏对口支援西藏年度资金总计5.57亿元: a place right after one of ``helper_destination_cues`` with a place named
        before the cue in its clause is who is helped, and the figure is the helper's (对口支援木里去年完成10个项目, with no
        helper named, stays 木里's), unless the place modifies what is counted (湖州市对口支援安吉县的12个项目: 安吉县's)."""
        cue = next((c for c in self.helper_cues if text.endswith(c, cs, m.start)), None)
        if cue is None or text.startswith(self.helped_modifier_marks, m.end):
            return False
        n = bisect_left(self._pl_starts, cs)
        return n < len(self._places) and self._places[n].end <= m.start - len(cue)

    def fund_source(self, text: str, m) -> bool:
        """河南援疆资金945万元: a place right before one of ``fund_source_marks`` gives the money; it is not where the
        money goes, nor what its clause opens with."""
        return bool(self.fund_sources) and text.startswith(self.fund_sources, m.end)

    def helped_or_referenced(self, text: str, m, cs: int) -> bool:
        """The place helped (``helped``), or one inside the name of the point a distance is measured from, at most
        ``reference_name_max`` characters after 距 (…，距330kV双湾变电站约2000米 -> not 双湾镇's)."""
        return self.helped(text, m, cs) or (self._ref_name_rx is not None and self._ref_name_rx.search(
            text, max(cs, m.start - self._ref_name_reach), m.start) is not None)

    def comitative(self, text: str, m, cs: int) -> bool:
        """以视频连线方式与太原主会场同步举行: a place right after 与/同 that ends no list of places or projects (nothing
        named right before the cue, nor before a short tail of it: 粤东地区与大湾区) is a partner of the subject, not where
        it is."""
        cue = next((c for c in self.comitative_cues if text.endswith(c, cs, m.start)), None)
        if cue is None:
            return False
        at = m.start - len(cue)  # no place or project ends right before the cue or a short tail before it (粤东地区与大湾区)
        return not any(e in self._place_ends or e in self._project_ends for e in range(max(cs, at - self.item_tail), at + 1))

    def _modified_place(self, text, pos, end, places, projects):
        """A place right after a modifier ending in 的 (作为全国五大牧区之一的青海, 以…为特色的
        周城村) is what the clause is about."""
        n = bisect_right(self._sp_starts, pos)
        if n < len(places):
            i, pl = places[n]
            if pl.start > min(end, pos + self.place_modifier_window) or pl.end > end:
                return []
            if text[pl.start - 1] == "的" and bisect_left(self._sj_starts, pos) == bisect_left(self._sj_starts, pl.start):
                return [i]
            return []
        return []

    def _modified_project(self, text, pos, end, places, projects, first=False):
        """A project right after a short modifier ending in 的 (规划建设的临空经济产业园,
        两市联合实施的…工程) is what the clause is about; an amount is one character of a modifier
        that opens the clause (``first``: 赣州设立总规模100亿元的…基金 is the city's act)."""
        n = bisect_left(self._sj_starts, pos)
        if n < len(projects):
            i, p = projects[n]
            if p.start <= end and p.start - pos - (self.amounts_width(pos, p.start) if first else 0) <= self.modifier_window:
                gap = text[pos:p.start]
                if any(c in gap[1:] for c in self.modifier_comitatives):
                    return None  # 线路与已建成的浦南高速…相连接: 线路 is the subject, not the road
                if gap == "" or ((gap.endswith("的") or gap.endswith(self.appositive_heads)) and
                                 bisect_left(self._sp_starts, pos) == bisect_left(self._sp_starts, p.start)):
                    return i
                return None
        return None
