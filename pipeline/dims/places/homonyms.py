"""Step 7m (``homonym_*`` params of place.short): a division's name that several divisions of
one level bear (河东区 of 天津 and of 临沂; 龙华区 of 深圳 and of 海口) takes the reading the
document's other places point to. Step 4 resolves such a name by the divisions named with
certainty (context.py); where none decides, a fixed preference (the lower code) picks one.
Here the places the document resolved elsewhere -- any level, any rule, their province and
city -- are counted for each reading: a reading whose province (or, for readings of one
province, whose city) at least ``homonym_min_support`` other names lie in, where the
preferred reading's has none, replaces it everywhere the document writes the name."""
from __future__ import annotations

from ...model import Mention


class HomonymsMixin:
    homonym_levels: frozenset = frozenset()
    homonym_min_support: int = 2
    homonym_rules: tuple = ("place.full", "place.short", "place.former")

    def _homonym_evidence(self, out: list[Mention], text: str) -> list[Mention]:
        if not self.homonym_levels:
            return out
        todo = [k for k, m in enumerate(out)
                if m.rule_id in self.homonym_rules and m.fields.get("level") in self.homonym_levels
                and m.fields.get("adcode")]
        if not todo:
            return out
        # the document's other places: name -> province and city codes
        where: dict[str, tuple[str, str]] = {}
        for m in out:
            code = m.fields.get("adcode") or ""
            if code:
                where.setdefault(m.fields["name"], (code[:2], code[:4] if m.fields["level"] != "province" else ""))
        decided: dict = {}
        for k in todo:
            m = out[k]
            key = (m.text, m.fields["adcode"])
            if key not in decided:
                decided[key] = self._homonym_pick(m, where)
            e = decided[key]
            if e is not None:
                out[k] = self._mention(m.start, m.end, text, m.rule_id, e)
        return out

    def _homonym_pick(self, m: Mention, where: dict):
        cur = m.fields["adcode"]
        level = m.fields["level"]
        admin = self.info(m.text)[0]
        alts = [e for e in admin if e.level == level and e.code and e.adcode != cur]
        if not alts:
            return None
        names = {e.name for e in admin} | {m.fields["name"]}
        others = [pc for n, pc in where.items() if n not in names]

        def support(code: str, own: str) -> int:
            if code[:2] != own[:2]:
                return sum(1 for p, _c in others if p == code[:2])
            return sum(1 for _p, c in others if c == code[:4])  # one province: its city

        best = None
        for e in alts:
            s, s_cur = support(e.adcode, cur), support(cur, e.adcode)
            if s >= self.homonym_min_support and s_cur == 0:
                if best is not None:
                    return None  # two readings supported: no evidence either way
                best = e
        return best
