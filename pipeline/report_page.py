"""The HTML, CSS and JavaScript of ``zhextract report`` (filled in by pipeline/report.py:
%%TITLE%%, %%PLOTLY%% the plotly bundle, %%DATA%% the run as JSON)."""

PAGE = r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>%%TITLE%%</title>
<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1f2937; background: #f9fafb; }
header { background: #111827; color: #fff; padding: 14px 24px; }
header h1 { margin: 0; font-size: 20px; }
main { padding: 16px 24px; max-width: 1280px; margin: auto; }
section { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
h2 { font-size: 17px; margin: 4px 0 10px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid #e5e7eb; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.card b { display: block; font-size: 22px; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border-bottom: 1px solid #eee; padding: 3px 8px; text-align: left; vertical-align: top; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 12px; }
.chart { min-height: 360px; }
.doc { border-top: 2px solid #e5e7eb; padding: 10px 0; }
.doc h3 { font-size: 15px; margin: 4px 0; }
.meta { color: #6b7280; font-size: 12px; }
.text { white-space: pre-wrap; line-height: 1.9; font-size: 15px; }
mark { border-radius: 3px; padding: 1px 0; cursor: help; }
mark.amounts { background: #fde68a; } mark.dates { background: #a5f3fc; }
mark.places { background: #bbf7d0; } mark.projects { background: #f5d0fe; }
mark.fact { outline: 2px solid #b45309; }
.legend mark { padding: 1px 6px; margin-right: 6px; }
.pager { display: flex; gap: 8px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.pager input[type=search] { width: 260px; padding: 4px; }
.err { color: #b91c1c; }
details summary { cursor: pointer; }
</style>
</head>
<body>
<header><h1>%%TITLE%%</h1></header>
<main>
<section id="summary"><h2>Run summary</h2><div class="cards" id="cards"></div>
  <div id="errors"></div>
  <details><summary>Rows per rule</summary><table id="rules"><thead><tr><th>table</th><th>rule</th><th>rows</th></tr></thead><tbody></tbody></table></details>
</section>
<section id="overview"><h2>Overview</h2><div class="charts" id="charts"></div></section>
<section id="documents"><h2>Documents</h2>
  <div class="legend"><mark class="amounts">amount</mark><mark class="dates">date</mark><mark class="places">place</mark><mark class="projects">project</mark><mark class="amounts fact">amount in a fact</mark> — hover a mention for its value, rule and links</div>
  <div class="pager"><input type="search" id="q" placeholder="filter by id, title or text"><button id="prev">&larr; previous</button><span id="pageinfo"></span><button id="next">next &rarr;</button></div>
  <div id="doclist"></div>
</section>
</main>
<script>%%PLOTLY%%</script>
<script type="application/json" id="data">%%DATA%%</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const PAGE_SIZE = 20;
function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function summary() {
  const s = DATA.summary, cards = document.getElementById("cards");
  const items = [["documents", s.documents], ["ok", s.ok], ["errors", s.documents - s.ok]];
  for (const [t, n] of Object.entries(s.tables)) items.push([t, n]);
  for (const [label, n] of items) { const c = el("div", {class: "card"}); c.appendChild(el("b", {}, String(n))); c.appendChild(document.createTextNode(label)); cards.appendChild(c); }
  const errs = document.getElementById("errors");
  if (s.errors.length) {
    errs.appendChild(el("h3", {class: "err"}, "Documents that failed"));
    const t = el("table"); for (const [d, e] of s.errors) { const tr = el("tr"); tr.appendChild(el("td", {}, d)); tr.appendChild(el("td", {class: "err"}, e)); t.appendChild(tr); }
    errs.appendChild(t);
  }
  const tb = document.querySelector("#rules tbody");
  for (const [t, r, n] of s.rules) { const tr = el("tr"); tr.appendChild(el("td", {}, t)); tr.appendChild(el("td", {}, r)); tr.appendChild(el("td", {}, String(n))); tb.appendChild(tr); }
}
function charts() {
  const box = document.getElementById("charts");
  DATA.figures.forEach((f, i) => {
    const d = el("div", {class: "chart", id: "chart" + i}); box.appendChild(d);
    Plotly.newPlot(d, f.data, f.layout, {displaylogo: false, responsive: true});
  });
}
function factIndex(doc) {
  const byAmount = {};
  for (const f of doc.facts) byAmount[f.amount_id] = f;
  return byAmount;
}
function tip(m, facts) {
  let s = m[2].slice(0, -1) + " #" + m[3] + ": " + m[4] + "\nrule: " + m[5];
  const f = m[2] === "amounts" ? facts[m[3]] : null;
  if (f) s += "\nfact: " + f.relation + (f.project_name ? " | project " + f.project_name : "") + (f.place_name ? " | place " + f.place_name : "") + (f.date_value ? " | " + f.date_value : "") + " (" + f.rule_id + ")";
  return s;
}
function highlight(doc) {
  const box = el("div", {class: "text"}), text = doc.text, ms = doc.m, facts = factIndex(doc);
  const cuts = new Set([0, text.length]);
  for (const m of ms) { cuts.add(Math.min(m[0], text.length)); cuts.add(Math.min(m[1], text.length)); }
  const pts = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1], seg = text.slice(a, b);
    const cover = ms.filter(m => m[0] <= a && b <= m[1]);
    if (!cover.length) { box.appendChild(document.createTextNode(seg)); continue; }
    cover.sort((x, y) => (x[1] - x[0]) - (y[1] - y[0]));
    const top = cover[0];
    const cls = top[2] + (top[2] === "amounts" && facts[top[3]] ? " fact" : "");
    const mk = el("mark", {class: cls, "data-table": top[2], title: cover.map(m => tip(m, facts)).join("\n\n")}, seg);
    box.appendChild(mk);
  }
  return box;
}
function factTable(doc) {
  const cols = ["fact_id", "relation", "kind", "value", "unit", "project_name", "place_name", "date_value", "rule_id"];
  const t = el("table", {class: "facts"}), hr = el("tr");
  for (const c of cols) hr.appendChild(el("th", {}, c));
  t.appendChild(hr);
  for (const f of doc.facts) { const tr = el("tr"); for (const c of cols) tr.appendChild(el("td", {}, f[c] === null || f[c] === undefined ? "" : String(f[c]))); t.appendChild(tr); }
  return t;
}
let shown = DATA.docs, page = 0;
function render() {
  const list = document.getElementById("doclist"); list.textContent = "";
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  page = Math.min(Math.max(0, page), pages - 1);
  document.getElementById("pageinfo").textContent = "page " + (page + 1) + " of " + pages + " (" + shown.length + " documents)";
  for (const doc of shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)) {
    const art = el("article", {class: "doc", id: "doc-" + doc.id});
    art.appendChild(el("h3", {}, doc.id + (doc.title ? " — " + doc.title : "")));
    art.appendChild(el("div", {class: "meta"}, [doc.date, doc.source, doc.status].filter(Boolean).join(" · ") + " · " + doc.m.length + " mentions · " + doc.facts.length + " facts"));
    if (doc.error) art.appendChild(el("div", {class: "err"}, doc.error));
    art.appendChild(highlight(doc));
    if (doc.facts.length) { const d = el("details", {open: ""}); d.appendChild(el("summary", {}, "Facts (" + doc.facts.length + ")")); d.appendChild(factTable(doc)); art.appendChild(d); }
    list.appendChild(art);
  }
}
document.getElementById("prev").addEventListener("click", () => { page--; render(); });
document.getElementById("next").addEventListener("click", () => { page++; render(); });
document.getElementById("q").addEventListener("input", ev => {
  const q = ev.target.value.trim();
  shown = q ? DATA.docs.filter(d => d.id.includes(q) || d.title.includes(q) || d.text.includes(q)) : DATA.docs;
  page = 0; render();
});
summary(); charts(); render();
document.body.setAttribute("data-ready", "1");
</script>
</body>
</html>
"""
