"""A copy of rules/ with one string of one rule file replaced (tests of rule-file params)."""
import shutil
from pathlib import Path

RULES = Path(__file__).resolve().parents[2] / "rules"


def rules_with(tmp_path, filename, old, new):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    path = root / filename
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return root
