"""Normalizers (the ``normalize`` key of a rule) and the named groups they read:

* ``head``   -- ``head`` (the head noun), ``suffix`` (phases/extensions): left walk
  (walk.py), then the tests the head's flags ask for (guards.py).
* ``quoted`` -- ``name`` (inside the quotation marks), ``mod``, ``head``, ``suffix``.
* ``line``   -- ``name`` (a metro line with its number list), taken as it stands; the
  city before 地铁 within ``place_gap`` characters joins it.
* ``section`` -- ``name``, ``a``, ``b``: a section A至B段 of a line named shortly before
  (within ``section_reach`` characters after a head of ``project_line_heads.txt``).
* ``strategy`` -- ``name``, ``suffix``: a named strategy of project_strategies.txt.
* ``repeat`` -- applied to the names found (repeat.py), not to the text.

A mention's priority is its rule's + ``head_length_weight`` x the head's length (+ the
rule's ``priority_bonus``): of two overlapping names of one length, the longer head wins.
"""
from __future__ import annotations

import regex

from ...model import Mention
from ...numerals import parse_number
from .vocab import HAN, CLAUSE_PUNCT, COORD_CHARS, COUNT_LABEL, JOINERS, QUOTE_CLOSERS, QUOTED, QUOTES, STRIP_NAME, TABLE


class NormalizeMixin:
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


def _mention(ext, text: str, rule, start: int, end: int, head: str, category: str,
             prio: int, place_ok: bool = False) -> Mention | None:
    if (start, end) in ext._place_spans and not text.endswith(tuple(ext.zones), start, end) and not place_ok:
        # 深汕特别合作区: what the places table holds as a whole is a place -- unless it ends in
        # a zone of project_zones.txt (南宁经济技术开发区 is a park even where places resolve it),
        # or a list the count makes works of says so (norm_list_item, rule param place_items)
        return None
    span = text[start:end]
    name = STRIP_NAME.sub("", span)
    if not name or len(name) <= len(STRIP_NAME.sub("", head)) or name[0] in JOINERS or (
            name[0] in COORD_CHARS and ext.seg.cut(name[:3], fast=True)[0][0] == name[0]):
        # (a coordinating word opens no name: 及|管网改造, 与|汕头市; 和平小区 opens with 和平)
        return None
    return Mention(
        table=TABLE, start=start, end=end, text=span, rule_id=rule.id,
        fields={"name": name, "category": ext.category(span, head, category)},
        priority=rule.priority + ext.head_length_weight * len(head) + prio,
    )


def _no(ext, why: str) -> None:
    """No mention; ``why`` is what the decision trace shows (explain --trace)."""
    ext._why = why
    return None


def norm_head(ext, text: str, rule, m) -> Mention | None:
    hs, he = m.span("head")
    head = m.group("head")
    category, flags = ext.heads.get(head, (rule.label, ""))
    if "q" in flags:
        return _no(ext, "head flag q: a head only inside quotation marks")
    if "v" in flags and m.end() == he and ext.verb_follows(text, he) and not (hs and text[hs - 1] in QUOTE_CLOSERS):
        # 余杭计划投入, 工程计划今年: 计划 is the verb here; right after a quoted part
        # (“光伏领跑者”计划首个…) it is the noun the quote names
        return _no(ext, "head flag v: the head is a verb here (a verb, time word or numeral follows)")
    nxt = ext._head_follows.match(text, he) if m.end() == he and ext._head_follows is not None else None
    if nxt is not None and "i" not in flags and "g" not in flags and \
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
        # 建设现代基础设施网络行动21个项目 opening its paragraph: a named action may open with
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
    start, words = ext.after_wrapper(text, start, hs, words)
    start, words = ext.owner_company(text, start, hs, words)
    if start >= hs or ext._is_generic(words) or ext.no_name_opening(text, start, words):
        return _no(ext, "modifier empty, all generic words (project_generic.txt), or no name opening (a bracket, a wrapper head, one verb)")
    modifier = text[start:hs]
    if ext.list_class is not None and ext.list_class.search(modifier):
        return _no(ext, "等 and a short class before the head (…戈锐特等合作项目): the class of a list, not a name")
    if words and words[-1] in ext.evaluative and ("i" in flags or "g" in flags):
        return _no(ext, "an evaluative word (project_evaluative.txt) right before a wrapper head: a class of works, not a name")
    if ext._is_excluded(STRIP_NAME.sub("", modifier)) and not ext.place_named(text, start, hs, he) \
            and not (category != "program" and ext.named_activity_work(text, start, hs)):
        return _no(ext, "the modifier ends in a generic activity (project_excluded.txt) and no place names it (params.place_named_heads)")
    if STRIP_NAME.sub("", modifier) in ext.work_kinds and not ext.place_named(text, start, hs, he):
        return _no(ext, "a kind of public works (project_work_kinds.txt) as the whole modifier: a class, no name")
    if text[hs:he] in ext.place_only_wrappers and (start, hs) in ext._place_spans:
        return _no(ext, "a place alone before a wrapper head (文昌|项目): the place's projects, no name")
    if category in ext.lone_place_categories and (start, hs) in ext._place_spans \
            and ext._place_level.get((start, hs)) in ext.lone_place_levels:
        return _no(ext, "a province alone before a park head (山西省|开发区): the province's parks, no name")
    if text[hs:he] in ext.capacity_no_name_heads and not ext._capacity.sub("", modifier).lstrip("总").strip():
        return _no(ext, "a capacity alone before a head that names a kind of energy (params.capacity_no_name_heads)")
    if "n" in flags and not _wraps_named_work(ext, modifier, flags) and \
            not ext.has_name(text, start, hs, words, he, m.end(), strict="i" in flags or "u" in flags):
        return _no(ext, "head flag n: no name (place, proper noun, quote, digits) before a generic head")
    if "Q" in flags and not any(c in QUOTES for c in modifier):
        return _no(ext, "head flag Q: the name holds no quoted part")
    if "u" in flags and not (m.group("suffix") if "suffix" in m.re.groupindex else "") and \
            not ext.undertaken(text, start, m.end()):
        # (a phase or section after the head names a work: 京台高速|建瓯至闽侯段)
        return _no(ext, "head flag u: not presented as an undertaking (no cue of project.undertaking in reach, or an address)")
    if "h" in flags and not ext._ends_with_head.search(modifier):
        return _no(ext, "head flag h: the words before the head do not end in another head")
    if "z" in flags and not any(z in modifier for z in ext.zones):
        return _no(ext, "head flag z: no zone word (project_zones.txt) in the name")
    if "r" in flags and not ROUTE_MARK.search(modifier):
        return _no(ext, "head flag r: no route (X至Y, X—Y) in the name")
    if "g" in flags and ("i" not in flags or "、" in modifier):
        # (a wrapper that is also a generic wrapper, 建设项目, is left out only after coordinated
        # works sharing it: 深大、深惠城际|建设项目; 阿图什市人民医院分院建设项目 is one name)
        inner = ext._ends_with_head.search(modifier)
        if inner and len(modifier) <= 2 and modifier in ext._tags:
            return _no(ext, "head flag g: the inner name is one common word (线路|主体工程)")
        if inner:
            head = inner.group()
            category = ext.heads[head][0]
            return _mention(ext, text, rule, start, hs, head, category, 0)
    mention = _mention(ext, text, rule, start, m.end(), head, category, 0)
    if mention is not None and "part" in m.re.groupindex and m.group("part"):
        mention.fields["category"] = "infrastructure"  # 引汉济渭工程二期北干线
    return mention


def norm_quoted(ext, text: str, rule, m) -> Mention | None:
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
    if ext.road_number is not None:
        number = ext.road_number.search(text, max(0, start - 8), start)
        if number is not None:
            start = number.start()  # S238线|汉水泉至下涝坝段: the road's number names the section's road
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


def _wraps_named_work(ext, modifier: str, flags: str) -> bool:
    """Does a wrapper head (flag i) follow a work whose own head needs no name, named with
    words that are not generic (茴香羊产业园|项目; not 水利枢纽|项目)?"""
    if "i" not in flags:
        return False
    inner = ext._ends_with_head.search(modifier)
    return inner is not None and inner.start() > 0 and not any(
        f in ext.heads[inner.group()][1] for f in "nqQuwvh") and not ext._is_generic(
        [w for w, _s, _e in ext.seg.cut(modifier[:inner.start()], fast=True)])


def norm_list_item(ext, text: str, rule, m) -> list[Mention] | None:
    """…滨江大道、星河光伏电站和宏达新材料年产5万吨铜箔等3个项目: each item a project (SPEC §6)."""
    min_item, max_item = rule.param("min_item", 3), rule.param("max_item", 30)
    stops = "“”" + rule.param("stop_chars", "")
    n = _count(m.group("n")) if "n" in m.re.groupindex and m.group("n") else None
    if rule.param("items_after", False):
        # 老旧小区有5个：A、B、C、D、E，…: the items follow the count, to the clause end
        lo = end = m.end()
        close = rule.param("close_chars", "")
        while end < len(text) and text[end] not in CLAUSE_PUNCT and text[end] not in stops and end - lo < 8 * max_item:
            if text[end] in close:
                break  # 包括A、B、C等，总投资…: 等 closes the list
            end += 1
    else:
        end = m.start()
        for total in ("共计", "合计", "共"):
            if text.endswith(total, 0, end) and text[end - len(total) - 1:end - len(total)] == "等":
                end -= len(total)  # A、B等共5处互通立交: the total after 等
                break
        if text[end - 1:end] == "等":
            end -= 1  # A、B、C等5个项目: 等 closes the list, no part of its last item
        lo = end
        while lo > 0 and (text[lo - 1] == "、" or text[lo - 1] not in CLAUSE_PUNCT) and text[lo - 1] not in stops \
                and end - lo < 8 * max_item:
            lo -= 1
    items = _list_items(text, lo, end, ITEM_SEPS)
    if len(items) < rule.param("min_items", 1):
        return None
    if rule.param("undertaken", False) and not ext.undertaken(text, lo, m.end()):
        return None  # 世界之窗、锦绣中华、欢乐谷等景区: attractions visited, not works undertaken
    if rule.param("exact_count", False):
        # A、B2条…大通道: the list is the count's only where the count says so
        if len(items) != n:
            items = _list_items(text, lo, end, r"(、)")
        if len(items) != n and "和" in stops and lo > 0 and text[lo - 1] == "和":
            # 青年路、解放路和学府路3条道路: 和 joined the list's last item, not an earlier list
            lo2 = lo - 1
            while lo2 > 0 and text[lo2 - 1] not in CLAUSE_PUNCT and text[lo2 - 1] not in stops and end - lo2 < 8 * max_item:
                lo2 -= 1
            wider = _list_items(text, lo2, end, ITEM_SEPS)
            if len(wider) == n:
                lo, items = lo2, wider
        if len(items) != n:
            return None
    elif "、" in text[lo:end] and len(items) != n and not (n is None and all(
            ext._ends_with_head.search(text, s, e) or text[e - 1] in ext.section_finals
            or _ends_in_route(text, s, e) for s, e in items)):
        # A、B及C项目等58个项目: unless the count says otherwise, a list written with 、
        # is split at 、 only, and 和/及 join inside an item -- without a count, unless every
        # piece ends in a head or a section (…舞钢段和国道G345启那线舞钢段等项目: two works)
        items = _list_items(text, lo, end, r"(、)")
    # an item without a head takes the category of the class the count names (2条…大通道:
    # infrastructure), else the rule's label
    cls = ext._ends_with_head.search(m.group(0).rstrip(":："))
    default = ext.heads[cls.group()][0] if cls and cls.group() not in ("项目", "工程") else rule.label
    # where the count equals the items, shorter names make an item (五眼桥、鹿鹤、东兴等3个农贸市场)
    least = rule.param("min_item_counted", min_item) if n == len(items) else min_item
    # an item the places table holds whole is an item where the rule says so (place_items) and
    # not every item is a place: 汕头、河源、汕尾、潮州4个市级产业转移园区 lists places
    # (an item ending in a place counts as one: the first item's governing words are cut later)
    place_ok = bool(rule.param("place_items", False)) and not all(
        ext._place_ends.get(e, -1) >= s for s, e in items)
    out = []
    for k, (s, e) in enumerate(items):
        if k == len(items) - 1:  # the first item: after the last governing word before it
            for w, _t, ws, we in ext._cut(text, s, e):  # (设弓溪: a guessed word opening with a stop word is split)
                if we >= e:
                    break  # 华润啤酒扩建: a verb closing the item is its own (the work done), no governing word
                if (ext._is_stop(w) or ext._tag(w)[:1] in ext.item_open_tags) and w not in COORD_CHARS and w != "至":
                    # 开工了|滨江大道: governing words, particles, prepositions, pronouns and
                    # adverbs stay out (not 及 inside an item, not 雲 of 雲台山 that jieba tags zg)
                    s = we
                elif ws == s and w in ext.undertaking_verbs and ext._tag(w).startswith("v"):
                    s = we  # 签约|恒泰新材料: a verb of the undertaking cues opening the list
            if ext.item_class_open is not None:
                cut = [c.end() for c in ext.item_class_open.finditer(text, s, e)]
                if cut:
                    s = cut[-1]  # 22个重大产业项目中|现代农业物流园: the class opens the sub-list
            for w, ws, we in ext.seg.cut(text[s:e], s, fast=True):
                if we >= e or not (w in ext.generic or w in ext.level_chars):
                    break
                s = we  # 市中心|城区|五眼桥: where the list stands is no part of its first item
        levels, least_here = tuple(rule.param("place_prefix_levels", []) or ()), least
        while levels:
            # 续建青山市|林海等5座水库: a division written in full before an item's name is
            # where the work stands, not part of its name (SPEC §6, a leading place); what
            # follows it is a name however short (min_item_counted)
            pe = max((x for x in ext._place_ends_at.get(s, ()) if x < e), default=None)
            shortest = min(least, rule.param("min_item_counted", min_item))
            if pe is None or not text[s:pe].endswith(levels) or e - pe < shortest or text[pe].isdigit():
                break  # (固增乡1.3公里通乡水泥公路: a measure after it, the place is the name)
            s, least_here = pe, shortest
        trail = next((w for w in ext.item_trailing_words if text.endswith(w, s, e)), None)
        if trail and e - len(trail) > s and (text[e - len(trail) - 1] in QUOTE_CLOSERS
                                             or ext._ends_with_head.search(text, s, e - len(trail))):
            e -= len(trail)  # 北滨公园建设, “两岸青山·千里林带”建设: the work, not its building
        name = STRIP_NAME.sub("", text[s:e])
        if len(name) < min_item and name in ext._tags and not ext._tags[name].startswith(ext.short_item_tags):
            continue  # 交通、能源、水利等3个领域项目: a short common word is a field, no item's name
        if not (least_here <= len(name) <= max_item) or "的" in name or s >= e:
            continue
        words = [w for w, _s, _e in ext.seg.cut(name, fast=True)]
        if ext._is_generic(words) or ((s, e) in ext._place_spans and not place_ok):
            continue
        names_only = rule.param("names_only", False)
        proper_only = rule.param("proper_items", False)
        if (names_only or proper_only) and not ROUTE_ID.search(name) and ((names_only and any(
                ext._tag(w) in ("v", "vn") and len(w) > 1 for w in words)) or not any(
                ext._tag(w).startswith(("ns", "nr", "nz", "j")) or w not in ext._tags for w in words)):
            continue  # 摊铺沥青, 园林绿化改造: an activity (a lone character of an unknown name, 启|那线, is
            # no verb); 康体设施: no proper name
        head = ext._ends_with_head.search(name)
        category = ext.heads[head.group()][0] if head else (
            "infrastructure" if name[-1] in ext.section_finals else default)  # …沈舞线舞钢段: a road's section
        mention = _mention(ext, text, rule, s, e, head.group() if head else "", category, 0, place_ok)
        if mention is not None:
            out.append(mention)
    return out or None


# a route inside a name (星河至青禾, 星河—青禾港): what a head flagged r needs
ROUTE_MARK = regex.compile(r"\p{Han}(?:至|—|－|-)\p{Han}")
# what separates the items of a list (A、B以及C和D): the split keeps them as pieces
ITEM_SEPS = r"(、|以及|和|及|与)"
SEP_PIECE = regex.compile(ITEM_SEPS)
# a route number (G345, S20): an item holding one names a road, whatever jieba makes of its words
ROUTE_ID = regex.compile(r"[A-Za-zＡ-Ｚ][0-9０-９]{1,4}")


def _ends_in_route(text: str, s: int, e: int) -> bool:
    """Does text[s:e] end in a route number (G207, 改造完成G207)?"""
    r = ROUTE_ID.search(text, max(s, e - 6), e)
    return r is not None and r.end() == e


def _list_items(text: str, lo: int, end: int, seps: str) -> list[tuple[int, int]]:
    """The spans of the items of text[lo:end], last first."""
    items, pos = [], end
    split = _SPLITS.get(seps) or _SPLITS.setdefault(seps, regex.compile(seps).split)  # (once, not per list)
    for piece in reversed(split(text[lo:end])):
        pos -= len(piece)
        if not piece or SEP_PIECE.fullmatch(piece):
            continue
        items.append((pos, pos + len(piece)))
    return items


_SPLITS: dict = {}  # a separators pattern -> its compiled split


def _count(n: str) -> int | None:
    v = parse_number(n)
    return int(v) if v is not None and v == int(v) else None


def norm_repeat(ext, text: str, rule, m) -> Mention | None:
    return None  # applied to the names found, not to the text (see repeat.py)


def norm_label(ext, text: str, rule, m) -> Mention | None:
    """A quoted campaign label (“三高四新”, “清四乱”): a program where a word of the rule's
    ``suffix`` group names it (“五新四城”战略, the span opens at the quotation mark), or a
    verb of ``params.campaign_verbs`` governs it within ``params.verb_reach`` characters."""
    start, end = m.span("name")
    if m.group("suffix"):
        return _mention(ext, text, rule, m.start(), m.end(), "", rule.label, 0)
    reach = rule.param("verb_reach", 6)
    verbs = ext._campaign_verbs.get(rule.id)
    if verbs is None or not verbs.search(text[max(0, m.start() - reach):m.start()]):
        return _no(ext, "a quoted label with neither a campaign word after it nor a campaign verb before it")
    return _mention(ext, text, rule, start, end, "", rule.label, 0)


NORMALIZERS = {"head": norm_head, "quoted": norm_quoted, "line": norm_line, "repeat": norm_repeat,
               "list_item": norm_list_item,
               "strategy": norm_strategy, "label": norm_label,
               "section": norm_section}
