"""Normalizers (the ``normalize`` key of a rule) and the named groups they read:

* ``head``   -- ``head`` (the head noun), ``suffix`` (phases/extensions): left walk
  (walk.py), then the tests the head's flags ask for (headnorm.py, guards.py).
* ``quoted`` -- ``name`` (inside the quotation marks), ``mod``, ``head``, ``suffix``.
* ``line``   -- ``name`` (a metro line with its number list), taken as it stands; the
  city before 地铁 within ``place_gap`` characters joins it.
* ``section`` -- ``name``, ``a``, ``b``: a section A至B段 of a line named shortly before
  (within ``section_reach`` characters after a head of ``project_line_heads.txt``).
* ``strategy`` -- ``name``, ``suffix``: a named strategy of project_strategies.txt.
* ``repeat`` -- applied to the names found (repeat.py), not to the text.

A mention's priority is its rule's + ``head_length_weight`` x the head's length (+ the
rule's ``priority_bonus``): of two overlapping names of one length, the longer head wins.

Each normalizer ends in mention.py (``_mention`` makes the mention, ``_no`` refuses with a
reason); ``list_item`` is items.py, ``invested`` invested.py. This module holds the category
of a span (``NormalizeMixin``), the smaller normalizers and the registry ``NORMALIZERS``.
"""
from __future__ import annotations

import regex

from ...model import Mention
from .headnorm import norm_head
from .invested import norm_invested
from .items import _rx, norm_list_item
from .mention import _mention, _no
from .vocab import COUNT_LABEL, QUOTE_CLOSERS, QUOTED, QUOTES


class NormalizeMixin:
    def category(self, span: str, head: str, default: str) -> str:
        # the same span, head and default give the same category (the lexicons are fixed)
        memo = self.__dict__.setdefault("_category_memo", {})
        key = (span, head, default)
        got = memo.get(key)
        if got is None:
            if len(memo) >= 1 << 14:
                memo.clear()
            got = memo[key] = self._category(span, head, default)
        return got

    def _category(self, span: str, head: str, default: str) -> str:
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


def norm_quoted(ext, text: str, rule, m) -> Mention | None:
    head = m.group("head")
    category, flags = ext.heads.get(head, ("program", ""))
    if "q" in flags and m.span("name") in ext._place_spans:
        return None  # “光谷”: a quoted nickname of a place
    if "b" in flags and not ext.zone_built(text, m.start(), m.end()):
        return None  # “全国某某示范区”: a zone of a strategy is a project only where the text builds it (flag b)
    mod = m.group("mod")
    if ext.rank_modifier is not None and ext.rank_modifier.search(mod or ""):
        return None  # “南方第二大港”: a rank the place is given, no name
    if COUNT_LABEL.fullmatch(mod or ""):
        return None  # “两园”, “三区”: a count of the head, not a name
    words = [w for w, _s, _e in ext.seg.cut(mod, fast=True)] if mod else []
    if ext._is_generic(words) or ext._is_excluded(mod):
        return None
    refuse = rule.param("refuse_inner", "")
    if refuse and _rx(refuse).search(m.group("name")):
        return None  # “三种渠道、两类平台”, “甲研发+乙转化+丙制造”: a list or formula quoted, no name
    epithet = rule.param("epithet_inner", "")
    if epithet and _rx(epithet).fullmatch(m.group("name")):
        return None  # “甜蜜之路”, “黄金通道”: a figure of speech for a road or a town, no name
    alias_of = rule.param("org_alias_before", "")
    if alias_of and _rx(alias_of).search(text, max(0, m.start() - 12), m.start()):
        return None  # 山东省港口集团(简称“山东港口”): the short name of a firm or body, no work
    start, end = m.span("name")
    end = start + len(m.group("name").rstrip())
    return _mention(ext, text, rule, start, end, head, category, ext.priority_bonus[rule.id])


def norm_line(ext, text: str, rule, m) -> Mention | None:
    start, end = m.span("name")
    ps = ext._place_ends.get(start)
    if ps is not None and start - ps <= ext.line_gap[rule.id] and text.startswith(("地铁", "轨道"), start):
        start = ps  # 青岛地铁6号线: the city before 地铁 belongs to the name
    return _mention(ext, text, rule, start, end, "号线", rule.label, 0)


def norm_section(ext, text: str, rule, m) -> Mention | None:
    """保山至瑞丽段 standing alone: a section of a line named shortly before. Both ends must be
    places (mentions) or appear in the text before, where a line head (project_line_heads.txt) stands."""
    window_lo = max(0, m.start() - ext.section_reach[rule.id])
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
    number = ext.road_number_before(text, 0, start)
    if number is not None:
        start = number  # S238线|汉水泉至下涝坝段: the road's number names the section's road
    return _mention(ext, text, rule, start, m.end("name"), "段", rule.label, 0)


def norm_strategy(ext, text: str, rule, m) -> Mention | None:
    """A named strategy or campaign of project_strategies.txt (京津冀协同发展); one flagged s
    only with a word of project_strategy_words.txt after it or inside quotation marks."""
    start, end = m.span("name")
    quoted = start > 0 and text[start - 1] in QUOTES and text[end:end + 1] in QUOTE_CLOSERS
    if m.group("suffix"):
        end = m.end() if not quoted else end
    elif "s" in ext.strategies.get(m.group("name"), "") and not quoted:
        return None  # 乡村振兴 alone is a policy word
    return _mention(ext, text, rule, start, end, "", rule.label, 0)


def norm_repeat(ext, text: str, rule, m) -> Mention | None:
    return None  # applied to the names found, not to the text (see repeat.py)


def norm_label(ext, text: str, rule, m) -> Mention | None:
    """A quoted campaign label (“三高四新”, “清四乱”): a program where a word of the rule's
    ``suffix`` group names it (“五新四城”战略, the span opens at the quotation mark), or a
    verb of ``params.campaign_verbs`` governs it within ``params.verb_reach`` characters.
    A rule's ``inner`` group is a label whose strategy word stands inside the quotation marks
    (“十大战略”): the name is the quoted text, the marks left out (SPEC §6)."""
    if "inner" in m.re.groupindex and m.group("inner"):
        return _mention(ext, text, rule, m.start("inner"), m.end("inner"), "", rule.label, 0)
    start, end = m.span("name")
    if m.group("suffix"):
        return _mention(ext, text, rule, m.start(), m.end(), "", rule.label, 0)
    if "event" in m.re.groupindex and m.group("event"):  # “三个一批”活动: a campaign of events
        return _mention(ext, text, rule, start, end, "", rule.label, 0)
    reach = rule.param("verb_reach", 6)
    verbs = ext._campaign_verbs.get(rule.id)
    if verbs is None or not verbs.search(text[max(0, m.start() - reach):m.start()]):
        return _no(ext, "a quoted label with neither a campaign word after it nor a campaign verb before it")
    return _mention(ext, text, rule, start, end, "", rule.label, 0)


def norm_span(ext, text: str, rule, m) -> Mention | None:
    """The rule's ``name`` group as the name, in the rule's category: a rule whose pattern
    alone says what the span is (project.route_item: 5.星河至青禾,二级公路改建项目)."""
    return _mention(ext, text, rule, m.start("name"), m.end("name"), "", rule.label, 0)


NUMERAL_CHARS = regex.compile(r"[一二两三四五六七八九十百0-9]")  # 沿黄|九省一体化: a count of regions
HAN_CHAR = regex.compile(r"\p{Han}")


def norm_region(ext, text: str, rule, m) -> Mention | None:
    """A strategy named by the regions it joins (北钦防一体化, 港珠澳协同发展): the name opens at
    the last run of words in ``region`` that are places or abbreviations (jieba flags of param
    region_tags) or unknown, each rarer than region_max_freq; a common word (城乡, 区域, 产业)
    names no region."""
    tags = tuple(rule.param("region_tags", ["ns"]))
    most = rule.param("region_max_freq", 1000)
    opens = tuple(rule.param("region_open_tags", ["p", "v", "c", "u", "d", "r"]))
    glued = tuple(rule.param("region_glued_tags", []))

    def region_word(w: str) -> bool:
        return w not in ext._tags or (ext._tags[w].startswith(tags) and ext.seg.freq.get(w, 0) < most)

    start, before = None, None
    words = ext.seg.cut(m.group("region"), m.start("region"), fast=True)
    for i in range(len(words) - 1, -1, -1):
        w, ws, _we = words[i]
        # 长株|潭一体化: the last abbreviation cut off as a one-character noun of its own
        last_glued = (i == len(words) - 1 and i > 0 and len(w) == 1 and ext._tags.get(w, "").startswith(glued)
                      and len(words[i - 1][0]) > 1 and region_word(words[i - 1][0]))
        if not region_word(w) and not last_glued:
            before = ext._tags[w]
            break
        start = ws
    if start is None or m.end("region") - start < 2 or NUMERAL_CHARS.search(text, start, m.end("region")):
        return _no(ext, "no region's name before the strategy word")
    if (before is not None and not before.startswith(opens)) or (
            before is None and start > 0 and HAN_CHAR.match(text, start - 1)):
        return _no(ext, "the region is the tail of a longer word (山水|林田湖草一体化)")
    return _mention(ext, text, rule, start, m.end("name"), "", rule.label, 0)


NORMALIZERS = {"head": norm_head, "quoted": norm_quoted, "line": norm_line, "repeat": norm_repeat,
               "list_item": norm_list_item,
               "strategy": norm_strategy, "label": norm_label,
               "section": norm_section, "span": norm_span,
               "region": norm_region,
               "invested": norm_invested}
