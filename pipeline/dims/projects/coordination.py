"""Coordinated items on a name's left edge (SPEC §6: coordinated names sharing a head):
routes listed before the head they share (郑州至徐州、郑州至西安…高铁) and short items that
share it (深大、深惠城际), read by the left walk (walk.py)."""
from __future__ import annotations

from .vocab import DASHES, HAN, PHASE, ROUTE_ENDS

# the words joining a route's two ends (咸宁至九江): what follows one ends a route
ROUTE_JOINS = frozenset({"至", "到"})


class CoordinationMixin:
    def _route_before(self, text: str, lo: int, k: int) -> int | None:
        """Where a route item (郑州至徐州) ending at ``k`` starts, right after a 、, a wall
        character (的, 和), a non-Han character or the text's start; None when none ends there
        (the shortest reading first: 运营的|郑州至徐州)."""
        for n in range(5, 10):
            a = k - n
            if a < lo:
                break
            if ROUTE_ENDS.fullmatch(text, a, k) and (
                    a == 0 or text[a - 1] == "、" or text[a - 1] in self._wall_chars or not HAN.match(text[a - 1])):
                return a
        return None

    def _shares_head(self, units, j: int) -> bool:
        w, tag, s, e = units[j]
        if len(w) > 2 or not HAN.fullmatch(w) or self._ends_with_head.search(w):
            return False
        if j > 0 and units[j - 1][0] in ROUTE_JOINS:
            return False  # 青山至|白河、星河大桥…: the end of a route, an item of its own
        if self._is_stop(w) or tag in self.stop_pos:
            return False
        if not self._proper_word(w):
            return False  # 贷款、澄南水厂: a common word before 、 ends another item, it shares nothing
        return j == 0 or not self._word_ok(units[j - 1], units[j])

    def _joiner_ok(self, text: str, units, i: int, lo: int, hs: int, he: int) -> bool:
        """Does the joiner units[i] (a dash or a middle dot) join the words on either side
        into one name? Not a dash between two names of the same head (姚杨公路—叶新公路: two
        works), nor a middle dot after a name with a head of its own (游客中心·星河温泉: two;
        楠溪·云上度假区 is one)."""
        w, _t, s, _e = units[i]
        if i == 0 or not self._word_ok(units[i - 1], units[i + 1]):
            return False
        if w in DASHES:
            return not (text[hs:he] in self.heads and units[i - 1][0].endswith(text[hs:he]))
        return not self._ends_with_head.search(text, lo, s)

    def _phased_activity(self, units, i: int, hs: int) -> bool:
        """Is units[i] a verb of project_name_verbs.txt between a name and a phase right before
        the head (引嫩入白|扩建|一期|工程)? The work's own activity, no governing verb
        (扩建工程 names such works too; 新建|一期工程 with nothing named before it is none)."""
        w, tag, _s, _e = units[i]
        if i == 0 or i + 1 >= len(units) or w not in self.name_verbs or not tag.startswith("v"):
            return False
        nxt, prev = units[i + 1], units[i - 1]
        return bool(PHASE.fullmatch(nxt[0])) and nxt[3] == hs and (
            self._named_unit(prev) or prev[0] not in self._tags)
