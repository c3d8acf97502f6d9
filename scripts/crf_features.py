"""Character features for the project-span CRF experiment (scripts/crf_experiment.py).

One sequence per sentence; per character: itself and its neighbours (+-2), character
bigrams, the jieba word (boundary tag, POS, the word), a project head of the lexicons
covering or ending at it and the distance to the next head end (with a list separator
between or not), a place mention of the rules, quote and bracket depth, list separators
and undertaking cues to either side; stacked, the rules' project mention it lies in (B/I/E
and the rule's class)."""
from pathlib import Path

import jieba.posseg

# the helpers the shipped model shares (pipeline/dims/projects/crf.py, crf_features.py)
from pipeline.dims.projects.crf import span_score  # noqa: F401 (crf_experiment imports them from here)
from pipeline.dims.projects.crf_features import bio, spans_of  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]

OPEN, CLOSE = "“‘《「『（(【〔", "”’》」』）)】〕"
SEPS = set("、，,；;") | {"和", "及", "与"}
STOPS = set("。！？!?")
EXTRA_CUES = ("开工", "建设", "签约", "投产", "竣工", "总投资", "开园", "落地", "建成")


def lexicon(name):
    out = {}
    for line in open(ROOT / "rules" / "lexicons" / f"{name}.txt", encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            cols = line.split("\t")
            out[cols[0]] = cols[1] if len(cols) > 1 else ""
    return out


HEADS = {}
for cls in ("facility", "fund", "infrastructure", "park", "program"):
    for word in lexicon(f"project_heads_{cls}"):
        HEADS.setdefault(word, cls)
CUES = set(lexicon("project_undertaking_cues")) | set(EXTRA_CUES)
HEAD_MAX = max(map(len, HEADS))
CUE_MAX = max(map(len, CUES))


def sentences(text):
    """(start, end) of each sentence: cut at line ends and after 。！？."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                out.append((start, i))
            start = i + 1
        elif ch in STOPS:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def doc_arrays(d):
    """Per-character context of a whole document (computed once)."""
    text = d["text"]
    n = len(text)
    wtag, pos, word = [""] * n, [""] * n, [""] * n
    at = 0
    for w in jieba.posseg.cut(text):
        L = len(w.word)
        for k in range(L):
            wtag[at + k] = "S" if L == 1 else ("B" if k == 0 else ("E" if k == L - 1 else "M"))
            pos[at + k] = w.flag
            word[at + k] = w.word if L > 1 else ""
        at += L
    head_in, head_end = [""] * n, [""] * n
    cue_at = []
    for i in range(n):
        for L in range(min(HEAD_MAX, n - i), 0, -1):
            cls = HEADS.get(text[i:i + L])
            if cls:
                for k in range(i, i + L):
                    head_in[k] = head_in[k] or cls
                head_end[i + L - 1] = cls
                break
        for L in range(min(CUE_MAX, n - i), 1, -1):
            if text[i:i + L] in CUES:
                cue_at.append(i)
                break
    place = [""] * n
    for a, b, level in d["places"]:
        for k in range(a, b):
            place[k] = ("B-" if k == a else "I-") + (level or "x")
    rule = [""] * n
    for a, b, rid in d["rules"]:
        cls = rid.split(".")[-1] if rid.startswith("head.") else rid
        for k in range(a, b):
            rule[k] = ("B" if k == a else ("E" if k == b - 1 else "I")) + "|" + cls
    depth, qtype = [0] * n, [""] * n
    stack = []
    for i, ch in enumerate(text):
        if ch in CLOSE and stack:
            stack.pop()
        depth[i] = len(stack)
        qtype[i] = stack[-1] if stack else ""
        if ch in OPEN:
            stack.append(ch)
        if ch == "\n":
            stack = []
    # the nearest head ending at or right of each character, and whether a list separator
    # or comma lies between (a name runs left from its head)
    nxt, sep_before = [None] * n, [False] * n
    j, sep = None, False
    for i in range(n - 1, -1, -1):
        if head_end[i]:
            j, sep = i, False
        if text[i] in STOPS or text[i] == "\n":
            j = None
        nxt[i], sep_before[i] = j, sep
        if text[i] in SEPS:
            sep = True
    return dict(wtag=wtag, pos=pos, word=word, nxt=nxt, sep_before=sep_before, head_in=head_in, head_end=head_end, cue_at=cue_at,
                place=place, rule=rule, depth=depth, qtype=qtype)


def features(text, a, b, A, stacked, window=12):
    """Feature strings for the characters of text[a:b]."""
    cues = [c for c in A["cue_at"] if a <= c < b]
    seps = [i for i in range(a, b) if text[i] in SEPS]
    seq = []
    for i in range(a, b):
        c = lambda k: text[i + k] if a <= i + k < b else ("^" if i + k < a else "$")  # noqa: E731
        f = ["b", "c0=" + c(0), "c-1=" + c(-1), "c-2=" + c(-2), "c1=" + c(1), "c2=" + c(2),
             "c-1c0=" + c(-1) + c(0), "c0c1=" + c(0) + c(1), "c-2c-1=" + c(-2) + c(-1), "c1c2=" + c(1) + c(2),
             "w=" + A["wtag"][i], "pos=" + A["pos"][i], "wpos=" + A["wtag"][i] + A["pos"][i]]
        ch = text[i]
        f.append("t=" + ("d" if ch.isdigit() or ch in "零〇一二三四五六七八九十百千万亿两" else
                         "h" if "\u4e00" <= ch <= "\u9fff" else "a" if ch.isascii() and ch.isalpha() else "p"))
        if A["word"][i]:
            f.append("wd=" + A["word"][i])
        if A["nxt"][i] is not None:
            dist = A["nxt"][i] - i
            f.append("hd=%s%s" % (next((x for x in (0, 1, 3, 6, 10, 16, 32) if dist <= x), 99), "s" if A["sep_before"][i] else ""))
        if A["head_in"][i]:
            f.append("hin=" + A["head_in"][i])
        if A["head_end"][i]:
            f.append("hend=" + A["head_end"][i])
        if i + 1 < b and A["head_end"][i + 1] and not A["head_in"][i]:
            f.append("hnext")
        if A["place"][i]:
            f.append("pl=" + A["place"][i][:1])
            f.append("pl=" + A["place"][i])
        if A["depth"][i]:
            f.append("q=" + A["qtype"][i])
            f.append("qd=%d" % min(A["depth"][i], 2))
        left = [c for c in cues if i - window <= c < i]
        right = [c for c in cues if i < c <= i + window]
        if left:
            f.append("cueL")
        if right:
            f.append("cueR")
        if cues:
            f.append("cueS")
        if any(i - window <= s < i for s in seps):
            f.append("sepL")
        if any(i < s <= i + window for s in seps):
            f.append("sepR")
        if stacked:
            r = A["rule"][i]
            f.append("r=" + (r[:1] or "O"))
            if r:
                f.append("rc=" + r)
                f.append("r" + r[:1] + "c0=" + ch)
        seq.append(f)
    return seq

