"""scripts/crf_folds.py (round 27, model27): weights averaged over several models are one
weights file crf_scorer reads, each weight the mean, labels matched by name."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.model


def folds_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("crf_folds", ROOT / "scripts" / "crf_folds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def weights(path, labels, trans, state):
    path.write_text(json.dumps({"model": path.name, "labels": labels, "transitions": trans,
                                "state": [[a] + w for a, w in state.items()]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_weights_are_averaged_by_label_and_a_missing_feature_weighs_zero(tmp_path):
    a = weights(tmp_path / "a.weights.json", ["O", "B", "I"], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
                {"c0=桥": [0.0, 2.0, 4.0], "c0=溪": [1.0, 1.0, 1.0]})
    # the second model met its labels in another order: B first
    b = weights(tmp_path / "b.weights.json", ["B", "O", "I"], [[5, 4, 6], [2, 1, 3], [8, 7, 9]],
                {"c0=桥": [4.0, 2.0, 0.0]})
    out = json.loads(folds_script().average_weights([a, b], tmp_path / "m.weights.json").read_text(encoding="utf-8"))
    assert out["labels"] == ["O", "B", "I"]
    assert out["transitions"] == [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert {r[0]: r[1:] for r in out["state"]} == {"c0=桥": [1.0, 3.0, 2.0], "c0=溪": [0.5, 0.5, 0.5]}


def test_the_average_is_read_by_the_scorer(tmp_path):
    from pipeline.dims.projects.crf_scorer import Scorer
    a = weights(tmp_path / "a.weights.json", ["O", "B", "I"], [[0, 0, 0]] * 3, {"b": [0.0, 0.0, 0.0]})
    path = folds_script().average_weights([a, a], tmp_path / "m.weights.json")
    assert Scorer(path).labels == ["O", "B", "I"]
