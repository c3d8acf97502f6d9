"""The place mentions a class test compares, checking that offsets index the text."""
from pipeline.model import Context, Document


def mentions(px, text):
    ms = px.extract(Context(Document("t", "t", text=text), []))
    for m in ms:
        assert text[m.start:m.end] == m.text
    return ms


def rows(px, text):
    """(start, end, text, rule id, name, level) of each mention."""
    return [(m.start, m.end, m.text, m.rule_id, m.fields["name"], m.fields["level"]) for m in mentions(px, text)]


def rows_with_path(px, text):
    """... and its path."""
    return [(m.start, m.end, m.text, m.rule_id, m.fields["name"], m.fields["level"], m.fields["path"])
            for m in mentions(px, text)]
