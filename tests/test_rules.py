import pytest

from pipeline.cli import main
from pipeline.engine import resolve_overlaps, scan
from pipeline.model import Mention
from pipeline.rules import RuleError, RuleSet


def write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


GOOD = """\
table: amounts
macros:
  N: '[0-9]+'
rules:
  - id: a.yuan
    label: money
    priority: 5
    pattern: '{N}{@unit}'
    examples:
      match:
        - text: 共5元
          span: 5元
"""


def test_macros_and_lexicons_expand(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "unit.txt").write_text("# units\n元\tCNY\n万元\tCNY\n\n", encoding="utf-8")
    rs = RuleSet.load(write(tmp_path, "a.yaml", GOOD))
    rule = rs.get("a.yuan")
    assert rule.regex.search("共5万元").group() == "5万元"  # longest lexicon entry first
    assert rs.lexicon("unit").get("万元") == ("万元", "CNY")
    assert rule.source.endswith("a.yaml:5") and rule.priority == 5 and rule.table == "amounts"
    assert rule.examples["match"] == [{"text": "共5元", "span": "5元"}]


@pytest.mark.parametrize("text, message", [
    (GOOD.replace("{N}", "{NUMM}"), "a.yaml:5 rule a.yuan: unknown macro {NUMM}"),
    (GOOD.replace("{@unit}", "{@nope}"), "a.yaml:5 rule a.yuan: unknown lexicon {@nope}"),
    (GOOD.replace("'{N}{@unit}'", "'([0-9'"), "a.yaml:5 rule a.yuan: pattern does not compile"),
    (GOOD + GOOD.split("rules:\n")[1], "rule a.yuan: duplicate id (first defined at"),
    (GOOD.replace("priority: 5", "priority: high"), "a.yaml:5 rule a.yuan: 'priority' must be an integer"),
    (GOOD.replace("    label: money\n", ""), "a.yaml:5 rule a.yuan: missing 'label'"),
    (GOOD.replace("pattern:", "patern:"), "a.yaml:5 rule a.yuan: unknown key(s): patern"),
    (GOOD.replace("table: amounts", "table: amount"), "a.yaml:1: 'table' must be one of"),
    (GOOD.replace("  N: '[0-9]+'", "  N: '{M}'\n  M: '{N}'"), "macro cycle"),
    (GOOD.replace("span: 5元", "span: 6元"), "example span '6元' is not in its text"),
    ("rules: [\n  - id: x\n", "a.yaml:2: malformed YAML"),
])
def test_rule_file_errors_name_file_line_and_rule(tmp_path, text, message):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "unit.txt").write_text("元\n", encoding="utf-8")
    write(tmp_path, "a.yaml", text)
    with pytest.raises(RuleError) as err:
        RuleSet.load(tmp_path)
    assert message in str(err.value)


def test_cli_reports_bad_rules_with_exit_2_and_no_traceback(tmp_path, capsys):
    write(tmp_path, "a.yaml", GOOD.replace("{N}", "{NUMM}"))
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "unit.txt").write_text("元\n", encoding="utf-8")
    assert main(["rules", "list", "--rules", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "a.yaml:5 rule a.yuan: unknown macro {NUMM}" in err and "Traceback" not in err


def test_resolve_overlaps_longest_then_priority_then_order():
    def m(s, e, p, rid):
        return Mention("amounts", s, e, "x" * (e - s), rid, priority=p)

    kept = resolve_overlaps([m(0, 2, 9, "short"), m(0, 4, 0, "long"), m(3, 6, 1, "low"), m(3, 6, 2, "high"),
                             m(6, 8, 0, "first"), m(6, 8, 0, "second")])
    assert [k.rule_id for k in kept] == ["long", "first"]
    kept = resolve_overlaps([m(4, 7, 1, "low"), m(4, 7, 2, "high")])
    assert [k.rule_id for k in kept] == ["high"]


def test_scan_returns_matches_in_rule_order(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "unit.txt").write_text("元\n", encoding="utf-8")
    rs = RuleSet.load(write(tmp_path, "a.yaml", GOOD))
    hits = scan(rs.rules("amounts"), "5元和12元")
    assert [(r.id, m.group()) for r, m in hits] == [("a.yuan", "5元"), ("a.yuan", "12元")]


def test_project_rules_load_and_every_id_is_unique(rules):
    ids = [r.id for r in rules.rules()]
    assert len(ids) == len(set(ids)) and len(ids) > 0


def test_rules_test_reports_rule_id_and_what_was_extracted_instead(pipeline):
    import dataclasses

    from pipeline.ruletest import VETO_LABELS, check_rule

    rule = next(r for r in pipeline.rules.rules("dates") if r.examples["match"] and r.label not in VETO_LABELS)
    ex = dict(rule.examples["match"][0]) if isinstance(rule.examples["match"][0], dict) else {
        "text": rule.examples["match"][0]}
    wrong_value = dataclasses.replace(rule, examples={"match": [{**ex, "expect": {"value": "1900"}}], "no_match": []})
    (fail,) = check_rule(pipeline, wrong_value)
    assert str(fail).startswith(f"{rule.source} rule {rule.id}:") and "wrong fields" in str(fail)
    renamed = dataclasses.replace(rule, id="dates.someone_else",
                                  examples={"match": [ex], "no_match": [ex["text"]]})
    fails = [str(f) for f in check_rule(pipeline, renamed)]
    assert any(f"was extracted by {rule.id} instead" in f for f in fails)
    assert any("no_match" in f and "extracted" in f for f in fails)


def test_a_veto_rules_match_example_shows_where_its_pattern_fires(pipeline):
    import dataclasses

    from pipeline.ruletest import check_rule

    rule = next(r for r in pipeline.rules.rules("projects") if r.id == "project.guard.counted_after")
    assert check_rule(pipeline, rule) == []
    wrong = dataclasses.replace(rule, examples={"match": [{"text": "新增市级以上创新平台33个", "span": "平台33个"}],
                                                "no_match": []})
    (fail,) = check_rule(pipeline, wrong)
    assert "the pattern should find '平台33个', found '33个'" in str(fail)
