"""The rule author's tools: lint, coverage, diff; output that survives pipes."""
import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.lint import lint, nested_quantifier
from pipeline.rules import RuleSet

LEX = {"rel": "# relative years: surface<TAB>offset\n今年\t0\n明年\t1\n去年\t-1\n"}


def make_rules(tmp_path, yaml_text, lexicons=LEX):
    (tmp_path / "lexicons").mkdir(exist_ok=True)
    for name, text in lexicons.items():
        (tmp_path / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.yaml").write_text(yaml_text, encoding="utf-8")
    return RuleSet.load(tmp_path)


def rule_yaml(pattern, macros="", examples="    examples:\n      match: [今年]\n"):
    return (f"table: dates\n{macros}rules:\n  - id: d.rel\n    label: year\n"
            f"    pattern: '{pattern}'\n{examples}")


def by_check(findings, check):
    return [f for f in findings if f.check == check]


# ---------------------------------------------------------------- lint
def test_project_rules_lint_without_errors(rules):
    findings = lint(rules, measure=False)
    assert [f for f in findings if f.severity == "error"] == []


def test_a_hand_written_start_filter_that_blocks_a_lexicon_word_is_an_error(tmp_path):
    # the issue: a word added to date_rel_year.txt did nothing, a first-character filter blocked it
    rs = make_rules(tmp_path, rule_yaml("{F}{@rel}", macros="macros:\n  F: '(?=[今明])(?={@rel})'\n"))
    assert rs.get("d.rel").regex.search("去年") is None  # the silent failure lint now names
    found = by_check(lint(rs, measure=False), "unreachable")
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].where.endswith("r.yaml:3")  # the macros mapping
    assert "macro F" in found[0].message and "去年 (line 4)" in found[0].message and "今年" not in found[0].message


def test_a_derived_start_filter_reaches_every_word(tmp_path):
    rs = make_rules(tmp_path, rule_yaml("{F}{@rel}", macros="macros:\n  F: '(?={@^rel})(?={@rel})'\n"))
    assert by_check(lint(rs, measure=False), "unreachable") == []
    assert rs.get("d.rel").regex.search("去年").group() == "去年"


def test_duplicate_and_shadowed_lexicon_lines(tmp_path):
    lex = {"rel": "今年\t0\n明年\t1\n今年\t0\n明年\t2\n"}
    found = lint(make_rules(tmp_path, rule_yaml("{@rel}"), lex), measure=False)
    dup, shadow = by_check(found, "duplicate"), by_check(found, "shadowed")
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in dup] == [("3", "warning")]
    assert [(f.where.rsplit(":", 1)[1], f.severity) for f in shadow] == [("4", "error")]
    assert "already listed at line 2" in shadow[0].message


def test_width_and_script_variants(tmp_path):
    lex = {"rel": "今年\t0\n週末\t0\n周末\t0\n下週\t1\n上周\t-1\nＫ线\t0\n"}
    found = by_check(lint(make_rules(tmp_path, rule_yaml("{@rel}"), lex), measure=False), "variant")
    messages = " | ".join(f.message for f in found)
    assert "traditional '下週' is listed but not its simplified form '下周'" in messages
    assert "full-width 'Ｋ线' is listed but not its half-width form 'K线'" in messages
    assert "上周->上週" in messages  # lists traditional forms for some entries, not this one
    assert "'週末' is listed but not" not in messages  # 周末 is there


def test_rules_without_a_match_example_are_named(tmp_path):
    found = lint(make_rules(tmp_path, rule_yaml("{@rel}", examples="")), measure=False)
    assert [f.message.split(" has")[0] for f in by_check(found, "no-example")] == ["rule d.rel"]


@pytest.mark.parametrize("pattern, risky", [
    (r"(?:a+)+", True), (r"(?:[0-9]+,?)+", True), (r"(\d+\s*)*$", True), (r"(?:x|y+)+", True),
    (r"(?:[ \t]*、[0-9]+)*", False), (r"(?:x|y)+", False), (r"(?>a+)+", False), (r"(?:a++)+", False),
    (r"[(]a+[)]+", False), (r"(?:\s*(?:a|b))*", False), (r"(?P<n>a+)+", True),
])
def test_static_check_for_nested_unbounded_quantifiers(pattern, risky):
    assert (nested_quantifier(pattern) is not None) is risky


def test_catastrophic_backtracking_is_measured_and_an_error(tmp_path):
    rs = make_rules(tmp_path, "table: amounts\nrules:\n  - id: a.bad\n    label: count\n"
                              "    pattern: '(?:[0-9]+,?)+个'\n    examples:\n      match: [3个]\n")
    found = by_check(lint(rs), "backtracking")
    errors = [f for f in found if f.severity == "error"]
    assert errors and "rule a.bad" in errors[0].message and ("took over" in errors[0].message
                                                             or "the time for 2x the input" in errors[0].message)
    assert any(f.severity == "warning" for f in found)  # the static check names it too


def test_lint_command_exit_status(tmp_path, capsys):
    make_rules(tmp_path, rule_yaml("{F}{@rel}", macros="macros:\n  F: '(?=[今明])(?={@rel})'\n"))
    assert main(["rules", "lint", "--no-timing", "--rules", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "error: [unreachable]" in out.out and "1 error(s)" in out.err


# ---------------------------------------------------------------- coverage
@pytest.fixture()
def small_corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    docs = [{"id": "a", "text": "深圳安排资金63.5亿元，新增面积3.7万平方米。", "publish_date": "2024-07-26"},
            {"id": "b", "text": "南山区投入2亿元。", "publish_date": "2024-07-26"}]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_coverage_counts_vetoes_of_guard_rules(tmp_path, capsys):
    path = tmp_path / "g.txt"
    path.write_text("被中央网信办等部门评为国家智能社会治理实验基地。", encoding="utf-8")
    assert main(["rules", "coverage", str(path), "--csv", str(tmp_path / "cov")]) == 0
    with open(tmp_path / "cov" / "coverage_rules.csv", encoding="utf-8") as f:
        rules = {r["rule_id"]: r for r in csv.DictReader(f)}
    assert rules["project.guard.title"]["vetoed"] == "1" and rules["project.head.park"]["rows"] == "0"
    never = capsys.readouterr().out.split("rules that never fire")[1].split()
    assert "project.guard.title" not in never  # (project.guard.title_after, a rule of its own, may be)


def test_coverage_counts_rows_documents_and_lexicon_entries(small_corpus, tmp_path, capsys):
    assert main(["rules", "coverage", str(small_corpus), "--csv", str(tmp_path / "cov")]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out
    with open(tmp_path / "cov" / "coverage_rules.csv", encoding="utf-8") as f:
        rules = {r["rule_id"]: r for r in csv.DictReader(f)}
    assert (rules["money.suffix"]["rows"], rules["money.suffix"]["documents"]) == ("2", "2")
    assert "63.5亿元 (a:6)" in rules["money.suffix"]["samples"] and "2亿元 (b:5)" in rules["money.suffix"]["samples"]
    assert rules["area.unit"]["rows"] == "1" and rules["money.kuai"]["rows"] == "0"
    # from the decision trace: 63.5亿 and 2亿 (count.bare) lost to the money rows (3.7万 before
    # 平方米 is no count.bare candidate: a bare count does not take a number whose unit follows)
    assert rules["count.bare"]["lost"] == "2" and rules["count.bare"]["rows"] == "0"
    with open(tmp_path / "cov" / "coverage_lexicons.csv", encoding="utf-8") as f:
        lex = {(r["lexicon"], r["entry"]): r for r in csv.DictReader(f)}
    assert lex[("currency", "元")]["rows"] == "2" and lex[("amount_area", "平方米")]["rows"] == "1"
    assert lex[("currency", "美元")]["rows"] == "0" and lex[("currency", "美元")]["source"].endswith(".txt:14")
    never = out.split("rules that never fire")[1].split("\n\n")[0]
    assert "money.kuai" in never and "money.suffix" not in never


# ---------------------------------------------------------------- diff
def rules_copy(root, tmp_path, name):
    dst = tmp_path / name
    shutil.copytree(root / "rules", dst, ignore=shutil.ignore_patterns("gazetteer"))
    (dst / "gazetteer").symlink_to(root / "rules" / "gazetteer")
    return dst


def test_diff_groups_changed_rows_by_rule_with_context(root, small_corpus, tmp_path, capsys):
    new = rules_copy(root, tmp_path, "new")
    area = new / "lexicons" / "amount_area.txt"
    area.write_text(area.read_text(encoding="utf-8").replace("平方米\t1\n", ""), encoding="utf-8")
    rc = main(["rules", "diff", str(small_corpus), "--base", str(root / "rules"), "--rules", str(new),
               "--csv", str(tmp_path / "d.csv")])
    out = capsys.readouterr().out
    assert rc == 1
    assert "area.unit (amounts): -1\n  - a:17-24 3.7万平方米  rule_id=area.unit kind=area value=37000" in out
    assert "count.bare (amounts): +1\n  + a:17-21 3.7万" in out
    assert "…金63.5亿元，新增面积[3.7万]平方米。…" in out  # 12 characters each side
    assert out.rstrip().endswith("1 added, 1 removed, 0 changed")
    with open(tmp_path / "d.csv", encoding="utf-8") as f:
        assert [(r["change"], r["rule_id"]) for r in csv.DictReader(f)] == [("added", "count.bare"),
                                                                            ("removed", "area.unit")]


def test_diff_against_a_git_revision(root, small_corpus, tmp_path, capsys):
    rules = rules_copy(root, tmp_path, "repo/rules")
    git = ["git", "-C", str(tmp_path / "repo"), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "rules"], check=True)
    assert main(["rules", "diff", str(small_corpus), "--base", "HEAD", "--rules", str(rules)]) == 0
    assert "0 added, 0 removed, 0 changed" in capsys.readouterr().out
    area = rules / "lexicons" / "amount_area.txt"
    area.write_text(area.read_text(encoding="utf-8").replace("平方米\t1\n", ""), encoding="utf-8")
    assert main(["rules", "diff", str(small_corpus), "--base", "HEAD", "--rules", str(rules)]) == 1
    assert "1 added, 1 removed, 0 changed" in capsys.readouterr().out


def test_diff_with_an_unknown_base_exits_2(small_corpus, capsys):
    assert main(["rules", "diff", str(small_corpus), "--base", "no-such-rev-or-dir"]) == 2
    assert "neither a folder nor a git revision" in capsys.readouterr().err


# ---------------------------------------------------------------- pipes
def test_rules_list_into_a_closed_pipe_ends_quietly(root):
    r, w = os.pipe()
    os.close(r)  # the reader is gone before anything is written (`| head` that has had enough)
    try:
        proc = subprocess.run([sys.executable, "-m", "pipeline", "rules", "list"], stdout=w,
                              stderr=subprocess.PIPE, text=True, cwd=root)
    finally:
        os.close(w)
    assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr
    assert proc.returncode == 141


def test_explain_is_not_cut_when_piped(root):
    text = "深圳安排资金63.5亿元用于前海深港现代服务业合作区和深汕特别合作区的深汕高铁建设工程以及龙岗区人民医院改扩建工程"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "explain", text], capture_output=True, text=True,
                          cwd=root)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0] == text  # the text on one line, not wrapped at 80 columns
    row = next(line for line in lines if "project.head" in line and "龙岗区人民医院改扩建工程" in line)
    assert "…" not in proc.stdout and "龙岗区人民医院改扩建工程 facility" in row
