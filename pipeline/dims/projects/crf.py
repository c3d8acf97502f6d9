"""The project-span model: a linear-chain CRF stacked on the rules (rule project.crf).

The rules propose names; the model reads each sentence holding a proposal (and, with
params.head_sentences, each holding a project head) character by character (crf_features.py: characters, the pipeline's words, heads, places,
quotes, cues, list separators and the rules' own mentions) and tags the names it believes
(BIO). Its spans replace the rules' in those sentences:

* a span equal to a rule's mention keeps that mention (its rule id, name and category);
* a span the rules did not propose is a mention of project.crf, named as every name is
  (quotes and spaces removed), its category the overlapping rule mention's, else the head it
  ends in; a span with neither, shorter than ``min_chars``, with a quote or bracket left
  open or running over a clause mark (``clause_marks``), is no name, and the rules' mentions it overlaps stay as they were;
* a rule's mention the model does not tag is dropped (``explain --trace`` shows the model's
  score of it);
* with ``recur``, a rule's name the model keeps is a mention wherever else it stands in the
  document (rule project.crf), where no kept mention and no other rule mention lies: a name
  the model dropped in one sentence, or never read (a sentence with no rule mention), but
  kept in another (document-level consistency; the model's own new spans do not recur, nor
  a firm's name (project.repeat's ``firm_suffixes``); not inside a 《》 title).

Trained by ``make train`` (scripts/train_projects_model.py) on the gold of every tuning set,
with the rules' mentions of the same commit as features; the file and every setting are
params of project.crf in rules/projects.yaml. Why a learned step, and what it was measured
to add: docs/DECISIONS.md ("The project-span model, shipped").
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

import regex

from ... import trace as _trace
from ...model import Mention
from ...rules import RuleError
from .crf_features import Featurizer, spans_of, strings
from .crf_scorer import Scorer, weights_path
from .vocab import STRIP_NAME, TABLE


def span_score(tagger, a: int, b: int, s: int, e: int) -> float:
    """The model's confidence in span [s, e) of the sentence [a, b) it has just tagged: the
    least of P(B) at its first character, P(I) inside and P(not I) after."""
    if not (a <= s < e <= b):
        return 0.0
    ps = [tagger.marginal("B", s - a)] + [tagger.marginal("I", k - a) for k in range(s + 1, e)]
    if e < b:
        ps.append(1.0 - tagger.marginal("I", e - a))
    return min(ps)


_PAIRS = ("“”", "‘’", "《》", "（）", "()", "「」", "『』", "【】", "〔〕")


def balanced(span: str) -> bool:
    """Whether every quote and bracket opened in ``span`` closes in it, and none closes
    that it did not open (straight double quotes in pairs)."""
    for o, c in _PAIRS:
        depth = 0
        for ch in span:
            if ch == o:
                depth += 1
            elif ch == c:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return span.count('"') % 2 == 0


NO_CATEGORY = "no head and no rule mention under it: no category"


class SpanModel:
    """Rule project.crf: where the model file is and how its spans become mentions."""

    def __init__(self, rule, root: Path, heads: dict, ends_with_head, cues, seg, firms: tuple = (), lexicons=None):
        self.rule = rule
        self.enabled = bool(rule.param("enabled", True))
        self.path = Path(root) / rule.param("model", "models/projects_crf.crfsuite")
        self.min_chars = int(rule.param("min_chars", 2))
        self.clause_marks = frozenset(rule.param("clause_marks", "，,；;：:。"))
        self.priority = int(rule.data.get("priority") or 0)
        self.recur = bool(rule.param("recur", False))
        # a span with no head and no rule mention under it (params.headless_min_score, 0: none)
        self.headless_min = float(rule.param("headless_min_score", 0.0))
        self.headless_category = rule.param("headless_category", "program")
        self.headless_reach = int(rule.param("headless_reach", 16))
        self.headless_seps = rule.param("headless_seps", "")  # the span stands next to one of these
        # a new span running past the end of a rule's mention under it must end in a head
        # (or in one of past_rule_ends: a section, a phase, a work named by its change)
        self.past_rule_head = bool(rule.param("past_rule_head", False))
        self.past_rule_ends = tuple(rule.param("past_rule_ends", []))
        # ... where the model's score of the span is below past_rule_score (0: whatever the score)
        self.past_rule_score = float(rule.param("past_rule_score", 0.0))
        self.recur_skip = firms  # project.repeat's firm_suffixes
        self.seg = seg
        self.recur_word_edge = bool(rule.param("recur_word_edge", False))
        self.heads = heads  # head -> (category, flags)
        self.ends_with_head = ends_with_head  # the extractor's pattern of a head closing a name
        cues = set(cues) | set(rule.param("extra_cues", []))
        # heads whose flags hold one of params.unfeatured_head_flags are no feature of the model
        # (a head class added after the model was trained: its candidates come from the rules alone)
        out = set(rule.param("unfeatured_head_flags", "") or "")
        self.featurizer = Featurizer({h: c for h, (c, f) in heads.items() if not out & set(f)}, cues, seg,
                                     window=int(rule.param("window", 12)), ends=rule.regex,
                                     head_sentences=bool(rule.param("head_sentences", False)),
                                     refused_features=bool(rule.param("refused_features", False)),
                                     refused_sentences=bool(rule.param("refused_sentences", False)),
                                     refused_classes=bool(rule.param("refused_classes", False)),
                                     recur_features=bool(rule.param("recur_features", False)),
                                     count_close=(regex.compile(rule.param("count_close", ""))
                                                  if rule.param("count_close", "") else None),
                                     lexicons=lexicons, word_edges=bool(rule.param("word_edge_features", False)))
        self._tagger = None
        self._weights = None  # (feature, tag) -> weight, read for explain --trace only
        for p in (self.path, weights_path(self.path)):
            if self.enabled and not p.is_file():
                raise RuleError(f"{rule.source} rule {rule.id}: no model file {p}: run `make train`, "
                                "or set params.enabled: false for the rules alone")

    def tagger(self):
        """The model at run time (crf_scorer.py: the weights `make train` wrote next to the
        model file, without python-crfsuite)."""
        if self._tagger is None:
            self._tagger = Scorer(weights_path(self.path))
        return self._tagger

    def feature_keys(self, text: str, places: list[Mention], found: list[Mention], every: bool = False,
                     refused=()):
        """(sentences, feature keys of each) of a document (crf_features.GROUPS)
        (``every``: all its sentences, for training; ``refused``: the candidates the
        normalizers refused, mentions whose fields hold the reason, ``why``)."""
        rules = [(m.start, m.end, m.rule_id) for m in found]
        pl = [(m.start, m.end, m.fields.get("level") or "") for m in places]
        ref = [(m.start, m.end, m.fields.get("why") or "") for m in refused]
        return self.featurizer.document(text, rules, pl, every, ref)

    def features(self, text: str, places: list[Mention], found: list[Mention], every: bool = False, refused=()):
        """(sentences, feature strings of each character) of a document, as training reads
        it (``every``: all its sentences)."""
        sents, cols = self.feature_keys(text, places, found, every, refused)
        return sents, [strings(c) for c in cols]

    def revise(self, text: str, places: list[Mention], found: list[Mention], refused=()) -> list[Mention]:
        sents, seqs = self.feature_keys(text, places, found, refused=refused)
        if not sents:
            return found
        tg = self.tagger()
        by_span = {(m.start, m.end): m for m in found}
        starts = [a for a, _b in sents]
        within: list[list[Mention]] = [[] for _ in sents]  # the rules' mentions inside each sentence
        for m in found:
            k = bisect_right(starts, m.start) - 1
            if k >= 0 and m.end <= sents[k][1]:
                within[k].append(m)
        out, judged, kept = [], set(), set()
        for (a, b), cols, inside in zip(sents, seqs, within):
            tags = tg.tag(cols)
            seq = strings(cols) if _trace.current is not None else None  # explain reads strings
            tagged = set()
            for s, e in spans_of(tags, a):
                m = by_span.get((s, e))
                if m is None:
                    m, why = self._mention(text, s, e, inside, lambda: span_score(tg, a, b, s, e))
                    if m is None and why == NO_CATEGORY and self.headless_min:
                        m, why = self._headless(text, s, e, b, lambda: span_score(tg, a, b, s, e))
                    if m is None:
                        # no name: the rules' mentions it overlaps stay as they were
                        tagged.update((r.start, r.end) for r in inside if r.start < e and s < r.end)
                        if _trace.current is not None:
                            _trace.drop(TABLE, s, e, text[s:e], self.rule.id, self.rule.id,
                                        f"{why} (model score {span_score(tg, a, b, s, e):.2f})")
                        continue
                tagged.add((s, e))
                if _trace.current is not None:
                    _trace.note(TABLE, m.start, m.end, m.text, m.rule_id, self.explain(tg, seq, tags, a, b, s, e))
                if id(m) not in kept:
                    kept.add(id(m))
                    out.append(m)
            for m in inside:
                judged.add(id(m))
                if (m.start, m.end) not in tagged:
                    if _trace.current is not None:
                        _trace.drop(TABLE, m.start, m.end, m.text, m.rule_id, self.rule.id, "the model does not tag it: "
                                    + self.explain(tg, seq, tags, a, b, m.start, m.end, as_tagged=False))
                elif id(m) not in kept:
                    kept.add(id(m))
                    out.append(m)
        out += [m for m in found if id(m) not in judged]  # across a sentence's end: as the rules had it
        if self.recur:
            out += self._recurrences(text, found, out)
        return sorted(out, key=lambda m: (m.start, m.end))

    def _recurrences(self, text: str, found: list[Mention], kept: list[Mention]) -> list[Mention]:
        """params.recur: every other occurrence of a rule's name the model kept (longest name
        first; not a firm's, project.repeat's ``firm_suffixes``), where it overlaps no kept mention and no
        rule mention of another span (there the model has judged what the rules read) and
        stands in no 《》 title (《“百千万工程”广东实践》 names a book)."""
        taken = bytearray(len(text) + 1)
        for m in kept:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        ruled = {(m.start, m.end) for m in found}
        other = bytearray(len(text) + 1)
        for m in found:
            other[m.start:m.end] = b"\x01" * (m.end - m.start)
        names: dict = {}
        for m in kept:
            name = STRIP_NAME.sub("", m.text)
            if m.rule_id != self.rule.id and len(name) >= self.min_chars and not name.endswith(self.recur_skip):
                names.setdefault(m.text, m)
        extra = []
        for span, m in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            i = text.find(span)
            while i != -1:
                j = i + len(span)
                if not any(taken[i:j]) and ((i, j) in ruled or not any(other[i:j])) \
                        and text.rfind("《", 0, i) <= text.rfind("》", 0, i) and not self._inside_word(text, i, j, ruled):
                    r = replace(m, start=i, end=j, text=span, rule_id=self.rule.id)
                    extra.append(r)
                    taken[i:j] = b"\x01" * (j - i)
                    if _trace.current is not None:
                        _trace.note(TABLE, i, j, span, r.rule_id, f"recurs: the model kept {span} at {m.start}")
                i = text.find(span, i + 1)
        return extra

    def _inside_word(self, text: str, i: int, j: int, ruled) -> bool:
        """params.recur_word_edge: does a word of the segmenter's cut of the recurrence text[i:j]
        and the two characters after it open at the name's last character and run past it (港口 of
        烟台港口: the ports of the city, no recurrence of the port 烟台港)? Not a longer word (工程项目
        of …工程项目: the name and its wrapper); never where a rule read the span itself."""
        if not self.recur_word_edge or (i, j) in ruled or j >= len(text):
            return False
        return any(i + s == j - 1 and i + e > j for _w, s, e in self.seg.cut(text[i:j + 2], fast=True))

    def explain(self, tg, seq, tags, a, b, s, e, as_tagged=True, top=4) -> str:
        """The model's score of span [s, e) and its strongest evidence (explain --trace): per
        feature of the span's characters (and of the one after it), the weight for the span's
        own tag (B, I..., O after) minus the weight for the other tag the model weighed there
        (O inside the span, I after it; for a span it does not tag, the tag it gave): the
        features for a kept span, the features against a dropped one."""
        if self._weights is None:
            self._weights = tg.info().state_features
        w = self._weights
        want = ["B"] + ["I"] * (e - s - 1)
        pos = list(range(s - a, e - a))
        if e < b:
            pos.append(e - a)
            want.append("O")
        sums: dict = {}
        for k, lab in zip(pos, want):
            other = ("O" if lab != "O" else "I") if as_tagged else tags[k]
            if other == lab:
                continue
            for f in seq[k]:
                x = w.get((f, lab), 0.0) - w.get((f, other), 0.0)
                if x:
                    sums[f] = sums.get(f, 0.0) + x
        best = sorted(sums.items(), key=lambda kv: -kv[1] if as_tagged else kv[1])[:top]
        ev = ", ".join(f"{f} {x:+.1f}" for f, x in best)
        return f"model score {span_score(tg, a, b, s, e):.2f}; " + (f"features {ev}" if as_tagged else f"against it {ev}")

    def _mention(self, text: str, s: int, e: int, inside: list[Mention], score=None):
        """(mention, "") of a span the rules did not propose, or (None, why not)."""
        span = text[s:e]
        name = STRIP_NAME.sub("", span)
        if len(name) < self.min_chars:
            return None, f"shorter than min_chars {self.min_chars}"
        if not balanced(span):
            return None, "a quote or bracket left open or closed"
        mark = next((c for c in span if c in self.clause_marks), None)
        if mark:
            return None, f"it runs over a clause mark {mark!r}"
        if self.past_rule_head and not name.endswith(self.past_rule_ends) \
                and self.ends_with_head.search(name) is None:
            over = next((m for m in inside if s <= m.start < m.end < e), None)
            if over is not None and (not self.past_rule_score or score is None or score() < self.past_rule_score):
                return None, f"it runs past the rules' mention {over.text} into no head (past_rule_head)"
        best, size = None, 0
        for m in inside:
            ov = min(e, m.end) - max(s, m.start)
            if ov > size:
                best, size = m, ov
        category = best.fields.get("category") if best is not None else None
        if not category:
            category = self._head_category(name)
        if not category:
            return None, NO_CATEGORY
        return Mention(TABLE, s, e, span, self.rule.id, {"name": name, "category": category}, self.priority), ""

    def _headless(self, text: str, s: int, e: int, b: int, score):
        """(mention, "") of a span with no head where the model is sure of it (score at least
        params.headless_min_score): a short name listed before the head its items share
        (玉门昌马、张掖盘道山等多座抽水蓄能电站) or a work named again by its short form. Its
        category is that of the first head within headless_reach characters after it in the
        clause, else params.headless_category. ``score``: a function giving the model's
        score of the span (forward-backward over the sentence: asked for only where the
        answer needs it -- not for a span with no separator beside it, unless a trace
        shows why it is no name)."""
        seps_ok = not self.headless_seps or ((s > 0 and text[s - 1] in self.headless_seps)
                                             or (e < len(text) and text[e] in self.headless_seps))
        if not seps_ok and _trace.current is None:
            # no mention whatever the score (a trace, which shows the score, asks for it below)
            return None, f"{NO_CATEGORY} (no list separator beside it: headless_seps)"
        score = score() if callable(score) else score
        if score < self.headless_min:
            return None, f"{NO_CATEGORY} (model score {score:.2f} below headless_min_score)"
        if not seps_ok:
            return None, f"{NO_CATEGORY} (no list separator beside it: headless_seps)"
        span = text[s:e]
        category = self.headless_category
        stop = min(b, e + self.headless_reach)
        for k in range(e, stop):
            if text[k] in self.clause_marks:
                break
            head = self.ends_with_head.search(text, e, k + 1)
            if head and head.end() == k + 1:
                category = self.heads[head.group()][0]
                break
        return Mention(TABLE, s, e, span, self.rule.id,
                       {"name": STRIP_NAME.sub("", span), "category": category}, self.priority), ""

    def _head_category(self, name: str) -> str | None:
        head = self.ends_with_head.search(name)
        return self.heads[head.group()][0] if head else None
