"""Step 6 (villages), the names the register lacks: ``place.village_unlisted`` (a name in
村/新村/社区 right after its county or town, 龙岗区山厦新村, and its later mentions), the
villages listed after one (X镇A村、B村、C村) and the stems of listed names. Mixed into the
places extractor by :class:`~.villages.VillagesMixin`."""
from __future__ import annotations

from ... import trace as _trace
from ...gazetteer import Entry
from ...model import Mention
from .tracing import drop as _drop
from .vocab import STEM_SEPARATORS, VILLAGE_LEFT


class UnlistedVillagesMixin:
    def _unlisted_villages(self, text, mentions) -> list[Mention]:
        rule = self.rules["place.village_unlisted"]
        found, names = [], {}
        suffix_first = str(rule.param("town_suffix_first", "") or "")
        for m in mentions:
            if m.fields["level"] not in ("county", "town"):
                continue
            mm = rule.regex.match(text, m.end)
            if mm is None:
                continue
            name = mm.group("name")
            if name[0] in suffix_first and len(name) > 3:
                # the town's suffix after a stem read alone (兴仁|镇川裕村: 兴仁 a county's short
                # form, 兴仁镇 the town written in full) is no part of the village's name
                name = name[1:]
            if name[0] in VILLAGE_LEFT:
                # a function character first (大湖镇的湖东村, 大湖镇辖湖东村) is no part of
                # the name: the register's village after it, a mention of its own
                mm = rule.regex.match(text, m.end + 1)
                listed = self._listed_village(m, mm.group("name")) if mm is not None else None
                if listed is not None:
                    names[listed.name] = listed
                    found.append(self._mention(m.end + 1, mm.end(), text, "place.village", listed))
                elif _trace.current is not None:
                    _drop(m.start, m.end + 1 + len(name), text, rule.id, "places.village_word",
                          f"{name[0]!r} starts no village name")
                continue
            listed = self._listed_village(m, name)
            if listed is not None:  # the register has it after all (径山镇小古城村)
                names[name] = listed
                found.append(self._mention(m.start, mm.end(), text, "place.village", listed))
                continue
            why = self._unlisted_why(text, name, m.end, mm.end())
            if why:
                if _trace.current is not None:
                    _drop(m.start, mm.end(), text, rule.id, "places.village_word", why)
                continue
            path = tuple(p for p in m.fields["path"].split("/") if p) + (name,)
            e = Entry(name, "village", "", path, "unlisted")
            names[name] = e
            found.append(self._mention(m.start, mm.end(), text, rule.id, e))
        for name, e in names.items():  # the same name later in the document
            i = text.find(name)
            while i >= 0:
                if not any(f.start <= i < f.end for f in found):
                    rid = "place.village" if e.code else rule.id
                    found.append(self._mention(i, i + len(name), text, rid, e))
                i = text.find(name, i + len(name))
        return found

    def _unlisted_why(self, text, name, start, end) -> str:
        """Why a name in 村/社区 the register lacks is no village ('' when it is one)."""
        if self._freq.get(name):
            return "a dictionary word"
        if self.surfaces_get(name):
            return "another place's name"
        if any(name == g or (not whole and name.endswith(g)) for g, whole in self.village_generic):
            return "a generic village word (place_village_generic)"
        if not self.is_word(text, start, end):
            return "not a word where it stands"
        if self._is_bound(text, start, start + 2):
            return "opens with a bound's direction (西至|高步村: bound_word of rule place.short)"
        first = self.seg.cut(name, fast=True)[0][0]
        if first not in self._tags:
            first = name[0]  # a guessed word (至大庄村): its first character speaks for it
        if len(first) == 1 and len(name.removesuffix("村").removesuffix("社区").removesuffix("新")) < 3:
            return ""  # 对|家村: what would stay after a one-character word is too short for a name
        tag = self._tags.get(first, "")
        if tag in self.unlisted_not_opening[0] or (len(first) >= 2 and tag in self.unlisted_not_opening[1]):
            return f"opens with {first!r} ({tag}: params not_opening_pos, not_opening_pos_long)"
        return ""

    def _village_list(self, text, mentions) -> list[Mention]:
        """Villages listed after a village (湖东村、湖西村和新田村): each item a name in
        村/社区 that is the register's village under the same town (county), or, not
        listed there, no dictionary word nor generic village word."""
        rule = self.rules["place.village_unlisted"]
        taken = {(m.start, m.end) for m in mentions}
        starts = {m.start for m in mentions}
        out = []
        for m in mentions:
            if m.fields["level"] != "village":
                continue
            path = tuple(p for p in m.fields["path"].split("/") if p)[:-1]
            code = m.fields["adcode"]
            pos = m.end
            while pos + 1 < len(text) and text[pos] in "、和及与" and pos + 1 not in starts:
                mm = rule.regex.match(text, pos + 1)
                if mm is None:
                    break
                name = mm.group("name")
                hits = self.gz.village_codes_named(code[:9], name) if code else []
                if len(hits) == 1:
                    e = self.gz.village_entry(hits[0], name)
                    rid = "place.village"
                elif why := self._unlisted_why(text, name, pos + 1, mm.end()):
                    if _trace.current is not None:
                        _drop(pos + 1, mm.end(), text, rule.id, "places.village_list",
                              f"the list after {m.text!r} ends: {why}")
                    break
                else:
                    e = Entry(name, "village", "", path + (name,), "unlisted")
                    rid = rule.id
                if (pos + 1, mm.end()) not in taken:
                    out.append(self._mention(pos + 1, mm.end(), text, rid, e))
                    taken.add((pos + 1, mm.end()))
                pos = mm.end()
        return out

    def _village_stems(self, text, mentions) -> list[Mention]:
        """Register villages written without their suffix (村, 社区) as list items: an item
        right before a register village sharing its suffix (大湖头、塘下赵村: 大湖头村 of the
        same county; ``stem_min_chars``..``stem_max_chars`` of rule place.village), then,
        anywhere, the stem of a register village the document names next to a list separator
        or after a non-Han character (塘下赵、大湖头组团; “ 江家溇组团”; at least
        ``recurring_stem_min_chars``). A stem is no dictionary
        word and no other place's name."""
        rule = self.rules["place.village"]
        seps = rule.param("stem_separators", STEM_SEPARATORS)
        lo, hi = self.village_stem_min_chars, self.village_stem_max_chars
        spans = [(m.start, m.end) for m in mentions]

        def free(a, b):
            return not any(s < b and a < e for s, e in spans)

        def stem_ok(stem):
            return not self._freq.get(stem) and not self.surfaces_get(stem)

        out, named = [], {}
        for m in mentions:
            code, name = m.fields["adcode"], m.fields["name"]
            if m.fields["level"] != "village" or not code:
                continue
            suffix = next((x for x in ("社区", "村") if name.endswith(x) and len(name) - len(x) >= lo), "")
            if suffix:
                named[name[:-len(suffix)]] = (self.gz.village_entry(code, name), suffix)
            # the item before it: a stem whose name with the same suffix is a village of the county
            if not suffix or m.start < 2 or text[m.start - 1] not in seps:
                continue
            rows = self.gz.villages_of(code[:6])
            for n in range(min(hi, m.start - 1), lo - 1, -1):
                a = m.start - 1 - n
                stem = text[a:m.start - 1]
                hits = [c for c, v in rows if v == stem + suffix]
                if len(hits) == 1 and stem_ok(stem) and free(a, m.start - 1):
                    e = self.gz.village_entry(hits[0], stem + suffix)
                    out.append(self._mention(a, m.start - 1, text, rule.id, e))
                    spans.append((a, m.start - 1))
                    named[stem] = (e, suffix)
                    break
        for stem, (e, _suffix) in named.items():
            if len(stem) < self.village_recurring_min_chars or not stem_ok(stem):
                continue  # anywhere in the text only a long stem (a short one is too often a word)
            i = text.find(stem)
            while i >= 0:
                j = i + len(stem)
                # next to a list separator, or first after a space, a line start or punctuation
                if (text[j:j + 1] in seps or not i or text[i - 1] in seps
                        or not "\u4e00" <= text[i - 1] <= "\u9fff") and free(i, j):
                    out.append(self._mention(i, j, text, rule.id, e))
                    spans.append((i, j))
                i = text.find(stem, j)
        return out
