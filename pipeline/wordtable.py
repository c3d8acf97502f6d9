"""jieba's dictionary as the extractors read it: word -> frequency and word -> POS tag.

The cuts run on jieba-rs (pipeline/segment.py), which holds its own copy of the
dictionary; the extractors only look words up. Python jieba's tables for that were
its prefix dictionary ``FREQ`` (every word and every prefix of one: ~580,000 keys,
+63 MB) and posseg's tag table (its own copy of the same words, +50 MB). This table
keeps the words only, once: the two dicts share their key strings, the frequencies are
shared int objects (a few thousand distinct values) and the tags interned, about half
the memory; and few distinct value objects also means few pages a forked worker copies
when a look-up touches a value's reference count.

Look-ups answer as jieba's did (tests/test_wordtable.py): ``freq.get(w)`` is the
word's frequency, falsy (None instead of 0) for a prefix that is no word, as every
caller reads it; ``tags`` is posseg's table. :meth:`suggest_freq` is jieba's
``suggest_freq(word)`` over this table and a cut without HMM (jieba-rs's cut is jieba's
there), so a word added without a frequency gets the one Python jieba would give it.

Loaded from one cache file keyed by the dictionary's content (pipeline/cache.py), else
parsed from dict.txt (about 0.6 s) and the cache written.
"""
from __future__ import annotations

import array
import hashlib
import marshal
import re
from itertools import repeat

from .cache import cache_path, read_verified, write_atomic

FORMAT = "wordtable-1"
_NO_FREQ = -1  # a word with a tag but no frequency entry
_NO_TAG = 255
#: whitespace that str.strip removes and bytes.strip keeps (jieba strips a line's bytes)
_ODD_SPACE = re.compile(r"[^\S\x00-\x7f]")


def _prefix_only_seg(p: str) -> bool:
    """Whether a cut without HMM can give ``p`` as a segment though the dictionary does
    not hold it as a word: one character, or a run of ASCII letters and digits."""
    return len(p) == 1 or (p.isascii() and p.isalnum())


class WordTable:
    __slots__ = ("freq", "tags", "total", "prefix_only")

    def __init__(self, freq: dict, tags: dict, total: int, prefix_only: set):
        self.freq = freq  # word -> frequency (words of the dictionary and added words)
        self.tags = tags  # word -> POS tag (posseg's table and added tags)
        self.total = total  # sum of the frequencies, as jieba's ``total``
        self.prefix_only = prefix_only  # segments jieba's FREQ holds as prefixes (0), see _prefix_only_seg

    # ----------------------------------------------------------------- building
    @classmethod
    def parse(cls, data: bytes) -> "WordTable":
        """The tables from dict.txt's bytes, as jieba's ``gen_pfdict`` (frequencies,
        total) and posseg's tag table (pipeline's reading: ``word freq tag``) read them."""
        text = data.decode("utf-8")
        if _ODD_SPACE.search(text):  # whitespace bytes.strip and str.strip disagree on: line by line
            return cls._parse_lines(data)
        freq, tags, total = {}, {}, 0
        ints, tag_names = {}, {}
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the newline that ends the file
        for lineno, line in enumerate(lines, 1):
            parts = line.strip().split(" ")
            try:
                word, f = parts[0], int(parts[1])
            except (ValueError, IndexError):
                raise ValueError(f"invalid dictionary entry at line {lineno}: {line.strip()}") from None
            freq[word] = ints.setdefault(f, f)
            total += f
            if len(parts) >= 3:
                tags[word] = tag_names.setdefault(parts[2], parts[2])
        return cls(freq, tags, total, _prefix_only(freq))

    @classmethod
    def _parse_lines(cls, data: bytes) -> "WordTable":
        freq, tags, total, words = {}, {}, 0, {}
        ints, tag_names = {}, {}
        for lineno, raw in enumerate(data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n"), 1):
            line = raw.strip().decode("utf-8")
            try:
                word, f = line.split(" ")[:2]
                f = int(f)
            except ValueError:
                raise ValueError(f"invalid dictionary entry at line {lineno}: {line}") from None
            word = words.setdefault(word, word)  # one string object for both tables
            freq[word] = ints.setdefault(f, f)
            total += f
            parts = raw.decode("utf-8").strip().split(" ")
            if len(parts) >= 3:
                w = words.setdefault(parts[0], parts[0])
                tags[w] = tag_names.setdefault(parts[2], parts[2])
        return cls(freq, tags, total, _prefix_only(freq))

    def to_bytes(self) -> bytes:
        words = list(self.freq)
        freqs = array.array("q", self.freq.values())  # the words' own, in their order
        if len(self.tags) != len(words) or not self.tags.keys() <= self.freq.keys():
            tag_only = [w for w in self.tags if w not in self.freq]
            words += tag_only
            freqs.extend(repeat(_NO_FREQ, len(tag_only)))
        names = sorted(set(self.tags.values()))
        joined = "\n".join(words)
        if len(names) >= _NO_TAG or joined.count("\n") != max(len(words) - 1, 0) or any("\n" in n for n in names):
            raise ValueError("not storable")
        index: dict = {n: i for i, n in enumerate(names)}
        index[None] = _NO_TAG
        # the usual case: every word tagged, in the same order (stored as "no order")
        same = len(self.tags) == len(words) and list(self.tags) == words
        tags = bytes(map(index.__getitem__, self.tags.values() if same else map(self.tags.get, words)))
        order = array.array("q", [] if same else _tag_order(words, self.tags))
        if not same and list(order) == list(range(len(words))):
            order = array.array("q")
        return marshal.dumps((FORMAT, joined, freqs.tobytes(), tags, "\n".join(names), self.total,
                              "\n".join(sorted(self.prefix_only)), order.tobytes()))

    @classmethod
    def from_bytes(cls, blob: bytes) -> "WordTable":
        fmt, words, freqs, tags, names, total, prefix_only, order = marshal.loads(blob)
        if fmt != FORMAT or type(total) is not int:
            raise ValueError("another format")
        words = words.split("\n")
        nums = array.array("q")
        nums.frombytes(freqs)
        order_a = array.array("q")
        order_a.frombytes(order)
        names = names.split("\n") if names else []
        if not (len(words) == len(nums) == len(tags)) or len(order_a) > len(words) \
                or not (order_a or _NO_TAG not in tags):
            raise ValueError("damaged")
        ints: dict = {}
        seti = ints.setdefault
        freq = {w: seti(f, f) for w, f in zip(words, nums.tolist()) if f != _NO_FREQ}
        tag_list = [None if t == _NO_TAG else names[t] for t in tags]
        if order_a:
            tags_d = {words[i]: tag_list[i] for i in order_a.tolist()}
        else:
            tags_d = dict(zip(words, tag_list))
        return cls(freq, tags_d, total, set(prefix_only.split("\n")) if prefix_only else set())

    # ----------------------------------------------------------------- changes
    def add(self, word: str, freq: int, tag: str | None) -> None:
        """jieba's ``add_word(word, freq, tag)`` on these tables."""
        self.freq[word] = freq
        self.total += freq
        if tag:
            self.tags[word] = tag
        self.prefix_only.discard(word)
        for i in range(1, len(word)):
            p = word[:i]
            if p not in self.freq and _prefix_only_seg(p):
                self.prefix_only.add(p)

    def suggest_freq(self, word: str, segments: list[str]) -> int:
        """jieba's ``suggest_freq(word)`` (no tuning): ``segments`` is the word's cut
        without HMM on the current dictionary."""
        ftotal = float(self.total)
        f = 1
        for seg in segments:
            f *= self._get(seg) / ftotal
        return max(int(f * self.total) + 1, self._get(word))

    def _get(self, s: str) -> int:
        """jieba's ``FREQ.get(s, 1)`` for a segment of a cut."""
        f = self.freq.get(s)
        if f is not None:
            return f
        return 0 if s in self.prefix_only else 1


def _prefix_only(freq: dict) -> set:
    """The prefixes of words that are no words and that a cut can give as a segment
    (:func:`_prefix_only_seg`): first characters, and prefixes of words that open with
    an ASCII letter or digit."""
    out = {w[0] for w in freq if len(w) > 1 and w[0] not in freq}
    for w in freq:
        if w[:1].isascii() and w[:1].isalnum():
            out.update(p for p in (w[:i] for i in range(2, len(w))) if p not in freq and _prefix_only_seg(p))
    return out


def _tag_order(words: list[str], tags: dict) -> list[int]:
    """Positions in ``words`` of the tag table's keys, in the table's own order (places
    read it in order)."""
    pos = {w: i for i, w in enumerate(words)}
    return [pos[w] for w in tags]


def load(dict_bytes_source) -> WordTable:
    """The table of jieba's dictionary; ``dict_bytes_source()`` gives dict.txt's bytes
    (or None when there is no file). From the cache when it holds this dictionary."""
    data = dict_bytes_source()
    if data is None:
        raise FileNotFoundError("jieba's dictionary")
    key = hashlib.blake2b(data, digest_size=12)
    key.update(FORMAT.encode())
    path = cache_path("jieba-words", key.hexdigest())
    blob = read_verified(path)  # None unless this user's key authenticates it (pipeline/cache.py)
    if blob is not None:
        try:
            return WordTable.from_bytes(blob)
        except (EOFError, ValueError, TypeError, IndexError):
            pass
    table = WordTable.parse(data)
    if path is not None:
        try:
            write_atomic(path, table.to_bytes())
        except ValueError:
            pass
    return table
