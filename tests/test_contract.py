"""The extractor contract: what each extractor requires and which labels it knows; the
published schemas of rule files and lexicons, checked at load (file:line, exit 2)."""
import json
import shutil

import pytest

from pipeline.cli import main
from pipeline.extract import EXTRACTORS, Pipeline, extractor_class, resolve_requires
from pipeline.ingest import expand_inputs, read_inputs
from pipeline.metadata import MetadataReader
from pipeline.model import MENTION_TABLES
from pipeline.rules import RuleError, RuleSet
from pipeline.schema import PROJECT_SCHEMA_DIR, rule_labels
from pipeline.tables import result_rows


def copy_rules(root, tmp_path):
    """A private copy of rules/ (the gazetteer linked, not copied) to break on purpose."""
    dst = tmp_path / "rules"
    shutil.copytree(root / "rules", dst, ignore=shutil.ignore_patterns("gazetteer"))
    (dst / "gazetteer").symlink_to(root / "rules" / "gazetteer")
    return dst


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# ---------------------------------------------------------------- requires / --only
def test_requires_are_resolved_in_run_order():
    assert resolve_requires(["projects"]) == ["places", "projects"]
    assert resolve_requires(["dates"]) == ["amounts", "dates"]
    assert resolve_requires(["amounts", "places"]) == ["amounts", "places"]
    assert resolve_requires(list(MENTION_TABLES)) == list(EXTRACTORS)


def test_only_runs_what_it_requires_but_returns_only_the_asked_table(root):
    p = Pipeline.load(root / "rules", ("projects",))
    assert [e.table for e in p.extractors] == ["places", "projects"] and p.tables == ["projects"]
    found = p.extract_text("深圳将打造后海湾超级商圈。")
    assert list(found) == ["projects"]
    # the name keeps its leading place: before `requires`, --only projects gave 海湾超级商圈
    assert [m.text for m in found["projects"]] == ["后海湾超级商圈"]


@pytest.fixture(scope="module")
def all_inputs(root):
    return expand_inputs([root / "corpus"] + sorted(p for p in (root / "tests" / "fixtures").iterdir() if p.is_dir()))


@pytest.fixture(scope="module")
def full_rows(root, all_inputs):
    full = Pipeline.load(root / "rules")
    return [result_rows(full.process(d)) for d in read_inputs(all_inputs)]


@pytest.mark.parametrize("table", MENTION_TABLES)
def test_only_table_gives_exactly_the_rows_of_a_full_run(root, all_inputs, full_rows, table):
    only = Pipeline.load(root / "rules", (table,))
    got = [result_rows(only.process(d)) for d in read_inputs(all_inputs)]
    assert len(got) == len(full_rows) > 40
    assert sum(len(r[table]) for r in full_rows) > 50
    for want, have in zip(full_rows, got):
        assert have[table] == want[table], want["documents"][0][0]
        # facts link all four tables: a run of one table writes none (header only)
        assert set(have) == {"documents", "sentences", table, "facts"} and have["facts"] == []


# ---------------------------------------------------------------- labels
@pytest.mark.parametrize("table", ("metadata",) + MENTION_TABLES)
def test_each_extractor_knows_exactly_the_labels_the_schema_publishes(root, table):
    cls = MetadataReader if table == "metadata" else extractor_class(table)
    assert sorted(cls.labels) == sorted(rule_labels(root / "rules")[table])


def test_every_rule_uses_a_label_its_extractor_knows(rules):
    known = rule_labels(rules.root)
    assert all(r.label in known[r.table] for r in rules.rules())


def test_a_mistyped_label_is_an_error_not_a_silent_rule(root, tmp_path, capsys):
    dst = copy_rules(root, tmp_path)
    edit(dst / "amounts.yaml", "label: money", "label: mony")
    assert main(["explain", "安排资金63.5亿元", "--rules", str(dst)]) == 2
    err = capsys.readouterr().err
    assert "amounts.yaml:" in err and "label 'mony' is not known to the amounts extractor" in err
    assert "Traceback" not in err


# ---------------------------------------------------------------- rule file schema
def test_the_schemas_are_valid_json_schema():
    from jsonschema import Draft202012Validator

    for name in ("rules.schema.json", "lexicons.schema.json"):
        doc = json.loads((PROJECT_SCHEMA_DIR / name).read_text(encoding="utf-8"))
        if name == "lexicons.schema.json":
            for schema in doc["lexicons"].values():
                Draft202012Validator.check_schema(schema)
        else:
            Draft202012Validator.check_schema(doc)


RULE = """\
table: amounts
rules:
  - id: a.yuan
    label: money
    pattern: '[0-9]+元'
    examples:
      match:
        - text: 共5元
          span: 5元
          expect: {value: 5}
"""


@pytest.mark.parametrize("old, new, message", [
    ("label: money", "label: monye", "a.yaml:3 rule a.yuan: label 'monye' is not known to the amounts extractor"),
    ("id: a.yuan", "id: A Yuan", "a.yaml:3 rule A Yuan: id 'A Yuan' must be TABLE.NAME"),
    ("          span: 5元\n", "          span: 5元\n          spam: 1\n", "a.yaml:8 rule a.yuan: unknown key(s): spam"),
    ("expect: {value: 5}", "expect: [5]", "a.yaml:8 rule a.yuan: 'expect' must be a mapping"),
    ("    examples:", "    normalize: [x]\n    examples:", "a.yaml:3 rule a.yuan: 'normalize' must be a string"),
    ("table: amounts\n", "", "a.yaml:1: 'table' must be one of"),
])
def test_schema_errors_name_file_line_and_rule(tmp_path, old, new, message):
    (tmp_path / "a.yaml").write_text(RULE.replace(old, new), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        RuleSet.load(tmp_path)
    assert message in str(err.value)


def test_every_schema_error_of_a_file_is_reported_at_once(tmp_path):
    (tmp_path / "a.yaml").write_text(RULE.replace("label: money", "label: mony").replace("examples:", "exampels:"),
                                     encoding="utf-8")
    with pytest.raises(RuleError) as err:
        RuleSet.load(tmp_path)
    lines = str(err.value).splitlines()
    assert len(lines) == 2 and all(line.split(": ", 1)[0].endswith("a.yaml:3 rule a.yuan") for line in lines)
    assert {line.split(": ", 1)[1].split(" (")[0] for line in lines} == {
        "unknown key(s): exampels", "label 'mony' is not known to the amounts extractor"}


# ---------------------------------------------------------------- lexicon columns
@pytest.mark.parametrize("lexicon, old, new, message", [
    ("currency", "美元\tUSD\t1\n", "美元\n", "currency.txt:{line}: lexicon currency: '美元' lacks column 2 (code)"),
    ("date_rel_year", "今年\t0\tref\n", "今年\n", "date_rel_year.txt:{line}: lexicon date_rel_year: '今年' lacks column 2"),
    ("date_pod", "上午\tam\n", "上午\tmorning\n", "date_pod.txt:{line}: lexicon date_pod: '上午': column 2 (part of day) "
                                                  "is 'morning', expected am, pm, noon"),
    ("amount_area", "亩\t666.6666666666666\n", "亩\t666,67\n", "amount_area.txt:{line}: lexicon amount_area: '亩': "
                                                               "column 2 (factor to m2) is '666,67'"),
])
def test_a_broken_lexicon_line_is_a_file_line_error_with_exit_2(root, tmp_path, capsys, lexicon, old, new, message):
    dst = copy_rules(root, tmp_path)
    path = dst / "lexicons" / f"{lexicon}.txt"
    text = path.read_text(encoding="utf-8")
    line = text[:text.index("\n" + old) + 1].count("\n") + 1
    edit(path, "\n" + old, "\n" + new)
    # before the schema this was an IndexError traceback out of `zhextract explain`
    assert main(["explain", "今年上午安排资金63.5亿美元", "--rules", str(dst)]) == 2
    err = capsys.readouterr().err
    assert message.format(line=line) in err and "Traceback" not in err


def test_a_file_that_passed_is_not_validated_again_and_a_planted_marker_is_ignored(tmp_path, monkeypatch):
    import pipeline.schema as schema

    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "cache"))
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.yaml").write_text(RULE, encoding="utf-8")
    calls = []
    real = schema._validator

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(schema, "_validator", counting)
    RuleSet.load(tmp_path / "rules")
    RuleSet.load(tmp_path / "rules")
    assert len(calls) == 1  # the second load found the authenticated marker
    bad = RULE.replace("label: money", "label: mony")
    (tmp_path / "rules" / "a.yaml").write_text(bad, encoding="utf-8")
    _, marker = schema._known_good("rules_a", PROJECT_SCHEMA_DIR / "rules.schema.json", tmp_path / "rules" / "a.yaml")
    marker.write_bytes(b"ok")  # planted without the key
    with pytest.raises(RuleError, match="label 'mony'"):
        RuleSet.load(tmp_path / "rules")
