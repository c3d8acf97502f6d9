"""Step 5: a list of numbers sharing the unit of its last item (分别为5亿和7.5亿元,
1200、1000、500万元) becomes one mention per item."""
from __future__ import annotations

from bisect import bisect_left

from ...model import Mention
from ...numerals import parse_number
from .vocab import _HAS_MAG, _LIST_ITEM, _LIST_SEP, _MAG_TAIL, _RX_INNER, _RX_UNITS_ONLY, TABLE, _clean


class ListsMixin:
    def _distribute(self, text, mentions, targets):
        """A list whose items share the last item's unit (分别为5亿和7.5亿元, 1200、1000、
        500万元): one mention per item, each with the unit (and the magnitude, when
        the item has none) of the last one. Items hold an Arabic digit or 万/亿; a bare
        count on an item's span gives way."""
        # the mentions as they were (a bare count on an item's span is replaced in place:
        # same span, order kept) and the items added, each sorted and non-overlapping:
        # overlaps found by bisection, and an added item goes in near the end of ``added``
        # (items come left to right, each list right to left), so no insertion moves the
        # whole list (a megabyte of 1、2万元，… made that quadratic)
        out = list(mentions)
        starts = [x.start for x in out]
        added: list[Mention] = []
        added_starts: list[int] = []
        for m in mentions:
            num, factor = targets.get(id(m), (None, None))
            if not num:
                continue
            tail = _MAG_TAIL.search(num.strip())
            mag = parse_number("1" + tail.group()) if tail and not _RX_UNITS_ONLY.fullmatch(num.strip()) else 1
            pos = m.start
            while True:
                sep = _LIST_SEP.search(text, max(0, pos - 3), pos)
                if sep is None:
                    break
                lo = max(0, sep.start() - self.list_item_reach)
                # (one space may stand between an item and its separator: 12.3 和14个百分点)
                end = sep.start() - 1 if sep.start() > lo and text[sep.start() - 1] in " \u3000" else sep.start()
                item = self._item_before.search(text, lo, end)
                # 分别快于…2.3个、7个百分点: the items of points keep their 个
                pp = item is None and m.fields["unit"] == "pp"
                if pp:
                    item = self._item_before_pp.search(text, lo, end)
                if item is None or not _LIST_ITEM.search(item.group("n")):
                    break
                s, e = item.span()
                old, j = _overlapping(out, starts, s, e)
                old_added, _ = _overlapping(added, added_starts, s, e)  # items have units: never replaced
                if any(not (x.fields["kind"] == "count" and (x.start, x.end) == (s, e)
                            and (not x.fields["unit"] or pp and x.fields["unit"] in "个個"))
                       for x in old + old_added):
                    break
                v = parse_number(item.group("n"))
                if v is None:
                    break
                if item.group("sign"):
                    v = -v
                if mag != 1 and not _HAS_MAG.search(item.group("n")):
                    v *= mag
                fields = {"kind": m.fields["kind"], "value": _clean(v * factor), "value_max": None,
                          "unit": m.fields["unit"], "qualifier": "over" if _RX_INNER.search(item.group("n")) else "exact"}
                new = Mention(TABLE, s, e, text[s:e], m.rule_id, fields, m.priority)
                if old:  # the bare count on the item's span (the only mention there)
                    out[j] = new
                else:
                    at = bisect_left(added_starts, s)
                    added.insert(at, new)
                    added_starts.insert(at, s)
                pos = s
        if added:
            out = sorted(out + added, key=lambda x: x.start)  # two sorted runs: a linear merge
        return out


def _overlapping(mentions, starts, s, e):
    """The mentions of sorted, non-overlapping ``mentions`` that overlap [s, e), and the
    index of the first."""
    at = j = bisect_left(starts, e)
    while j > 0 and mentions[j - 1].end > s:
        j -= 1
    return mentions[j:at], j
