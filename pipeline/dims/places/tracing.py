"""The place extractor's part of the decision trace (``zhextract explain --trace``).

The steps mark why a hit was not taken by setting ``_Hit.why`` to one of the named checks
below (a constant string: the cost of an untraced run is one attribute store); at the end
of a document, and only while a trace is recorded, every hit of the automaton pass that
did not become a mention is reported with its check and the reason here. Drops of
mentions built from rule regexes (villages, features) are reported where they happen.
"""
from __future__ import annotations

from ... import trace as _trace
from .vocab import ADMIN, _Doc, _Hit

TABLE = "places"

#: named check -> what it saw (shown after ``removed by <check>:``)
REASONS = {
    "places.blocklist": "inside a place_blocklist word",
    "places.redundant_short": "the start of a full official name written here",
    "places.in_chain": "part of a chain of names written together",
    "places.town_no_parent": "a town's name with no county (nor, written in full, city) of it named",
    "places.word_head": "part of a street's or a product's name (place_word_heads)",
    "places.not_word": "not a word where it stands (jieba)",
    "places.suffix_breaker": "the full name runs into a word (place_suffix_breakers: 市民, 区域)",
    "places.county_not_word": "a county whose city is not named, not a word where it stands",
    "places.byline_name": "a curated feature alone between a space and a byline's verb (记者 华山 制作; byline_after of place.area): a person's name",
    "places.person_name": "a two-character short form right after a person's title and a common surname (主任陈 金山; person_before of place.short): the given name",
    "places.compass_part": "a compass region (中部地区) beside another compass part of the same form, or right after a division (海南省中部地区; part_after of place.region): a smaller unit's part",
    "places.compass_county": "a county named by a compass word and a suffix (西区), its city not named",
    "places.curated_not_word": "a short curated name not a word where it stands",
    "places.needs_evidence": "a short form with no city named above it, or a common word: "
                             "no list neighbour, route, or the division named with certainty",
    "places.common_word": "a common word (jieba frequency >= common_freq) taken on evidence but not a word here",
    "places.town_common": "a town's short form that is a common word",
    "places.town_no_county": "a town with no county of it named (a short form), or several towns of the name",
    "places.town_not_word": "a town's short form not a word where it stands",
    "places.town_no_suffix": "a town-level zone without a town suffix (a park, no place)",
    "places.unsupported": "a county or town no context supports, overlapping a name the context supports",
    "places.compass_bound": "a compass word and a verb of extent in a run of bounds (北至…，东至…): the direction",
    "places.metaphor": "a feature after a word that makes it a yardstick (陆上|三峡, 风光|三峡): no place",
    "places.after_quantity": "a short form right after a quantity (500亿元|大关, 亿吨|大港): the common word it spells",
    "places.across_word": "a short form starting one character into a division the document names elsewhere (璧|山西段)",
    "places.generic_head": "a generic noun (place_generic_heads) right after a division it does not lie under",
    "places.no_reading": "no reading of the name applies here",
    "places.toponym": "an unlisted toponym with too little evidence (toponym_min_evidence of place.feature)",
}


def hit_rule(h: _Hit) -> str:
    """The rule a hit reports as: the one it was taken on, else the one it would have been."""
    if h.rule:
        return h.rule
    cands = h.cands
    if any(e.level in ADMIN and not e.form.startswith("curated") for e in cands):
        if any(e.form == "former" for e in cands):
            return "place.former"
        return "place.full" if any(e.form == "full" and e.level in ADMIN for e in cands) else "place.short"
    cur = next((e for e in cands if e.form.startswith("curated")), None)
    if cur is not None:
        return {"special_zone": "place.zone", "region": "place.region", "country": "place.country",
                "province": "place.zone"}.get(cur.level, "place.area")
    if any(e.form == "full" for e in cands):
        return "place.town"
    return "place.town_short"


def report(d: _Doc, kept_hits) -> None:
    """Every hit of ``d`` that did not become a mention, with its check (tracing only)."""
    cur = _trace.current
    if cur is None:
        return
    kept = {id(h) for h in kept_hits}
    text = d.text
    for h in d.hits + d.dropped_hits + d.extra_hits:
        if id(h) in kept:
            continue
        why = h.why
        if not why:
            why = "places.in_chain" if d.in_chain[h.start] else "places.no_reading"
        reason = REASONS.get(why, "")
        if why == "places.in_chain":
            chain = next((m for m in d.out if m.rule_id == "place.chain" and m.start <= h.start and h.end <= m.end), None)
            if chain is not None:
                why, reason = "place.chain", f"part of the chain {chain.text!r} {chain.start}-{chain.end}"
        elif why == "places.blocklist" and h.note:
            reason += f" {h.note!r}"
        elif why in ("places.redundant_short", "places.unsupported", "places.generic_head", "places.across_word") and h.note:
            reason += f": {h.note!r}"
        _trace.drop(TABLE, h.start, h.end, text[h.start:h.end], hit_rule(h), why, reason)


def drop(start, end, text, rule_id, by, reason) -> None:
    """A mention built from a rule's regex (villages, features) removed by a check."""
    _trace.drop(TABLE, start, end, text[start:end], rule_id, by, reason)
