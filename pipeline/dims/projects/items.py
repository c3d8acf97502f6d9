"""Normalizer ``list_item`` (SPEC §6: …等N个项目 makes each listed item a project, even one
named after its company): the items of a list before or after a count or class of works."""
from __future__ import annotations

from functools import lru_cache

import regex

from ...model import Mention
from ...numerals import parse_number
from .mention import _mention
from .vocab import CLAUSE_PUNCT, COORD_CHARS, QUOTE_CLOSERS, QUOTES, STRIP_NAME


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
        if rule.param("listed", False):
            nxt = m.re.search(text, lo, end)
            joined = nxt is not None and text[nxt.start() - 1] in COORD_CHARS
            if joined:  # 二港池及|投资约0.85亿元的…: the next item's own amount ends this one
                end = nxt.start()
            if not (joined or text[end:end + 1] in ("、", "等") or text[m.start() - 1:m.start()] == "、"):
                return None  # 总投资2.7亿元的|A、…: one item of a list, bounded by its separators
    else:
        end = m.start()
        while end > 0 and text[end - 1] in " \t\u3000":
            end -= 1  # …金牛(枢纽) 9处互通式立交: a layout space before the count is no part of the last item
        for total in ("共计", "合计", "共"):
            if text.endswith(total, 0, end) and text[end - len(total) - 1:end - len(total)] == "等":
                end -= len(total)  # A、B等共5处互通立交: the total after 等
                break
        if text[end - 1:end] == "等":
            end -= 1  # A、B、C等5个项目: 等 closes the list, no part of its last item
        elif text[end - 1:end] and text[end - 1] in rule.param("demonstratives", "") + rule.param("totals", ""):
            end -= 1  # A(G15)、B(G1501)这两条… / A、B、C共3条…: no part of the list's last item
        if rule.param("quoted_items", False) and text[end - 1:end] in QUOTE_CLOSERS:
            stops = stops[2:]  # “户户通”、“美丽乡村”等项目: a list of quoted names
        lo = end
        counts = rule.param("digit_stops_before", "")
        while lo > 0 and (text[lo - 1] == "、" or text[lo - 1] not in CLAUSE_PUNCT) and end - lo < 8 * max_item \
                and (text[lo - 1] not in stops or (counts and text[lo - 1].isdigit() and not _opens_count(text, lo - 1, counts))):
            lo -= 1  # (举行A20GW…、B3.5GW…两个项目: a capacity's digits are no earlier count)
    items = _list_items(text, lo, end, ITEM_SEPS)
    if len(items) < rule.param("min_items", 1):
        return None
    tally = rule.param("count_items", "")
    if tally and any(_rx(f"(?:{tally})").match(text, s, e) for s, e in items):
        return None  # 四条省道、三座港口、两条铁路: a tally of kinds, no names
    meets = rule.param("meets_after", "")
    if meets and _rx(f"(?:{meets})").match(text, m.end()) and (
            text[lo - 1:lo] in ("与", "同") or text[lo:lo + 1] in ("与", "同")):
        return None  # 与包茂、银百…7条国家高速公路相通: roads the work meets are landmarks (SPEC §6)
    parts = rule.param("parts_after", "") if m.group().endswith(tuple(rule.param("parts_classes", []))) else ""
    if parts and (_rx(f"(?:{parts})[:：]?$").search(text, max(0, lo - 8), lo) or _rx(f"(?:{parts})").match(text, lo, end)):
        return None  # 主要建设坝体加高、表孔溢洪道等工程: the parts of one work (not 主要建设A、B等项目)
    # (the list's governing words are no part of it: 建成了|游客中心、… holds the cue 建成)
    if rule.param("undertaken", False) and not ext.undertaken(
            text, first_item_start(ext, text, *items[-1]) if items else lo, m.end()):
        return None  # 世界之窗、锦绣中华、欢乐谷等景区: attractions visited, not works undertaken
    if rule.param("exact_count", False):
        # A、B2条…大通道: the list is the count's only where the count says so
        if len(items) != n:
            items = _list_items(text, lo, end, r"(、)")
        if len(items) != n and "和" in stops and lo > 0 and text[lo - 1] == "和":
            # 青年路、解放路和学府路3条道路: 和 joined the list's last item, not an earlier list
            lo2, counts = lo - 1, rule.param("digit_stops_before", "")
            while lo2 > 0 and text[lo2 - 1] not in CLAUSE_PUNCT and end - lo2 < 8 * max_item and (
                    text[lo2 - 1] not in stops
                    or (counts and text[lo2 - 1].isdigit() and not _opens_count(text, lo2 - 1, counts))):
                lo2 -= 1  # (…、1亿米高档面料和200万件衬衣4个项目: a capacity's digits, as above)
            wider = _list_items(text, lo2, end, ITEM_SEPS)
            if len(wider) == n:
                lo, items = lo2, wider
        if len(items) != n:
            return None
    elif "、" in text[lo:end] and len(items) != n:
        # A、B及C项目等58个项目: unless the count says otherwise, a list written with 、
        # is split at 、 only, and 和/及 join inside an item -- without a count, unless every
        # piece ends in a head or a section (…舞钢段和国道G345启那线舞钢段等项目: two works);
        # a joining word (及: joining_words) still joins the parts of one work there
        # (…口岸跨境旅游景区及文化旅游产业项目; roads listed by number stay apart: G325及S280)
        pieces = _list_items(text, lo, end, _seps_without(frozenset(ext.joining_words))) if n is None else ()
        if pieces and all(ext._ends_with_head.search(text, s, e) for s, e in pieces):
            items = pieces
        elif not (n is None and all(ext._ends_with_head.search(text, s, e) or text[e - 1] in ext.section_finals
                                    or _ends_in_route(text, s, e) for s, e in items)):
            items = _list_items(text, lo, end, r"(、)")
            last_and = rule.param("last_and", "")
            if last_and and items and len(items) > 1:
                # 摩霄楼和舍巴田园等众多景点: the list's last item joined by 和, two names of the
                # class where each half holds a proper name (not 观光栈道和观景平台: parts)
                s0, e0 = items[0]
                k = max(text.rfind(c, s0, e0) for c in last_and)
                if k > s0 and all(_proper(ext, text[a:b]) for a, b in ((s0, k), (k + 1, e0))):
                    items[0:1] = [(k + 1, e0), (s0, k)]
    # an item without a head takes the category of the class the count names (2条…大通道:
    # infrastructure), else the rule's label
    cls = ext._ends_with_head.search(m.group(0).rstrip(":："))
    default = ext.heads[cls.group()][0] if cls and cls.group() not in ("项目", "工程") else rule.label
    # where the count equals the items, shorter names make an item (五眼桥、鹿鹤、东兴等3个农贸市场)
    least = rule.param("min_item_counted", min_item) if n == len(items) else min_item
    # an item the places table holds whole is an item where the rule says so (place_items) and
    # not every item is a place: 汕头、河源、汕尾、潮州4个市级产业转移园区 lists places
    # (an item ending in a place counts as one: the first item's governing words are cut later)
    # unless one of them is a named site (level place_items_site_levels: 哇让、同德、南山口、德令哈
    # 4座抽水蓄能电站 names works after the sites they stand at)
    sites = tuple(rule.param("place_items_site_levels", []) or ())
    place_ok = bool(rule.param("place_items", False)) and (not all(
        ext._place_ends.get(e, -1) >= s for s, e in items) or any(
        ext._place_level.get((ext._place_ends.get(e), e)) in sites for s, e in items))
    clause_tags = tuple(rule.param("clause_tags", []) or ())
    long_item = rule.param("long_item", 0)
    item_not = rule.param("item_not", "")
    item_only = rule.param("item_only", "")
    out, pending, named = [], [], False
    for k, (s, e) in enumerate(items):
        s_item = s
        wall = text.rfind("的", s, e)
        if wall >= 0:
            s = wall + 1  # 攀枝花援建的|木里县…, 总投资2.7亿元的|陈州华英…: what precedes 的 describes the item
        if k == len(items) - 1 and not rule.param("listed", False):  # the first item: after the last governing word before it
            s = first_item_start(ext, text, s, e)
            if ext.item_class_open is not None:
                cut = [c.end() for c in ext.item_class_open.finditer(text, s, e)]
                if cut:
                    s = cut[-1]  # 22个重大产业项目中|现代农业物流园: the class opens the sub-list
            for w, ws, we in ext.seg.cut(text[s:e], s, fast=True):
                if we >= e or not (w in ext.generic or w in ext.level_chars
                                   or (w[:1] in ext.self_place_chars and (w[1:] or text[we:we + 1]) in ext.level_chars)):
                    break
                s = we  # 市中心|城区|五眼桥, 我|区|固海…: where the list stands is no part of its first item
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
        if item_not and _rx(item_not).search(name):
            continue  # 包括续建13个和新开工14个: a count of projects is no item's name (params.item_not)
        if item_only and not _rx(item_only).search(name):
            continue  # 甲至乙、…等高速公路: a list of routes names routes only (params.item_only)
        if not (least_here <= len(name) <= max_item) or s >= e:
            continue
        words = [w for w, _s, _e in ext.seg.cut(name, fast=True)]
        if ext._is_generic(words) or ((s, e) in ext._place_spans and not place_ok):
            continue
        if any(ext._tag(w) in clause_tags for w in words):
            continue  # 世艺工贸项目建成后将从事工艺品: an adverb makes the item a clause, no name
        names_only = rule.param("names_only", False)
        proper_only = rule.param("proper_items", False)
        quoted = text[s] in QUOTES and text[e - 1] in QUOTE_CLOSERS  # “户户通”、“美丽乡村”等项目: named
        if quoted:
            s, e = s + 1, e - 1  # (SPEC §6: surrounding quotation marks are left out)
        if (names_only or proper_only) and not quoted and not ROUTE_ID.search(name) and ((names_only and _verb_in(
                ext, words)) or not _has_proper(ext, words)):
            # 摊铺沥青, 园林绿化改造: an activity (a lone character of an unknown name, 启|那线, is
            # no verb); 康体设施: no proper name -- unless the item is long, bounded (not a first
            # item whose opening nothing cut) and no pair (和/与/及: 观光栈道及观景平台 are parts),
            # and another item of the list is a name (彩印纸箱包装制品生产、…、沣桦酒业乙酸乙酯生产等
            # 一批项目): long_item
            if long_item and len(name) >= long_item and (k < len(items) - 1 or s > s_item) \
                    and not any(c in name for c in COORD_CHARS):
                pending.append((s, e, name))
            elif rule.param("trade_items", False) and _trade_named(ext, name):
                pending.append((s, e, name))  # 一洲印染、豪钢锻造、华恩实业等项目: named after its company
            continue
        named = _add(ext, text, rule, s, e, name, default, place_ok, out) or named
    if named:
        for s, e, name in pending:
            _add(ext, text, rule, s, e, name, default, place_ok, out)
    return out or None


def _verb_in(ext, words: list[str]) -> bool:
    """Is one of ``words`` a verb of two characters or more (摊铺|沥青: an activity)? Not one
    the name's last character closes into a toponym (陇南|飞来|山: 飞来山, project_toponym_finals)."""
    for k, w in enumerate(words):
        if ext._tag(w) in ("v", "vn") and len(w) > 1:
            if k == len(words) - 2 and len(words[-1]) == 1 and ext._toponym is not None \
                    and ext._toponym.fullmatch(w + words[-1]):
                continue
            return True
    return False


def _proper(ext, name: str) -> bool:
    """Does ``name`` hold a proper name (a place, person, other proper word or a word jieba does
    not know) and no verb of two characters?"""
    words = [w for w, _s, _e in ext.seg.cut(name, fast=True)]
    return bool(words) and not _verb_in(ext, words) and _has_proper(ext, words)


def _has_proper(ext, words: list[str]) -> bool:
    """Is one of ``words`` a proper word: a place, person or other proper name, an
    abbreviation, or a word jieba does not know?"""
    return any(ext._tag(w).startswith(("ns", "nr", "nz", "j")) or w not in ext._tags for w in words)


def _trade_named(ext, name: str) -> bool:
    """Is ``name`` a company's trade name and trade (一洲|印染, 三一|重能): a trade word of
    project_trade_words.txt closing it after two to four characters whose every word is rarer
    than trade_name_max_freq in jieba's dictionary (not 汽车|制造, 电子|材料: common words)?"""
    trade = next((w for w in ext.trade_words if name.endswith(w)), None)
    brand = name[:-len(trade)] if trade else ""
    return 2 <= len(brand) <= 4 and bool(HAN_ONLY.fullmatch(brand)) and not brand.endswith(ext.trade_words) \
        and all(ext.seg.freq.get(w, 0) < ext.trade_name_max_freq for w, _s, _e in ext.seg.cut(brand, fast=True))


HAN_ONLY = regex.compile(r"\p{Han}+")


def first_item_start(ext, text: str, s: int, e: int) -> int:
    """Where the first item of a list in text[s:e] starts: after the last governing word, particle,
    preposition, pronoun or adverb before it (开工了|滨江大道), or an undertaking verb opening it
    (签约|恒泰新材料); a verb closing the item is its own (华润啤酒扩建: the work done)."""
    for w, _t, ws, we in ext._cut(text, s, e):  # (设弓溪: a guessed word opening with a stop word is split)
        if we >= e:
            break
        if (ext._is_stop(w) or ext._tag(w)[:1] in ext.item_open_tags) and w not in COORD_CHARS and w != "至" \
                and text[we:we + 1] not in COORD_CHARS:  # (…改扩建|及管网改造: a word coordinated governs nothing)
            s = we  # (not 及 inside an item, not 雲 of 雲台山 that jieba tags zg)
        elif ws == s and w in ext.undertaking_verbs and ext._tag(w).startswith("v"):
            s = we
    return s


def _add(ext, text: str, rule, s: int, e: int, name: str, default: str, place_ok: bool, out: list) -> bool:
    """A list item's mention (its head's category, a road's section, else the list's), if any."""
    head = ext._ends_with_head.search(name)
    category = ext.heads[head.group()][0] if head else (
        "infrastructure" if name[-1] in ext.section_finals else default)  # …沈舞线舞钢段: a road's section
    mention = _mention(ext, text, rule, s, e, head.group() if head else "", category, 0, place_ok)
    if mention is not None:
        out.append(mention)
    return mention is not None


# what separates the items of a list (A、B以及C和D): the split keeps them as pieces
ITEM_SEPS = r"(、|以及|和|及|与)"


@lru_cache(maxsize=None)
def _rx(pattern: str):
    """A rule param's pattern, compiled once."""
    return regex.compile(pattern)


@lru_cache(maxsize=None)
def _seps_without(joining: frozenset) -> str:
    """ITEM_SEPS without the joining words (及 joins the parts of one work)."""
    return "(" + "|".join(x for x in ITEM_SEPS[1:-1].split("|") if x not in joining) + ")"
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


def _opens_count(text: str, i: int, measures: str) -> bool:
    """Does the number ending at text[i] count something (2条, 5个: an earlier list's count),
    one of ``measures`` following its digits?"""
    j = i + 1
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return j < len(text) and text[j] in measures


def _count(n: str) -> int | None:
    v = parse_number(n)
    return int(v) if v is not None and v == int(v) else None
