"""rules/README.md must not drift: the macros, lexicons and files it names exist, and the
tutorial's three changes do what it says."""
import re
import shutil

import pytest

README_PLACEHOLDERS = {"NAME", "NUMM", "name", "nope", "lexicon"}


@pytest.fixture(scope="module")
def readme(root):
    return (root / "rules" / "README.md").read_text(encoding="utf-8")


def test_every_macro_and_lexicon_the_readme_names_exists(readme, rules):
    refs = re.findall(r"(?<!\\p)\{(@\^|@|)([A-Za-z_][A-Za-z0-9_]*)\}", readme)  # not \p{Han}
    assert len(refs) > 10
    for kind, name in refs:
        if name in README_PLACEHOLDERS:
            continue
        if kind:
            assert (rules.root / "lexicons" / f"{name}.txt").is_file(), f"{{{kind}{name}}}"
        else:
            assert name in rules._macros, f"{{{name}}}"  # the README named a {DIGIT} that never existed


def test_every_file_of_the_layout_exists(readme, root):
    layout = readme.split("```", 2)[1]
    names = re.findall(r"^  ([\w./*]+)", layout, flags=re.M)
    assert "numerals.yaml" in names and "macros.yaml" not in names
    for name in names:
        assert list((root / "rules").glob(name)), name


def test_the_tutorial_changes_do_what_it_says(readme, root, tmp_path):
    from pipeline.extract import Pipeline
    from pipeline.rules import RuleSet

    lines = {"currency": "迪拉姆\tAED\t1", "project_heads_facility": "驿站",
             "place_features": "西乡河\t西乡河\t广东省/深圳市/宝安区"}
    for line in lines.values():
        assert f"\n{line}\n" in readme
    text = re.search(r'zhextract explain "([^"]+)"', readme).group(1)
    dst = tmp_path / "rules"
    shutil.copytree(root / "rules", dst, ignore=shutil.ignore_patterns("gazetteer"))
    (dst / "gazetteer").symlink_to(root / "rules" / "gazetteer")
    before = Pipeline(RuleSet.load(dst)).extract_text(text)
    assert not [m for m in before["amounts"] if m.fields.get("unit") == "AED"]
    for name, line in lines.items():
        with open(dst / "lexicons" / f"{name}.txt", "a", encoding="utf-8") as f:
            f.write(line + "\n")
    found = Pipeline(RuleSet.load(dst)).extract_text(text)  # not .load: it caches per folder
    money = [m for m in found["amounts"] if m.text == "50亿迪拉姆"]
    assert money and (money[0].rule_id, money[0].fields["value"], money[0].fields["unit"]) == (
        "money.suffix", 5000000000, "AED")
    assert [(m.text, m.fields["category"]) for m in found["projects"]] == [("深圳湾科技生态驿站", "facility")]
    place = [m for m in found["places"] if m.text == "西乡河"]
    assert place and (place[0].fields["level"], place[0].fields["path"]) == ("area", "广东省/深圳市/宝安区/西乡河")
