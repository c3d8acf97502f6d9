"""Start-up work that is skipped or kept between runs gives what doing it would give."""
from pathlib import Path

import pytest

from pipeline import schema
from pipeline.dims.amounts import scan as amount_scan
from pipeline.rules import Lexicon

ROOT = Path(__file__).resolve().parents[1] / "rules"


def test_a_lexicon_without_a_column_schema_builds_no_validators(monkeypatch, tmp_path):
    def boom(path):
        raise AssertionError("validators built for a lexicon no schema describes")

    monkeypatch.setattr(schema, "_lexicon_validators", boom)
    f = tmp_path / "nowhere_described.txt"
    f.write_text("甲\n", encoding="utf-8")
    schema.check_lexicon(Lexicon("nowhere_described", f, [("甲",)], lines=[1]), ROOT, str(f))
    described = sorted(schema._described(str(schema.schema_dir(ROOT) / "lexicons.schema.json")))
    assert described  # the real ones are still checked: they reach the validators
    with pytest.raises(AssertionError):
        monkeypatch.setattr(schema, "_known_good", lambda *a: (False, None))
        schema.check_lexicon(Lexicon(described[0], f, [("甲",)], lines=[1]), ROOT, str(f))


def test_bare_kinds_from_the_cache_are_the_probed_ones(pipeline, monkeypatch):
    amounts = next(e for e in pipeline.extractors if e.table == "amounts")
    kept = amount_scan._bare_kinds(amounts.rules)  # from the cache folder (written by the pipeline's load)
    import pipeline.cache as cache

    monkeypatch.setattr(cache, "read_verified", lambda path: None)  # nothing kept: probe again
    probed = amount_scan._bare_kinds(amounts.rules)
    assert kept == probed == amounts._bare and 1 in probed


@pytest.mark.parametrize("table", ["amounts", "dates"])
def test_required_sets_from_the_cache_are_the_read_ones(pipeline, monkeypatch, table):
    from pipeline import required

    ex = next(e for e in pipeline.extractors if e.table == table)
    patterns = [None if r.regex is None else r.regex.pattern for r in ex.rules]
    kept = required._cached_sets(patterns)  # from the cache folder (written by the pipeline's load)
    import pipeline.cache as cache

    monkeypatch.setattr(cache, "read_verified", lambda path: None)  # nothing kept: read again
    read = required._cached_sets(patterns)
    assert kept == read == [required.required_sets(p) if p else [] for p in patterns]
    assert sum(map(bool, read)) > len(read) // 2  # most rules require something
    req = required.Requirements([r.regex for r in ex.rules])
    assert req.of_rule == ex._requirements.of_rule and req.bodies == ex._requirements.bodies


def test_bare_kinds_probe_a_pattern_without_look_behinds_as_compiled(pipeline):
    import regex

    amounts = next(e for e in pipeline.extractors if e.table == "amounts")
    plain = [r.regex for r in amounts.rules if r.regex is not None and "(?<=" not in r.regex.pattern]
    behind = [r.regex for r in amounts.rules if r.regex is not None and "(?<=" in r.regex.pattern]
    assert plain and behind
    assert all(amount_scan._without_lookbehinds(rx) is rx for rx in plain)  # not compiled again
    for rx in behind:  # compiled again without them
        probe = amount_scan._without_lookbehinds(rx)
        assert "(?<=" not in probe.pattern and probe.flags == rx.flags
    rx = regex.compile(r"(?<=元)(?P<n>[0-9]+)万")
    assert rx.match("5万") is None and amount_scan._without_lookbehinds(rx).match("5万")


def test_jieba_rs_is_loaded_without_its_packages_default_instance():
    import subprocess
    import sys

    code = ("import sys; from pipeline.segment import segmenter; s = segmenter(); "
            "print('rjieba' in sys.modules, 'jieba' in sys.modules, s.cut('深圳市南山区科技园', fast=True, hmm=False)); "
            "import rjieba; print(rjieba.Jieba is type(s._fast))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.splitlines()
    assert out == ["False False [('深圳市', 0, 3), ('南山区', 3, 6), ('科技园', 6, 9)]", "True"]
