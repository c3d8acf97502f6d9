"""The scan recurring.py (a village's stem) and zonestems.py (a zone's stem) share: wherever the
document writes the stem of a place it named in full, and the caller's test accepts the spot, the
stem is that place; a division on the place's path written right before it (沧源|翁丁, 上海|临港) is
one mention with it (SPEC §5, a run of nested names), the division's own mention dropped.
"""
from __future__ import annotations

from typing import Callable

from ...gazetteer import Entry
from ...model import Mention

# accept(i, j, taken, drop) -> bool: may the stem at text[i:j] stand as the place? It may add the
# ids of mentions that give way to it to drop.
Accept = Callable[[int, int, list, set], bool]


def stem_runs(ex, text: str, mentions: list[Mention], stems: dict[str, Entry], levels: tuple[str, ...],
              accept: Accept, glued_rule: str, alone_rule: str) -> list[Mention]:
    ends: dict[int, list[Mention]] = {}
    for m in mentions:
        ends.setdefault(m.end, []).append(m)
    taken = [(m.start, m.end) for m in mentions]
    got, drop = [], set()
    for stem, e in stems.items():
        i = text.find(stem)
        while i >= 0:
            j = i + len(stem)
            if accept(i, j, taken, drop):
                before = next((p for p in ends.get(i, ()) if p.fields["level"] in levels
                               and p.fields["name"] in e.path and id(p) not in drop), None)
                if before is not None:  # 沧源|翁丁: one mention, the stem's place
                    drop.add(id(before))
                    got.append(ex._mention(before.start, j, text, glued_rule, e))
                else:
                    got.append(ex._mention(i, j, text, alone_rule, e))
                taken.append((i, j))
            i = text.find(stem, j)
    if not got:
        return mentions
    return [m for m in mentions if id(m) not in drop] + got
