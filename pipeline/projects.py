"""projects.csv (SPEC §6): names of programs, parks, funds, infrastructure and facilities.

The rules in ``rules/projects.yaml`` find where a name ENDS (a head noun such as 产业园,
基金, 铁路, 医院 from ``rules/lexicons/project_heads_<category>.txt``, plus phases such as
一期/东延). This module finds where it BEGINS: it cuts the clause before the head with jieba
(only that small window) and walks left word by word, passing through quoted parts, short
brackets, dashes between names and place mentions, and stopping at clause punctuation,
governing verbs and connectives (``project_left_stops.txt``), function-word POS flags
(``project_stop_pos.txt``) and numerals. Then it drops what is no name: a head with only
generic words before it (``project_generic.txt``), generic activities
(``project_excluded.txt``), counted labels, awarded titles, documents (guard/exclude rules).

Normalizers (the ``normalize`` key of a rule) and the named groups they read:

* ``head``   -- ``head`` (the head noun), ``suffix`` (phases/extensions): left walk.
* ``quoted`` -- ``name`` (inside the quotation marks), ``mod``, ``head``, ``suffix``.
* ``line``   -- ``name`` (a metro line with its number list), taken as it stands.
* ``section`` -- ``name``, ``a``, ``b``: a section A至B段 of a line named shortly before
  (within SECTION_REACH characters after a head of ``project_line_heads.txt``).

Rules with label ``exclude``, ``guard_before`` or ``guard_after`` have no normalizer; they
veto candidates (see the comments at the top of rules/projects.yaml).
"""
from __future__ import annotations

from bisect import bisect_left

import ahocorasick
import regex

from . import trace as _trace
from .engine import check_normalizers, resolve_overlaps, scan
from .model import Context, Mention
from .rules import RuleError, RuleSet
from .segment import segmenter

CATEGORIES = ("program", "park", "fund", "infrastructure", "facility")
TABLE = "projects"
#: how far (characters) a name may reach to the left of its head
MAX_REACH = 24
#: how far before a section standing alone (保山至瑞丽段) its line must be named
SECTION_REACH = 200
#: characters that end a clause: a name never crosses them
CLAUSE_PUNCT = set("，,。；;：:！!？?\n\r\t 　《》【】[]{}|/…·")
#: a dash doubled (——) is punctuation, a single one joins names (深圳—汕头)
DOUBLE_DASH = regex.compile(r"——|--|－－")
JOINERS = set("—–-－‐~～")
QUOTES = {"“": "”", "‘": "’"}
QUOTE_CLOSERS = set(QUOTES.values())
QUOTE_OPEN, QUOTE_CLOSE = "“", "”"
BRACKETS = {"(": ")", "（": "）"}
MAX_BRACKET = 8
SET_LABEL = regex.compile(r"[一二两三四五六七八九十]+大")
COUNT_LABEL = regex.compile(r"[一二两三四五六七八九十]+")
ORDINAL = regex.compile(r"第[0-9一二两三四五六七八九十百]+")
DIGITS = regex.compile(r"[0-9０-９]+")
DIGIT_CHARS = set("0123456789０１２３４５６７８９一二两三四五六七八九十百千")
PHASE = regex.compile(r"[一二三四五六七八九十0-9]+期")
DIRECTION_CHARS = set("东西南北")
COORD_CHARS = set("与和及")
DURATION = regex.compile(r"[一二两三四五六七八九十0-9]+年")
HAN_NUMERAL = regex.compile(r"[一二两三四五六七八九十百千万亿]{2,}")
NOMINAL_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "l", "j", "eng", "Q", "P", "b", "s", "an", "vn")
HAN = regex.compile(r"\p{Han}+")
ASCII_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9.+]*")
QUOTED = regex.compile(r"“[^“”]*”|‘[^‘’]*’")
QUOTE_OPENERS = regex.compile(r"[“‘]")
QUOTE_STOP = regex.compile(r"[“”‘’\n]")
STRIP_NAME = regex.compile(r"[“”\"'‘’「」『』\s]")


class ProjectExtractor:
    table = TABLE
    requires = ("places",)  # place spans bound and complete names
    labels = CATEGORIES + ("quoted", "repeat", "exclude", "guard_before", "guard_after", "context")

    def __init__(self, rules: RuleSet):
        self.rules = rules.rules(TABLE)
        check_normalizers(self.rules, NORMALIZERS)
        for r in self.rules:
            if r.normalize is None and r.label not in ("exclude", "guard_before", "guard_after", "context"):
                raise RuleError(f"{r.source} rule {r.id}: label {r.label!r} needs a normalizer")
            if r.normalize == "repeat" and r.label != "repeat":
                raise RuleError(f"{r.source} rule {r.id}: normalizer repeat needs label repeat")
            if r.normalize == "head" and r.label not in CATEGORIES:
                raise RuleError(f"{r.source} rule {r.id}: label must be a category ({', '.join(CATEGORIES)})")
        self.candidates = [r for r in self.rules if r.normalize is not None and r.label != "repeat"]
        self.repeats = [r for r in self.rules if r.label == "repeat"]
        self.excludes = [r for r in self.rules if r.label == "exclude"]
        self.guard_before = [r for r in self.rules if r.label == "guard_before"]
        self.guard_after = [r for r in self.rules if r.label == "guard_after"]
        # evidence that a work is presented as an undertaking (heads with flag u)
        ctx_rule = next((r for r in self.rules if r.label == "context"), None)
        self._undertaking = ctx_rule.regex if ctx_rule is not None else None
        self._undertaking_reach = int(((ctx_rule.data.get("params") or {}) if ctx_rule else {}).get(
            "undertaking_reach", 24))

        # head -> (category, flags); longer heads are looked up first
        self.heads: dict[str, tuple[str, str]] = {}
        for cat in CATEGORIES:
            for row in rules.lexicon(f"project_heads_{cat}").entries:
                self.heads.setdefault(row[0], (cat, row[1] if len(row) > 1 else ""))
        alternation = "|".join(regex.escape(h) for h in sorted(self.heads, key=len, reverse=True))
        self._ends_with_head = regex.compile(f"(?:{alternation})$")
        self.cues: list[tuple[str, str, str]] = [
            (row[0], row[1], row[2]) for row in rules.lexicon("project_category_cues").entries if len(row) >= 3
        ]
        self.stop_words = set(rules.lexicon("project_left_stops"))
        self.stop_pos = set(rules.lexicon("project_stop_pos"))
        self.generic = set(rules.lexicon("project_generic"))
        self.evaluative = set(rules.lexicon("project_evaluative"))
        self.line_heads = [row[0] for row in rules.lexicon("project_line_heads").entries]
        self.zones = [row[0] for row in rules.lexicon("project_zones").entries]
        self.nominal_verbs = set(rules.lexicon("project_nominal_verbs"))
        self.followers = set(rules.lexicon("project_head_followers"))
        self.measures = set(rules.lexicon("project_measures"))
        self.excluded = sorted(rules.lexicon("project_excluded"), key=len, reverse=True)
        self.org_suffixes = tuple(rules.lexicon("project_org_suffixes"))
        self.strategies = {row[0]: (row[1] if len(row) > 1 else "") for row in
                           rules.lexicon("project_strategies").entries}

        # one-character stop words: a head right after one has no name before it
        self._wall_chars = set("的等、和与及在是为将或")
        self.seg = segmenter()
        self._capacity = regex.compile(rules.macro("PROJ_CAPACITY"))
        levels = rules.macro("PROJ_ADMIN_LEVEL")
        self._chain_levels = regex.compile(levels) if levels else None

        self._tags = self.seg.tags  # word -> POS, a dict look-up per word

        # Head rules ((?P<head>{@project_heads_<cat>})...) can only match where a head of that
        # lexicon starts: one automaton finds those places, and the rule is tried there only
        # (the same matches as finditer, without the regex trying its alternation everywhere).
        self._head_rule_cat: dict[int, str] = {}
        for r in self.candidates:
            cat = _head_rule_category(r, rules)
            if cat is not None:
                self._head_rule_cat[id(r)] = cat
        # project.quoted ([“‘] 1-30 non-quote characters, then a head of any category) can
        # only match at an opening quote with a head starting 2-31 characters after it
        # before the next quote or line break: other quotes are not tried
        all_heads = "|".join(f"(?:{rules.lexicon(f'project_heads_{c}').alternation})" for c in CATEGORIES)
        quoted_prefix = f"[“‘](?P<name>(?P<mod>[^“”‘’\\n]{{1,30}}?)(?P<head>{all_heads})"
        self._quoted_rules = {id(r) for r in self.candidates if r.regex is not None
                              and not r.regex.flags & (regex.IGNORECASE | regex.FULLCASE | regex.REVERSE)
                              and r.regex.pattern.startswith(quoted_prefix)
                              and not _top_level_bar(r.regex.pattern[len(quoted_prefix):], 1)}
        auto_cats = set(self._head_rule_cat.values()) | (set(CATEGORIES) if self._quoted_rules else set())
        self._head_auto = None
        if auto_cats:
            auto = ahocorasick.Automaton()
            cats = {}
            for cat in auto_cats:
                for w in rules.lexicon(f"project_heads_{cat}"):
                    cats.setdefault(w, set()).add(cat)
            for w, cs in cats.items():
                auto.add_word(w, (len(w) - 1, tuple(sorted(cs))))
            auto.make_automaton()
            self._head_auto = auto

    # ------------------------------------------------------------------ API
    def extract(self, ctx: Context) -> list[Mention]:
        text = ctx.doc.text
        if not text:
            return []
        # place mentions are evidence, but not over the stop lexicon (建设 is also a place name)
        places = sorted((m.start, m.end) for m in (ctx.mentions or {}).get("places", []) or []
                        if m.text not in self.stop_words and m.text not in self.generic)
        self._place_starts = {}
        self._place_ends = {e: s for s, e in places}
        self._place_spans = set(places)
        self._place_list = places  # sorted: spans inside a window by bisection (linear time)
        self._place_ends_at = {}  # start -> the ends of the place spans starting there
        for ps, pe in places:
            self._place_ends_at.setdefault(ps, []).append(pe)
        for s, e in places:
            for i in range(s, e):
                self._place_starts[i] = min(s, self._place_starts.get(i, s))
        blocked = bytearray(len(text) + 1)
        masks = {}  # rule id -> the veto mask without the exclude rules it overrides
        excl = scan(self.excludes, text)
        for _rule, m in excl:
            blocked[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out = []
        for rule, m in self._scan_candidates(text):
            found = NORMALIZERS[rule.normalize](self, text, rule, m)
            # a normalizer gives one mention, none, or (list items) several
            for mention in (found if isinstance(found, list) else [found]):
                if mention is None:
                    if _trace.current is not None:
                        self._trace_drop(text, rule, m, None, ())
                    continue
                mask = blocked
                overrides = (rule.data.get("params") or {}).get("overrides")
                if overrides:
                    if rule.id not in masks:
                        masks[rule.id] = bytearray(len(text) + 1)
                        for r, x in excl:
                            if r.id not in overrides:
                                masks[rule.id][x.start():x.end()] = b"\x01" * (x.end() - x.start())
                    mask = masks[rule.id]
                if any(mask[mention.start:mention.end]):
                    if _trace.current is not None:
                        self._trace_drop(text, rule, m, mention, overrides or ())
                    continue
                if self._guarded(text, mention.start, mention.end):
                    if _trace.current is not None:
                        guard = self._guarded(text, mention.start, mention.end)
                        _trace.drop(TABLE, mention.start, mention.end, mention.text, rule.id, guard.id,
                                    f"{guard.label} rule matches {'before' if guard.label == 'guard_before' else 'after'}")
                    continue
                out.append(mention)
        kept = resolve_overlaps(out)
        if self.repeats:
            kept = self._repeat(text, kept, blocked)
        return kept

    def _scan_candidates(self, text: str):
        """scan(self.candidates, text), with head rules tried only where a head starts."""
        if self._head_auto is None:
            return scan(self.candidates, text)
        starts: dict[str, set[int]] = {}
        for end, (n, cats) in self._head_auto.iter(text):
            for cat in cats:
                starts.setdefault(cat, set()).add(end - n)
        out = []
        head_starts = None
        for rule in self.candidates:
            if rule.regex is None:
                continue
            if id(rule) in self._quoted_rules:
                if head_starts is None:
                    head_starts = sorted(set().union(*starts.values()))
                match = rule.regex.match
                last = 0
                for q in QUOTE_OPENERS.finditer(text):
                    p = q.start()
                    if p < last:
                        continue
                    stop = QUOTE_STOP.search(text, p + 1)
                    hi = min(p + 31, stop.start() if stop else len(text))
                    k = bisect_left(head_starts, p + 2)
                    if k == len(head_starts) or head_starts[k] > hi:
                        continue  # no head where the rule needs one
                    m = match(text, p)
                    if m is not None and m.end() > m.start():
                        out.append((rule, m))
                        last = m.end()
                continue
            cat = self._head_rule_cat.get(id(rule))
            if cat is None:
                for m in rule.regex.finditer(text):
                    if m.end() > m.start():
                        out.append((rule, m))
                continue
            match = rule.regex.match
            last = 0
            for p in sorted(starts.get(cat, ())):
                if p < last:
                    continue
                m = match(text, p)
                if m is not None and m.end() > m.start():
                    out.append((rule, m))
                    last = m.end()
        return out

    def _repeat(self, text: str, kept: list[Mention], blocked) -> list[Mention]:
        """Document-level consistency (rule ``project.repeat``): a name recognized once is a
        mention again wherever it stands later or earlier in the document -- a quoted name
        (“天府农博园” ... 天府农博园主展馆) when the rule's pattern matches it, an unquoted one
        of at least ``params.min_unquoted`` characters when the recurrence passes the guards."""
        rule = self.repeats[0]
        params = rule.data.get("params") or {}
        min_unquoted = int(params.get("min_unquoted", 0) or 0)
        if params.get("trim_leading_place"):
            kept = [self._trim_place(text, m) for m in kept]
        taken = bytearray(len(text) + 1)
        for m in kept:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        extra = []
        seen = set()
        for m in kept:
            name = m.fields["name"]
            if name in seen or m.text != name:
                continue
            quoted = m.start > 0 and text[m.start - 1] in QUOTES
            if quoted:
                rule = next((r for r in self.repeats if r.regex.fullmatch(name)), None)
                if rule is None:
                    continue
            elif not min_unquoted or len(name) < min_unquoted:
                continue
            seen.add(name)
            i = text.find(name)
            while i != -1:
                j = i + len(name)
                if not any(taken[i:j]) and not any(blocked[i:j]) and not (i > 0 and text[i - 1] in QUOTES) \
                        and (quoted or not self._guarded(text, i, j)):
                    taken[i:j] = b"\x01" * len(name)
                    extra.append(Mention(table=TABLE, start=i, end=j, text=name, rule_id=rule.id,
                                         fields=dict(m.fields), priority=rule.priority))
                i = text.find(name, j)
        return sorted(kept + extra, key=lambda x: (x.start, x.end)) if extra else kept

    def _trim_place(self, text: str, m: Mention) -> Mention:
        """南宁吴圩国际机场 where the text also says 吴圩国际机场 alone: the place is no part of
        the name as the text uses it, so the mention starts after it."""
        pe = next((e for e in self._place_ends_at.get(m.start, ()) if e < m.end), None)
        if pe is None or m.start > 0 and text[m.start - 1] in QUOTES:
            return m
        rest = text[pe:m.end]
        name = STRIP_NAME.sub("", rest)
        if len(name) < 4 or rest != name or self._ends_with_head.fullmatch(rest):
            return m
        head = self._ends_with_head.search(rest)
        mod = rest[:head.start()] if head else rest
        if rest[0] in self._wall_chars or rest[0] in "至到" or not mod or self._is_generic(
                [w for w, _s, _e in self.seg.cut(mod, fast=True)]):
            return m  # 延吉市老旧小区: what is left without the place names nothing
        i = text.find(rest)
        while i != -1:
            # standing alone: at a clause edge or after a one-character wall (的, 和), no place before it
            if i != pe and i not in self._place_ends and (
                    i == 0 or not HAN.match(text[i - 1]) or text[i - 1] in self._wall_chars):
                return Mention(table=TABLE, start=pe, end=m.end, text=rest, rule_id=m.rule_id,
                               fields={**m.fields, "name": name}, priority=m.priority)
            i = text.find(rest, i + 1)
        return m

    # ------------------------------------------------------------------ checks
    def _trace_drop(self, text, rule, m, mention, overrides) -> None:
        """Why a candidate of ``rule`` at match ``m`` went (explain --trace only)."""
        if mention is None:
            _trace.drop(TABLE, m.start(), m.end(), m.group(), rule.id, f"normalizer {rule.normalize}",
                        "no name here (head flags, left edge or stop words)")
            return
        veto = next((r for r, x in scan(self.excludes, text)
                     if r.id not in overrides and x.start() < mention.end and mention.start < x.end()), None)
        _trace.drop(TABLE, mention.start, mention.end, mention.text, rule.id, veto.id if veto else "exclude",
                    "overlaps an exclude rule's match")

    def _guarded(self, text: str, start: int, end: int):
        # a quoted name is judged from outside its quotation marks
        s = start - 1 if start > 0 and text[start - 1] == QUOTE_OPEN else start
        e = end + 1 if end < len(text) and text[end] == QUOTE_CLOSE else end
        lo = max(0, s - 48)
        for r in self.guard_before:
            if r.regex.search(text, lo, s):
                return r  # truthy: the guard rule that vetoes (named in a trace)
        for r in self.guard_after:
            if r.regex.match(text, e, min(len(text), e + 12)):
                return r
        return None

    def category(self, span: str, head: str, default: str) -> str:
        # cues count outside quotation marks: “千村示范、万村整治”工程 stays a program
        body = QUOTED.sub("", span)
        body = body[: body.rfind(head)] if head in body else body
        for cue, cue_head, cat in self.cues:
            if cue in body and head.endswith(cue_head):
                return cat
        if "i" in self.heads.get(head, ("", ""))[1]:
            # 游客集散中心项目: a generic wrapper takes the category of the name inside it
            inner = None
            for k in range(len(body), 1, -1):
                inner = self._ends_with_head.search(body, 0, k)
                if inner:
                    break
            if inner:
                ih = inner.group()
                return self.category(body[: inner.end()], ih, self.heads[ih][0])
        return default

    def has_name(self, text: str, start: int, hs: int, words: list[str], he: int | None = None,
                 end: int | None = None, strict: bool = False) -> bool:
        """Does the modifier text[start:hs] hold a name (a place, a proper noun, a quoted or
        bracketed part, letters, digits) or is it long enough to be a descriptive name?
        A place in the suffix (绿道南山段: text[he:end], he the head's end) names it too."""
        modifier = STRIP_NAME.sub("", text[start:hs])
        if any(c in QUOTES or c in BRACKETS for c in text[start:hs]):
            return True
        he = hs if he is None else he
        end = he if end is None else end
        inner = self._places_within(start, hs)
        if inner:
            # 陕西重大交通项目, 湘西州重点文旅项目: a place before only generic words is no name
            rest = text[max(e for _s, e in inner):hs]
            rest_words = [w for w, _s, _e in self.seg.cut(rest, fast=True)] if rest else []
            return not (rest_words and all(w in self.generic for w in rest_words)
                        and (strict or any(w in self.evaluative for w in rest_words)))
        if len(modifier) >= 6:
            return True
        if self._places_within(he, end):
            return True
        if end > he:
            words = words + [w for w, _s, _e in self.seg.cut(text[he:end], fast=True)]
        for w in words:
            if w in self.generic or w in JOINERS or SET_LABEL.fullmatch(w) or w in self.heads:
                continue  # 七大重点片区: a set label counts, it does not name; 光伏 is a head
            tag = self._tag(w)
            if tag.startswith(("ns", "nr", "nz", "nt", "j", "eng")) or DIGITS.search(w):
                return True
            if ORDINAL.fullmatch(w):
                return True
        return False

    def undertaken(self, text: str, start: int, end: int) -> bool:
        """Does the sentence present text[start:end] as an undertaking: a cue of rule
        project.undertaking within the reach before or after it, inside the sentence?"""
        if self._undertaking is None:
            return True
        reach = self._undertaking_reach
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        for stop in "。！？!?\n":
            k = text.rfind(stop, lo, start)
            if k != -1:
                lo = max(lo, k + 1)
            k = text.find(stop, end, hi)
            if k != -1:
                hi = min(hi, k)
        return bool(self._undertaking.search(text, lo, start) or self._undertaking.search(text, end, hi))

    def _places_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Place spans (s, e) with lo <= s and e <= hi."""
        places, out = self._place_list, []
        for i in range(bisect_left(places, (lo, lo)), len(places)):
            s, e = places[i]
            if s >= hi:
                break
            if e <= hi:
                out.append((s, e))
        return out

    def verb_follows(self, text: str, end: int) -> bool:
        window = text[end:end + 6]
        if not window or window[0] in CLAUSE_PUNCT:
            return False
        word = self.seg.cut(window, fast=True)[0][0]
        tag = self._tag(word)
        return tag.startswith(("v", "t", "m", "p")) or bool(DIGITS.match(word))

    def _is_generic(self, words: list[str]) -> bool:
        content = [w for w in words if w not in JOINERS]
        # 运河项目, 铁路工程: a bare head noun before a head is no name either
        return not content or all(w in self.generic or w in self.heads for w in content)

    def _is_excluded(self, modifier: str) -> bool:
        return any(modifier.endswith(x) for x in self.excluded)

    def _tag(self, word: str) -> str:
        tag = self._tags.get(word)
        if tag:
            return tag
        if DIGITS.fullmatch(word):
            return "m"
        if ASCII_WORD.fullmatch(word):
            return "eng"
        if HAN.fullmatch(word):
            return "nz"  # unknown word: most likely a name part
        return "x"

    # ------------------------------------------------------------------ units
    def _units(self, text: str, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
        """Words of text[lo:hi] as (word, tag, start, end): quoted parts and short
        brackets are single units (tags Q, P), stray quotation marks are W (a wall),
        the rest is jieba's cut with a dictionary POS look-up."""
        units = []
        i = plain = lo
        caps = {m.start(): m.end() for m in self._capacity.finditer(text, lo, hi)} if any(
            c in DIGIT_CHARS for c in text[lo:hi]) else {}
        while i < hi:
            c = text[i]
            close = None
            if i in caps:  # 60万千瓦, 年产10万吨: a capacity is one unit (C)
                if plain < i:
                    units.extend(self._cut(text, plain, i))
                units.append((text[i:caps[i]], "C", i, caps[i]))
                i = plain = caps[i]
                continue
            if c in QUOTES:
                j = text.find(QUOTES[c], i + 1, hi)
                close = j if j != -1 and c not in text[i + 1:j] else None
                kind = "Q"
            elif c in BRACKETS:
                j = text.find(BRACKETS[c], i + 1, min(hi, i + MAX_BRACKET + 2))
                close = j if j != -1 else None
                kind = "P"
            elif c in QUOTE_CLOSERS:
                close, kind = i - 1, "W"  # handled below as a one-character wall
            else:
                i += 1
                continue
            if close is None:
                kind, close = "W", i
            if plain < i:
                units.extend(self._cut(text, plain, i))
            end = max(close + 1, i + 1)
            units.append((text[i:end], kind, i, end))
            i = plain = end
        if plain < hi:
            units.extend(self._cut(text, plain, hi))
        return units

    def _cut(self, text: str, lo: int, hi: int):
        return [(w, self._tag(w), s, e) for w, s, e in self.seg.cut(text[lo:hi], lo, fast=True)]

    # ------------------------------------------------------------------ left walk
    def left_edge(self, text: str, hs: int, he: int, flags: str = "",
                  route: bool = False) -> tuple[int, list[str]] | None:
        """Start of the name whose head is text[hs:he], and the words before the head.

        None when the head is no head here (it is inside a longer word: 中心城区, 香港)."""
        if hs == 0 or text[hs - 1] in CLAUSE_PUNCT or text[hs - 1] in self._wall_chars:
            return None  # nothing can stand before the head (的项目, 等基金): no need to cut
        lo = max(0, hs - MAX_REACH)
        for k in range(hs - 1, lo - 1, -1):
            if text[k] in CLAUSE_PUNCT or (text[k] in JOINERS and k > 0 and text[k - 1] in JOINERS):
                lo = k + 1
                break
            if text[k] in BRACKETS and BRACKETS[text[k]] not in text[k + 1:hs]:
                # 西安至延安高速铁路（西延高铁）: a bracketed alias is a name of its own
                lo = k + 1
                break
        hi = he
        while hi < len(text) and hi < he + 3 and text[hi] not in CLAUSE_PUNCT and text[hi] not in "“”‘’":
            hi += 1
        units = self._units(text, lo, hi)
        # the unit holding the head's last character must end with the head
        last = next((u for u in units if u[2] < he <= u[3]), None)
        if last is None or (last[3] != he and text[he:last[3]] not in self.followers
                            and last[0] in self._tags):
            return None  # 中心城区, 工程技术: the head is inside a longer (dictionary) word
        first = next(u for u in units if u[2] <= hs < u[3])
        if "w" in flags and (first[2] != hs or first[3] != he):
            # 钦州港 is one jieba word: a place mention glued to the head still names it (not 香港)
            if not (first[3] == he and hs - first[2] >= 2 and self._place_ends.get(hs) == first[2]):
                return None
        idx = units.index(first)
        start = first[2]
        words = [text[first[2]:hs]] if first[2] < hs else []
        if words and (self._is_stop(words[0]) or words[0] in self.stop_words):
            start, words = hs, []  # 扩建工程: the word glued to the head is a verb
        i = idx - 1
        n_quoted = 0
        while i >= 0:
            w, tag, s, e = units[i]
            if tag == "Q":
                # one quoted part per name, or two side by side: “百千万工程”服务“长者饭堂”项目 is two
                ok = n_quoted == 0 or (n_quoted == 1 and units[i + 1][1] == "Q")
                n_quoted += 1
            elif tag == "P":
                ok = True
            elif tag == "W":
                break
            elif w in JOINERS:
                ok = i > 0 and self._word_ok(units[i - 1], units[i + 1])
            elif w == "、":
                # 深大、深惠城际: a short item sharing the head joins the name
                if i > 0 and words and self._shares_head(units, i - 1):
                    start = units[i - 1][2]
                    words[:0] = [units[i - 1][0], w]
                break
            elif s in self._place_starts and self._place_starts[s] >= lo:
                ok = True  # a place mention is part of the name (南山智造..., 坪山园区)
            elif SET_LABEL.fullmatch(w):
                start = s
                words.insert(0, w)
                break
            else:
                ok = self._word_ok(units[i], units[i + 1] if i + 1 < len(units) else None)
            if not ok and w.startswith("号") and i > 0 and DIGITS.fullmatch(units[i - 1][0]):
                ok = True  # 3号地块: an identifier, not a count
            if not ok:
                ok = self._inner_ok(units, i, route)
            if not ok:
                break
            start = s
            words.insert(0, w)
            i -= 1
        # a verb before a noun cannot open a name (提升小漠港, 打好污染防治攻坚战): drop it;
        # so does a lone character (区重大产业投资平台)
        while len(words) > 1 and start + len(words[0]) < hs and self._leading_junk(words[0], words[1]):
            start += len(words.pop(0))
        if len(words) > 1 and words[0][0] in self.measures and start > 0 and text[start - 1] in DIGIT_CHARS:
            start += len(words.pop(0))  # 15家超五星酒店: jieba's 家超 opens with the count's measure word
        if start in self._place_starts and self._place_starts[start] < start:
            ps = self._place_starts[start]
            if ps >= lo:
                words.insert(0, text[ps:start])
                start = ps
        return start, words

    def last_level(self, text: str, start: int, hs: int, words: list[str]) -> tuple[int, list[str]]:
        """A name opening with a chain of places (青海省海东市河湟工业园, 山西省大同市采煤沉陷区…基地)
        keeps only the chain's last level: the levels above it are an address, not part of
        the name (SPEC §6). The chain is one place mention written with several suffixed
        levels (青海省海南藏族自治州共和县); places merely side by side (郑州黄河…, 河源南山…)
        are names as the text uses them and stay, unless the first is a suffixed division
        (海东市|河湟工业园)."""
        if not self._chain_levels or start not in self._place_starts:
            return start, words
        last = start
        pos = max((e for e in self._place_ends_at.get(start, ()) if e < hs), default=None)
        if pos is None:
            return start, words
        segs = list(self._chain_levels.finditer(text, last, pos))
        tiled = len(segs) > 1 and segs[0].start() == last and segs[-1].end() == pos and all(
            a.end() == b.start() for a, b in zip(segs, segs[1:]))
        new = segs[-1].start() if tiled else last
        if self._chain_levels.fullmatch(text, new, pos):
            # 海东市河湟工业园: a division written with its suffix right before another place
            # is that place's address; the name starts at the place (not so for 郑州黄河…)
            nxt = max((e for e in self._place_ends_at.get(pos, ()) if e < hs), default=None)
            if nxt is not None:
                new = pos
        if new == start:
            return start, words
        return new, [w for w, _s, _e in self.seg.cut(text[new:hs], fast=True)]

    def _placeish(self, unit) -> bool:
        return unit[2] in self._place_starts or unit[1].startswith("ns")

    def _inner_ok(self, units, i: int, route: bool) -> bool:
        """Words that end a name at its left edge but may stand inside one, judged with
        their neighbours: units[i] is the word, units[i - 1] the one before it."""
        w, tag, s, e = units[i]
        right = units[i + 1] if i + 1 < len(units) else None
        if tag.startswith("f") and len(w) >= 2 and w not in self.stop_words:
            # 小浪底北岸灌区, 西部陆海新通道, 沿江高铁: a direction or position inside a name
            return right is not None
        if i == 0:
            return False
        left = units[i - 1]
        lw, ltag = left[0], left[1]
        left_word = (HAN.fullmatch(lw) is not None and not self._is_stop(lw) and ltag not in self.stop_pos
                     and not ltag.startswith("m") and not HAN_NUMERAL.fullmatch(lw))
        if w == "至" and route and right is not None and (
                self._placeish(right) or right[1].startswith(("j", "nr", "nz")) or right[0] in self.heads):
            # (j: 京沪, 沪昆 -- abbreviations of places name a line too; 机场 an end point)
            # 成都至自贡至宜宾高铁: a route between places names a railway or road
            return left_word and (2 <= len(lw) <= 5 or (lw in DIRECTION_CHARS and i > 1 and self._placeish(units[i - 2])))
        if w in COORD_CHARS and right is not None and self._verbish(right) and self._verbish(left):
            return True  # 保护与发展项目, 保护和修复工程: verbs coordinated inside a name
        if tag in ("m", "t") and DURATION.fullmatch(w) and ltag == "Q":
            return True  # “数智泉州”三年行动计划: a duration after a quoted part names the plan
        if tag.startswith("f") and w not in self.stop_words:
            return self._placeish(left)  # 南海上风电: a one-character position after a place
        if tag == "q" and len(w) == 1:
            return left_word  # 董家口: a measure character after no numeral is a name part
        if len(w) == 2 and ltag == "Q" and w in self.stop_words and tag.startswith("v"):
            return True  # “海洋强市”建设行动: the quoted part names the action
        return False

    def _verbish(self, unit) -> bool:
        return unit[1] in ("v", "vn") and len(unit[0]) >= 2 and not self._is_stop(unit[0])

    def _leading_junk(self, w: str, nxt: str) -> bool:
        if w in self.nominal_verbs:
            return False
        tag = self._tag(w)
        if len(w) == 1 and HAN.fullmatch(w) and tag not in ("ns", "nr", "nz", "j"):
            # 锰锌新材料: single nouns in a row are an unknown word, not junk
            return not (tag.startswith("n") and len(nxt) == 1 and self._tag(nxt).startswith("n"))
        if tag == "v":
            nt = "Q" if nxt[:1] in QUOTES else self._tag(nxt)
            return nt.startswith(NOMINAL_TAGS) and nxt not in self.nominal_verbs
        return False

    def _is_stop(self, w: str) -> bool:
        if w in self.stop_words:
            return True
        if len(w) >= 2 and w.endswith(self.org_suffixes):
            return True  # 住建局, 发改委: a government body is the clause's subject
        # 充分发挥, 建立健全: a longer word opening or closing with a governing verb
        return len(w) > 2 and any(
            (w[:k] in self.stop_words or w[-k:] in self.stop_words) for k in range(2, len(w)))

    def _word_ok(self, unit, right) -> bool:
        w, tag, s, e = unit
        if tag in ("Q", "P", "C"):
            return True
        if tag == "W" or any(c in CLAUSE_PUNCT or c in "、“”" for c in w):
            return False
        if self._is_stop(w):
            return False
        if ORDINAL.fullmatch(w) or PHASE.fullmatch(w):
            return True
        if HAN_NUMERAL.fullmatch(w) and right is not None and right[0][:1] not in self.measures:
            return True  # 百千万工程: numerals that name, not count
        if tag.startswith("m") or DIGITS.fullmatch(w):
            # digits of an identifier (3号地块) stay; amounts and counts end the name
            return bool(DIGITS.fullmatch(w)) and right is not None and right[0].startswith("号")
        if tag in self.stop_pos:
            return False
        if tag == "x" and w not in JOINERS:
            return False
        return True

    def _shares_head(self, units, j: int) -> bool:
        w, tag, s, e = units[j]
        if len(w) > 2 or not HAN.fullmatch(w) or self._ends_with_head.search(w):
            return False
        if self._is_stop(w) or tag in self.stop_pos:
            return False
        return j == 0 or not self._word_ok(units[j - 1], units[j])


def _top_level_bar(pattern: str, depth: int = 0) -> bool:
    """Does ``pattern`` (read inside ``depth`` open groups) hold a ``|`` outside every group
    it opens itself, or close more than ``depth`` groups (or is it too odd to tell)?"""
    floor, i, in_class = depth, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "[":
                return True  # a nested set: not worth reading
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                return True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return True
        elif c == "|" and depth <= floor:
            return True
        i += 1
    return depth != 0 or in_class


def _head_rule_category(rule, rules: RuleSet) -> str | None:
    """The category whose head lexicon every match of ``rule`` starts with, if its pattern
    is ``(?P<head>{@project_heads_<cat>})`` followed by anything without a top-level ``|``."""
    if rule.regex is None or rule.regex.flags & (regex.IGNORECASE | regex.FULLCASE | regex.REVERSE):
        return None
    pattern = rule.regex.pattern
    for cat in CATEGORIES:
        lex = rules.lexicon(f"project_heads_{cat}")
        head = f"(?P<head>(?:{lex.alternation}))"
        if len(lex) and pattern.startswith(head) and not _top_level_bar(pattern[len(head):]):
            return cat
    return None


def _mention(ext: ProjectExtractor, text: str, rule, start: int, end: int, head: str, category: str,
             prio: int) -> Mention | None:
    if (start, end) in ext._place_spans and not text.endswith(tuple(ext.zones), start, end):
        # 深汕特别合作区: what the places table holds as a whole is a place -- unless it ends in
        # a zone of project_zones.txt (南宁经济技术开发区 is a park even where places resolve it)
        return None
    span = text[start:end]
    name = STRIP_NAME.sub("", span)
    if not name or len(name) <= len(STRIP_NAME.sub("", head)) or name[0] in JOINERS:
        return None
    return Mention(
        table=TABLE, start=start, end=end, text=span, rule_id=rule.id,
        fields={"name": name, "category": ext.category(span, head, category)},
        priority=rule.priority + 10 * len(head) + prio,
    )


def norm_head(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    hs, he = m.span("head")
    head = m.group("head")
    category, flags = ext.heads.get(head, (rule.label, ""))
    if "q" in flags:
        return None
    if "v" in flags and m.end() == he and ext.verb_follows(text, he):
        return None  # 余杭计划投入, 工程计划今年: 计划 is the verb here
    if "Q" in flags and not any(c in QUOTE_CLOSERS for c in text[max(0, hs - MAX_REACH):hs]):
        return None  # no quoted part in reach: no need to cut the clause
    found = ext.left_edge(text, hs, he, flags, route=True)
    if found is None:
        return None
    start, words = found
    start, words = ext.last_level(text, start, hs, words)
    if start >= hs or ext._is_generic(words):
        return None
    modifier = text[start:hs]
    if ext._is_excluded(STRIP_NAME.sub("", modifier)):
        return None
    if "n" in flags and not ext.has_name(text, start, hs, words, he, m.end(), strict="i" in flags or "u" in flags):
        return None  # 快速通道, 游客服务中心: no name before a generic head
    if "Q" in flags and not any(c in QUOTES for c in modifier):
        return None
    if "u" in flags and not ext.undertaken(text, start, m.end()):
        return None  # 位于XX酒店: an address or landmark, not an undertaking
    if "h" in flags and not ext._ends_with_head.search(modifier):
        return None  # 试点 only after a named work: …修复工程试点
    if "z" in flags and not any(z in modifier for z in ext.zones):
        return None  # 片区 of a zone (合作区南宁片区) is a park; 苍洱片区 is an area
    if "g" in flags:
        inner = ext._ends_with_head.search(modifier)
        if inner:
            head = inner.group()
            category = ext.heads[head][0]
            return _mention(ext, text, rule, start, hs, head, category, 0)
    mention = _mention(ext, text, rule, start, m.end(), head, category, 0)
    if mention is not None and "part" in m.re.groupindex and m.group("part"):
        mention.fields["category"] = "infrastructure"  # 引汉济渭工程二期北干线
    return mention


def norm_quoted(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    head = m.group("head")
    category, flags = ext.heads.get(head, ("program", ""))
    if "q" in flags and m.span("name") in ext._place_spans:
        return None  # “光谷”: a quoted nickname of a place
    mod = m.group("mod")
    if COUNT_LABEL.fullmatch(mod or ""):
        return None  # “两园”, “三区”: a count of the head, not a name
    words = [w for w, _s, _e in ext.seg.cut(mod, fast=True)] if mod else []
    if ext._is_generic(words) or ext._is_excluded(mod):
        return None
    start, end = m.span("name")
    end = start + len(m.group("name").rstrip())
    return _mention(ext, text, rule, start, end, head, category, 5)


def norm_line(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    start, end = m.span("name")
    ps = ext._place_ends.get(start)
    if ps is not None and start - ps <= 6 and text.startswith(("地铁", "轨道"), start):
        start = ps  # 青岛地铁6号线: the city before 地铁 belongs to the name
    return _mention(ext, text, rule, start, end, "号线", rule.label, 0)


def norm_section(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    """保山至瑞丽段 standing alone: a section of a line named shortly before. Both ends must be
    places (mentions) or appear in the text before, where a line head (project_line_heads.txt) stands."""
    window_lo = max(0, m.start() - SECTION_REACH)
    before = text[window_lo:m.start("a")]
    if not any(h in before for h in ext.line_heads):
        return None
    a_s, a_e = m.span("a")

    def known(s: int, e: int) -> bool:
        return (s, e) in ext._place_spans or text[s:e] in before

    start = next((s for s in range(a_s, a_e - 1) if known(s, a_e)), None)
    b_s, b_e = m.span("b")
    if start is None or not known(b_s, b_e):
        return None
    return _mention(ext, text, rule, start, m.end("name"), "段", rule.label, 0)


def norm_strategy(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    """A named strategy or campaign of project_strategies.txt (京津冀协同发展); one flagged s
    only with a word of project_strategy_words.txt after it or inside quotation marks."""
    start, end = m.span("name")
    quoted = start > 0 and text[start - 1] in QUOTES and text[end:end + 1] in QUOTE_CLOSERS
    if m.group("suffix"):
        end = m.end() if not quoted else end
    elif "s" in ext.strategies.get(m.group("name"), "") and not quoted:
        return None  # 乡村振兴 alone is a policy word
    return _mention(ext, text, rule, start, end, "", rule.label, 0)


def norm_list_item(ext: ProjectExtractor, text: str, rule, m) -> list[Mention] | None:
    """…滨江大道、星河光伏电站和宏达新材料年产5万吨铜箔等3个项目: each item a project."""
    params = rule.data.get("params") or {}
    min_item, max_item = int(params.get("min_item", 3)), int(params.get("max_item", 30))
    end = m.start()
    lo = end
    while lo > 0 and (text[lo - 1] == "、" or text[lo - 1] not in CLAUSE_PUNCT) and text[lo - 1] not in "“”" \
            and end - lo < 8 * max_item:
        lo -= 1
    items, pos = [], end
    for piece in reversed(regex.split(r"(、|和|及|与)", text[lo:end])):
        pos -= len(piece)
        if piece in ("、", "和", "及", "与") or not piece:
            continue
        items.append((pos, pos + len(piece)))
    out = []
    for k, (s, e) in enumerate(items):
        if k == len(items) - 1:  # the first item: after the last governing word before it
            for w, _ws, we in ext.seg.cut(text[s:e], s, fast=True):
                if ext._is_stop(w) or ext._tag(w) in ext.stop_pos:
                    s = we  # 开工了|滨江大道: governing words and particles stay out
        name = STRIP_NAME.sub("", text[s:e])
        if not (min_item <= len(name) <= max_item) or "的" in name or s >= e:
            continue
        words = [w for w, _s, _e in ext.seg.cut(name, fast=True)]
        if ext._is_generic(words) or (s, e) in ext._place_spans:
            continue
        head = ext._ends_with_head.search(name)
        category = ext.heads[head.group()][0] if head else rule.label
        mention = _mention(ext, text, rule, s, e, head.group() if head else "", category, 0)
        if mention is not None:
            out.append(mention)
    return out or None


def norm_repeat(ext: ProjectExtractor, text: str, rule, m) -> Mention | None:
    return None  # applied to the names found, not to the text (see ProjectExtractor._repeat)


NORMALIZERS = {"head": norm_head, "quoted": norm_quoted, "line": norm_line, "repeat": norm_repeat,
               "strategy": norm_strategy, "list_item": norm_list_item,
               "section": norm_section}
