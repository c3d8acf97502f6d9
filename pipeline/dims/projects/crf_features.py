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
  stacked on the rules and learns where to trust them;
* with params.refused_features, the candidate the rules' normalizers refused that it lies
  in (B/I/E, and with params.refused_classes the refusal's class, :func:`refusal_class`;
  without, every refusal is of class "other"): where the context says it is a name the
  model may take it (and params.refused_sentences reads the sentences holding one);
* with params.recur_features / count_close, the document's context (crf_context.py): the
  mention or refused candidate it lies in written again elsewhere, a clause closed by a count.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import add, gt

import ahocorasick
import regex

from .crf_context import context
from .crf_spans import REFUSALS, bio, refusal_class, rule_class, sentences, spans_of  # noqa: F401 (their home was here)

OPEN, CLOSE = "“‘《「『（(【〔", "”’》」』）)】〕"
SEPS = frozenset("、，,；;和及与")
NUMERAL = frozenset("零〇一二三四五六七八九十百千万亿两")
#: distance buckets to the next head's end
_BUCKETS = (0, 1, 3, 6, 10, 16, 32)


def _bucket(dist: int) -> int:
    for x in _BUCKETS:
        if dist <= x:
            return x
    return 99


#: distance to the next head's end -> its bucket's feature value (beyond the last: "99"; the
#: lists grow to the longest distance met), and with a list separator between ("s")
_HD = ["%d" % _bucket(d) for d in range(_BUCKETS[-1] + 1)]
_HDS = [x + "s" for x in _HD]
_OPENS = regex.compile("[%s]" % regex.escape(OPEN))
_BRACKETS = regex.compile("[%s]" % regex.escape(OPEN + CLOSE))


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
#: template being the feature up to its first "=" (the whole feature when it has none)
TEMPLATES = ("b", "c0=", "c-1=", "c-2=", "c1=", "c2=", "c-1c0=", "c0c1=", "c-2c-1=", "c1c2=",
             "w=", "pos=", "wpos=", "t=", "wd=", "hd=", "hin=", "hend=", "hnext", "pl=", "pl=",
             "q=", "qd=", "cueL", "cueR", "cueS", "sepL", "sepR", "r=", "rc=", "rBc0=", "rIc0=", "rEc0=",
             "x=", "xc=", "rec=", "cnt", "lx=", "rw=")


def _flag(i):
    return lambda k: "" if k[i] else None


def _rc0(lab):
    return lambda k: k[1] if k[0][:1] == lab else None


def KEY(k):
    """A template whose value is its group's key (the scorer looks the key up in the
    template's weights as it is)."""
    return k


class On:
    """A template's value in a bigram group: the key's first character (``x``), its second
    (``y``) or the bigram itself (``g``), through ``f`` if given. The scorer sums the
    templates of a character once per character and those of a bigram once per bigram."""

    __slots__ = ("role", "f")

    def __init__(self, role: str, f=None):
        self.role, self.f = role, f

    def of(self, v: str) -> str:
        """The value of the role's part ``v`` (a character or the bigram)."""
        return v if self.f is None else self.f(v)

    def __call__(self, g: str) -> str:
        return self.of(g[0] if self.role == "x" else g[1] if self.role == "y" else g)


#: the features of a character as groups: Featurizer.document gives a sentence as one key
#: per character and group (None: no feature of the group), and a group's templates take
#: their values from its key (a function per template, by its place in TEMPLATES; None: no
#: such feature). Training and explain read the features as strings (:func:`strings`), the
#: run-time scorer (crf_scorer.py) sums a group's weights once per key, not per feature.
#: Keys: the bigrams of the sentence padded with ^^ and $$ around each character (c-2c-1,
#: c-1c0, c0c1, c1c2), the word's boundary tag and POS, the word, the next head's distance,
#: the heads (in, end, next), the place, the quote and its depth, five flags, the rule's
#: mention and the character
GROUPS = (
    ((0, lambda k: ""),),
    ((3, On("x")), (2, On("y")), (8, On("g"))),
    ((6, On("g")),),
    ((1, On("x")), (13, On("x", _KIND.__getitem__)), (7, On("g"))),
    ((4, On("x")), (5, On("y")), (9, On("g"))),
    ((10, lambda k: k[:1]), (11, lambda k: k[1:]), (12, lambda k: k)),
    ((14, KEY),),
    ((15, KEY),),
    ((16, lambda k: k[0] or None), (17, lambda k: k[1] or None), (18, lambda k: "" if k[2] else None)),
    ((19, lambda k: k[:1]), (20, lambda k: k)),
    ((21, lambda k: k[0]), (22, lambda k: k[1:])),
    ((23, _flag(0)), (24, _flag(1)), (25, _flag(2)), (26, _flag(3)), (27, _flag(4))),
    ((28, lambda k: k[0][:1] or "O"), (29, lambda k: k[0] or None), (30, _rc0("B")), (31, _rc0("I")), (32, _rc0("E"))),
    ((33, lambda k: k[:1]), (34, KEY)),
    ((35, lambda k: k[0] or None), (36, lambda k: "" if k[1] else None)),
    ((37, KEY),),
    ((38, KEY),),
)
assert sorted(i for g in GROUPS for i, _f in g) == list(range(len(TEMPLATES)))
#: the groups keyed by a bigram (their templates' values: On): at character k, the padded
#: sentence's bigram at k + 0, 1, 2, 3
BIGRAMS = (1, 2, 3, 4)
assert all(isinstance(f, On) == (g in BIGRAMS) for g, parts in enumerate(GROUPS) for _i, f in parts)


def features_of(group: int, key) -> list[tuple[int, str]]:
    """(place in TEMPLATES, feature string) of each feature a group's key gives."""
    if key is None:
        return []
    out = []
    for i, f in GROUPS[group]:
        v = f(key)
        if v is not None:
            out.append((i, TEMPLATES[i] + v))
    return out


def strings(keys) -> list[list[str]]:
    """The feature strings of each character of a sentence given as keys (what
    python-crfsuite trains on): per character, template + value of every feature it has,
    in the order of TEMPLATES."""
    out = []
    for k in range(len(keys[0])):
        fs = []
        for g, col in enumerate(keys):
            fs += features_of(g, col[k])
        out.append([f for _i, f in sorted(fs)])
    return out


class Featurizer:
    """Features of the sentences of one document (see the module docstring)."""

    def __init__(self, heads: dict, cues, seg, window: int = 12, ends=None, head_sentences: bool = False,
                 refused_features: bool = False, refused_sentences: bool = False, refused_classes: bool = False,
                 recur_features: bool = False, count_close=None, lexicons=None, word_edges: bool = False):
        self.window = window
        self.word_edges = word_edges
        # params.lexicon_features: class -> words; a character in the longest match reads lx=
        self._lex = lexicon_automaton(lexicons) if lexicons else None
        self.recur_features = recur_features
        self.count_close = count_close  # a compiled pattern: a count and class closing a list
        self.ends = ends
        self.head_sentences = head_sentences
        self.refused_features = refused_features
        self.refused_sentences = refused_sentences
        self.refused_classes = refused_classes
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

    def selected(self, text: str, rules: list, heads: dict, refused=()) -> list[tuple[int, int]]:
        """The sentences holding a rule's mention (or a head, with ``head_sentences``; or a
        refused candidate, with ``refused_sentences``)."""
        starts = sorted([s for s, _e, _r in rules] + (list(heads) if self.head_sentences else [])
                        + ([s for s, _e, _w in refused] if self.refused_sentences else []))
        out, k = [], 0
        for a, b in sentences(text, self.ends):
            while k < len(starts) and starts[k] < a:
                k += 1
            if k < len(starts) and starts[k] < b:
                out.append((a, b))
        return out

    def document(self, text: str, rules: list, places: list, every: bool = False, refused=()):
        """(sentences, feature keys of each) of a document (see GROUPS); ``rules``:
        (start, end, rule_id) of the rules' project mentions; ``places``: (start, end, level)
        of place mentions; ``refused``: (start, end, reason) of the candidates the
        normalizers refused. ``every``: all sentences, not only those holding a mention or a
        head (training)."""
        heads = self.heads_in(text)
        sents = sentences(text, self.ends) if every else self.selected(text, rules, heads, refused)
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
        ref = {}
        if self.refused_features:
            for a, b, why in sorted(refused, key=lambda x: x[0] - x[1]):  # the shortest last: it wins
                cls = refusal_class(why) if self.refused_classes else "other"
                for k in range(a, min(b, n)):
                    ref[k] = ("B" if k == a else ("E" if k == b - 1 else "I")) + "|" + cls
        ctx = context(text, rules, refused, self.recur_features, self.count_close) \
            if self.recur_features or self.count_close is not None else {}
        ends = sorted(head_end)
        lex = lexicon_tags(self._lex, text) if self._lex is not None else {}
        return sents, [self._sentence(text, a, b, head_in, head_end, ends, cue_at, place, rule, ref, ctx, lex)
                       for a, b in sents]

    def _sentence(self, text, a, b, head_in, head_end, ends, cue_at, place, rule, ref, ctx=None, lex=None):
        """The feature keys of the sentence [a, b): one list per group of GROUPS, of the
        group's key at each character (None: no feature of the group). ``ends``: the
        positions of head_end, sorted."""
        w = self.window
        tags = self.tags
        m = b - a
        s = text[a:b]
        span = range(a, b)
        # words: boundary tag and POS (one key), and the word (a word of one character is only tagged S)
        wtag, wpos, word, wlen = [""] * m, [""] * m, [None] * m, [""] * m
        for wd, ws, we in self.seg.cut(s, a, hmm=True, fast=True):
            L = we - ws
            if self.word_edges:
                wlen[ws - a:we - a] = [str(min(L, 4))] * L
            wpos[ws - a:we - a] = [tags.get(wd) or "x"] * L
            if L == 1:
                wtag[ws - a] = "S"
            else:
                wtag[ws - a:we - a] = ["B"] + ["M"] * (L - 2) + ["E"]
                word[ws - a:we - a] = [wd] * L
        # brackets and quotes: the innermost opener and the depth (1, or 2 for more)
        quote = [None] * m
        if _OPENS.search(s):
            stack, cur, pos = [], None, 0  # cur: the key of the characters since pos
            for mt in _BRACKETS.finditer(s):
                k, ch = mt.start(), mt.group()
                if cur is not None:
                    quote[pos:k] = [cur] * (k - pos)
                if ch in CLOSE and stack:
                    stack.pop()
                    cur = stack[-1] + ("2" if len(stack) > 1 else "1") if stack else None
                quote[k] = cur
                if ch in OPEN:
                    stack.append(ch)
                    cur = ch + ("2" if len(stack) > 1 else "1")
                pos = k + 1
            if cur is not None:
                quote[pos:] = [cur] * (m - pos)
        # the next head end at or right of each character (distance bucket), "s" when a list
        # separator lies between (after the character, at or before the head's end)
        hd = [None] * m
        seps = list(compress(range(m), map(SEPS.__contains__, s)))
        lo = 0
        for e in ends[bisect_left(ends, a):bisect_left(ends, b)]:
            e -= a  # the characters lo..e read head end e
            if len(_HD) <= e - lo:
                _HD.extend(["99"] * (e - lo + 1 - len(_HD)))
                _HDS.extend(["99s"] * (len(_HD) - len(_HDS)))
            r = bisect_right(seps, e) - 1  # the last separator at or before e, if after lo
            r = seps[r] if r >= 0 and seps[r] > lo else lo
            hd[lo:r] = _HDS[e - r + 1:e - lo + 1][::-1]
            hd[r:e + 1] = _HD[:e - r + 1][::-1]
            lo = e + 1
        # flags: cues and separators within the window to the left ([k-w, k)) and to the
        # right ((k, k+w]), and whether the sentence holds a cue; from prefix counts
        cues = cue_at[bisect_left(cue_at, a):bisect_left(cue_at, b)]
        at = [0] * m
        for c in cues:
            at[c - a] = 1
        cue_n = [0, *accumulate(at)]
        sep_n = [0] * (m + 1)
        for k in seps:
            sep_n[k + 1] = 1
        sep_n = list(accumulate(sep_n))

        def left(n):  # n[k] > n[k - w] (n[0] before the sentence's w-th character)
            return map(gt, n[:m], [0] * min(w, m) + n[:m - w])

        def right(n):  # n[k + w + 1] > n[k + 1] (n[m] past its end)
            return map(gt, n[w + 1:] + [n[m]] * min(w, m), n[1:])

        flags = zip(left(cue_n), right(cue_n), repeat(bool(cues), m), left(sep_n), right(sep_n))
        # heads covering or ending at a character, and a head ending at the next one
        nxt = [False] * m
        for e in ends[bisect_left(ends, a + 1):bisect_left(ends, b)]:
            if e - 1 not in head_in:
                nxt[e - 1 - a] = True
        pad = "^^" + s + "$$"
        bg = list(map(add, pad[:-1], pad[1:]))  # bg[k]: pad[k:k + 2], the bigram c-2c-1 of character k
        return [
            [""] * m, bg[:m], bg[1:m + 1], bg[2:m + 2], bg[3:m + 3],
            list(map(add, wtag, wpos)), word, hd, list(zip(map(head_in.get, span), map(head_end.get, span), nxt)),
            list(map(place.get, span)), quote, list(flags), list(zip(map(rule.get, span, repeat("")), s)),
            list(map(ref.get, span)), list(map((ctx or {}).get, span)),
            list(map(lex.get, span)) if lex else [None] * m,
            [(rule.get(k) or "O")[:1] + t + n for k, t, n in zip(span, wtag, wlen)] if self.word_edges else [None] * m,
        ]


def lexicon_automaton(lexicons: dict):
    """The automaton of lexicon_tags: class -> words (of two characters or more; a word of
    two classes keeps the first)."""
    auto = ahocorasick.Automaton()
    for cls, words in lexicons.items():
        for word in words:
            if len(word) >= 2 and word not in auto:
                auto.add_word(word, (len(word), cls))
    auto.make_automaton()
    return auto


def lexicon_tags(auto, text: str) -> dict:
    """position -> B|cls, I|cls or E|cls of the lexicon matches (params.lexicon_features),
    the longest first, a match kept only where no longer (or earlier, as long) one covers
    any of its characters."""
    found = sorted(((end + 1 - n, end + 1, cls) for end, (n, cls) in auto.iter(text)),
                   key=lambda x: (x[0] - x[1], x[0]))
    out: dict = {}
    for s, e, cls in found:
        if any(k in out for k in range(s, e)):
            continue
        out[s] = "B|" + cls
        for k in range(s + 1, e - 1):
            out[k] = "I|" + cls
        out[e - 1] = "E|" + cls
    return out
