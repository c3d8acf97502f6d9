"""Step 7e: what a town's mention runs on into (rule place.chain, params ``tail_*``).

A town (written in a chain, in full or by its short form) followed right away by

- the stem of one of its register villages (安溪城厢|码头 -> 码头村, 金谷|汤内 -> 汤内村,
  阿扎克乡|铁提尔 -> 铁提尔村) is one mention, the village: the stem ends a word there, and a
  stem that is a common word (码头 'wharf') only before a route's connector, a section
  (段) or punctuation (``tail_common_before``);
- a named feature or locality (宁乡灰汤|乌江, 三塘湖镇|汉水泉) is one mention, the feature,
  under the town (as 长沙岳麓山 is 岳麓山);
- a town suffix that is not the register's (山南市泽当|镇 for 泽当街道: the text keeps the
  old name) takes the suffix in.

And a city's port + a name + a port area's head (宜宾港|志城|作业区: ``port_heads``,
``port_area_heads``): the name is the one town (else the one village) of that stem under the
city, where a port's operating area is named after the locality it lies in.
"""
from __future__ import annotations

from ...gazetteer import Entry
from .vocab import TOWN_SUFFIXES, _Doc


class TailsMixin:
    def _town_tails(self, d: _Doc, mentions: list) -> list:
        rule = self.rules["place.chain"]
        max_chars = rule.param("tail_village_max_chars", 0)
        if not max_chars:
            return mentions
        text = d.text
        common_before = set(rule.param("tail_common_before", ""))
        renamed = tuple(self.rules["place.town"].param("renamed_suffixes", []))
        offices = self.office_suffixes
        by_start = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
        drop, out = set(), []
        for m in mentions:
            code = m.fields["adcode"]
            if m.fields["level"] != "town" or not code or id(m) in drop:
                continue
            end = m.end
            # a town's office written after it (子午|街办|递午村, 西上庄|办事处|五门村): the
            # village right after it is one mention with the town (office_suffixes)
            office = next((s for s in offices if text.startswith(s, end)), "")
            if office:
                v = self._office_village(text, m, end + len(office), by_start, drop)
                if v is not None:
                    out.append(v[0])
                    drop.update((id(m), id(v[1])) if v[1] is not None else (id(m),))
                    continue
            # a town suffix the register no longer has (泽当|镇: 泽当街道), after a short form
            # only (民主镇|乡村振兴 already has its suffix)
            suf = next((s for s in renamed if text.startswith(s, end)), "")
            if suf and not m.text.endswith(renamed) and not m.fields["name"].endswith(suf) \
                    and not any(n.start < end + len(suf) and n.end > end for n in mentions if n is not m):
                out.append(self._mention(m.start, end + len(suf), text, m.rule_id, self._entry_of(m)))
                drop.add(id(m))
                continue
            # a feature or locality right after it (灰汤|乌江)
            feat = max((f for f in by_start.get(end, ()) if f.fields["level"] == "area"),
                       key=lambda f: f.end, default=None)
            if feat is not None:
                path = tuple(p for p in m.fields["path"].split("/") if p) + (feat.fields["name"],)
                e = Entry(feat.fields["name"], "area", "", path, "feature")
                out.append(self._mention(m.start, feat.end, text, "place.feature", e))
                drop.update((id(m), id(feat)))
                continue
            # the stem of one of its villages (城厢|码头)
            if any(n.start < end + 2 and n.end > end for n in mentions):
                continue
            stems = {}
            for vcode, name in self.gz.villages_of(code[:9]):
                n = 1 if name.endswith("村") else 2 if name.endswith("社区") else 0
                if n and 2 <= len(name) - n <= max_chars:
                    stems.setdefault(name[:-n], []).append((vcode, name))
            for k in range(max_chars, 1, -1):
                stem = text[end:end + k]
                hits = stems.get(stem)
                if not hits or len(hits) != 1 or not self.is_word(text, end, end + k, check_start=False):
                    continue
                if self.street_heads and text.startswith(self.street_heads, end + k):
                    continue  # 金庭镇|林屋路: the street named after the village (street_heads)
                if (self._freq.get(stem) or 0) >= self.common_freq and text[end + k:end + k + 1] not in common_before:
                    continue
                vcode, name = hits[0]
                out.append(self._mention(m.start, end + k, text, "place.chain", self.gz.village_entry(vcode, name)))
                drop.add(id(m))
                break
        out.extend(self._port_areas(text, mentions))
        out.extend(self._village_town_heads(text, mentions, drop))
        if not out:
            return mentions
        return [m for m in mentions if id(m) not in drop] + out

    def _village_town_heads(self, text, mentions, drop) -> list:
        """A register village written right after its own town's name, in full or its stem,
        the town's office between them or not (城郊街东风村: 城郊街道's stem, 街, its village),
        where no other mention holds the town's part: one mention from the town on
        (``village_town_head`` of rule place.chain; false: off)."""
        if not self.rules["place.chain"].param("village_town_head", False):
            return []
        out = []
        for m in mentions:
            code = m.fields["adcode"]
            if m.fields["level"] != "village" or len(code) != 12 or id(m) in drop:
                continue
            town = self.gz.div.get(code[:9] + "000")
            if town is None:
                continue
            name = town[1]
            stems = [name] + [name[:-len(x)] for x in TOWN_SUFFIXES if name.endswith(x) and len(name) - len(x) >= 2]
            for off in ("",) + self.office_suffixes:
                at = m.start - len(off)
                if text[at:m.start] != off:
                    continue
                stem = next((t for t in stems if at >= len(t) and text.startswith(t, at - len(t))), None)
                if stem is None or (not off and stem != name):
                    continue  # a bare stem with no office: 城郊东风村 is no evidence
                a = at - len(stem)
                if any(n is not m and n.start < m.start and n.end > a for n in mentions if id(n) not in drop):
                    continue
                out.append(self._mention(a, m.end, text, "place.chain", self._entry_of(m)))
                drop.add(id(m))
                break
        return out

    def _port_areas(self, text, mentions) -> list:
        rule = self.rules["place.chain"]
        ports, heads = tuple(rule.param("port_heads", [])), tuple(rule.param("port_area_heads", []))
        if not ports or not heads:
            return []
        out = []
        taken = [(m.start, m.end) for m in mentions]
        for m in mentions:
            if m.fields["level"] != "city" or not m.fields["adcode"] or not text.startswith(ports, m.end):
                continue
            port = next(p for p in ports if text.startswith(p, m.end))
            a = m.end + len(port)
            for k in (2, 3):
                b = a + k
                if not text.startswith(heads, b) or any(s < b and a < e for s, e in taken):
                    continue
                stem = text[a:b]
                counties = sorted(c for c in self.gz.children.get(m.fields["adcode"], ())
                                  if self.gz.div[c][0] == "county")
                hits = self._towns_of(counties).get(stem) or []
                if len({c for c, _n in hits}) == 1:
                    e = self._town_entry(hits[0][0])
                else:
                    rows = self._stems_of("villages", counties).get(stem) or []
                    if len({c for c, _n in rows}) != 1:
                        continue
                    e = self.gz.village_entry(*rows[0])
                out.append(self._mention(a, b, text, "place.town_short" if e.level == "town" else "place.village", e))
                break
        return out

    def _office_village(self, text, m, at, by_start, drop):
        """(the run from the town to its village, the village's mention or None) for a village
        of the town ``m`` written at ``at``: a mention found there, else a register village's
        full name (stem + 村 or 社区); None where no village of the town stands there."""
        town = m.fields["adcode"][:9]
        v = max((n for n in by_start.get(at, ()) if n.fields["level"] == "village" and id(n) not in drop
                 and n.fields["adcode"][:9] == town), key=lambda n: n.end, default=None)
        if v is not None:
            return self._mention(m.start, v.end, text, "place.chain", self._entry_of(v)), v
        e = self._village_after(text, at, [self._entry_of(m)])  # chains.py: the register's village there
        return None if e is None else (self._mention(m.start, at + len(e.name), text, "place.chain", e), None)

    def _entry_of(self, m) -> Entry:
        f = m.fields
        return Entry(f["name"], f["level"], f["adcode"], tuple(p for p in f["path"].split("/") if p), "full")

    def _river_mouths(self, text, mentions) -> list:
        """A curated river (a name in 江 or 河) right before ``river_mouth`` (口) that is no
        word with what follows (口岸: ``river_mouth_not_next``) is its mouth, one area
        (闽江口, 长江口), unless the whole is another place's name (丹江口) or a longer
        mention holds it (rule place.feature; empty: off)."""
        rule = self.rules["place.feature"]
        mouth = rule.param("river_mouth", "")
        if not mouth or mouth not in text:
            return mentions
        not_next = rule.param("river_mouth_not_next", "")
        out, drop = [], set()
        for m in mentions:
            f = m.fields
            end = m.end + len(mouth)
            if f["level"] != "area" or not f["name"].endswith(("江", "河")) or not text.startswith(mouth, m.end) \
                    or text[end:end + 1] in not_next:
                continue
            name = f["name"] + mouth
            if self.surfaces_get(text[m.start:end]) or any(n is not m and n.start < end and n.end > m.end for n in mentions):
                continue
            path = tuple(p for p in f["path"].split("/") if p)[:-1] + (name,)
            out.append(self._mention(m.start, end, text, "place.feature", Entry(name, "area", "", path, "feature")))
            drop.add(id(m))
        if not out:
            return mentions
        return [m for m in mentions if id(m) not in drop] + out

