"""The village names of a document's counties are found by a two-character look-up
(villages.py ``_occurrences``) exactly where, and in the order, the Aho-Corasick
automaton it replaces reported them."""
from pathlib import Path

import ahocorasick
import pytest

from pipeline.dims.places.villages import _by_two, _holds, _occurrences, _run_of
from pipeline.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[3]


def _automaton(text, names):  # the look-up before: one automaton over UTF-16 bytes
    from pipeline.dims.places.vocab import _bytes_str

    auto = ahocorasick.Automaton()
    for n in names:
        auto.add_word(_bytes_str(n), n)
    auto.make_automaton()
    return [(end >> 1, n) for end, n in auto.iter(_bytes_str(text)) if end & 1]


def test_overlapping_and_nested_names_in_automaton_order():
    names = ["大湖村", "湖村", "大湖", "湖东村", "大湖东村", "东", "东村"]
    text = "大湖东村和大湖村、湖东村东村大湖"
    assert _occurrences(text, _by_two(names)) == _automaton(text, names)


def test_joined_names_hold_whole_names_only():
    """A county's names are kept joined in one string: a look-up finds a whole name, never
    a part of one, and a two-character run in sorted order."""
    twos, joined, ones = _by_two(["湖东村", "湖东", "大湖村", "湖", "东湖新村"])
    assert sorted(twos) == ["东湖", "大湖", "湖东"] and ones == {"湖"} and _by_two(["湖东"])[2] == ""
    assert _holds(joined, "湖东") and _holds(joined, "湖东村") and _holds(joined, "湖")
    assert not _holds(joined, "东村") and not _holds(joined, "湖东新") and not _holds(joined, "")
    assert _run_of(joined, "湖东") == ["湖东", "湖东村"] and _run_of(joined, "东湖") == ["东湖新村"]
    assert _run_of(joined, "东村") == [] and _run_of(_by_two([])[1], "湖东") == []


@pytest.mark.parametrize("county", ["440307", "130104", "451030", "510116"])
def test_register_names_on_fixture_texts(county):
    names = [n for _c, n in Gazetteer(ROOT / "rules" / "gazetteer").villages_of(county)]
    assert names
    index = _by_two(names)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts.append("、".join(names[::3]) + "。" + "".join(names[1::5]))  # names next to each other
    for text in texts:
        assert _occurrences(text, index) == _automaton(text, names)


def _stems_before(gz, counties, stem):  # the look-up before: a table of every stem per county
    out = []
    for county in sorted(counties):
        for code, name in gz.villages_of(county):
            n = 1 if name[-1:] == "村" else 2 if name[-2:] == "社区" else 0
            if n and len(name) > n + 1 and name[:-n] == stem:
                out.append((code, name))
    return out


@pytest.mark.parametrize("counties", [["440307"], ["130104", "451030"], ["330602", "330603", "330604"]])
def test_village_stems_read_from_the_indexed_names(px, counties):
    """lists.py reads a list item's villages (stem + 村 or 社区) from each county's indexed
    names: the rows a table of every stem of the counties held, in the same order."""
    gz = px.gz
    stems = {n[:-1] for c in counties for _k, n in gz.villages_of(c) if n.endswith("村")}
    stems |= {n[:-2] for c in counties for _k, n in gz.villages_of(c) if n.endswith("社区")}
    shared = [s for s in sorted(stems) if len(_stems_before(gz, counties, s)) > 1]  # several rows
    assert shared or len(counties) < 3
    stems = sorted(stems)[::7] + shared[:30] + ["城郊", "东湖", "不存在的"]
    for stem in stems:
        assert px._villages_of_stem(stem, counties) == _stems_before(gz, counties, stem), stem
        # (and as the stems table answered: None for none)
        assert px._stems_of("villages", counties).get(stem) == (_stems_before(gz, counties, stem) or None)
    min_chars = px.village_min_chars
    try:  # names too short to be indexed are read from the register rows
        px.village_min_chars = 9
        for stem in stems[:20]:
            assert px._villages_of_stem(stem, counties) == _stems_before(gz, counties, stem), stem
    finally:
        px.village_min_chars = min_chars
