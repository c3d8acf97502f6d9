"""Step 7k: two mentions written together, the second under the first, are one mention.

SPEC §5: "A run of nested names written together (广东省河源市连平县, 河源连平县大湖镇湖东村)
is one mention, resolved to its most specific name." The chain step (chains.py) joins most
runs, but a run whose parts were accepted by later steps stays split: a town followed by one
of its villages (会文镇|文林村 as two hits: a town starts no chain), a county followed by a
town whose short form is a common word (宾县|胜利镇, taken on evidence by decide.py).

Here, after every step, a mention whose level is one of ``run_join_levels`` (rule
place.chain) and whose path is a proper prefix of the path of a mention starting exactly
where it ends is joined with it: one ``place.chain`` mention over both, with the second's
name, level, code and path, where the second's level is one of ``run_join_under`` (a
division: a feature after its county stays apart, as the gold mostly keeps it) and whose
path is at most ``run_join_max_depth`` names longer (one level skipped at most: 山东|齐都
药业, a province and a town's short form, reads a company's name, not a run); repeated while
the run goes on. A country is no such level by
default (the tuning gold keeps 中国|西藏 apart in running text: nested.py). Empty: off.
"""
from __future__ import annotations

from ...model import Mention


class WrittenRunsMixin:
    _run_levels = None
    _run_under: frozenset = frozenset()
    _run_depth = 0
    _run_not_before = ""

    def _written_runs(self, out: list[Mention], text: str) -> list[Mention]:
        if self._run_levels is None:
            chain = self.rules["place.chain"]
            self._run_levels = frozenset(chain.param("run_join_levels", []) or [])
            self._run_under = frozenset(chain.param("run_join_under", []) or [])
            self._run_depth = int(chain.param("run_join_max_depth", 0) or 0)
            self._run_not_before = chain.param("run_join_not_before", "") or ""
        levels = self._run_levels
        if not levels:
            return out
        at: dict[int, list[Mention]] = {}
        for m in out:
            at.setdefault(m.start, []).append(m)
        drop, got = set(), []
        for m in sorted(out, key=lambda o: (o.start, -o.end)):
            if id(m) in drop or m.fields["level"] not in levels:
                continue
            cur, parts = m, [m]
            while True:
                nxt = self._run_next(cur, at.get(cur.end, ()))
                if nxt is None:
                    break
                parts.append(nxt)
                cur = nxt
                if cur.fields["level"] not in levels:
                    break
            if len(parts) == 1 or any(o.start <= m.start and o.end >= cur.end for o in out if o not in parts):
                continue  # no run, or a mention of its own already covers it (余杭区杨梅坞村)
            if self._run_not_before and text[cur.end:cur.end + 1] in self._run_not_before:
                continue  # 兴中镇辣子树、红岩村: the town holds the list that its first village opens
            drop.update(id(p) for p in parts)
            got.append(self._mention(m.start, cur.end, text, "place.chain", self._entry_of(cur)))
        if not got:
            return out
        return [m for m in out if id(m) not in drop] + got

    def _run_next(self, m: Mention, after) -> Mention | None:
        """The longest mention right after ``m`` that lies under it (its path runs on from m's)."""
        path = m.fields.get("path") or ""
        if not path:
            return None
        depth = path.count("/") + self._run_depth
        under = [o for o in after if o.fields["level"] in self._run_under
                 and (o.fields.get("path") or "").startswith(path + "/")
                 and (o.fields.get("path") or "").count("/") <= depth]
        return max(under, key=lambda o: o.end, default=None)
