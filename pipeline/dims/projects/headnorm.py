"""Normalizer ``head`` (the ``head`` and ``suffix`` groups of a rule): the name before a head
noun. The left walk (walk.py) finds where the name begins; then the tests this module
runs, in order, refuse what is no name (each refusal a reason ``explain --trace`` shows and
the span model reads: mention.py ``_no``): the head's flags (project_heads_*.txt: q Q v n
i g o u h z r w), a contract model, a rating before the name, an opening digit, a plan
period's label alone, a rank, a class of projects, a set of works, the class of a list, an
evaluative word before a wrapper, a generic activity or a kind of works as the whole
modifier, a place or a province alone before a wrapper or park head, a count of works, the
writer's own division, a capacity alone, a named strategy with a wrapper after it.
"""
from __future__ import annotations

import functools

import regex

from ...model import Mention
from .items import _rx
from .mention import _mention, _no
from .quoteopen import after_generic_opening
from .zoneopen import after_bare_zone
from .vocab import HAN, CLAUSE_PUNCT, COUNT_OPENING, QUOTE_CLOSERS, QUOTES, STRIP_NAME

# a route inside a name (星河至青禾, 星河—青禾港): what a head flagged r needs
ROUTE_MARK = regex.compile(r"\p{Han}(?:至|—|－|-)\p{Han}")
ROUTE_TO = regex.compile(r"\p{Han}至\p{Han}")  # 星河至青禾: a route (a dash may join a slogan's two words)


def _route_short(ext, text: str, modifier: str) -> bool:
    """平天|高速 where the text writes the route 平凉至天水: two characters opening a route's two
    ends are the route's short name (params.route_short_undertaking), a route like 星河至青禾."""
    if not ext.route_short_undertaking or len(modifier) < 2 or not HAN2.fullmatch(modifier[-2:]) or (
            len(modifier) > 2 and modifier[:-2] not in ext.undertaking_verbs):
        return False  # (建设|平天高速: a leading undertaking verb is cut from the name later)
    return (modifier[-2], modifier[-1]) in _route_end_pairs(text)


@functools.lru_cache(maxsize=1)
def _route_end_pairs(text: str) -> frozenset:
    """Every (a, b) with ``a\\p{Han}{0,3}至b`` in the text, built once per document (a search per
    candidate made a long list of names quadratic: tests/test_linear.py)."""
    pairs = set()
    for m in _ROUTE_AT.finditer(text):
        i = m.start()
        if i:
            pairs.add((text[i - 1], text[i + 1]))
        for k in range(2, 5):  # a, then k-1 Han characters, then 至
            j = i - k
            if j < 0 or not HAN.match(text, j + 1):
                break
            pairs.add((text[j], text[i + 1]))
    return frozenset(pairs)


_ROUTE_AT = regex.compile(r"至(?=\p{Han})")
HAN2 = regex.compile(r"\p{Han}{2}")


def norm_head(ext, text: str, rule, m) -> Mention | None:
    hs, he = m.span("head")
    head = m.group("head")
    category, flags = ext.heads.get(head, (rule.label, ""))
    if "q" in flags:
        return _no(ext, "head flag q: a head only inside quotation marks")
    if "v" in flags and m.end() == he and ext.verb_follows(text, he) and not (hs and text[hs - 1] in QUOTE_CLOSERS):
        # 余杭计划投入, 工程计划今年: 计划 is the verb here; right after a quoted part
        # (“绿电先行者”计划首批…) it is the noun the quote names
        return _no(ext, "head flag v: the head is a verb here (a verb, time word or numeral follows)")
    nxt = ext._head_follows.match(text, he) if m.end() == he and ext._head_follows is not None else None
    if nxt is not None and "i" not in flags and "g" not in flags and not rule.param("closes_before_heads", False) and \
            HAN.match(text, he) and not ext._head_follows.match(text, he, he + 1) and not (
            "v" in ext.heads.get(nxt.group(), ("", ""))[1] and ext.verb_follows(text, nxt.end())):
        # (not a head that is a verb here: 龙泉温泉酒店|计划明年开业)
        return _no(ext, "another head follows the head (华能光伏|电站): the name runs on into it")
    if "Q" in flags and not any(c in QUOTE_CLOSERS for c in text[max(0, hs - ext.max_reach):hs]):
        return _no(ext, "head flag Q: no quoted part within max_reach before the head")
    found = ext.left_edge(text, hs, he, flags, route=True)
    if found is None:
        return _no(ext, "left walk: no name before the head (a stop word, stop POS or clause edge right before it)")
    start, words = found
    if head in ext.verb_opening_heads and start >= 2:
        # 推进智慧交通体系行动15个项目 opening its paragraph: a named action may open with
        # its verb where nothing stands before the verb in its clause
        vs = start - 2
        if ext._tag(text[vs:start]).startswith("v") and text[vs:start] not in ext.action_governing_verbs \
                and (vs == 0 or text[vs - 1] in CLAUSE_PUNCT or text[vs - 1] in "\n "):
            start, words = vs, [text[vs:start]] + words
    if text[start:hs] in ext.contract_models:
        # 医院建设工程|PPP|项目: a contract model between a work and 项目 is no name of its own;
        # the name is the work's, run on through the model to the wrapper
        inner = ext._ends_with_head.search(text, max(0, start - 8), start)
        inner_found = ext.left_edge(text, inner.start(), inner.end(), route=True) if inner else None
        if inner_found is None:
            return _no(ext, "a contract model (params.contract_models) alone before the head")
        start, words = inner_found[0], inner_found[1] + [text[inner.start():hs]]
    start, words = ext.last_level(text, start, hs, words, he)
    rated = ext.rated_class.search(text, max(0, start - ext.rated_reach), hs) if ext.rated_class is not None else None
    if rated is not None and start < rated.end() < hs and text[hs:he] not in ext.place_only_wrappers and \
            ext._names_something(text, rated.end(), hs):
        # 四星级农家乐|五福庄园, 五星级标准大酒店|豪生美庐度假村酒店: a rating and its class before
        # a name describe the work (params.rated_class); the name starts after them (not where
        # only generic words or a wrapper follow: 申报国家4A级景区项目, 五星级酒店青禾项目 stay)
        start = rated.end()
        words = [w for w, _s, _e in ext.seg.cut(text[start:hs], fast=True)]
    start, words = ext.after_wrapper(text, start, hs, words)
    start, words = ext.owner_company(text, start, hs, words)
    start, words = after_generic_opening(ext, text, start, hs, words)
    if ext.cut_number_before is not None and ext.cut_number_before.search(text, max(0, start - 4), start):
        return _no(ext, "the name opens right after a digit (新增3|条…通道, 500|强…项目): a number cut in two, no name", start)
    if start >= hs or (ext._is_generic(words) and not rule.param("generic_words_name", False)) or \
            ext.no_name_opening(text, start, words):
        return _no(ext, "modifier empty, all generic words (project_generic.txt), or no name opening (a bracket, a wrapper head, one verb)", start)
    modifier = text[start:hs]
    period_alone = rule.param("period_alone", None)
    if period_alone and _rx(period_alone).fullmatch(modifier):
        return _no(ext, "a plan period's label alone before the head (“十四五”|规划): no named plan", start)
    if ext.rank_modifier is not None and ext.rank_modifier.search(modifier):
        return _no(ext, "a rank before the head (南方第二大港, 世界级海洋港口): a description, no name", start)
    if ext.class_of_projects is not None and text[hs:he] in ext.class_of_projects_heads and \
            ext.class_of_projects.search(modifier):
        return _no(ext, "a class of projects by stage, source or size before the wrapper (招商引资|项目, 在建|项目): no name", start)
    if ext.set_of_works is not None and ext.set_of_works.search(modifier):
        return _no(ext, "a territory or a stage before the head (某州境内在建|高速公路项目, 省内|机场): a set of works, no name", start)
    if ext.list_class is not None and ext.list_class.search(modifier):
        return _no(ext, "等 and a short class before the head (…戈锐特等合作项目): the class of a list, not a name", start)
    if words and words[-1] in ext.evaluative and ("i" in flags or "g" in flags):
        return _no(ext, "an evaluative word (project_evaluative.txt) right before a wrapper head: a class of works, not a name", start)
    bare = STRIP_NAME.sub("", modifier)
    if ext._is_excluded(bare) and not ext.place_named(text, start, hs, he) \
            and not ((category != "program" or ext.proper_named(text, start, hs, he))
                     and ext.named_activity_work(text, start, hs)):
        return _no(ext, "the modifier ends in a generic activity (project_excluded.txt) and no place names it (params.place_named_heads)", start)
    if bare in ext.work_kinds and not ext.place_named(text, start, hs, he):
        return _no(ext, "a kind of public works (project_work_kinds.txt) as the whole modifier: a class, no name", start)
    if text[hs:he] in ext.place_only_wrappers and (start, hs) in ext._place_spans and \
            ext._place_level.get((start, hs)) not in ext.feature_levels:
        # (a named area, params.feature_levels, before 项目 names the work built there: 楠景新城项目)
        return _no(ext, "a place alone before a wrapper head (文昌|项目): the place's projects, no name", start)
    count = COUNT_OPENING.match(modifier) if category in ext.counted_categories else None
    if count is not None and (count.end() == len(modifier) or ext._is_generic(
            [w for w, _s, _e in ext.seg.cut(modifier[count.end():], fast=True)])):
        return _no(ext, "a count of works before a head of params.counted_categories (三大|机场, 三|枢纽): no name", start)
    if category in ext.lone_place_categories and (start, hs) in ext._place_spans \
            and ext._place_level.get((start, hs)) in ext.lone_place_levels and not (
                text[hs:he] in ext.origin_park_heads and not modifier.endswith(tuple(ext.address_tops) + ("市",))):
        return _no(ext, "a province alone before a park head (山西省|开发区): the province's parks, no name", start)
    if ext.self_place_names and len(modifier) >= 2 and modifier[0] in ext.self_place_chars and \
            modifier[1] in ext.level_chars and ext._is_generic(
                [w for w, _s, _e in ext.seg.cut(modifier[2:], fast=True)]):
        # 我区|机场, 本市|高速公路: the writer's own division before generic words is the
        # division's works of a kind, no name (params.self_place_names)
        return _no(ext, "the writer's own division (我区, 本市) before only generic words: the division's works, no name", start)
    if text[hs:he] in ext.capacity_no_name_heads and not ext._capacity.sub("", modifier).lstrip("总").strip():
        return _no(ext, "a capacity alone before a head that names a kind of energy (params.capacity_no_name_heads)", start)
    if "n" in flags and not _wraps_named_work(ext, modifier, flags) and \
            not ext.has_name(text, start, hs, words, he, m.end(), strict="i" in flags or "u" in flags) and \
            not _glued_place_word(ext, text, start, he, m.end(), flags):
        return _no(ext, "head flag n: no name (place, proper noun, quote, digits) before a generic head", start)
    if "Q" in flags and not any(c in QUOTES for c in modifier):
        return _no(ext, "head flag Q: the name holds no quoted part", start)
    if "o" in flags and text[start] not in QUOTES:
        return _no(ext, "head flag o: the name does not open with its quoted part (河北|“四纵四横”高铁网: a region's network)", start)
    if "u" in flags and not (m.group("suffix") if "suffix" in m.re.groupindex else "") and \
            not (ext.route_is_undertaking and (ROUTE_TO.search(modifier) or _route_short(ext, text, modifier))) \
            and not ext.undertaken(text, start, m.end()):
        # (a phase or section after the head names a work: 京台高速|建瓯至闽侯段)
        return _no(ext, "head flag u: not presented as an undertaking (no cue of project.undertaking in reach, or an address)", start)
    if "b" in flags and not ext.zone_built(text, start, m.end()):
        return _no(ext, "head flag b: a zone built as a strategy needs zone_build_before/after at the name", start)
    if "h" in flags and not ext._ends_with_head.search(modifier):
        return _no(ext, "head flag h: the words before the head do not end in another head", start)
    if "z" in flags and not any(z in modifier for z in ext.zones):
        return _no(ext, "head flag z: no zone word (project_zones.txt) in the name", start)
    if "r" in flags and not ROUTE_MARK.search(modifier):
        return _no(ext, "head flag r: no route (X至Y, X—Y) in the name", start)
    # (after the checks: the zone named by its kind alone, 开发区|机器人产业港, still names
    # the work for them; the span leaves it out, zoneopen.py)
    start, words = after_bare_zone(ext, text, start, hs, words)
    if "g" in flags and ("i" not in flags or "、" in modifier):
        # (a wrapper that is also a generic wrapper, 建设项目, is left out only after coordinated
        # works sharing it: 深大、深惠城际|建设项目; 青禾县中医院门诊楼建设项目 is one name)
        inner = ext._ends_with_head.search(modifier)
        if inner and "Q" in ext.heads[inner.group()][1] and not any(c in QUOTES for c in modifier):
            inner = None  # (湖北中长期铁路网|规划: an inner head flagged Q needs its quoted part)
        if inner and len(modifier) <= 2 and modifier in ext._tags:
            return _no(ext, "head flag g: the inner name is one common word (线路|主体工程)", start)
        if inner:
            head = inner.group()
            category = ext.heads[head][0]
            return _mention(ext, text, rule, start, hs, head, category, 0)
    end = m.end()
    tail = ext.activity_tail.match(text, end) if ext.activity_tail is not None and "i" not in flags else None
    if tail is not None:
        end = tail.end()  # 菏曹运河|生态治理: the named work and what is done to it are the undertaking
    if _strategy_wrapped(ext, text[start:end]):
        return _no(ext, "a named strategy and a wrapper after it (某某大保护|项目, 某某自贸港|建设项目): the "
                        "wrapper counts the strategy's projects; the name is the strategy (project.strategy)", start)
    mention = _mention(ext, text, rule, start, end, head, category, 0)
    if mention is not None and "part" in m.re.groupindex and m.group("part"):
        mention.fields["category"] = "infrastructure"  # 引清济北工程二期东干线
    return mention


def _strategy_wrapped(ext, span: str) -> bool:
    """Is ``span`` a named strategy of the general list (project_strategies.txt, one that needs
    no word of its own after it) and a wrapper of params.strategy_wrapped_heads after it, past
    one of params.strategy_wrapped_activities (某某自贸港|建设|项目)? Then the wrapper speaks of
    the strategy's projects, not of a named one (SPEC §6: the strategy is the program)."""
    bare = STRIP_NAME.sub("", span)
    head = next((h for h in ext.strategy_wrapped[0] if bare.endswith(h) and len(bare) > len(h)), None)
    if head is None:
        return False
    bare = bare[:-len(head)]
    act = next((a for a in ext.strategy_wrapped[1] if bare.endswith(a) and len(bare) > len(a)), "")
    bare = bare[:len(bare) - len(act)]
    return ext.strategies.get(bare, None) == ""


def _glued_place_word(ext, text: str, start: int, he: int, end: int, flags: str) -> bool:
    """Is the name with its head (flag w) one word of jieba's dictionary tagged as a place
    (params.glued_place_word_tags: 日照港, 烟台港), presented as an undertaking? Its city is
    then no place mention (日照, 烟台 are common words to the places table) but the port is named."""
    return "w" in flags and bool(ext.glued_place_word_tags) and \
        ext._tags.get(text[start:he], "") in ext.glued_place_word_tags and ext.undertaken(text, start, end)


def _wraps_named_work(ext, modifier: str, flags: str) -> bool:
    """Does a wrapper head (flag i) follow a work whose own head needs no name, named with
    words that are not generic (茴香羊产业园|项目; not 水利枢纽|项目)?"""
    if "i" not in flags:
        return False
    inner = ext._ends_with_head.search(modifier)
    return inner is not None and inner.start() > 0 and not any(
        f in ext.heads[inner.group()][1] for f in "nqQuwvh") and not ext._is_generic(
        [w for w, _s, _e in ext.seg.cut(modifier[:inner.start()], fast=True)])
