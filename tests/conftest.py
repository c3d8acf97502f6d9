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
