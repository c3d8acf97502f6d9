"""Sentence splitting with offsets into the original text.

A sentence ends at Chinese or Western sentence punctuation (。！？!? …… and a Western
full stop followed by a space or the line end) or at a line break. Closing quotes and
brackets that follow the end mark stay with their sentence (他说：“好。” is one
sentence). Leading and trailing white space is left out of the span.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from .model import Sentence

_CLOSERS = "”’\"'」』）)】》〉]"
_SENT = regex.compile(
    r"[^\n]*?(?:(?:[。！？!?]+|…{1,2}|\.(?=[ \t]|$))[" + regex.escape(_CLOSERS) + r"]*|(?=\n)|$)",
    regex.M,
)


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _SENT.match(text, pos)
        end = m.end()
        if end == pos:  # at a line break
            pos += 1
            continue
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(len(out) + 1, s, e, text[s:e]))
        pos = end
    return out


class SentenceIndex:
    """Finds the sentence holding an offset (for each mention's ``sentence_id``)."""

    def __init__(self, sentences: list[Sentence]):
        self._starts = [s.start for s in sentences]
        self._sents = sentences

    def id_at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        return self._sents[i].sentence_id
