"""The amount rows a class test compares, checking that offsets index the text: :func:`rows`
(text, kind, value, value_max, unit, qualifier, rule id), :func:`spans` (start, end, text,
kind, value, unit, qualifier[, rule id]) or :func:`short_spans` (start, end, text, kind, value,
unit) of each mention."""
from pipeline.model import Context, Document


def rows(ex, text):
    out = []
    for m in ex.extract(Context(doc=Document("t", "", text=text), sentences=[])):
        assert text[m.start:m.end] == m.text
        f = m.fields
        out.append((m.text, f["kind"], f["value"], f["value_max"], f["unit"], f["qualifier"], m.rule_id))
    return out


def spans(ex, text, rule_id=False):
    out = []
    for m in ex.extract(Context(doc=Document("t", "", text=text), sentences=[])):
        assert text[m.start:m.end] == m.text
        f = m.fields
        row = (m.start, m.end, m.text, f["kind"], f["value"], f["unit"], f["qualifier"])
        out.append(row + (m.rule_id,) if rule_id else row)
    return out


def short_spans(ex, text):
    return [row[:6] for row in spans(ex, text)]
