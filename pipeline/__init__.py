"""zhextract: Chinese news articles into tidy tables of amounts, dates, places and projects.

Public API:
    parse_number(text) -> float | None   any numeral form news uses
    extract_text(text, publish_date=None) -> dict[table, list[Mention]]
"""
__version__ = "0.1.0"
__all__ = ["parse_number", "extract_text", "__version__"]


def parse_number(text: str):
    """Parse a numeral in any form news uses (63.5, 1,200, ６３．５, 三千, 一点二亿,
    壹仟贰佰, 1.5万, 四分之一); None when ``text`` is not a number."""
    from .numerals import parse_number as _parse

    return _parse(text)


def extract_text(text: str, publish_date: str | None = None, rules_dir=None):
    """Run every extractor over one text; returns ``{table: [Mention, ...]}``."""
    from .extract import Pipeline

    return Pipeline.load(rules_dir).extract_text(text, publish_date=publish_date)
