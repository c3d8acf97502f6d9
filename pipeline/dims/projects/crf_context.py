"""Document context of the project-span model's characters (crf_features.py, templates rec= and
cnt; rule project.crf params recur_features and count_close; DECISIONS "Round 18: projects"):
what a reader uses beyond the sentence -- a name written again elsewhere in the document, and
a list its clause closes with a count and a class of works."""
from __future__ import annotations

#: what ends the clause a counted list runs back to (not 、, which separates its items)
_CLAUSE = frozenset("，,；;：:。！？!?\n")


def context(text: str, rules: list, refused, recur: bool, count_close) -> dict:
    """Position -> (recurrence, in a counted list): ``r`` where the rule's mention a character
    lies in ((start, end, rule_id) of ``rules``) is written again elsewhere in the document,
    ``x`` where a refused candidate ((start, end, reason) of ``refused``) is (with ``recur``);
    and whether the character's clause closes with a match of ``count_close`` after it
    (A、B、C3项重大水利工程)."""
    rec: dict = {}
    if recur:
        counts: dict = {}
        for mark, spans in (("x", [(a, b) for a, b, _w in refused]), ("r", [(a, b) for a, b, _r in rules])):
            for a, b in spans:  # (rules last: a rule's mention wins over a refused candidate)
                name = text[a:b]
                if len(name) < 2:
                    continue
                if name not in counts:
                    counts[name] = text.count(name)
                if counts[name] > 1:
                    for k in range(a, b):
                        rec[k] = mark
    cnt = set()
    if count_close is not None:
        for mt in count_close.finditer(text):
            lo = mt.start()
            while lo > 0 and text[lo - 1] not in _CLAUSE:
                lo -= 1
            cnt.update(range(lo, mt.start()))
    return {k: (rec.get(k), k in cnt) for k in set(rec) | cnt}
