"""places.csv (SPEC §5): place names in running text, resolved to China's divisions.

How a document is read (each step names the rule in rules/places.yaml it reports as, and
the module of this package that takes it; ``extractor.py`` wires them):

1. (index.py) One Aho-Corasick pass over the raw text finds every surface of the gazetteer (full
   names and rule-made short forms, pipeline.gazetteer) and of the curated lexicons
   (place_zones, place_regions, place_countries, place_areas). Hits inside a
   place_blocklist word (中山大学) are dropped; former county names (rules/gazetteer/
   renamed.tsv: 滦县 -> 滦州市, ``place.former``) and named features of jieba's dictionary
   (ns words ending in a feature head: 大沙河) are surfaces too; a short form at the start of its own
   full name (深圳 in 深圳市) is that name. Short forms that only ever name a town are
   not in this automaton: step 5 looks for those of the counties in reach.
2. (chains.py) ``place.chain``: hits written together where each lies under the one before
   (广东省河源市连平县, 河源连平县大湖镇湖东村, 广西资源) are one mention resolved to the last,
   most specific name, also with the county skipped (长沙黄花 -> 黄花镇, 昆明长水 -> 长水街道);
   a chain that ends in a town may run on into one of its villages.
3. (context.py) Document context: the divisions named with certainty (chains, unambiguous full names,
   unambiguous province/city short forms, special zones and their member towns) and
   their ancestors. An ambiguous name resolves to the candidate under the context.
4. (decide.py; cues.py, shortforms.py; evidence.py, support.py) ``place.full`` / ``place.short``: names of province, city and county. A full name
   followed by a suffix-breaker word (河源市民) is the short form. A short form must be a
   jieba word where it stands (a place-like one may begin a longer word: 北京大学). A
   county's short form needs its city named in the document; without it, or when it is
   a common word (jieba's dictionary: a non-place tag and a frequency of at least
   ``common_freq``), it needs evidence: a list neighbour (、 和 与 —) under the same city, or
   (below ``very_common_freq``) the division named with certainty elsewhere in the document.
   资源 'resources' never passes on context alone. A county name no context supports
   gives way to an overlapping one the context supports (山城区 in “坪山城区”).
   A short form shared by a division and one under it (长沙: 长沙市/长沙县, 吉林) is the
   higher one: a reading never counts as context for another of the same name. A short
   form inside a dictionary word with a head of place_word_heads (中山路, 普洱茶) is none;
   a generic noun of place_generic_heads right after a division it does not lie under
   (巍山古城) is none; a far county in a route (大理至瑞丽铁路, place_route) is one. A
   region of place_regions_cued (西南, 中欧) counts only before a place_region_cue word.
   A county's short form also counts in the county's own report (全县, 县委:
   place_self_reference) and a province's or city's in a wire dateline (合肥5月1日电).
5. (decide.py) ``place.town`` / ``place.town_short``: towns need a parent in reach (a county the
   document names, a chain, a special zone's members) or an unambiguous suffixed name
   that is a word where it stands. The short form of a 街道 names the urban area it is
   called after (蛇口, 西丽, 南头): level ``area`` under the county; short forms of 镇/乡
   stay towns (小漠 -> 小漠镇).
6. (villages.py) ``place.village``: full village names (湖东村) under a county the document names;
   ``place.village_unlisted``: a name in 村/新村/社区 right after its county or town that
   the register lacks (龙岗区山厦新村), and its later mentions.
7. (features.py) ``place.feature``: a division + a natural locality (共和县塔拉滩:
   place_locality_head) is that locality; a place name + a head of place_feature_suffix.txt that ends a word
   (深圳湾, 坪山河, 西丽水库) is one ``area``; after a chain it is named by the chain's
   last name (长沙岳麓山 -> 岳麓山). (toponyms.py) a named locality or feature no lexicon
   holds (下浒山, 水巷口), by a toponym final and evidence in the text (a cue, a locative,
   a route's end, a list neighbour). (sites.py) the site a station is named after
   (黄河|羊曲|水电站). (hometown.py) the villages of a document about one
   town, written as list items by their stems or in full where the register lacks them.
   (tails.py) a town running on into the stem of one of its villages (安溪城厢码头), a
   feature (宁乡灰汤乌江) or a town suffix the register no longer has (泽当镇).
   (barestems.py) any register village of a county the document names, written without
   its suffix before the head of a work named after it (顺庄生态园, 至桑什斗公路).
   (recurring.py) a village the document names in full, wherever it writes the stem
   alone (翁丁村 … 沧源翁丁原始部落: one mention with the division right before it).
   (countylists.py) a list of villages in full running across the towns of one county
   (林岙村、库村、横溪村). (barestems.py) a register village's stem at a route's end
   (川陕界至王坪段). (bounds.py, step 5c) a compass word + verb of extent in a run of
   bounds is the direction (北至…，东至…: not 东至县).
8. Overlaps: longest span, then priority (pipeline.engine.resolve_overlaps).

Every hit not taken is reported to ``explain --trace`` with the check that removed it
(tracing.py).

Word boundaries come from jieba's dictionary without its HMM (words.py: jieba-rs
through the segmenter), over a few characters around a name, and only when a decision
needs them.

Thresholds that decide outcomes are ``params:`` of rules/places.yaml (defaults in
vocab.py); the constants not yet moved into rules/ are in vocab.py.
"""
from .extractor import PlaceExtractor

__all__ = ["PlaceExtractor"]
