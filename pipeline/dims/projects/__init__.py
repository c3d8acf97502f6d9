"""projects.csv (SPEC §6): names of programs, parks, funds, infrastructure and facilities.

The rules in ``rules/projects.yaml`` find where a name ENDS (a head noun such as 产业园,
基金, 铁路, 医院 from ``rules/lexicons/project_heads_<category>.txt``, plus phases such as
一期/东延). This package finds where it BEGINS: it cuts the clause before the head with jieba
(only that small window) and walks left word by word, passing through quoted parts, short
brackets, dashes between names and place mentions, and stopping at clause punctuation,
governing verbs and connectives (``project_left_stops.txt``), function-word POS flags
(``project_stop_pos.txt``) and numerals. Then it drops what is no name: a head with only
generic words before it (``project_generic.txt``), generic activities
(``project_excluded.txt``), counted labels, awarded titles, documents (guard/exclude rules).

How a document is read (the modules of this package; ``extractor.py`` wires them):

1. scan.py -- candidates of the rules with a normalizer (where a name ends);
2. normalize.py -- each rule's normalizer makes a name of its match (headnorm.py for
   heads, items.py, invested.py; mention.py makes the mention); for heads the left walk
   (walk.py; units.py, namewords.py) finds where the name begins;
3. guards.py -- exclude and guard rules, and the tests the head flags ask for, veto;
4. overlaps: longest span, then priority (pipeline.engine.resolve_overlaps);
5. repeat.py -- a name recognized once is a mention where it recurs (project.repeat).

Thresholds that decide outcomes are ``params:`` of rules/projects.yaml (defaults in
vocab.py), read by the extractor at load.
"""

from .extractor import ProjectExtractor

__all__ = ["ProjectExtractor"]
