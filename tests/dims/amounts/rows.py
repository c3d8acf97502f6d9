"""The amount rows a class test compares: (text, kind, value, value_max, unit, qualifier,
rule id) of each mention, checking that offsets index the text."""
from pipeline.model import Context, Document


def rows(ex, text):
    out = []
    for m in ex.extract(Context(doc=Document("t", "", text=text), sentences=[])):
        assert text[m.start:m.end] == m.text
        f = m.fields
        out.append((m.text, f["kind"], f["value"], f["value_max"], f["unit"], f["qualifier"], m.rule_id))
    return out
