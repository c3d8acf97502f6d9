"""Word segmentation: jieba, initialised once per process, called only on windows.

Extractors scan raw text with regexes and automata; they ask for word boundaries or
part-of-speech only around a candidate whose decision needs them (a short place name
that may be a common word, the left edge of a project name). That keeps jieba off the
hot path. :meth:`Segmenter.nlp` gives a spaCy blank ``zh`` pipeline with the same jieba
(and so the same added words) for users who want spaCy Docs.
"""
from __future__ import annotations

import array
import hashlib
import logging
import marshal
import tempfile
import threading

from .cache import cache_dir, cache_path, read_verified, write_atomic

_lock = threading.Lock()
_instance = None


class Segmenter:
    def __init__(self):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        # jieba's own dictionary cache (a marshal file) in our private folder, never the
        # shared /tmp where another user could plant one; with no usable folder, a
        # private temporary one for this process
        private = cache_dir()
        if private is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="zhextract-jieba-")
            private = self._tmp.name
        jieba.dt.tmp_dir = str(private)
        self._jieba = jieba
        self._added: set[str] = set()
        self._added_tags: list[tuple[str, str]] = []
        self._ready = False
        self._nlp = None
        self._tags = None
        self._fast_ready = False
        self._fast_words: list[tuple[str, int | None, str | None]] = []  # added before jieba-rs was made
        self._fast_obj = None

    @property
    def _fast(self):
        """jieba-rs (the same dictionary route, compiled), made on the first cut that asks
        for it (building its dictionary costs about 0.4 s); None when not installed."""
        if not self._fast_ready:
            with _lock:
                if not self._fast_ready:
                    try:
                        import rjieba

                        fast = rjieba.Jieba()
                        for w, f, tag in self._fast_words:
                            fast.add_word(w, f, tag)
                        self._fast_obj = fast
                    except ImportError:  # pragma: no cover - the pure-Python route still works
                        self._fast_obj = None
                    self._fast_words = []
                    self._fast_ready = True
        return self._fast_obj

    def _init(self):
        if not self._ready:
            _initialize(self._jieba)
            self._ready = True

    # ------------------------------------------------------------ dictionary
    @property
    def freq(self) -> dict:
        """jieba's word -> frequency table (prefixes of words map to 0)."""
        self._init()
        return self._jieba.dt.FREQ

    @property
    def total(self) -> int:
        """Sum of all word frequencies (for log-probabilities)."""
        self._init()
        return self._jieba.dt.total

    @property
    def tags(self) -> dict:
        """jieba's word -> part-of-speech table (``ns`` place, ``v`` verb, ...).

        jieba.posseg builds it by parsing dict.txt at every start (about 1.5 s); it is
        kept in the user's cache dir (pipeline/cache.py), keyed by the dictionary's
        path, size and time, and loads in a fraction of that."""
        if self._tags is None:
            self._tags = _load_tags(self._jieba)
            for w in self._added_tags:
                self._tags[w[0]] = w[1]
        return self._tags

    def add_words(self, words, freq: int | None = None, tag: str | None = None) -> None:
        """Teach jieba words (lexicon entries); each word is added once per process."""
        self._init()
        for w in words:
            if w and w not in self._added:
                self._jieba.add_word(w, freq=freq, tag=tag)
                if self._fast_ready:
                    if self._fast_obj is not None:
                        self._fast_obj.add_word(w, self._jieba.dt.FREQ.get(w), tag)
                else:
                    self._fast_words.append((w, self._jieba.dt.FREQ.get(w), tag))
                self._added.add(w)
                if tag:
                    self._added_tags.append((w, tag))
                    if self._tags is not None:
                        self._tags[w] = tag

    def cut(self, text: str, offset: int = 0, hmm: bool = True, fast: bool = False) -> list[tuple[str, int, int]]:
        """Words of ``text`` with offsets (shifted by ``offset``) into the original text.

        ``hmm`` lets jieba guess words its dictionary lacks (names). ``fast=True`` runs
        the cut on jieba-rs when it is installed: the same dictionary and route, about
        20x faster; without HMM its words are jieba's exactly, with HMM they differ from
        Python jieba's only in how a few unknown words are guessed (tests/test_segment.py).
        """
        if fast and self._fast is not None:
            return [(w, s + offset, e + offset) for w, s, e in self._fast.tokenize(text, "default", hmm)]
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


def _dict_source(jieba) -> tuple[str | None, str | None]:
    """The path of jieba's main dictionary and a key from its content (and jieba's
    version): two installs with the same dictionary share cache files, and a changed
    dictionary is never read from an old one. (None, None) when there is no file."""
    try:
        f = jieba.get_dict_file()
    except OSError:
        return None, None
    with f:
        path = getattr(f, "name", None)
        if not isinstance(path, str):
            return None, None
        data = f.read()
    h = hashlib.blake2b(data, digest_size=12)
    h.update(str(getattr(jieba, "__version__", "")).encode())
    return path, h.hexdigest()


def _initialize(jieba) -> None:
    """``jieba.initialize()``, from a compact cache when there is one: the frequency
    table as two flat blobs (words, 64-bit counts) rebuilt with one ``dict(zip(...))``,
    several times quicker than jieba's own cache read with ``marshal.load(file)``."""
    dt = jieba.dt
    if dt.initialized:
        return
    _path, key = _dict_source(jieba) if dt.dictionary is None else (None, None)  # the default dictionary only
    cache = cache_path("jieba-freq", key) if key else None
    blob = read_verified(cache)  # None unless this user's key authenticates it (pipeline/cache.py)
    if blob is not None:
        try:
            words, counts, total = marshal.loads(blob)
            nums = array.array("q")
            nums.frombytes(counts)
            words = words.split("\n")
            if len(words) == len(nums) and type(total) is int:
                with dt.lock:
                    if not dt.initialized:
                        dt.FREQ, dt.total, dt.initialized = dict(zip(words, nums.tolist())), total, True
                return
        except (EOFError, ValueError, TypeError):
            pass
    jieba.initialize()
    freq = dt.FREQ
    if cache is not None and not any("\n" in w for w in freq):
        try:
            counts = array.array("q", freq.values()).tobytes()
        except (TypeError, OverflowError):
            return
        write_atomic(cache, marshal.dumps(("\n".join(freq), counts, dt.total)))


def _load_tags(jieba) -> dict:
    dict_path, key = _dict_source(jieba)
    if dict_path is None:  # a dictionary without a file: no cache, parse it
        import jieba.posseg

        return dict(jieba.posseg.dt.word_tag_tab)
    cache = cache_path("jieba-tags", key)
    blob = read_verified(cache)  # None unless this user's key authenticates it (pipeline/cache.py)
    if blob is not None:
        try:
            words, tags = marshal.loads(blob)
            words, tags = words.split("\n"), tags.split("\n")
            if len(words) == len(tags):
                return dict(zip(words, tags))
        except (EOFError, ValueError, TypeError, AttributeError):
            pass
    tags = {}
    with open(dict_path, "rb") as f:
        for line in f:
            parts = line.decode("utf-8").strip().split(" ")
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    if cache is not None:
        write_atomic(cache, marshal.dumps(("\n".join(tags), "\n".join(tags.values()))))
    return tags


def segmenter() -> Segmenter:
    """The process-wide :class:`Segmenter`."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Segmenter()
    return _instance
