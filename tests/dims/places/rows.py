"""The place mentions a class test compares, checking that offsets index the text."""
import shutil
from pathlib import Path

from pipeline.dims.places import PlaceExtractor
from pipeline.model import Context, Document
from pipeline.rules import RuleSet

RULES = Path(__file__).resolve().parents[3] / "rules"


def mentions(px, text):
    ms = px.extract(Context(Document("t", "t", text=text), []))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def rows(px, text):
    """(start, end, text, rule id, name, level) of each mention."""
    return [(m.start, m.end, m.text, m.rule_id, m.fields["name"], m.fields["level"]) for m in mentions(px, text)]


def named(px, text):
    """(start, end, text, name, level, adcode) of each mention."""
    return [(m.start, m.end, m.text, m.fields["name"], m.fields["level"], m.fields["adcode"]) for m in mentions(px, text)]


def rows_with_path(px, text):
    """... and its path."""
    return [(m.start, m.end, m.text, m.rule_id, m.fields["name"], m.fields["level"], m.fields["path"])
            for m in mentions(px, text)]


def extractor_with(tmp_path, old: str, new: str, *more: str) -> PlaceExtractor:
    """A places extractor over a copy of the rules where places.yaml's ``old`` (which must be
    there) reads ``new``: a class switched off by its param (``more``: further old, new pairs)."""
    shutil.copytree(RULES, tmp_path / "rules")
    p = tmp_path / "rules" / "places.yaml"
    text = p.read_text(encoding="utf-8")
    pairs = [(old, new)] + list(zip(more[::2], more[1::2]))
    for o, n in pairs:
        assert o in text
        text = text.replace(o, n)
    p.write_text(text, encoding="utf-8")
    return PlaceExtractor(RuleSet.load(tmp_path / "rules"))
