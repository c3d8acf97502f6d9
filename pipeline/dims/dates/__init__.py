"""Dates (dates.csv, SPEC §4): find time expressions with the rules of rules/dates.yaml,
then resolve them in text order against the article's own timeline.

Rules only find and take apart; this module turns the named groups into a small
structure (:class:`Point`, or a range / duration / period) and a resolver walks the
document once:

* a written year is ``explicit``;
* a month-day with no year takes the year of the nearest earlier expression of month or
  day precision, else of the nearest earlier year (a dateline included): ``context``;
* else the publish date, with a past bias (the date is on or before it): ``reference``;
* else ``XXXX`` and ``unresolved``.

Relative words (昨日, 今年, 上周) count from the publish date (``reference``), or, with
none, from the text's current year (``context``). Anaphors (当天, 同日, 次日) count from
the date the text last named. The group names each normalizer reads are listed at the
top of rules/dates.yaml.

How a document is read (the modules of this package; ``extractor.py`` wires them):

1. the rules of rules/dates.yaml are matched over the text (pipeline.engine.scan); a match
   starting on the last character of a word of date_word_overlap is dropped;
2. normalize.py -- each rule's normalizer takes its match apart (structures.py; numerals
   and calendar arithmetic in numbers.py);
3. a bare year inside an amount is dropped (``requires`` amounts); overlaps: longest span,
   then priority (pipeline.engine.resolve_overlaps); stop words win their span and go;
4. timeline.py and points.py -- the resolver walks the rest in text order; a lunar day or
   month (农历六月初三, 腊月二十三) is converted to Gregorian days in lunar.py (the PyPI
   package lunardate's table, in the lunar year the text or its timeline gives);
5. checks.py -- a value outside the calendar is refused (the mention stays, unresolved).

Thresholds that decide outcomes are ``params:`` of rules/dates.yaml (defaults in
vocab.py), read by the extractor at load.
"""
from .extractor import DateExtractor
from .structures import Expr, Point, Resolved
from .timeline import Timeline

__all__ = ["DateExtractor", "Expr", "Point", "Resolved", "Timeline"]
