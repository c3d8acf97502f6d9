"""What a unit of the left walk's window is (walk.py): a place or a proper name, and a road's
number written before a name. Units are jieba's (word, POS tag, start, end)."""
from __future__ import annotations

from .vocab import HAN


class UnitKindsMixin:
    def road_number_before(self, text: str, lo: int, start: int) -> int | None:
        """Where a road's number written right before ``start`` begins (S238线|…段, 省道261线|…;
        params.road_number), not before ``lo``; None when there is none."""
        if self.road_number is None:
            return None
        number = self.road_number.search(text, max(lo, start - 8), start)
        return number.start() if number is not None else None

    def _placeish(self, unit) -> bool:
        return unit[2] in self._place_starts or unit[1].startswith("ns")

    def _named_unit(self, unit) -> bool:  # a place mention starts at it, or jieba tags it ns/nr/nz
        return unit[2] in self._place_starts or unit[1].startswith(("ns", "nr", "nz"))

    def _named_before(self, units, i: int) -> bool:
        """Is the unit before units[i] a proper name that is no place mention (unknown to
        jieba's dictionary, or an abbreviation or proper noun)?"""
        if i == 0:
            return False
        w, tag, s, _e = units[i - 1]
        return s not in self._place_starts and HAN.fullmatch(w) is not None and self._proper_word(w)
