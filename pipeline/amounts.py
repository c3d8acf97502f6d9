"""Moved: the amount extractor is the package pipeline/dims/amounts/ (one module per step
of its reading, see its docstring). This module stays so that old imports keep working."""
from .dims.amounts import AmountExtractor  # noqa: F401
from .dims.amounts.normalize import NORMALIZERS  # noqa: F401
from .dims.amounts.scan import _strip_negative  # noqa: F401
from .dims.amounts.vocab import MATCH_WINDOW, TABLE  # noqa: F401
