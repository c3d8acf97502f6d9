"""The date extractor every date test runs (one per module)."""
from pathlib import Path

import pytest

from pipeline.dims.dates import DateExtractor
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def ex():
    return DateExtractor(RuleSet.load(RULES))
