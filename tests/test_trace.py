"""explain --trace: every candidate, its rule, and what removed it."""
import json

from pipeline import trace
from pipeline.cli import main
from pipeline.ingest import expand_inputs, read_inputs


def traced(pipeline, text):
    with trace.tracing() as t:
        found = pipeline.extract_text(text)
    return {(c.table, c.text, c.rule_id): c for c in t.finish(found)}


def test_overlap_names_the_winner_and_why(pipeline):
    cands = traced(pipeline, "深圳安排资金63.5亿元。")
    assert cands[("amounts", "63.5亿元", "money.suffix")].outcome == "kept"
    lost = cands[("amounts", "63.5亿", "count.bare")]
    assert (lost.outcome, lost.by) == ("removed", "overlap with money.suffix")
    assert lost.reason == "overlaps '63.5亿元' 6-12 (longer)"


def test_equal_spans_are_settled_by_priority(pipeline):
    lost = traced(pipeline, "建设“深圳湾科技生态园”。")[("projects", "深圳湾科技生态园", "project.head.park")]
    assert lost.by == "overlap with project.quoted" and "same length, priority 85 > 62" in lost.reason


def test_guard_and_exclude_rules_are_named(pipeline):
    cands = traced(pipeline, "被中央网信办等部门评为国家智能社会治理实验基地。坪山区是两大核心产业园之一。"
                             "印发的《深圳国家高新区扩区方案》确立。")
    assert cands[("projects", "国家智能社会治理实验基地", "project.head.park")].by == "project.guard.title"
    assert cands[("projects", "两大核心产业园", "project.head.park")].by == "project.guard.org_after"
    assert cands[("projects", "深圳国家高新区", "project.head.park")].by == "project.exclude.document"
    assert not any(c.outcome == "kept" for c in cands.values() if c.table == "projects")


def test_tracing_changes_no_output_and_switches_off(pipeline, root):
    for doc in list(read_inputs(expand_inputs([root / "corpus"])))[:3]:
        plain = pipeline.extract_text(doc.text)
        with trace.tracing() as t:
            again = pipeline.extract_text(doc.text)
        assert {k: [(m.start, m.end, m.rule_id, m.fields) for m in v] for k, v in plain.items()} == \
               {k: [(m.start, m.end, m.rule_id, m.fields) for m in v] for k, v in again.items()}
        kept = [c for c in t.finish(again) if c.outcome == "kept"]
        assert len(kept) == sum(len(v) for v in again.values())
    assert trace.current is None


def test_explain_trace_json(capsys):
    assert main(["explain", "--trace", "--json", "--table", "amounts", "深圳安排资金63.5亿元。"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["text"] == "深圳安排资金63.5亿元。"
    assert [(c["text"], c["rule_id"], c["outcome"]) for c in doc["candidates"]] == [
        ("63.5亿元", "money.suffix", "kept"), ("63.5亿", "count.bare", "removed"),
        ("63.5亿", "money.bare", "removed")]


def test_explain_trace_text(capsys):
    assert main(["explain", "--trace", "--table", "projects", "洛阳航空港区的电子信息产业"]) == 0
    out = capsys.readouterr().out
    assert out == ("projects\n  - 0-6 洛阳航空港区  [project.head.infrastructure]  removed by "
                   "project.exclude.airport_zone: overlaps an exclude rule's match\n")
