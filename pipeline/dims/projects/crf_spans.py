"""Sentences, BIO tags and the classes the project-span model (crf.py, crf_features.py)
sees of the rules' mentions and refused candidates: the helpers shared by training
(scripts/train_projects_model.py) and the run."""
from __future__ import annotations

import regex

_ENDS = regex.compile(r"[。！？!?\n]")


def sentences(text: str, ends=None) -> list[tuple[int, int]]:
    """(start, end) of each sentence with some non-space text: cut at line ends and after
    the matches of ``ends`` (rule project.crf's pattern; default 。！？!?). A line end is
    left out of both sentences."""
    out, start = [], 0
    for m in (ends.finditer(text) if ends is not None else _ENDS.finditer(text)):
        stop = m.start() if m.group() == "\n" else m.end()
        if stop > start:
            out.append((start, stop))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


#: the class the model sees of a refused candidate: the first of these whose text opens the
#: normalizer's reason (normalize.py ``_no``), else "other"
REFUSALS = (("head flag n", "n"), ("head flag q", "q"), ("head flag u", "u"), ("head flag", "flag"),
            ("left walk", "walk"), ("modifier empty", "empty"), ("the modifier ends in a generic activity", "activity"),
            ("an evaluative", "evaluative"), ("another head follows", "follows"), ("a place alone", "place"))


def refusal_class(why: str) -> str:
    """The class of a refused candidate from its normalizer's reason."""
    return next((c for p, c in REFUSALS if why.startswith(p)), "other")


def rule_class(rule_id: str) -> str:
    """The class the model sees of a rule's mention: the category for head rules
    (project.head.park -> park), else the rule's own name (project.list_sibling ->
    list_sibling)."""
    rid = rule_id.removeprefix("project.")
    return rid.split(".")[-1] if rid.startswith("head.") else rid


def bio(a: int, b: int, spans) -> list[str]:
    """BIO tags of the sentence [a, b) for the gold spans inside it."""
    tags = ["O"] * (b - a)
    for s, e in spans:
        if a <= s and e <= b:
            tags[s - a] = "B"
            for k in range(s + 1, e):
                tags[k - a] = "I"
    return tags


def spans_of(tags, a: int) -> list[tuple[int, int]]:
    """Spans of a BIO sequence starting at offset ``a`` (an I after O opens a span)."""
    out, start = [], None
    for k, t in enumerate(list(tags) + ["O"]):
        if t == "I" and start is not None:
            continue
        if start is not None:
            out.append((a + start, a + k))
            start = None
        if t in ("B", "I"):
            start = k
    return out
