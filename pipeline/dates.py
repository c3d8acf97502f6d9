"""Moved: the date extractor is the package pipeline/dims/dates/ (one module per step of
its reading, see its docstring). This module stays so that old imports keep working."""
from .dims.dates import DateExtractor, Expr, Point, Resolved, Timeline  # noqa: F401
from .dims.dates.numbers import add_months, day_of, last_day, month_of, num, valid, year_of  # noqa: F401
from .dims.dates.vocab import ANA_YEAR_REACH, CN_DIGIT, FW, TABLE  # noqa: F401
