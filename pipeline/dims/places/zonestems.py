"""Step 7i2b, rule ``place.zone`` (zone stems): a zone the document names by its surface
(临港新片区, a line of place_zones.txt) is the place wherever the same document writes the
zone's stem alone (在临港设立基地, 某公司临港算力平台): the text before one of
``zone_stem_heads`` in the mention as written, as recurring.py does for a village's stem.

The stem needs ``zone_stem_min_chars`` characters or more, is no place's name of its own
but a town's or village's short form (兰州, 江北: a division's surface; 临港镇 of another
province gives way to the zone the document names) and no common word (jieba frequency under
``common_freq`` or a place tag: 天府 'land of abundance' is not 天府新区); each occurrence is
a jieba word where it stands, free of other mentions, and not followed by one of
``zone_stem_not_before`` (the head itself, found already, or another area named after the
stem: 临港新城). A division on the zone's path written right before the stem (上海|临港) is
one mention with it, the zone (SPEC §5, a run of nested names).
"""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention
from .stemruns import stem_runs
from .vocab import ADMIN_SUFFIX_CHARS


class ZoneStemsMixin:
    def _zone_stems(self, out: list[Mention], text: str) -> list[Mention]:
        rule = self.rules["place.zone"]
        heads = tuple(sorted(rule.param("zone_stem_heads", []) or [], key=len, reverse=True))
        lo = int(rule.param("zone_stem_min_chars", 2) or 2)
        if not heads:
            return out
        not_before = tuple(rule.param("zone_stem_not_before", []) or []) + heads
        stems: dict[str, Entry] = {}
        for m in out:
            f = m.fields
            if f["level"] != "special_zone":
                continue
            head = next((h for h in heads if m.text.endswith(h)), None)
            if head is None:
                continue
            stem = m.text[:-len(head)]
            if len(stem) < lo or stem[-1] in ADMIN_SUFFIX_CHARS or self.commonness(stem) or any(
                    x.level not in ("town", "village") for x in self.surfaces_get(stem)):
                continue  # (a town's short form elsewhere, 临港镇, gives way to the zone named here)
            stems.setdefault(stem, Entry(f["name"], "special_zone", f["adcode"],
                                         tuple(p for p in f["path"].split("/") if p), "zone"))
        if not stems:
            return out
        return stem_runs(self, text, out, stems, ("province", "city", "county"),
                         lambda i, j, taken, drop: (not text.startswith(not_before, j)
                                                    and not any(s < j and i < t for s, t in taken)
                                                    and self.is_word(text, i, j)),
                         "place.zone", "place.zone")
