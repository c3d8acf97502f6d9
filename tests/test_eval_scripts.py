"""scripts/score_sets.py (pooling a group of sets) and scripts/dupcheck.py (is a new text
already held): the arithmetic and the lists they read, without running the pipeline."""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


score_sets = _load("score_sets")
dupcheck = _load("dupcheck")


def _score(gold, pred, tp_exact, tp_lenient, norm_ok, pub=None, src=None):
    kind = {"gold": gold, "pred": pred,
            "exact": {"p": tp_exact / pred if pred else 0, "r": tp_exact / gold if gold else 0},
            "lenient": {"p": tp_lenient / pred if pred else 0, "r": tp_lenient / gold if gold else 0},
            "norm": norm_ok / tp_exact if tp_exact else 0.0}
    empty = {"gold": 0, "pred": 0, "exact": {"p": 0, "r": 0}, "lenient": {"p": 0, "r": 0}, "norm": 0.0}
    return {"project": kind, "place": empty, "date": empty, "amount": empty,
            "documents": {"publish_date": pub, "source": src}, "facts": None}


def test_pool_sums_counts_not_set_scores():
    # set A: 10 gold, 10 pred, 5 exact hits; set B: 30 gold, 10 pred, 10 exact hits
    a = _score(10, 10, 5, 8, 5, pub=1.0, src=0.5)
    b = _score(30, 10, 10, 10, 9, pub=0.5, src=None)
    got = score_sets.pool([a, b])
    # pooled: tp 15 of 20 predicted and 40 gold -> P .75, R .375, F1 .5
    assert got["project"]["exact"] == pytest.approx(0.5)
    # lenient tp 18: P .9, R .45 -> F1 .6
    assert got["project"]["lenient"] == pytest.approx(0.6)
    assert got["project"]["norm"] == pytest.approx(14 / 15)
    assert got["project"]["gold"] == 40
    assert got["publish_date"] == pytest.approx(0.75)  # mean over the sets that grade it
    assert got["source"] == pytest.approx(0.5)
    assert "facts" not in got


def test_pool_facts_from_counts():
    a = _score(1, 1, 1, 1, 1)
    a["facts"] = {"n_gold": 10, "n_pred": 5, "f": [0.8, 0.4, 0.0]}   # tp 4
    b = _score(1, 1, 1, 1, 1)
    b["facts"] = {"n_gold": 10, "n_pred": 15, "f": [0.4, 0.6, 0.0]}  # tp 6
    # tp 10 of 20 predicted, 20 gold
    assert score_sets.pool([a, b])["facts"] == pytest.approx(0.5)


def test_groups_come_from_the_makefile():
    lists = score_sets.makefile_lists(ROOT)
    assert "unseen3" in lists["TEST_SETS"] and "unseen3" not in lists["TUNE_SETS"]
    assert not set(lists["TEST_SETS"]) & set(lists["TUNE_SETS"])
    assert "unseen3:unseen" in lists["FACTS"]
    names = score_sets.expand(["test", "unseen"], lists)
    assert names[: len(lists["TEST_SETS"])] == lists["TEST_SETS"] and names[-1] == "unseen"
    assert score_sets.expand(["tune"], lists)[0] == "seeds"


def test_model_off_rules_disables_only_the_model(tmp_path):
    rules = score_sets.model_off_rules(ROOT)
    try:
        text = (rules / "projects.yaml").read_text(encoding="utf-8")
        block = text[text.index("- id: project.crf"):]
        assert block.split("enabled:", 1)[1].split()[0] == "false"
        assert text.count("enabled: false") == (ROOT / "rules/projects.yaml").read_text(encoding="utf-8").count("enabled: false") + 1
    finally:
        import shutil
        shutil.rmtree(rules.parent)


def test_dupcheck_finds_a_shared_run(tmp_path, capsys):
    held = tmp_path / "held"
    held.mkdir()
    (held / "old.txt").write_text("某某县今年共实施重点项目四十二个，总投资三百亿元。其余无关。", encoding="utf-8")
    new = tmp_path / "new"
    new.mkdir()
    (new / "copy.txt").write_text("开头不同。某某县今年共实施重点项目四十二个，总投资三百亿元。", encoding="utf-8")
    (new / "fresh.txt").write_text("另一篇完全不同的文章讲的是水库除险加固的进展情况。", encoding="utf-8")
    dupcheck.main([str(new), "--against", str(held)])
    out = capsys.readouterr()
    assert "copy.txt" in out.out and "held/old.txt" in out.out
    assert "fresh.txt" not in out.out
    assert "2 texts, 1 sharing" in out.err


def test_missing_scorer_is_an_error_not_empty_scores(tmp_path, capsys):
    # a checkout outside /work has no ../shared: the run must say so, not print nothing
    with pytest.raises(SystemExit) as e:
        score_sets.main(["seeds", "--out", str(tmp_path / "out"), "--shared", str(tmp_path / "nowhere")])
    assert e.value.code == 2
    assert f"no scorer at {tmp_path / 'nowhere'}/tools/score.py" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_meta_tune_group_holds_no_test_set():
    lists = score_sets.makefile_lists(ROOT)
    got = score_sets.expand(["meta-tune"], lists)
    assert got == lists["META_TUNE_SETS"] and "meta_fresh10_tune" in got
    assert not set(got) & set(lists["META_TEST_SETS"])
    assert set(score_sets.expand(["meta"], lists)) == set(got) | set(lists["META_TEST_SETS"])
