"""Word segmentation: jieba, initialised once per process, called only on windows.

Extractors scan raw text with regexes and automata; they ask for word boundaries or
part-of-speech only around a candidate whose decision needs them (a short place name
that may be a common word, the left edge of a project name). That keeps jieba off the
hot path. :meth:`Segmenter.nlp` gives a spaCy blank ``zh`` pipeline with the same jieba
(and so the same added words) for users who want spaCy Docs.
"""
from __future__ import annotations

import logging
import sys
import tempfile
import threading

from . import wordtable
from .cache import cache_dir
from .wordtable import WordTable

_lock = threading.Lock()
_import_lock = threading.Lock()
_instance = None
_words_blocked = False  # set in a cold start's helper process (pipeline/prefill.py), which never needs them


class WordsBlocked(RuntimeError):
    """The word table was asked for where it must not be loaded (see ``_words_blocked``)."""


class Segmenter:
    def __init__(self):
        self._jieba_mod = None  # Python jieba, imported on first use (its HMM tables: ~15 MB)
        self._added: set[str] = set()
        self._log: list[tuple[str, int, str | None]] = []  # words added: (word, frequency, tag)
        self._ready = False  # Python jieba initialized (only for pos(), nlp() and cuts not on jieba-rs)
        self._nlp = None
        self._table = None
        self._fast_ready = False
        self._fast_obj = None

    @property
    def _jieba(self):
        """The Python jieba module, imported when a caller needs it (pos(), nlp(), a cut
        without jieba-rs): extraction runs on jieba-rs and this process's word table."""
        if self._jieba_mod is None:
            with _import_lock:
                if self._jieba_mod is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    # jieba's own dictionary cache (a marshal file) in our private folder, never
                    # the shared /tmp where another user could plant one; with no usable
                    # folder, a private temporary one for this process
                    private = cache_dir()
                    if private is None:
                        self._tmp = tempfile.TemporaryDirectory(prefix="zhextract-jieba-")
                        private = self._tmp.name
                    jieba.dt.tmp_dir = str(private)
                    self._jieba_mod = jieba
        return self._jieba_mod

    @property
    def _fast(self):
        """jieba-rs (the same dictionary route, compiled), made on the first cut that asks
        for it (building its dictionary costs about 0.4 s); None when not installed."""
        if not self._fast_ready:
            with _lock:
                if not self._fast_ready:
                    try:
                        fast = _rjieba_class()()
                        for w, f, tag in self._log:
                            fast.add_word(w, f, tag)
                        self._fast_obj = fast
                    except ImportError:  # pragma: no cover - the pure-Python route still works
                        self._fast_obj = None
                    self._fast_ready = True
        return self._fast_obj

    def _init(self):
        """Python jieba, for the callers that need it (pos(), nlp(), cuts without
        ``fast``): initialized on first use, with the words added so far."""
        if not self._ready:
            with _lock:
                if not self._ready:
                    self._jieba.initialize()
                    for w, f, tag in self._log:
                        self._jieba.add_word(w, freq=f, tag=tag)
                    self._ready = True

    # ------------------------------------------------------------ dictionary
    @property
    def words(self) -> WordTable:
        """jieba's dictionary as look-up tables (pipeline/wordtable.py), loaded once."""
        if self._table is None:
            with _lock:
                if self._table is None:
                    if _words_blocked:
                        raise WordsBlocked("the word table is not loaded in a cold start's helper")
                    self._table = wordtable.load(lambda: _dict_bytes(sys.modules.get("jieba")))
        return self._table

    @property
    def freq(self) -> dict:
        """jieba's word -> frequency table (words only: a prefix of a word reads as absent)."""
        return self.words.freq

    @property
    def total(self) -> int:
        """Sum of all word frequencies (for log-probabilities)."""
        return self.words.total

    @property
    def tags(self) -> dict:
        """jieba's word -> part-of-speech table (``ns`` place, ``v`` verb, ...)."""
        return self.words.tags

    def add_words(self, words, freq: int | None = None, tag: str | None = None) -> None:
        """Teach jieba words (lexicon entries); each word is added once per process, with
        the frequency Python jieba's ``add_word`` would give it (``suggest_freq`` when
        ``freq`` is None), to these tables, jieba-rs and (once made) Python jieba."""
        table = self.words
        for w in words:
            if w and w not in self._added:
                f = int(freq) if freq is not None else self._suggest_freq(w)
                table.add(w, f, tag)
                self._log.append((w, f, tag))
                if self._fast_ready and self._fast_obj is not None:
                    self._fast_obj.add_word(w, f, tag)
                if self._ready:
                    self._jieba.add_word(w, freq=f, tag=tag)
                self._added.add(w)

    def _suggest_freq(self, word: str) -> int:
        if self._fast is None:  # pragma: no cover - without jieba-rs, jieba itself
            self._init()
            return self._jieba.suggest_freq(word, False)
        return self.words.suggest_freq(word, self._fast.cut(word, False))

    def cut(self, text: str, offset: int = 0, hmm: bool = True, fast: bool = False) -> list[tuple[str, int, int]]:
        """Words of ``text`` with offsets (shifted by ``offset``) into the original text.

        ``hmm`` lets jieba guess words its dictionary lacks (names). ``fast=True`` runs
        the cut on jieba-rs when it is installed: the same dictionary and route, about
        20x faster; without HMM its words are jieba's exactly, with HMM they differ from
        Python jieba's only in how a few unknown words are guessed (tests/test_segment.py).
        """
        if fast:
            rs = self._fast_obj if self._fast_ready else self._fast  # one property call at most
            if rs is not None:
                return [(w, s + offset, e + offset) for w, s, e in rs.tokenize(text, "default", hmm)]
        self._init()
        return [(w, s + offset, e + offset) for w, s, e in self._jieba.tokenize(text, HMM=hmm)]

    def pos(self, text: str, offset: int = 0) -> list[tuple[str, str, int, int]]:
        """Words with jieba part-of-speech flags and offsets."""
        import jieba.posseg  # its tag table is parsed on first use: only for callers of pos()

        self._init()
        out, i = [], offset
        for pair in jieba.posseg.cut(text):
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


def _rjieba_class():
    """jieba-rs's ``Jieba`` class. ``import rjieba`` makes a module-level instance for its
    convenience functions (a second copy of the dictionary, ~26 MB, never used here), so the
    compiled module is loaded on its own when the package is not imported yet; the package,
    imported later, finds it in ``sys.modules``. Anything unexpected: the plain import."""
    if "rjieba" not in sys.modules:
        try:
            import importlib.machinery
            import importlib.util
            import os

            mod = sys.modules.get("rjieba.rjieba")
            if mod is None:
                spec = importlib.util.find_spec("rjieba")
                folder = (spec.submodule_search_locations or [None])[0] if spec is not None else None
                for suffix in importlib.machinery.EXTENSION_SUFFIXES if folder else ():
                    path = os.path.join(folder, "rjieba" + suffix)
                    if os.path.isfile(path):
                        loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", path)
                        ext = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
                        mod = importlib.util.module_from_spec(ext)
                        loader.exec_module(mod)
                        sys.modules["rjieba.rjieba"] = mod
                        break
            if mod is not None:
                return mod.Jieba
        except (ImportError, OSError, AttributeError):
            pass
    import rjieba

    return rjieba.Jieba


def _dict_bytes(jieba=None) -> bytes | None:
    """The bytes of jieba's main dictionary (None when there is no file): the package's
    dict.txt, read without importing jieba unless it is imported already (and so may have
    been given another dictionary)."""
    if jieba is None:
        import importlib.util
        import os

        spec = importlib.util.find_spec("jieba")
        for folder in (spec.submodule_search_locations or []) if spec is not None else []:
            path = os.path.join(folder, "dict.txt")
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    return f.read()
        import jieba
    try:
        f = jieba.get_dict_file()
    except OSError:
        return None
    with f:
        return f.read()


def segmenter() -> Segmenter:
    """The process-wide :class:`Segmenter`."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Segmenter()
    return _instance
