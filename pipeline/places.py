"""Moved: the place extractor is the package pipeline/dims/places/ (one module per step of
its reading, see its docstring). This module stays so that old imports keep working."""
from .dims.places import PlaceExtractor  # noqa: F401
from .dims.places.vocab import (ADMIN, COMMON_FREQ, NAME_TAGS, PLACE_TAGS, VERY_COMMON_FREQ,  # noqa: F401
                                WINDOW, _bytes_str, _Hit)
