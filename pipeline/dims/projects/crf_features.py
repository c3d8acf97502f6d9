"""Character features of the project-span model (crf.py), the same at training and at run.

One sequence per sentence (cut at line ends and after 。！？), at run time only for sentences
holding a rule's project mention (params.head_sentences: or a project head), at training for
every sentence. Per character, the evidence a reader uses (DECISIONS: "A character CRF for project spans"):

* the character, its neighbours (+-2), four character bigrams and its kind (digit, Han,
  Latin, other);
* the word it lies in, from the pipeline's own cut (jieba-rs; no second segmenter): its
  boundary tag (B/M/E/S), the word and its POS tag in jieba's dictionary (``x`` for words
  the dictionary lacks);
* a head of the project lexicons covering or ending at it, the next head's end to its
  right (distance bucket, with a list separator between or not);
* a place mention of the places table (B/I and level);
* the quote or bracket it lies in and the depth;
* undertaking cues and list separators within ``window`` characters to either side and
  in the sentence;
* the rules' project mention it lies in (B/I/E and the rule's class): the model is
  stacked on the rules and learns where to trust them.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import add

import ahocorasick
import regex

OPEN, CLOSE = "“‘《「『（(【〔", "”’》」』）)】〕"
SEPS = frozenset("、，,；;和及与")
_ENDS = regex.compile(r"[。！？!?\n]")
NUMERAL = frozenset("零〇一二三四五六七八九十百千万亿两")
#: distance buckets to the next head's end
_BUCKETS = (0, 1, 3, 6, 10, 16, 32)


def _bucket(dist: int) -> int:
    for x in _BUCKETS:
        if dist <= x:
            return x
    return 99


#: distance to the next head's end -> its bucket's feature value (beyond the last: "99")
_HD = ["%d" % _bucket(d) for d in range(_BUCKETS[-1] + 1)]


def _kind(ch: str) -> str:
    if ch.isdigit() or ch in NUMERAL:
        return "d"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isascii() and ch.isalpha():
        return "a"
    return "p"


class _Kinds(dict):
    def __missing__(self, ch):
        v = self[ch] = _kind(ch)
        return v


#: character -> its kind (the value of template t=), filled as characters are met
_KIND = _Kinds()


#: the templates of a character's features, in the order its feature strings are listed:
#: a feature is a template and a value ("c0=" and "星": c0=星; "cueL" and "": cueL), the
#: template being the feature up to its first "=" (the whole feature when it has none).
#: Featurizer.document gives a sentence as one column per template (the value at each
#: character, None where it has none); training and explain read them as strings
#: (:func:`strings`), the run-time scorer (crf_scorer.py) looks each value up in its template
TEMPLATES = ("b", "c0=", "c-1=", "c-2=", "c1=", "c2=", "c-1c0=", "c0c1=", "c-2c-1=", "c1c2=",
             "w=", "pos=", "wpos=", "t=", "wd=", "hd=", "hin=", "hend=", "hnext", "pl=", "pl=",
             "q=", "qd=", "cueL", "cueR", "cueS", "sepL", "sepR", "r=", "rc=", "rBc0=", "rIc0=", "rEc0=")


def strings(columns) -> list[list[str]]:
    """The feature strings of each character of a sentence given as columns (what
    python-crfsuite trains on): per character, template + value of every template it has,
    in the order of TEMPLATES."""
    out = [[] for _ in columns[0]]
    for t, col in zip(TEMPLATES, columns):
        for f, v in zip(out, col):
            if v is not None:
                f.append(t + v)
    return out


def sentences(text: str, ends=None) -> list[tuple[int, int]]:
    """(start, end) of each sentence with some non-space text: cut at line ends and after
    the matches of ``ends`` (rule project.crf's pattern; default 。！？!?). A line end is
    left out of both sentences."""
    out, start = [], 0
    for m in (ends.finditer(text) if ends is not None else _ENDS.finditer(text)):
        stop = m.start() if m.group() == "\n" else m.end()
        if stop > start:
            out.append((start, stop))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def rule_class(rule_id: str) -> str:
    """The class the model sees of a rule's mention: the category for head rules
    (project.head.park -> park), else the rule's own name (project.list_sibling ->
    list_sibling)."""
    rid = rule_id.removeprefix("project.")
    return rid.split(".")[-1] if rid.startswith("head.") else rid


class Featurizer:
    """Features of the sentences of one document (see the module docstring)."""

    def __init__(self, heads: dict, cues, seg, window: int = 12, ends=None, head_sentences: bool = False):
        self.window = window
        self.ends = ends
        self.head_sentences = head_sentences
        self.seg = seg
        self.tags = seg.tags
        self._heads = ahocorasick.Automaton()
        for word, cls in heads.items():
            self._heads.add_word(word, (len(word), cls))
        self._heads.make_automaton()
        self._cues = ahocorasick.Automaton()
        for word in cues:
            if len(word) >= 2:
                self._cues.add_word(word, len(word))
        self._cues.make_automaton()

    def heads_in(self, text: str) -> dict:
        """start -> (end, class) of the longest head starting there."""
        out: dict = {}
        for end, (n, cls) in self._heads.iter(text):
            s = end + 1 - n
            if s not in out or out[s][0] < end + 1:
                out[s] = (end + 1, cls)
        return out

    def selected(self, text: str, rules: list, heads: dict) -> list[tuple[int, int]]:
        """The sentences holding a rule's mention (or a head, with ``head_sentences``)."""
        starts = sorted([s for s, _e, _r in rules] + (list(heads) if self.head_sentences else []))
        out, k = [], 0
        for a, b in sentences(text, self.ends):
            while k < len(starts) and starts[k] < a:
                k += 1
            if k < len(starts) and starts[k] < b:
                out.append((a, b))
        return out

    def document(self, text: str, rules: list, places: list, every: bool = False):
        """(sentences, feature columns of each) of a document (see TEMPLATES); ``rules``:
        (start, end, rule_id) of the rules' project mentions; ``places``: (start, end, level)
        of place mentions. ``every``: all sentences, not only those holding a mention or a
        head (training)."""
        heads = self.heads_in(text)
        sents = sentences(text, self.ends) if every else self.selected(text, rules, heads)
        if not sents:
            return [], []
        n = len(text)
        head_in, head_end = {}, {}
        for s, (e, cls) in heads.items():
            for k in range(s, e):
                head_in.setdefault(k, cls)
            head_end[e - 1] = cls
        cue_at = sorted({end + 1 - L for end, L in self._cues.iter(text)})
        place = {}
        for a, b, level in places:
            for k in range(a, min(b, n)):
                place[k] = ("B-" if k == a else "I-") + (level or "x")
        rule = {}
        for a, b, rid in rules:
            cls = rule_class(rid)
            for k in range(a, min(b, n)):
                rule[k] = ("B" if k == a else ("E" if k == b - 1 else "I")) + "|" + cls
        return sents, [self._sentence(text, a, b, head_in, head_end, cue_at, place, rule) for a, b in sents]

    def _sentence(self, text, a, b, head_in, head_end, cue_at, place, rule):
        """The feature columns of the sentence [a, b): one per template of TEMPLATES, each a
        list over its characters of the value (None: the character has no such feature)."""
        w = self.window
        tags = self.tags
        m = b - a
        s = text[a:b]
        # words: boundary tag, POS and the word (a word of one character is only tagged S)
        wtag, wpos, word = [""] * m, [""] * m, [None] * m
        for wd, ws, we in self.seg.cut(s, a, hmm=True, fast=True):
            L = we - ws
            wpos[ws - a:we - a] = [tags.get(wd) or "x"] * L
            if L == 1:
                wtag[ws - a] = "S"
            else:
                wtag[ws - a:we - a] = ["B"] + ["M"] * (L - 2) + ["E"]
                word[ws - a:we - a] = [wd] * L
        # brackets and quotes: depth and the innermost opener
        qtype, qdepth, stack = [None] * m, [None] * m, []
        for k, ch in enumerate(s):
            if ch in CLOSE and stack:
                stack.pop()
            if stack:
                qtype[k], qdepth[k] = stack[-1], "2" if len(stack) > 1 else "1"
            if ch in OPEN:
                stack.append(ch)
        # the next head end at or right of each character (distance bucket), "s" when a list
        # separator lies between
        hd, j, sep = [None] * m, None, False
        for i in range(b - 1, a - 1, -1):
            if i in head_end:
                j, sep = i, False
            if j is not None:
                d = j - i
                hd[i - a] = (_HD[d] if d < len(_HD) else "99") + ("s" if sep else "")
            if text[i] in SEPS:
                sep = True
        cues = cue_at[bisect_left(cue_at, a):bisect_left(cue_at, b)]
        # prefix counts: cues and separators within the window either side in O(1)
        cue_n, sep_n = [0] * (m + 1), [0] * (m + 1)
        for c in cues:
            cue_n[c - a + 1] += 1
        for k, ch in enumerate(s):
            if ch in SEPS:
                sep_n[k + 1] += 1
        for k in range(1, m + 1):
            cue_n[k] += cue_n[k - 1]
            sep_n[k] += sep_n[k - 1]
        # cues / separators within the window to the left ([k-w, k)) and right ((k, k+w]), and
        # whether the sentence holds a cue
        cue_l = ["" if cue_n[k] > cue_n[k - w if k > w else 0] else None for k in range(m)]
        cue_r = ["" if cue_n[k + w + 1 if k + w + 1 < m else m] > cue_n[k + 1] else None for k in range(m)]
        sep_l = ["" if sep_n[k] > sep_n[k - w if k > w else 0] else None for k in range(m)]
        sep_r = ["" if sep_n[k + w + 1 if k + w + 1 < m else m] > sep_n[k + 1] else None for k in range(m)]
        span = range(a, b)
        h_in = [head_in.get(i) or None for i in span]
        h_end = [head_end.get(i) or None for i in span]
        h_next = ["" if i + 1 < b and (i + 1) in head_end and i not in head_in else None for i in span]
        pl = [place.get(i) for i in span]
        pl1 = [x[:1] if x else None for x in pl]
        r = [rule.get(i) for i in span]
        r1 = [x[:1] if x else "O" for x in r]

        pad = "^^" + s + "$$"
        ch = list(pad)  # ch[k + 2]: the sentence's character k
        bg = list(map(add, pad[:-1], pad[1:]))  # bg[k]: pad[k:k + 2]
        c0 = ch[2:m + 2]
        return [
            [""] * m, c0, ch[1:m + 1], ch[:m], ch[3:m + 3], ch[4:m + 4],
            bg[1:m + 1], bg[2:m + 2], bg[:m], bg[3:m + 3],
            wtag, wpos, list(map(add, wtag, wpos)), list(map(_KIND.__getitem__, s)), word,
            hd, h_in, h_end, h_next, pl1, [x or None for x in pl], qtype, qdepth,
            cue_l, cue_r, [""] * m if cues else [None] * m, sep_l, sep_r,
            r1, r, [y if x == "B" else None for x, y in zip(r1, c0)],
            [y if x == "I" else None for x, y in zip(r1, c0)], [y if x == "E" else None for x, y in zip(r1, c0)],
        ]


def bio(a: int, b: int, spans) -> list[str]:
    """BIO tags of the sentence [a, b) for the gold spans inside it."""
    tags = ["O"] * (b - a)
    for s, e in spans:
        if a <= s and e <= b:
            tags[s - a] = "B"
            for k in range(s + 1, e):
                tags[k - a] = "I"
    return tags


def spans_of(tags, a: int) -> list[tuple[int, int]]:
    """Spans of a BIO sequence starting at offset ``a`` (an I after O opens a span)."""
    out, start = [], None
    for k, t in enumerate(list(tags) + ["O"]):
        if t == "I" and start is not None:
            continue
        if start is not None:
            out.append((a + start, a + k))
            start = None
        if t in ("B", "I"):
            start = k
    return out
