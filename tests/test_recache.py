"""pipeline/recache.py: compiled rule patterns kept between runs give the same matches."""
import marshal

import regex

from pipeline.cache import read_verified, write_atomic
from pipeline.recache import PatternCache

PATTERNS = [r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})年(?:(?P<m>1[0-2]|0?[1-9])月)?",
            r"(?:约|近)?[0-9]+(?:\.[0-9]+)?\s*(?:万|亿)?元", r"\p{Han}{2,4}(?:省|市|县)(?!政府)"]
TEXT = "2024年3月，约3.5亿元投入浙江省杭州市，比2023年多 12万元；省政府1999年"


def _spans(p):
    return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]


def test_a_cached_pattern_matches_as_regex_compile_does(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    first = PatternCache()
    assert first.known == {}
    compiled = [first.compile(p) for p in PATTERNS]
    assert first.dirty and set(first.used) == set(PATTERNS)
    first.save()
    second = PatternCache()  # the next process: built from the stored engine arguments
    assert set(second.known) == set(PATTERNS)
    again = [second.compile(p) for p in PATTERNS]
    assert not second.dirty
    for p, a, b in zip(PATTERNS, compiled, again):
        fresh = regex.compile(p, cache_pattern=False)
        assert _spans(a) == _spans(b) == _spans(fresh) != []
        assert (b.pattern, b.groupindex, b.groups, b.flags) == (fresh.pattern, fresh.groupindex, fresh.groups,
                                                                  fresh.flags)


def test_a_damaged_entry_is_compiled_afresh_and_bad_patterns_still_raise(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "c"))
    c = PatternCache()
    c.compile(PATTERNS[1])
    c.save()
    data = marshal.loads(read_verified(c.path))
    args = data[PATTERNS[1]]
    write_atomic(c.path, marshal.dumps({PATTERNS[1]: args[:5], PATTERNS[0]: (PATTERNS[2], *args[1:])}))
    d = PatternCache()
    for p in PATTERNS[:2]:  # a cut-short entry, an entry of another pattern: compiled afresh
        assert _spans(d.compile(p)) == _spans(regex.compile(p))
    assert d.dirty
    try:
        d.compile("(unbalanced")
    except regex.error:
        pass
    else:
        raise AssertionError("a bad pattern must raise regex.error")
