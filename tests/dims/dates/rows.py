"""The date mentions a test compares, checking that offsets index the text."""
from pipeline.model import Context, Document


def run(ex, text, pub="", amounts=()):
    doc = Document("t", "t", text=text, publish_date=pub)
    found = ex.extract(Context(doc=doc, sentences=[], mentions={"amounts": list(amounts)}))
    for m in found:
        assert text[m.start:m.end] == m.text
    return found


def rows(ex, text, pub=""):
    """(text, kind, value, resolved) of each mention."""
    return [(m.text, m.fields["kind"], m.fields["value"], m.fields["resolved"]) for m in run(ex, text, pub)]


def values(ex, text, pub=""):
    """(text, kind, value) of each mention."""
    return [(m.text, m.fields["kind"], m.fields["value"]) for m in run(ex, text, pub)]
