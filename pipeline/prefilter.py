"""One pass to find where each rule can start, then each rule tried only there (issue 12):
what :func:`pipeline.engine.scan` gives -- every non-overlapping match of every rule, in
rule order, then by start -- without running every rule's ``finditer`` over the whole
document.

A rule's start paths are read off its pattern (:func:`pipeline.anchors.prefixes`): the
classes of its first characters, and a class the character before its match cannot be
in. One scan of the text finds the positions holding a first character of some rule;
there, the rules tried are those with a path that fits the character before and the
characters from there, and each is tried with ``match``. For a rule whose matches all
consume a first character, ``finditer`` finds its next match at the first position
from which ``match`` succeeds; every such position fits one of its paths (the paths
allow too much, never too little), so trying the fitting positions left to right,
skipping those inside the rule's previous match, finds the same matches. A rule without
paths (it can match the empty string, or starts with any character, or its pattern is
not read) is run with ``finditer`` as before (``zhextract rules lint`` names it).

Characters are read through their signature -- which of the paths' classes hold them --
so the table of rules per start is keyed by a few signatures, not by the text.
"""
from __future__ import annotations

import regex

from .anchors import DEPTH, items, prefixes
from .patternread import _expand, expand_items

#: the tables whose rules are scanned this way (``rules lint`` names their rules without
#: a start); amounts have their own scan from numeral runs (dims/amounts/scan.py)
TABLES = ("dates",)


class _Signatures(dict):
    """character -> the bits of the classes (of one place in the paths) that hold it. The
    classes made of characters fill the table at once; a character met later is tested
    against the others (``\\p{...}``, ``\\s``) on first sight."""

    def __init__(self, bodies):
        super().__init__()
        self.known: dict = {}  # character -> bits of the classes made of characters
        self.others = []  # (bit, compiled class) of the others
        for k, body in enumerate(bodies):
            chars = _expand(body)
            if chars is None:
                self.others.append((1 << k, regex.compile(f"[{body}]")))
                continue
            for c in chars:
                self.known[c] = self.known.get(c, 0) | 1 << k
        if not self.others:
            self.update(self.known)  # nothing to test: every character is known or in none

    def __missing__(self, c):
        bits = self[c] = self.known.get(c, 0) | sum(bit for bit, rx in self.others if rx.match(c))
        return bits


class AnchoredScan:
    def __init__(self, rules, depth: int = DEPTH, kind: str = "anchors"):
        self.rules = list(rules)
        self.depth = depth
        self.paths = _cached_paths(self.rules, depth, kind)
        self.anchored = [i for i, p in enumerate(self.paths) if p is not None and self.rules[i].regex is not None]
        self.unanchored = [i for i, r in enumerate(self.rules) if r.regex is not None and self.paths[i] is None]
        # one table per place (the character before, then each of ``depth``), of the
        # classes the paths name there
        places = [sorted({before for i in self.anchored for before, _ in self.paths[i] if before})]
        places += [sorted({path[j] for i in self.anchored for _, path in self.paths[i] if len(path) > j})
                   for j in range(depth)]
        bits = [{b: 1 << k for k, b in enumerate(bodies)} for bodies in places]
        self._sigs = [_Signatures(bodies) for bodies in places]
        # every path of every anchored rule is one bit of a mask; per place and signature,
        # the mask of the paths that allow it (``_allow``, filled as signatures are met)
        self._owner = []  # path bit -> rule index
        self._before, self._chars = [], []  # per path: class bits before; per place (or None)
        for i in self.anchored:
            for before, path in sorted(self.paths[i]):
                self._owner.append(i)
                self._before.append(bits[0].get(before, 0))
                self._chars.append([bits[j + 1][path[j]] if j < len(path) else None for j in range(depth)])
        self._allow = [{} for _ in range(depth + 1)]
        # per place, class bit -> the mask of the paths naming that class there (a path's
        # class at a place is one bit, or none), and the paths with no class there: a
        # signature's mask is read off its few bits instead of a walk over every path
        self._by_bit = [{} for _ in range(depth + 1)]
        self._free = [0] * (depth + 1)
        for k, (before, chars) in enumerate(zip(self._before, self._chars)):
            for place, c in enumerate((before, *chars)):
                if c:
                    self._by_bit[place][c] = self._by_bit[place].get(c, 0) | 1 << k
                else:
                    self._free[place] |= 1 << k
        self.starts = _start_scanner([self.paths[i] for i in self.anchored])
        self._keys: dict = {}  # signatures (before, then ``depth`` characters) -> the rules to try
        self._start_masks: dict = {}  # ... -> those and the unanchored rules as a bit mask

    def scan(self, text: str, alive=None, pos: int = 0, endpos: int | None = None) -> list:
        """(rule, match) pairs as ``engine.scan(rules, text, pos, endpos)`` gives them;
        ``alive[i]`` False leaves rule ``i`` out (its match needs a character the text
        lacks)."""
        end = len(text) if endpos is None else endpos
        rules = self.rules
        found = [None] * len(rules)
        if self.starts is not None:
            keys, depth = self._keys, self.depth
            sig_before, sig = self._sigs[0], self._sigs[1:]
            last = [-1] * len(rules)
            matchers = [None] * len(rules)
            for i in self.anchored:
                if alive is None or alive[i]:
                    matchers[i] = rules[i].regex.match
            s0, s1, s2 = (sig + [None, None])[:3]
            for m in self.starts.finditer(text, pos, end):
                p = m.start()
                # the character before counts even before ``pos``: look-behinds read it
                seg = text[p:p + depth]
                if depth == 3 and len(seg) == 3:
                    key = (sig_before[text[p - 1]] if p else 0, s0[seg[0]], s1[seg[1]], s2[seg[2]])
                else:
                    key = (sig_before[text[p - 1]] if p else 0, *[t[c] for t, c in zip(sig, seg)])
                ids = keys.get(key)
                if ids is None:
                    ids = keys[key] = self._rules_for(key)
                for i in ids:
                    if p < last[i]:
                        continue
                    match = matchers[i]
                    if match is None:
                        continue
                    hit = match(text, p, end)
                    if hit is not None and hit.end() > p:
                        if found[i] is None:
                            found[i] = [hit]
                        else:
                            found[i].append(hit)
                        last[i] = hit.end()
        for i in self.unanchored:
            if alive is None or alive[i]:
                found[i] = [m for m in rules[i].regex.finditer(text, pos, end) if m.end() > m.start()]
        return [(rules[i], m) for i, ms in enumerate(found) if ms for m in ms]

    def start_mask(self, text: str, p: int) -> int:
        """The rules that may start a match at ``p``, as a bit mask (rule ``i``: bit
        ``i``): the anchored rules whose paths fit there, and every other rule."""
        sig = self._sigs
        seg = text[p:p + self.depth]
        if len(seg) == 3 == self.depth:  # (as scan: the usual depth, spelled out)
            key = (sig[0][text[p - 1]] if p else 0, sig[1][seg[0]], sig[2][seg[1]], sig[3][seg[2]])
        else:
            key = (sig[0][text[p - 1]] if p else 0, *[t[c] for t, c in zip(sig[1:], seg)])
        mask = self._start_masks.get(key)
        if mask is None:
            ids = self._keys.get(key)
            if ids is None:
                ids = self._keys[key] = self._rules_for(key)
            mask = self._start_masks[key] = sum(1 << i for i in (*ids, *self.unanchored))
        return mask

    def _rules_for(self, key: tuple) -> tuple:
        """The anchored rules with a path that fits ``key`` (signatures of the character
        before and of up to ``depth`` characters; a path longer than that does not fit)."""
        key = key + (0,) * (self.depth + 1 - len(key))  # the text ends: no character there
        fits = -1
        for place, s in enumerate(key):
            allow = self._allow[place]
            mask = allow.get(s)
            if mask is None:
                mask = allow[s] = self._allowing(place, s)
            fits &= mask
        out, owner = set(), self._owner
        while fits:  # the set bits only
            low = fits & -fits
            out.add(owner[low.bit_length() - 1])
            fits ^= low
        return tuple(sorted(out))

    def _allowing(self, place: int, s: int) -> int:
        """The mask of the paths that allow signature ``s`` at ``place`` (0: before): before,
        a path whose class before is none of ``s``'s; at a character, a path whose class
        there is one of them, or that has none there."""
        named = 0
        for bit, mask in self._by_bit[place].items():
            if bit & s:
                named |= mask
        if place == 0:
            return ((1 << len(self._owner)) - 1) & ~named
        return self._free[place] | named


def _or(values) -> int:
    out = 0
    for v in values:
        out |= v
    return out


def _start_scanner(rule_paths):
    """A pattern finding every position where one of the paths can start: a first
    character, and, unless a path of one character starts with it, a character after it
    that some path has second (with ``re``: quicker at finding characters than
    ``regex``); a single class of the first characters (with ``regex``) when a class is
    not a plain list of characters (``\\p{Han}``)."""
    import re

    paths = [path for paths in rule_paths for _, path in paths]
    if not paths:
        return None
    firsts = [expand_items(frozenset(items(p[0]))) for p in paths]
    seconds = [expand_items(frozenset(items(p[1]))) if len(p) > 1 else frozenset() for p in paths]
    if any(c is None for c in firsts + seconds):
        return regex.compile("[" + "".join(sorted({item for p in paths for item in items(p[0])})) + "]")
    alone = set().union(*[f for f, p in zip(firsts, paths) if len(p) == 1])
    paired = set().union(*firsts) - alone
    after = set().union(*seconds)

    def cls(chars):
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    branches = ([cls(alone)] if alone else []) + ([f"{cls(paired)}(?={cls(after)})"] if paired else [])
    return re.compile("|".join(branches))


def _cached_paths(rules, depth: int, kind: str) -> list:
    """Per rule, :func:`prefixes` of its pattern (None for none), kept in the cache folder
    (pipeline/cache.py) under a key of the patterns, the reader's code and the versions."""
    from . import anchors
    from .cache import cached_rule_table

    def build():
        return [None if r.regex is None else prefixes(r.regex.pattern, int(r.regex.flags), depth) for r in rules]

    def decode(got):
        if not (isinstance(got, list) and len(got) == len(rules)):
            return None
        return [None if p is None else frozenset((b, tuple(path)) for b, path in p) for p in got]

    return cached_rule_table(kind, anchors.__file__, rules, str(depth), build,
                             lambda paths: [None if p is None else sorted(p) for p in paths], decode)
