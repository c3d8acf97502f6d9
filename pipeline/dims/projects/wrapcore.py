"""Document-level consistency, the short form of a wrapped name (rule ``project.repeat``,
params ``wrapper_core_heads`` / ``wrapper_core_min_chars``): a name recognized as
``X项目`` names the work X, so X standing alone elsewhere in the document (楠景新城项目 ...
楠景新城是…) is a mention of the same project (SPEC §6: every occurrence of a recognized
name; issue 11: document-level consistency)."""
from __future__ import annotations

import regex

from ...model import Mention
from .vocab import COUNT_LABEL, QUOTES, STRIP_NAME

# “龙门水城”项目: the quoted name, spaces inside the marks left out, and the wrapper after them
_QUOTED_CORE = regex.compile(r"[“‘「]\s*(?P<core>[^“”‘’「」\s]+)\s*[”’」](?P<w>\p{Han}{1,2})")
# a batch's label (“开工一批”, “签约一批”): a count of projects, no work's name
COUNT_BATCH = regex.compile(r"[一两三四五六七八九十百千万几]+[批个项]")


class WrapperCoreMixin:
    def _quoted_core(self, written: str, heads: tuple, min_chars: int) -> str | None:
        """The quoted name of a mention written “X”项目 / “X”工程 (params.quoted_core_heads):
        X, when it is the whole quoted part, holds no quotation mark of its own, has at least
        ``min_chars`` characters and is no generic or excluded phrase (“开工一批”项目 is a
        batch's label)."""
        m = _QUOTED_CORE.fullmatch(written)
        if m is None or m.group("w") not in heads:
            return None
        core = m.group("core")
        if len(core) < min_chars or COUNT_BATCH.search(core):
            return None
        words = [w for w, _s, _e in self.seg.cut(core, fast=True)]
        if self._is_generic(words) or self._is_excluded(core):
            return None
        return core

    def _wrapper_cores(self, text: str, kept: list[Mention], taken, blocked, rule,
                       heads: tuple, min_chars: int, quoted_heads: tuple = ()) -> list[Mention]:
        """For each kept name written bare (no quotation marks, no brackets) that ends in one
        of ``heads`` (a wrapper: 项目) with at least ``min_chars`` characters before it, the
        words before the wrapper recur as a mention where they stand alone (``_stands_alone``:
        after punctuation, a wall or a stop word, inside no other mention, followed by no head,
        passing the guards). The core must hold a proper name (a place, a word jieba does not
        know or tags as a proper noun, digits) and be no generic or excluded activity
        (城中村改造 of 贝港城中村改造项目 is no work standing alone), nor a division (a place
        mention other than a named area of params.feature_levels, or a count of divisions, a numeral
        and a level character: 南部三乡|项目 names the townships' projects; 楠景新城, a new town, names a work)."""
        out, seen = [], set()
        for m in kept:
            name = m.fields["name"]
            if quoted_heads and m.text != name:
                q = self._quoted_core(m.text, quoted_heads, min_chars)
                if q is not None and q not in seen:
                    seen.add(q)
                    out += self._recur(text, q, m.fields["category"], taken, blocked, rule)
                continue
            if m.text != name or any(c in QUOTES or c in "()（）" for c in name):
                continue
            head = next((h for h in heads if name.endswith(h)), None)
            if head is None:
                continue
            core = name[:-len(head)]
            if len(core) < min_chars or core in seen:
                continue
            words = [w for w, _s, _e in self.seg.cut(core, fast=True)]
            if self._is_generic(words) or self._is_excluded(core) or core[-1] in self._wall_chars \
                    or not self._holds_proper_name(text, m.start, m.start + len(core)):
                continue
            ce = m.start + len(core)
            if (core[-1] in self.level_chars and COUNT_LABEL.fullmatch(core[-2])) or ((m.start, ce) in self._place_spans
                                                and self._place_level.get((m.start, ce)) not in self.feature_levels):
                continue  # 南部三乡|项目 (a count of divisions), 文昌|项目: their projects, no work's name
            seen.add(core)
            out += self._recur(text, core, m.fields["category"], taken, blocked, rule)
        return [x for x in out if STRIP_NAME.sub("", x.text) == x.text]
