"""One PlaceExtractor over the project's rules for the places tests of this folder."""
from pathlib import Path

import pytest

from pipeline.dims.places import PlaceExtractor
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def px():
    return PlaceExtractor(RuleSet.load(RULES))
