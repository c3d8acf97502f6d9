"""What a process keeps of the pipelines and gazetteers it built (round 23: the test suite
built one per copy of the rules and kept them all, ~5.8 GB at its end)."""
import gc
import weakref

from pipeline import extract
from pipeline.gazetteer import Gazetteer, gazetteer, loaded


def test_a_gazetteer_is_shared_while_held_and_freed_after(tmp_path):
    root = tmp_path / "rules"
    made = []

    def make():
        made.append(Gazetteer(root / "gazetteer"))
        return made[-1]

    gz = gazetteer(root, make)
    assert gazetteer(root, make) is gz and loaded(root) is gz and len(made) == 1
    ref = weakref.ref(gz)
    del gz, made[:]
    gc.collect()
    assert ref() is None and loaded(root) is None
    assert gazetteer(root, make) is made[0]  # made again when asked for again


def test_pipelines_are_kept_for_the_two_rules_dirs_asked_for_last(monkeypatch):
    built = []

    def build(rules_dir, tables):
        built.append((rules_dir, tables))
        return object()

    monkeypatch.setattr(extract, "_build_pipeline", build)
    monkeypatch.setattr(extract, "_pipelines", {})
    monkeypatch.setattr(extract, "_dirs", [])
    a1 = extract._cached_pipeline("/a", ("places",))
    a2 = extract._cached_pipeline("/a", ("amounts",))
    b = extract._cached_pipeline("/b", ("places",))
    assert extract._cached_pipeline("/a", ("places",)) is a1  # /a asked for last now
    c = extract._cached_pipeline("/c", ("places",))  # /b goes: the least recently asked for
    assert sorted(extract._pipelines) == [("/a", ("amounts",)), ("/a", ("places",)), ("/c", ("places",))]
    assert extract._cached_pipeline("/a", ("amounts",)) is a2 and extract._cached_pipeline("/c", ("places",)) is c
    assert extract._cached_pipeline("/b", ("places",)) is not b  # built again
    assert len(built) == 5 and extract._dirs == ["/c", "/b"]
