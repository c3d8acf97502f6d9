"""What every normalizer ends with: a mention of the span it found (``_mention``: its name
less stripped characters, its category, its priority) or none, with the reason
``explain --trace`` shows and the span model reads (``_no``)."""
from __future__ import annotations

from ...model import Mention
from .vocab import COORD_CHARS, JOINERS, STRIP_NAME, TABLE


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
            name[0] in COORD_CHARS and ext.seg.cut(name[:3], fast=True)[0][0] == name[0]
            and not ext._cut_name(name[:2])):
        # (a coordinating word opens no name: 及|管网改造, 与|汕头市; 和平小区 opens with 和平,
        # 和龙卧龙湖… with the place 和龙 jieba cut in two: params.split_name_tags)
        return None
    return Mention(
        table=TABLE, start=start, end=end, text=span, rule_id=rule.id,
        fields={"name": name, "category": ext.category(span, head, category)},
        priority=rule.priority + ext.head_length_weight * len(head) + prio,
    )


def _no(ext, why: str, start: int | None = None) -> None:
    """No mention; ``why`` is what the decision trace shows (explain --trace) and the span
    model reads as a refused candidate's class (crf.refusal_class); ``start``: where the
    left walk put the name's start, when it ran (the refused candidate then runs from it)."""
    ext._why, ext._why_start = why, start
    return None
