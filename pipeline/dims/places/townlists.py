"""Step 7g2, ``place.village_unlisted``: a list of villages the register lacks, written right
after their town and sharing the 村 of its last item (瑶山瑶族乡巴平、力书村).

villages.py reads one village in 村 right after its town, and a list after a village. A
list whose items but the last go without the suffix (巴平、力书村) names villages too
when each item is a name of ``town_list_min_chars``..``town_list_max_chars`` Han
characters that is no dictionary word and no other place's name (and the last, with its
村, no generic village word): the list sits right after a town's mention, so the town is
their parent. Each stem then counts wherever the document writes it (巴平, 力书村), and a
stem written right after a mention of its town is one mention with it (荔波县瑶山乡巴平:
a run of nested names, SPEC §5). ``town_list_max_chars`` 0: off.
"""
from __future__ import annotations

from ...gazetteer import Entry


class TownVillageListsMixin:
    def _town_village_lists(self, text: str, mentions: list) -> list:
        rule = self.rules["place.village_unlisted"]
        lo, hi = int(rule.param("town_list_min_chars", 2)), int(rule.param("town_list_max_chars", 0) or 0)
        if not hi or "、" not in text:
            return mentions
        stems: dict[str, tuple] = {}  # stem -> (town's path, town's name)
        for m in mentions:
            if m.fields["level"] != "town" or text[m.end:m.end + hi + 1].find("、") < 0:
                continue
            items = self._town_list_items(text, m.end, lo, hi)
            if len(items) < 2:
                continue
            path = tuple(p for p in m.fields["path"].split("/") if p)
            for s in items:
                stems.setdefault(s, (path, m.fields["name"]))
        if not stems:
            return mentions
        towns = {}
        for m in mentions:
            if m.fields["level"] == "town":
                towns.setdefault(m.end, []).append(m)
        out = list(mentions)
        for stem, (path, town) in stems.items():
            name = stem + "村"
            e = Entry(name, "village", "", path + (name,), "unlisted")
            i = text.find(stem)
            while i >= 0:
                end = i + len(stem) + (text.startswith("村", i + len(stem)))
                start = next((t.start for t in towns.get(i, ()) if t.fields["name"] == town), i)
                out.append(self._mention(start, end, text, rule.id, e))
                i = text.find(stem, end)
        return out

    def _town_list_items(self, text: str, pos: int, lo: int, hi: int) -> list:
        """The stems of a list right at ``pos`` whose last item ends in 村 (巴平、力书村),
        each a name of its own; [] when there is no such list."""
        items = []
        while True:
            for k in range(lo, hi + 1):
                stem = text[pos:pos + k]
                nxt = text[pos + k:pos + k + 1]
                if nxt in ("、", "村") and all("\u4e00" <= c <= "\u9fff" for c in stem):
                    break
            else:
                return []
            if self._freq.get(stem) or self._freq.get(stem + "村") or self.surfaces_get(stem) \
                    or self.surfaces_get(stem + "村") or "村" in stem:
                return []
            items.append(stem)
            pos += k + 1
            if nxt == "村":
                name = stem + "村"
                if any(name == g or (not whole and name.endswith(g)) for g, whole in self.village_generic):
                    return []
                return items
