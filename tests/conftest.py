import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def rules(root):
    from pipeline.rules import RuleSet

    return RuleSet.load(root / "rules")


@pytest.fixture(scope="session")
def pipeline(root):
    from pipeline.extract import Pipeline

    return Pipeline.load(root / "rules")


@pytest.fixture(autouse=True)
def _rules_alone(request, monkeypatch):
    """In-process tests test the rules: the project-span model stacked on them (rule
    project.crf) runs only in tests marked ``model`` (tests/dims/projects/test_crf.py). Its
    outputs are learned, so asserting them sentence by sentence would break with every
    `make train`; its own tests and the evaluation sets measure it. A test that runs the
    pipeline in a subprocess runs it as shipped, model on."""
    if request.node.get_closest_marker("model") is None:
        from pipeline.dims.projects.crf import SpanModel

        monkeypatch.setattr(SpanModel, "ready", property(lambda self: False))
