"""Which project a name is (pipeline/facts.py, SPEC §8): its full name when it is written
short, whether it modifies another or is an end of a route, and where a verb before it ends.
The words are data in rules/facts/linking.yaml, read by pipeline/facts_words.py."""
from __future__ import annotations

from bisect import bisect_left

from .model import Mention


class ProjectNames:
    """Mixed into LinkWords; uses its vocabulary and the linker's per-document lookups."""

    def full_name(self, text: str, pi: int):
        """The full name of a project named short: the project right after it, or right before
        it, across an alias joiner (丽香铁路即丽江至香格里拉铁路, 西安至延安高速铁路（西延高铁）), else
        an earlier project of its sentence (within ``abbreviation_reach_chars``) whose name runs
        between places and of which it is the abbreviation: the first characters of two of
        those places, then characters of the rest in order (瑞梅铁路: 瑞金至梅州铁路, 包银高铁:
        包头至银川高速铁路)."""
        projects, p = self._projects, self._projects[pi]
        for q in (projects[pi + 1] if pi + 1 < len(projects) else None, projects[pi - 1] if pi else None):
            if q is not None and (text[p.end:q.start] in self.alias_joiners or text[q.end:p.start] in self.alias_joiners):
                return q
        if len(p.text) < 3 or self.abbreviation_reach <= 0:
            return None
        if self._route_named is None:  # once per document: only a name between places can be abbreviated
            self._route_named = [n for n, q in enumerate(projects) if self._runs_between(text, q)]
        route = self._route_named
        for n in reversed(route[:bisect_left(route, pi)]):  # the route names before it, nearest first
            q = projects[n]
            if q.start < max(self._sent_start, p.start - self.abbreviation_reach):
                break
            if q.end <= p.start and self._abbreviates(text, p.text, q):
                return q
        return None

    def _inside(self, q: Mention) -> list:
        lo = bisect_left(self._pl_starts, q.start)
        return [m for m in self._places[lo:lo + 8] if m.start < q.end and m.end <= q.end]

    def _runs_between(self, text: str, q: Mention) -> bool:
        """Two places inside the name joined by a route joiner (瑞金至梅州铁路)."""
        inside = self._inside(q)
        return any(text[a.end:b.start] in self.name_route_joiners for a, b in zip(inside, inside[1:]))

    def _abbreviates(self, text: str, short: str, q: Mention) -> bool:
        inside = self._inside(q)
        for a, b in zip(inside, inside[1:]):
            if short[0] == a.text[0] and short[1] == b.text[0] and text[a.end:b.start] in self.name_route_joiners:
                rest, pos = q.text[b.end - q.start:], 0
                for ch in short[2:]:
                    pos = rest.find(ch, pos) + 1
                    if pos == 0:
                        break
                else:
                    return True
        return False

    def route_end(self, text: str, name_places: list[int], places: list) -> int:
        """Where a name that runs from one place to another stands: the first place of the name, unless
        every end of its last run (places joined by ``name_route_joiners``: the section a longer route name
        ends with) is of ``route_end_levels``; then the most specific end of that run, the first of equals
        (徐州至沛县高速公路 -> 沛县, 甲市至乙市高速公路丙县-丁县段 -> 丙县, 某江航道A市至B市段 -> A市: the run, not the river).
        A run with a town or village end (沛县至龙固镇公路) leaves the name's first place."""
        idx = sorted(name_places, key=lambda i: places[i].start)
        first = idx[0]
        if not self.route_end_levels:
            return first
        runs, run = [], [idx[0]]
        for a, b in zip(idx, idx[1:]):
            if text[places[a].end:places[b].start] in self.name_route_joiners:
                run.append(b)
            else:
                if len(run) > 1:
                    runs.append(run)
                run = [b]
        if len(run) > 1:
            runs.append(run)
        if not runs or any(places[i].fields.get("level") not in self.route_end_levels for i in runs[-1]):
            return first
        best = max(self._depth_of(i, places) for i in runs[-1])
        return next(i for i in runs[-1] if self._depth_of(i, places) == best)

    def route_point(self, text: str, p: Mention) -> bool:
        """延安南泥湾机场至宝塔区城区的快速通道: a project joined to a place or another project by
        至/到 is an end of a way, not what the clause speaks of."""
        if not self.project_route_points:
            return False
        for j in self.route_run_joiners:
            if text.startswith(j, p.end) and (p.end + len(j) in self._place_at or p.end + len(j) in self._project_at):
                return True
            if text.endswith(j, 0, p.start) and (p.start - len(j) in self._place_ends
                                                 or p.start - len(j) in self._project_ends):
                return True
        return False

    def _verb_end(self, text: str, cs: int, start: int) -> int:
        """Where the verb before an object starting at ``start`` ends: before an aspect particle
        and opening quotes (实施了“农房援建661工程”)."""
        while start > cs and text[start - 1] in self.object_particles:
            start -= 1
        return start

    def heads_only(self, text: str, projects: list) -> list:
        """“百千万工程”数字化养老助餐服务“长者饭堂”项目: a project right before another one (nothing
        but closing quotes between them) modifies it; the later one is the head."""
        if not self.project_modifiers:
            return projects
        return [(i, p) for n, (i, p) in enumerate(projects)
                if n + 1 >= len(projects) or not self.modifies(text, p, projects[n + 1][1])]

    def modifies(self, text: str, p: Mention, q: Mention) -> bool:
        """p modifies q: nothing but closing quotes between them, or (``project_modifier_gap_max``) p closes a quote
        and a short plain noun stands between (“百千万工程”数字化养老助餐服务“长者饭堂”项目), or one of
        ``project_modifier_heads`` (西部陆海新通道骨干工程平陆运河)."""
        if not self.project_modifiers or q.start < p.end:
            return False
        gap = text[p.end:q.start].strip(self.closing_quotes)
        if gap and gap.rstrip("—") in self.modifier_heads:  # 西部陆海新通道骨干工程平陆运河: the canal
            return True
        return not gap or (0 < len(gap) <= self.modifier_gap_max and text[p.end] in self.closing_quotes
                           and all("\u4e00" <= c <= "\u9fff" and c not in self.modifier_gap_stops for c in gap)
                           and not any(v in gap for v in self.programme_verbs))

    def _name_tiebreak(self, text, p, place, name_places, s_places, places):
        top = [i for i in self.top_places(name_places, places)
               if self._depth_of(i, places) == self._depth_of(place, places)]
        if not top:  # the place chosen is none of the name's top places: nothing to break a tie among
            return place
        for how in self.name_tiebreak:
            if len(top) < 2:
                break
            if how == "full_name":
                keep = [i for i in top if places[i].text == places[i].fields.get("name")]
            elif how == "named_outside":
                alone = [m for _, m in s_places if not (p.start <= m.start < p.end)]
                outside = {m.fields.get("name") for m in alone if not self._is_list(text, sorted(
                    [m] + [o for o in alone if self._joined(text, o, m) or self._joined(text, m, o)],
                    key=lambda x: x.start))}
                keep = [i for i in top if places[i].fields.get("name") in outside]
            elif how == "after_area":  # 黄河羊曲水电站: the site named right after the river it stands on
                keep = [i for i in top if any(places[j].end == places[i].start and places[j].fields.get("level") == "area"
                                              for j in top)]
            else:
                raise ValueError(f"name_place_tiebreak: unknown {how!r}")
            top = keep or top
        return min(top, key=lambda i: places[i].start)

    def container_place(self, text: str, p: Mention, s_places, s_projects, places):
        """A project with no place of its own anywhere in its sentence stands in the one base, park or zone the
        sentence names after it, before a semicolon (``container_project_heads``): the most specific place of that
        name (中电国际100MW光伏电站…，成为大同领跑者基地首座…电站 -> 大同). Not a base, park or zone itself: two
        of them are neighbours (供港蔬菜基地…；神林辛坪冷凉蔬菜基地); not one a route passes (沿线经过徐州市经济开发区、…).
        Two such names, or none with a place: none."""
        if not self.container_heads or p.text.endswith(self.container_heads):
            return None
        if ("containers",) not in self._memo:  # once per sentence (linear linking)
            self._memo[("containers",)] = self._containers(text, s_places, s_projects, places)
        starts, barriers, suffix = self._memo[("containers",)]
        i = bisect_left(starts, p.end)
        if i == len(starts) or bisect_left(barriers, p.end) != bisect_left(barriers, starts[i]):
            return None  # none after it, or a semicolon between
        return suffix[i]

    def _containers(self, text, s_places, s_projects, places):
        """The sentence's bases, parks and zones with a place in their names: their starts, the semicolons before
        the last, and for each the place the containers from it to its segment's end give (None: two names)."""
        found = []  # (start, name, place)
        for _, q in s_projects:
            if q.text.endswith(self.container_heads) and not text.endswith(self.route_cues, 0, q.start) \
                    and not text.startswith(self.item_joiners, q.end):  # not a point of a route, nor an item
                inside = [i for i, m in self._places_in(s_places, q.start, q.end) if m.end <= q.end and not self.ignored(m)]
                if inside:
                    found.append((q.start, q.fields.get("name") or q.text,
                                  self.most_specific(text, inside, places, prefer=set(inside), lists=False)))
        starts = [f[0] for f in found]
        hi = starts[-1] if starts else self._sent_start
        barriers = [n for n in range(self._sent_start, hi) if text[n] in self.topic_barriers]
        suffix, names, last = [None] * len(found), set(), None
        for n in range(len(found) - 1, -1, -1):
            if n + 1 < len(found) and bisect_left(barriers, starts[n]) != bisect_left(barriers, starts[n + 1]):
                names, last = set(), None  # a new segment
            if last is None:
                last = found[n][2]  # the loop over them ended with the last one's place
            if len(names) < 2:
                names.add(found[n][1])
            suffix[n] = last if len(names) == 1 else None
        return starts, barriers, suffix
