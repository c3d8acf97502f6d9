"""The places index's readings kept as one string (pipeline/lazyentries.py) answer as the
dicts they replace; the village occurrence scan finds what a look-up at every position finds."""
from pipeline.dims.places.villages import _by_two, _occurrences
from pipeline.gazetteer import Entry
from pipeline.lazyentries import Layered, LazyEntries, LazyEntryOf, encode, entry_refs

A = Entry("南山区", "county", "440305", ("广东省", "深圳市", "南山区"), "full")
A_SHORT = Entry("南山区", "county", "440305", ("广东省", "深圳市", "南山区"), "short")
B = Entry("大湖镇", "town", "441302105000", ("广东省", "惠州市", "惠城区", "大湖镇"), "full")
ZONE = Entry("前海", "special_zone", "", ("广东省", "前海"), "curated:place_zones", ("440305", "440306"))
REGION = Entry("华南", "region", "", (), "curated:place_regions")


def _tables():
    surfaces = {"南山区": [A], "南山": [A_SHORT], "大湖镇": [B], "大湖": [B._replace(form="short")]}
    return surfaces, {"440305": A, "441302105000": B}


def test_lazy_entries_answer_as_the_dict():
    surfaces, _ = _tables()
    lazy = LazyEntries(*encode(surfaces))
    assert list(lazy) == list(surfaces) and len(lazy) == 4
    assert {k: lazy[k] for k in lazy} == surfaces
    assert lazy.get("南山") == [A_SHORT] and lazy.get("北山") is None and lazy.get("北山", []) == []
    assert "大湖" in lazy and "大" not in lazy
    assert lazy.get("南山区") is lazy["南山区"]  # made once, the same list after
    assert type(lazy["南山区"][0]) is Entry and lazy["南山区"][0].path_text == "广东省/深圳市/南山区"


def test_empty_paths_and_members_round_trip():
    lazy = LazyEntries(*encode({"前海": [ZONE], "华南": [REGION]}))
    assert lazy["前海"] == [ZONE] and lazy["前海"][0].members == ("440305", "440306")
    assert lazy["华南"] == [REGION] and lazy["华南"][0].path == () and lazy["华南"][0].members == ()


def test_entry_of_is_the_entry_in_its_list():
    surfaces, entry_of = _tables()
    entry_of["999999"] = Entry("某县", "county", "999999", ("某县",), "full")  # in no list
    lazy = LazyEntries(*encode(surfaces))
    refs, rest = entry_refs(surfaces, entry_of)
    of = LazyEntryOf(refs, rest, lazy)
    assert of["440305"] is lazy["南山区"][0]
    assert of.get("441302105000") == B and of["999999"].name == "某县"
    assert of.get("000000") is None and "999999" in of and len(of) == 3


def test_layered_is_a_dict_update():
    base = {"a": [1], "b": [2]}
    top = {"b": [3], "c": [4]}
    merged = dict(base)
    merged.update(top)
    lay = Layered(top, base)
    assert list(lay) == list(merged) and len(lay) == len(merged)
    assert {k: lay[k] for k in lay} == merged
    assert lay.get("z", []) == [] and "c" in lay and "z" not in lay


def test_occurrences_match_a_look_up_at_every_position():
    names = {"湖东村": "1", "湖东": "2", "东村": "3", "新村": "4", "横桥": "5", "湖": "6"}
    text = "念亩头、湖东村、横桥等村，湖东新村和东村湖"
    index = _by_two(names)
    want = []
    for i in range(len(text)):
        for n in names:
            if text.startswith(n, i):
                want.append((i + len(n) - 1, i, n))
    want.sort()
    assert _occurrences(text, index) == [(e, n) for e, _s, n in want]
