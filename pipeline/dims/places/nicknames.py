"""Step 7l, ``place.nickname``: a division written by its common nickname (龙江 for 黑龙江省,
冰城 for 哈尔滨市; place_nicknames.txt), read as that division only where the document
names the division itself (a mention resolved to it) and the nickname stands as a word
there: the document-level evidence a reader uses (a 黑龙江 report's 视察龙江). Elsewhere
the nickname is left as it is found (龙江 in a text that names no 黑龙江 may be 龙江县)."""
from __future__ import annotations

from ...gazetteer import Entry
from ...model import Mention


class NicknamesMixin:
    nickname_table: dict = {}

    def _nicknames(self, out: list[Mention], text: str) -> list[Mention]:
        table = self.nickname_table
        if not table:
            return out
        named = {}  # full name -> a mention of it (its level, code and path)
        under = set()  # ... and the divisions a mention lies in (哈尔滨市 of 道里区: 黑龙江省)
        for m in out:
            named.setdefault(m.fields["name"], m)
            under.update(m.fields["path"].split("/")[:-1])
        add, drop = [], set()
        for nick, full in table.items():
            if nick not in text or (full not in named and full not in under):
                continue
            e = named.get(full)
            e = Entry(full, e.fields["level"], e.fields["adcode"], tuple(p for p in e.fields["path"].split("/") if p),
                      "nickname") if e is not None else self._division_entry(full)
            if e is None:
                continue
            i = text.find(nick)
            while i >= 0:
                j = i + len(nick)
                over = [k for k, o in enumerate(out) if o.start < j and i < o.end]
                # a mention of that very span (龙江 read as 龙江县) gives way; a longer one stays
                if all(out[k].start == i and out[k].end == j for k in over) and self.is_word(text, i, j):
                    drop.update(over)
                    add.append(self._mention(i, j, text, "place.nickname", e))
                i = text.find(nick, j)
        if not add:
            return out
        return [m for k, m in enumerate(out) if k not in drop] + add

    def _division_entry(self, full: str):
        """The register's entry of the division named ``full`` in full (黑龙江省), if one."""
        for e in self.surfaces_get(full) or ():
            if e.name == full and e.level in ("province", "city", "county"):
                return e
        return None
