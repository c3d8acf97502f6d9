import os
import sys
from pathlib import Path

import pytest

# the tests build every start-up table they ask for, as from an empty cache folder: the
# install's seed (pipeline/cache.py seed_dir) is off unless a test sets it (test_cache.py)
os.environ["ZHEXTRACT_CACHE_SEED"] = ""

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


#: tests of rule behaviour on invented sentences: they run the rules alone
RULES_ALONE = ("dims/", "test_facts")


@pytest.fixture(autouse=True)
def _rules_alone(request, monkeypatch):
    """The tests of rule behaviour (tests/dims/, tests/test_facts*.py) test the rules: the
    project-span model stacked on them (rule project.crf) runs there only in tests marked
    ``model`` (tests/dims/projects/test_crf.py). Its outputs are learned, so asserting them
    sentence by sentence would break with every `make train`; its own tests and the
    evaluation sets measure it. Every other test runs the pipeline as shipped, model on."""
    path = Path(str(request.node.fspath)).relative_to(ROOT / "tests").as_posix()
    if path.startswith(RULES_ALONE) and request.node.get_closest_marker("model") is None:
        from pipeline.dims.projects.crf import SpanModel

        monkeypatch.setattr(SpanModel, "revise", lambda self, text, places, found, refused=(): found)


@pytest.fixture(scope="session")
def reader(rules):
    """The header reader (pipeline/metadata.py) of the shipped rules, shared by tests/test_metadata*.py."""
    from pipeline.metadata import MetadataReader

    return MetadataReader(rules)
