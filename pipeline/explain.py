"""Show mentions to a person: highlighted in the terminal (rich) or as a displaCy page."""
from __future__ import annotations

COLORS = {"amounts": "bold yellow", "dates": "bold cyan", "places": "bold green", "projects": "bold magenta"}
HTML_COLORS = {"AMOUNT": "#ffe08a", "DATE": "#9be7ff", "PLACE": "#b9f6ca", "PROJECT": "#f3b0ff"}
VALUE_FIELDS = {"amounts": ("kind", "value", "value_max", "unit", "qualifier"),
                "dates": ("kind", "value", "resolved"),
                "places": ("name", "level", "adcode"),
                "projects": ("name", "category")}


def _value(m) -> str:
    parts = []
    for k in VALUE_FIELDS[m.table]:
        v = m.fields.get(k)
        if v not in (None, ""):
            parts.append(f"{v:g}" if isinstance(v, float) else str(v))
    return " ".join(parts)


def render_terminal(text: str, mentions, console=None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if console is None:
        import sys

        # piped or redirected: as wide as the content (rich would cut cells at 80 columns)
        console = Console() if sys.stdout.isatty() else Console(width=1_000_000, soft_wrap=True)
    shown = Text(text)
    for m in mentions:
        shown.stylize(COLORS[m.table], m.start, m.end)
    console.print(shown)
    table = Table(show_lines=False)
    for col in ("type", "span", "text", "value", "rule"):
        table.add_column(col)
    for m in mentions:
        table.add_row(Text(m.table[:-1], style=COLORS[m.table]), f"{m.start}-{m.end}", m.text, _value(m), m.rule_id)
    console.print(table)
    if not mentions:
        console.print("(no mentions)")


def write_html(text: str, mentions, path) -> None:
    from spacy import displacy

    # displaCy draws non-overlapping entities; mentions of different tables may overlap
    # (a place inside a project name), so the longer one is shown
    ents, taken = [], []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        taken.append((m.start, m.end))
        ents.append({"start": m.start, "end": m.end, "label": m.table[:-1].upper()})
    ents.sort(key=lambda e: e["start"])
    page = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=True,
                           options={"colors": HTML_COLORS})
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def render_facts(text: str, found: dict, facts, console=None) -> None:
    """The facts of an explained text: amount, relation, project, place, date, link rule."""
    from rich.console import Console
    from rich.table import Table

    if not facts:
        return
    console = console or Console()
    table = Table(title="facts", show_lines=False)
    for col in ("amount", "relation", "project", "place", "date", "rule"):
        table.add_column(col)
    pick = lambda t, i: found[t][i].text if i is not None else ""  # noqa: E731
    for f in facts:
        table.add_row(pick("amounts", f.amount), f.relation, pick("projects", f.project), pick("places", f.place),
                      pick("dates", f.date), f.rule_id)
    console.print(table)
