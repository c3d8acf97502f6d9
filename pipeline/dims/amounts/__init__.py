"""Amounts (amounts.csv, SPEC §3): money, area, percent, measure and count mentions.

The rules of ``rules/amounts.yaml`` find candidates in the raw text; a normalizer named
by each rule turns the named groups of its match into the table's columns. The group
contract (see the head of amounts.yaml):

    q1, q2   qualifier words before the number / after the unit
    sign     minus sign          num, num2   the number, the high end of a range
    over     余/多/几 between number and unit
    unit     unit word (looked up in the lexicon of the rule's kind)
    half     半 after the unit   den         denominator (四分之一)
    jiao, fen (jiao2, fen2)  角 and 分 of a composite sum of money (and its high end)
    mnum, minor  number and minor currency after a main one (两美元又三美分)

Normalizers return ``None`` to drop a candidate (a numeral the parser cannot read).
Generic filters, the same for every rule:

* a count whose number is the article 一 (一批, 一个) is dropped (SPEC §3);
* a Chinese numeral must start and its unit must end on a jieba word edge (李四人民币,
  千家万户, 五角大楼, 两位数); so must a noun standing as a measure word (人, 市, 地)
  after any numeral (10万人口 is 10万 + 人口), and 成/折. jieba runs only on a small
  window, and only where a dictionary word crosses the edge at all;
* a one-character qualifier that ends a dictionary word with the character(s) before
  it (签约3个, 附近5家) is trimmed from the span;
* a Chinese numeral with its unit that opens a place or landmark name is dropped
  (八角寨, 三道堰镇: a head of amount_name_suffix follows, see :meth:`_in_name`);
* set labels and slogans are not counts: a noun measure word after a numeral with no
  digit (百县千镇), right after an opening quote (“两区”), or a count followed at once
  by another Chinese numeral (两区一中心).

How a document is read (the modules of this package; ``extractor.py`` wires them):

1. scan.py -- where candidates start (numeral runs and the words before them) and the
   rules worth trying there, each matched within ``match_window`` characters;
2. normalize.py -- each rule's normalizer turns the match's groups into columns;
3. edges.py -- the generic filters above (word edges, qualifiers, set labels, names);
4. overlaps: longest span, then priority (pipeline.engine.resolve_overlaps);
5. lists.py -- the items of a list before an amount share its unit.

Thresholds that decide outcomes are ``params:`` of rules/amounts.yaml (defaults in
vocab.py), read by the extractor at load.

Speed: the rules are not run over the whole text. A match starts at a numeral, or at
a qualifier, currency or sign right before one, so :meth:`scan.ScanMixin._scan` finds
numeral runs with one cheap pattern and tries each rule anchored there, skipping rules
that cannot match the character after the run. Its result equals ``engine.scan`` (a
test checks this on the corpus).
"""
from .extractor import AmountExtractor

__all__ = ["AmountExtractor"]
