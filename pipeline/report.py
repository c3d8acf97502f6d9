"""``zhextract report OUT_DIR``: one self-contained HTML page for a run's tables.

The page opens from disk with no network: plotly's JavaScript bundle is embedded once and
every chart is a plotly figure drawn from JSON. Documents are kept as one JSON block and
drawn a page at a time in the browser (so a 2,000-document run opens quickly): text with
mentions highlighted by table (value, rule and links on hover) and the document's facts.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from .report_page import PAGE

TABLE_ORDER = ("amounts", "dates", "places", "projects")
LABELS = {"amounts": ("kind", "value", "value_max", "unit", "qualifier"),
          "dates": ("kind", "value", "resolved"), "places": ("name", "level", "adcode", "path"),
          "projects": ("name", "category")}
YI = 1e8  # 亿


class ReportError(RuntimeError):
    pass


def _plain(v):
    """A JSON-safe cell: pandas NA -> None, numpy scalars -> Python."""
    if v is None:
        return None
    try:
        import pandas as pd

        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v.item() if hasattr(v, "item") else v


def _label(table: str, row) -> str:
    parts = []
    for c in LABELS[table]:
        v = _plain(row.get(c))
        if v not in (None, ""):
            parts.append(f"{v:g}" if isinstance(v, float) else str(v))
    return " ".join(parts)


def _province(path) -> str | None:
    path = _plain(path)
    if not path or "/" not in path and path in ("中国",):
        return None
    return path.split("/")[0] or None


def _empty(go, title: str, layout: dict):
    return go.Figure(layout=dict(title=title, annotations=[dict(text="no facts of this kind in this run",
                                                                showarrow=False, x=0.5, y=0.5, xref="paper",
                                                                yref="paper")], **layout))


def _figures(t: dict) -> list[dict]:
    """Plotly figures (as dicts) for the overview: money by province and by year, top
    projects by investment, place mentions by province, rows per table."""
    import plotly.graph_objects as go

    figs = []
    facts, places = t.get("facts"), t.get("places")
    layout = dict(margin=dict(l=60, r=20, t=50, b=60), height=360, template="plotly_white")
    if facts is not None and len(facts):
        money = facts[(facts["kind"] == "money") & (facts["unit"] == "CNY") & facts["value"].notna()].copy()
        if places is not None and len(places) and len(money):
            paths = places.set_index(["doc_id", "mention_id"])["path"]
            money["province"] = [_province(paths.get((d, p))) if _plain(p) is not None else None
                                 for d, p in zip(money["doc_id"], money["place_id"])]
            by_prov = money.dropna(subset=["province"]).groupby("province")["value"].sum().sort_values(ascending=False)
            figs.append(go.Figure(go.Bar(x=list(by_prov.index), y=[v / YI for v in by_prov.values],
                                         marker_color="#e3a008"),
                                  layout=dict(title="Money tied to places, by province (亿元, facts)",
                                              yaxis_title="亿元", **layout)))
        if len(money):
            years = money["date_value"].astype("string").str.slice(0, 4)
            docs = t["documents"].set_index("doc_id")["publish_date"].astype("string").str.slice(0, 4)
            years = years.where(years.str.fullmatch(r"\d{4}").fillna(False), money["doc_id"].map(docs))
            by_year = money.assign(year=years).dropna(subset=["year"]).groupby("year")["value"].sum().sort_index()
            by_year = by_year[by_year.index.str.fullmatch(r"\d{4}")]
            figs.append(go.Figure(go.Bar(x=list(by_year.index), y=[v / YI for v in by_year.values],
                                         marker_color="#1c64f2"),
                                  layout=dict(title="Money in facts by year (亿元; the fact's date, else the "
                                                    "publish date)", yaxis_title="亿元", xaxis_type="category",
                                              **layout)))
        inv = facts[(facts["relation"] == "investment") & (facts["unit"] == "CNY") & facts["project_name"].notna()]
        top = inv.groupby("project_name")["value"].sum().sort_values(ascending=True).tail(15)
        if len(top):
            figs.append(go.Figure(go.Bar(x=[v / YI for v in top.values], y=list(top.index), orientation="h",
                                         marker_color="#7e3af2"),
                                  layout=dict(title="Top projects by investment (亿元)", xaxis_title="亿元",
                                              **{**layout, "height": max(360, 26 * len(top) + 100),
                                                 "margin": dict(l=260, r=20, t=50, b=50)})))
    titles = ("Money tied to places, by province (亿元, facts)", "Money in facts by year (亿元; the fact's date, else "
              "the publish date)", "Top projects by investment (亿元)")
    have = {f.layout.title.text for f in figs}
    figs = figs + [_empty(go, title, layout) for title in titles if title not in have]
    if places is not None and len(places):
        prov = places["path"].map(_province).dropna().value_counts()
        figs.append(go.Figure(go.Bar(x=list(prov.index), y=list(prov.values), marker_color="#0e9f6e"),
                              layout=dict(title="Place mentions by province", yaxis_title="mentions", **layout)))
    counts = {tb: len(t[tb]) for tb in TABLE_ORDER + ("facts",) if tb in t}
    figs.append(go.Figure(go.Bar(x=list(counts), y=list(counts.values()), marker_color="#ff5a1f"),
                          layout=dict(title="Rows per table", **layout)))
    return [json.loads(f.to_json()) for f in figs]


def _documents(t: dict) -> list[dict]:
    docs = t["documents"]
    sents = t.get("sentences")
    by_doc = {}
    for table in TABLE_ORDER:
        df = t.get(table)
        if df is None:
            continue
        for row in df.to_dict("records"):
            by_doc.setdefault(row["doc_id"], []).append(
                [int(row["start"]), int(row["end"]), table, int(row["mention_id"]), _label(table, row),
                 _plain(row["rule_id"]) or ""])
    facts_by_doc = {}
    if "facts" in t:
        for row in t["facts"].to_dict("records"):
            facts_by_doc.setdefault(row["doc_id"], []).append({k: _plain(v) for k, v in row.items() if k != "doc_id"})
    texts = {}
    if sents is not None:
        # the text is rebuilt from the sentence spans (the tables hold no other copy of it);
        # only white space lies between sentences, so a gap becomes a line break padded to
        # its length and every offset still points at the same character
        for doc_id, group in sents.groupby("doc_id", sort=False):
            n = 0
            parts = []
            for s, e, txt in zip(group["start"], group["end"], group["text"]):
                s, e = int(s), int(e)
                gap = s - n
                if gap > 0:
                    parts.append("\n" + " " * (gap - 1) if n else " " * gap)
                parts.append(txt)
                n = e
            texts[doc_id] = "".join(parts)
    out = []
    for row in docs.to_dict("records"):
        d = row["doc_id"]
        out.append({"id": d, "title": _plain(row.get("title")) or "", "date": _plain(row.get("publish_date")) or "",
                    "source": _plain(row.get("source")) or "", "status": row["status"],
                    "error": _plain(row.get("error")) or "", "text": texts.get(d, ""),
                    "m": sorted(by_doc.get(d, [])), "facts": facts_by_doc.get(d, [])})
    return out


def _rule_counts(t: dict) -> list[list]:
    rows = []
    for table in TABLE_ORDER + ("facts",):
        df = t.get(table)
        if df is None or not len(df):
            continue
        for rule, n in df["rule_id"].value_counts().items():
            rows.append([table, rule, int(n)])
    return rows


def build(out_dir: str | Path) -> str:
    """The report page for the tables in ``out_dir``."""
    from plotly.offline import get_plotlyjs

    from .tables import load_tables

    out_dir = Path(out_dir)
    if not (out_dir / "documents.csv").is_file():
        raise ReportError(f"{out_dir}: no documents.csv (not the output folder of a run)")
    t = load_tables(out_dir)
    docs = t["documents"]
    summary = {
        "out_dir": str(out_dir), "documents": int(len(docs)), "ok": int((docs["status"] == "ok").sum()),
        "errors": [[_plain(d), _plain(e)] for d, e in zip(docs["doc_id"], docs["error"]) if _plain(e)],
        "tables": {tb: int(len(t[tb])) for tb in ("sentences",) + TABLE_ORDER + ("facts",) if tb in t},
        "rules": _rule_counts(t),
    }
    data = {"summary": summary, "figures": _figures(t), "docs": _documents(t)}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (PAGE.replace("%%TITLE%%", html.escape(f"zhextract report — {out_dir.name or out_dir}"))
            .replace("%%PLOTLY%%", get_plotlyjs().replace("</script", "<\\/script"))
            .replace("%%DATA%%", blob))


def write(out_dir: str | Path, path: str | Path | None = None) -> Path:
    """Write the page atomically to ``path`` (default ``OUT_DIR/report.html``)."""
    page = build(out_dir)
    path = Path(path) if path else Path(out_dir) / "report.html"
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
