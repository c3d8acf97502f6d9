"""Word segmentation: jieba, initialised once per process, called only on windows.

Extractors scan raw text with regexes and automata; they ask for word boundaries or
part-of-speech only around a candidate whose decision needs them (a short place name
that may be a common word, the left edge of a project name). That keeps jieba off the
hot path. :func:`nlp` gives a spaCy blank ``zh`` pipeline with the same jieba (and so
the same added words) for users who want spaCy Docs, and for ``explain --html``.
"""
from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_instance = None


class Segmenter:
    def __init__(self):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba
        self._posseg = jieba.posseg
        self._added: set[str] = set()
        self._ready = False
        self._nlp = None

    def _init(self):
        if not self._ready:
            self._jieba.initialize()
            self._ready = True

    def add_words(self, words, freq: int | None = None, tag: str | None = None) -> None:
        """Teach jieba words (lexicon entries); each word is added once per process."""
        self._init()
        for w in words:
            if w and w not in self._added:
                self._jieba.add_word(w, freq=freq, tag=tag)
                self._added.add(w)

    def cut(self, text: str, offset: int = 0) -> list[tuple[str, int, int]]:
        """Words of ``text`` with offsets (shifted by ``offset``) into the original text."""
        self._init()
        return [(w, s + offset, e + offset) for w, s, e in self._jieba.tokenize(text)]

    def pos(self, text: str, offset: int = 0) -> list[tuple[str, str, int, int]]:
        """Words with jieba part-of-speech flags and offsets."""
        self._init()
        out, i = [], offset
        for pair in self._posseg.cut(text):
            w = pair.word
            out.append((w, pair.flag, i, i + len(w)))
            i += len(w)
        return out

    def nlp(self):
        """A spaCy blank ``zh`` pipeline that segments with this jieba."""
        if self._nlp is None:
            import spacy

            self._init()
            self._nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        return self._nlp


def segmenter() -> Segmenter:
    """The process-wide :class:`Segmenter`."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Segmenter()
    return _instance
