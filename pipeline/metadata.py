"""Document metadata for documents.csv: title, publish date and time, source.

The header and dateline forms are rules (``rules/metadata.yaml``); this module only
reads their named groups. A publish date given with the input (a JSONL
``publish_date``) is kept and not overwritten by the text.
"""
from __future__ import annotations

import regex

from .model import Document
from .rules import RuleSet
from .textview import drop, orig_of, skipped

SPACES = regex.compile(r"[ \t\u3000]+")
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
HEADER_CHARS = 3000  # dateline and header forms live near the top ...
HEAD_LINES = 8  # ... the page header proper (non-empty lines): its matches outrank any further down
FOOTER_CHARS = 1500  # ... and 来源: lines also at the very end
ANY_TIME = regex.compile(r"[0-9０-９][:：][0-9０-９]{2}|[0-9０-９][时點点][0-9０-９]{1,2}分")  # a clock time's shape
NAV_LINE = regex.compile(r"[>＞»]|您现在的位置|当前位置|首页|^\s*(?:来源|时间|发布|作者|编辑|责任编辑)")


def _int(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)  # int() reads full-width digits too
    if all(c in CN_DIGITS or c == "十" for c in s):
        if "十" in s:
            tens, _, ones = s.partition("十")
            return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
        return int("".join(str(CN_DIGITS[c]) for c in s))
    return None


def fields_of(m, year_of=None, century: int = 2000, despace: bool = False) -> dict:
    """publish_date / publish_time / source from one rule match ('' where absent).
    ``despace``: the source loses the spaces a page set between its characters (params.despace).
    ``year_of(mo, d)`` supplies the year a dateline leaves out, where the page gives it;
    ``century`` is added to a two-digit year (group ``yy``: a page stamp 15-05-13 17:50)."""
    g = m.groupdict()
    out = {}
    y, mo, d = _int(g.get("y")), _int(g.get("mo")), _int(g.get("d"))
    if not y and g.get("yy"):
        y = century + _int(g["yy"])
    if not y and mo and d and year_of is not None:
        y = year_of(mo, d)
    if mo and d and mo > 12 >= d:  # 05/13/2023: a month-first date after all
        mo, d = d, mo
    if mo and d:
        out["publish_date"] = f"{y:04d}-{mo:02d}-{d:02d}" if y and 1 <= mo <= 12 and 1 <= d <= 31 else ""
    h, mi, s = _int(g.get("h")), _int(g.get("mi")), _int(g.get("s"))
    if h is not None and g.get("pm") and h < 12:  # 下午3:20, 3:20 PM
        h += 12
    if h is not None and mi is not None:
        out["publish_time"] = f"{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else "")
    elif "publish_date" in out:
        out["publish_time"] = ""
    if g.get("source"):
        out["source"] = SPACES.sub("", g["source"]) if despace else g["source"].strip()
    return out



def _in_text(span: tuple, at) -> tuple:
    """A (rule_id, start, end) of the reading view at the text's own offsets (``at``: orig_of
    the skipped gaps, or None where nothing was skipped)."""
    return span if at is None else (span[0], at(span[1]), at(span[2] - 1) + 1)

class MetadataReader:
    table = "metadata"
    labels = ("header", "dateline", "page_date")

    def __init__(self, rules: RuleSet):
        every = sorted(rules.rules("metadata"), key=lambda r: (-r.priority, r.index))
        self.rules = [r for r in every if r.label != "page_date"]
        self.page_dates = [r for r in every if r.label == "page_date"]  # where a dateline's year is looked up
        self.not_source = set(rules.lexicon("meta_not_source"))
        self.last_resort = set(rules.param("metadata", "source_last_resort", []))
        self.last_resort_whole = set(rules.param("metadata", "source_last_resort_whole", []))
        self.head_lines = rules.param("metadata", "head_lines", HEAD_LINES)
        self.head_prose = rules.param("metadata", "head_ends_at_prose", 0)
        self.prose_line_first = rules.param("metadata", "prose_line_first", False)
        nav = rules.param("metadata", "head_uncounted_line", "")
        self.nav_line = regex.compile(nav) if nav else None
        code = rules.param("metadata", "source_code", "")
        self.source_code = regex.compile(code) if code else None
        self.labelled_min = rules.param("metadata", "labelled_min_priority", 1000)
        self.closing_over_outlet = rules.param("metadata", "closing_label_over_header_outlet", False)
        self.same_day_time = rules.param("metadata", "time_from_same_day_stamp", False)
        skip = rules.param("metadata", "reading_skip", "")
        self.skip = regex.compile(skip) if skip else None
        sig = rules.param("metadata", "signature_block", "")
        self.signature = regex.compile(sig) if sig else None
        trailing = "|".join(t for t in (rules.param("metadata", "source_trailing", ""),
                                        rules.param("metadata", "source_page_words", ""),
                                        rules.param("metadata", "source_channel", ""),
                                        rules.param("metadata", "source_edition", "")) if t)
        self.trailing = regex.compile(f"(?:{trailing})+$") if trailing else None
        # per rule: can its match give publish_date (groups mo and d), source (group source)?
        self._gives = [({"mo", "d"} <= set(r.regex.groupindex), "source" in r.regex.groupindex) for r in self.rules]

    def year_of(self, text: str):
        """For a dateline without its year (新华社成都3月5日电): the year of a full date with the
        same month and day elsewhere on the page (its header or footer), else None (SPEC §2:
        the dateline gives publish_date only where the page also gives its year)."""
        def lookup(mo: int, d: int):
            for rule in self.page_dates:
                if rule.param("month_only", False):
                    continue
                for m in rule.regex.finditer(text):
                    g = m.groupdict()
                    if _int(g.get("y")) and _int(g.get("mo")) == mo and _int(g.get("d")) == d:
                        return _int(g["y"])
            for rule in self.page_dates:  # params.month_only: a year and the dateline's month (2022年2月)
                if rule.param("month_only", False):
                    year = _month_year(rule, text, mo)
                    if year is not None:
                        return year
            return None
        return lookup

    def _trail(self, value: str) -> int | None:
        """Where the page's widgets and words glued after a source value begin
        (params.source_trailing, source_page_words, source_channel, source_edition), or None: never the
        whole value."""
        trail = self.trailing.search(value) if self.trailing is not None else None
        return trail.start() if trail is not None and trail.start() > 0 else None

    def gaps(self, text: str) -> list[int]:
        """The offsets of the characters params.reading_skip drops (a mirror site's pinyin
        annotations: 發(fā)布時(shí)間, 網(wǎng)); read through with pipeline/textview.py."""
        return skipped(text, self.skip) if self.skip is not None else []

    def matches(self, text: str, found: dict | None = None):
        """(rule, match) pairs over the header and footer: those in the first
        head_lines non-empty lines first -- the lines above the first line of running text
        (params.head_ends_at_prose) before those below it --, then the rest; in the header,
        labelled fields first (by line), then each rule's matches, best rule first.
        ``found``: the fields read so far (``read`` fills it as it goes): a rule that can give
        none of the fields still missing (no ``source`` group, or no ``mo`` and ``d``) is not
        run, and the unlabelled rules run one by one as the pairs are asked for -- what the
        caller reads is what it read when every rule ran."""
        head_end = _line_end(text, self.head_lines, nav=self.nav_line)
        prose = min(_line_end(text, self.head_lines, self.head_prose, self.nav_line), head_end) if self.head_prose else 0
        # params.prose_line_first: the first line of running text (a dateline opens it) before
        # the header lines below it, where a reposting page's 来源: footer may stand
        first = prose
        if self.prose_line_first and prose < head_end:
            nl = text.find("\n", prose, head_end)
            first = head_end if nl == -1 else nl + 1
        zones = [[(0, prose)], [(prose, first)], [(first, head_end)], [(head_end, min(len(text), HEADER_CHARS))]]
        if len(text) > HEADER_CHARS:
            zones[3].append((max(HEADER_CHARS, len(text) - FOOTER_CHARS), len(text)))
        found = {} if found is None else found
        for zone, windows in enumerate(zones):
            windows = [(lo, hi) for lo, hi in windows if lo < hi]
            if not windows:
                continue
            if zone < 3:
                # in the header, labelled fields (来源:, 发布时间:) first and the higher line
                # first among them (the page's own fields above a reposted page's) ...
                labelled = []
                for rank, rule in enumerate(self.rules):
                    if rule.priority >= self.labelled_min and self._wanted(rank, found):
                        for lo, hi in windows:
                            labelled.extend((text.count("\n", 0, m.start()), rank, m.start(), rule, m)
                                            for m in rule.regex.finditer(text, lo, hi))
                for *_key, rule, m in sorted(labelled, key=lambda x: x[:3]):
                    yield rule, m
            for rank, rule in enumerate(self.rules):
                # ... then the other forms best rule first (the rest of the page: every rule)
                if zone < 3 and rule.priority >= self.labelled_min:
                    continue
                if zone == 3 and rule.data.get("zone") == "head":
                    continue  # a rule for the page header only
                if not self._wanted(rank, found):
                    continue
                for lo, hi in windows:
                    for m in rule.regex.finditer(text, lo, hi):
                        yield rule, m

    def _wanted(self, rank: int, found: dict) -> bool:
        """Can rule ``rank`` give a field ``found`` lacks (publish_date, source)?"""
        date, source = self._gives[rank]
        return (date and "publish_date" not in found) or (source and "source" not in found)

    def read(self, text: str, written: str | None = None, gaps: list[int] | None = None) -> tuple[dict, dict]:
        """Metadata fields of ``text`` and the (rule_id, start, end) each came from.
        ``written`` is the text as written where ``text`` is its simplified reading (one
        character for one): the source is taken from it (央視網 stays 央視網). ``gaps``: the
        offsets reading_skip drops, where the caller has them already (else found here)."""
        found: dict = {}
        origin: dict = {}
        by_outlet, outlet_end = False, 0  # the source came from an unlabelled header form (an outlet's name)
        resort = None  # params.source_last_resort: (value, span) of a 来源: 互联网 field
        gaps = self.gaps(text) if gaps is None else gaps
        shown = text if written is None else written
        at = orig_of(gaps) if gaps else None  # nothing skipped (almost every page): the text's own offsets
        view, shown = (drop(text, gaps), drop(shown, gaps)) if gaps else (text, shown)
        year_of = self.year_of(view)
        signed = [m.span() for m in self.signature.finditer(view)] if self.signature is not None else []
        for rule, m in self.matches(view, found):
            if signed and any(lo <= m.start() < hi for lo, hi in signed):
                continue  # params.signature_block: a notice's signer and signing day
            despace = rule.param("despace", False)
            f = fields_of(m, year_of if rule.param("year_from_page", False) else None,
                          rule.param("yy_century", 2000), despace)
            span = (rule.id, 0, 0) if m.end() == m.start() else _in_text((rule.id, m.start(), m.end()), at)
            if f.get("publish_date") and "publish_date" not in found:
                found["publish_date"], found["publish_time"] = f["publish_date"], f.get("publish_time", "")
                origin["publish_date"] = span
            elif "publish_date" in f and "publish_date" not in found and rule.param("claims_date", False):
                # params.claims_date: the page's own date field, its year missing: the page's
                # date is unknown, and no other date on it (a banner's today) stands in for it;
                # params.keeps_time: the stamp's time is still the page's (05-18 12:30)
                found["publish_date"] = ""
                found["publish_time"] = f.get("publish_time", "") if rule.param("keeps_time", False) else ""
                origin["publish_date"] = span
            if f.get("source") and "source" not in found:
                value = self._source_value(f["source"], shown, m, despace)
                if value and rule.param("last_resort", False):
                    # a rule that names the source only where nothing else on the page does
                    # (a masthead's sponsor line, meta.masthead_sponsor): kept aside like 互联网
                    if resort is None:
                        resort = (value, span)
                elif value:
                    found["source"] = value
                    origin["source"] = span
                    by_outlet = rule.label == "header" and rule.priority < self.labelled_min and _name_first(m)
                    outlet_end = m.end()
                elif resort is None and rule.priority >= self.labelled_min:
                    raw = self._source_value(f["source"], shown, m, despace, keep=True)
                    if raw in self.last_resort or f["source"].strip() in self.last_resort_whole:
                        resort = (raw, span)
            if "publish_date" in found and "source" in found:
                break
        if "source" not in found and resort is not None:  # nothing else on the page names one
            found["source"], origin["source"] = resort
        if self.same_day_time and found.get("publish_date") and not found.get("publish_time"):
            timed = self.same_day_stamp(view, found["publish_date"], year_of)
            if timed is not None:
                found["publish_time"] = timed[0]
                origin["publish_time"] = _in_text(timed[1], at)
        if self.closing_over_outlet and "source" in found and by_outlet:
            closing = self.closing_source(view, shown, outlet_end)
            if closing is not None:
                found["source"], origin["source"] = closing[0], _in_text(closing[1], at)
        return found, origin

    def same_day_stamp(self, view: str, date: str, year_of):
        """params.time_from_same_day_stamp: the time of the first stamp in the page header (its
        first head_lines lines; the best rule first) that gives the same date as the one read,
        where the form that gave the date had no time (a dateline, 日期:, an e-paper's issue line),
        as (time, (rule_id, start, end)), or None."""
        head_end = _line_end(view, self.head_lines, nav=self.nav_line)
        if not ANY_TIME.search(view, 0, head_end):  # no time in the header at all (most such pages)
            return None
        for rule in self.rules:
            if "h" not in rule.regex.groupindex:
                continue
            for m in rule.regex.finditer(view, 0, head_end):
                f = fields_of(m, year_of if rule.param("year_from_page", False) else None, rule.param("yy_century", 2000))
                if f.get("publish_date") == date and f.get("publish_time"):
                    return f["publish_time"], (rule.id, m.start(), m.end())
        return None

    def _source_value(self, source: str, shown: str, m, despace: bool = False, keep: bool = False) -> str:
        """The source as written from a match's group ``source``, the page's words glued after it
        cut off; '' where it names no outlet (meta_not_source, a mirror's code; ``keep``: the
        value all the same, for params.source_last_resort). ``despace``
        (青 山 日 报 讯): the name without its spaces, as ``source`` (fields_of) has it, before
        the cut, whose offset is ``source``'s."""
        value = shown[m.start("source"):m.end("source")].strip()
        if despace:
            value = SPACES.sub("", value)
        cut = self._trail(source)  # 人民日报海外版|参与互动, 某某网|收集: the page's words
        if cut is not None:
            value, source = value[:cut], source[:cut]
        code = self.source_code is not None and self.source_code.fullmatch(source)
        if keep:
            return value
        return "" if source in self.not_source or code else value  # sp20241101: a mirror's code

    def closing_source(self, view: str, shown: str, after: int):
        """params.closing_label_over_header_outlet: the last labelled 来源 field (a rule of
        labelled_min_priority or more) standing below the page header, past offset ``after``,
        as (value, (rule_id, start, end)), or None."""
        head_end = _line_end(view, self.head_lines, nav=self.nav_line)
        if self.head_prose:
            head_end = min(_line_end(view, self.head_lines, self.head_prose, self.nav_line), head_end)
        lo = max(head_end, after)
        windows = [(lo, min(len(view), HEADER_CHARS)), (max(lo, HEADER_CHARS, len(view) - FOOTER_CHARS), len(view))]
        best = None
        for rank, rule in enumerate(self.rules):
            if rule.priority < self.labelled_min or not self._gives[rank][1] or rule.data.get("zone") == "head":
                continue
            for m in (m for a, b in windows if a < b for m in rule.regex.finditer(view, a, b)):
                g = m.groupdict().get("source")
                value = self._source_value(g.strip(), shown, m) if g else ""
                if value and (best is None or m.start() > best[1][1]):
                    best = (value, (rule.id, m.start(), m.end()))
        return best

    def apply(self, doc: Document, written: str | None = None, gaps: list[int] | None = None) -> None:
        found, _ = self.read(doc.text, written, gaps)
        if not doc.publish_date and found.get("publish_date"):  # a date given with the input wins
            doc.publish_date, doc.publish_time = found["publish_date"], found.get("publish_time", "")
        elif not doc.publish_date and found.get("publish_time"):  # a yearless stamp's time (keeps_time)
            doc.publish_time = found["publish_time"]
        doc.source = found.get("source", "")
        doc.title = title_of(doc.text)


def _name_first(m) -> bool:
    """Does the match's source stand before its date (a site's name above or beside its stamp),
    or does it give no date?"""
    starts = [m.start(g) for g in ("y", "yy", "mo") if g in m.re.groupindex and m.start(g) >= 0]
    return not starts or m.start("source") < min(starts)


def _month_year(rule, text: str, mo: int) -> int | None:
    """The one year the page writes with month ``mo`` (rule matches with groups y, mo), if the
    page names no later year (params.page_year: what a year looks like); else None."""
    years = {_int(m.group("y")) for m in rule.regex.finditer(text) if _int(m.group("mo")) == mo}
    if len(years) != 1:
        return None
    year = years.pop()
    later = rule.param("page_year", "")
    if year is None or (later and any(_int(m.group("y")) > year for m in regex.finditer(later, text))):
        return None
    return year


def _line_end(text: str, n: int, prose: int = 0, nav=None) -> int:
    """Offset just past the n-th non-empty line (or the end of the text): blank lines
    between a portal's banner, navigation and headline do not use up the header, nor do
    lines ``nav`` matches (params.head_uncounted_line: a portal's bulleted menu). With
    ``prose``, the header also ends before the first line of that many characters or more
    that reads as running text (a sentence stop in it): the body has begun, and what stands
    below it (a short page's 作者: 来源: footer) is no header."""
    pos = 0
    while n > 0:
        nl = text.find("\n", pos)
        line = text[pos:] if nl == -1 else text[pos:nl]
        if prose and len(line.strip()) >= prose and any(c in line for c in "。，,；"):
            return pos
        if nl == -1:
            return len(text)
        if line.strip() and (nav is None or not nav.match(line)):
            n -= 1
        pos = nl + 1
    return pos


def title_of(text: str) -> str:
    """The headline: the first short non-empty line that is not navigation or a header field."""
    for line in text[:HEADER_CHARS].split("\n")[:12]:
        s = line.strip()
        if not s or NAV_LINE.search(s) or len(s) > 80:
            continue
        return s
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return first[:80]
