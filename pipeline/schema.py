"""The published schemas of the rule files and lexicons, checked when rules load.

``rules/schema/rules.schema.json`` is a JSON Schema of one rule file (usable by editors:
``# yaml-language-server: $schema=schema/rules.schema.json``); it holds, per table, the
labels the table's extractor knows, so a mistyped ``label`` is an error instead of a rule
that silently produces nothing. ``rules/schema/lexicons.schema.json`` gives, per lexicon,
the JSON Schema of one line's TAB-separated columns (an array of strings). Violations
become :class:`~pipeline.rules.RuleError` lines ``file:line rule ID: message`` (the CLI
exits 2), never a traceback.

A rules folder may carry its own ``schema/``; without one the project's is used.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PROJECT_SCHEMA_DIR = Path(__file__).resolve().parent.parent / "rules" / "schema"
MAX_REPORTED = 12
_ARTICLE = {"integer": "an integer", "string": "a string", "object": "a mapping", "array": "a list",
            "number": "a number", "boolean": "true or false", "null": "empty"}


def _key(schema_file: Path, data_file: Path) -> str | None:
    """A hash of a schema and a file checked against it (None if either is unreadable)."""
    import hashlib

    try:
        h = hashlib.sha256(b"zhextract-schema-1\0")
        h.update(schema_file.read_bytes())
        h.update(b"\0")
        h.update(Path(data_file).read_bytes())
        return h.hexdigest()[:32]
    except OSError:
        return None


def _known_good(kind: str, schema_file: Path, data_file: Path):
    """(True, None) when this exact file passed this exact schema before (the per-user
    cache holds a marker), else (False, marker path to write once it passes)."""
    from .cache import cache_path, read_verified

    key = _key(schema_file, data_file)
    marker = cache_path(f"valid_{kind}", key, ".ok") if key else None
    if marker is not None and read_verified(marker) == b"ok":  # authenticated: a planted marker is ignored
        return True, None
    return False, marker


def _remember(marker) -> None:
    if marker is not None:
        from .cache import write_atomic

        write_atomic(marker, b"ok")


def schema_dir(rules_root: Path) -> Path:
    own = Path(rules_root) / "schema"
    return own if (own / "rules.schema.json").is_file() else PROJECT_SCHEMA_DIR


@lru_cache(maxsize=8)
def _validator(path: str):
    from jsonschema import Draft202012Validator

    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@lru_cache(maxsize=8)
def _described(path: str) -> frozenset:
    """The lexicons the column schema file at ``path`` describes."""
    return frozenset(json.loads(Path(path).read_text(encoding="utf-8")).get("lexicons") or {})


@lru_cache(maxsize=8)
def _lexicon_validators(path: str) -> dict:
    from jsonschema import Draft202012Validator

    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    out = {}
    for name, schema in (doc.get("lexicons") or {}).items():
        Draft202012Validator.check_schema(schema)
        out[name] = (Draft202012Validator(schema), schema)
    return out


def rule_labels(rules_root: Path) -> dict:
    """{table: [label, ...]} as the rule schema declares them."""
    schema = _validator(str(schema_dir(rules_root) / "rules.schema.json")).schema
    return {t: list(v["enum"]) for t, v in schema["$defs"]["labels"].items() if not t.startswith("$")}


def lexicon_names(rules_root: Path) -> list:
    """The lexicons the column schema describes."""
    path = schema_dir(rules_root) / "lexicons.schema.json"
    if not path.is_file():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("lexicons") or {})


def lexicon_schema(rules_root: Path, name: str) -> dict | None:
    path = schema_dir(rules_root) / "lexicons.schema.json"
    if not path.is_file():
        return None
    found = _lexicon_validators(str(path)).get(name)
    return found[1] if found else None


# ------------------------------------------------------------------ rule files
def _key_of(path) -> str:
    keys = [p for p in path if isinstance(p, str)]
    return keys[-1] if keys else "item"


def _message(err, table) -> str:
    v, key, inst = err.validator, _key_of(err.absolute_path), err.instance
    if v in ("anyOf", "oneOf") and err.context:
        if all(c.validator == "required" for c in err.context):
            return "needs a 'pattern' (or a 'lexicon')"
        if key in ("match", "no_match") or (err.absolute_path and isinstance(err.absolute_path[-1], int)):
            if not isinstance(inst, (str, dict)):
                return f"a {key!r} example is a string or a mapping with 'text', got {inst!r}"
        from jsonschema.exceptions import best_match

        # the branch of the instance's own type says what is wrong inside it
        inner = [c for c in err.context if not (c.validator == "type" and not c.relative_path)]
        return _message(best_match(inner or err.context), table)
    if v == "additionalProperties":
        known = set(err.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in known)
        path = err.absolute_path
        where = f" in {path[-1]!r}" if path and isinstance(path[-1], str) else ""
        return f"unknown key(s){where}: {', '.join(map(str, extra))}"
    if v == "required":
        missing = [k for k in err.validator_value if k not in inst]
        return f"missing {missing[0]!r}" if missing else err.message
    if v == "type":
        want = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        return f"{key!r} must be {' or '.join(_ARTICLE.get(w, w) for w in want)}, got {inst!r}"
    if v == "enum":
        options = ", ".join(map(str, err.validator_value))
        if key == "label":
            return f"label {inst!r} is not known to the {table} extractor (known: {options})"
        return f"{key!r} must be one of {options}, got {inst!r}"
    if v == "dependentRequired":
        return "'table' must be one of metadata, amounts, dates, places, projects, got None"
    if v == "propertyNames":
        return f"bad macro name {inst!r}"
    if v == "pattern":
        if key == "id":
            return f"id {inst!r} must be TABLE.NAME in lower case (money.wan)"
        return f"{key!r} value {inst!r} does not match {err.validator_value}"
    return err.message


def check_rule_file(path: Path, where: str, raw: dict, clean: dict, rules_root: Path) -> None:
    """Raise RuleError listing every schema violation of one rule file (``raw`` keeps the
    loader's ``__line__`` of each mapping, ``clean`` is the same document without)."""
    from .rules import RuleError

    schema_file = schema_dir(rules_root) / "rules.schema.json"
    good, marker = _known_good(f"rules_{Path(path).stem}", schema_file, path)
    if good:
        return
    validator = _validator(str(schema_file))
    errors = list(validator.iter_errors(clean))
    if not errors:
        _remember(marker)
        return
    table = clean.get("table")
    found = []
    for err in errors:
        node, line, rid = raw, raw.get("__line__", 1), None
        path = list(err.absolute_path)
        for i, p in enumerate(path):
            try:
                node = node[p]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, dict):
                line = node.get("__line__", line)
                if i == 1 and path[0] == "rules" and isinstance(node.get("id"), str):
                    rid = node["id"]
        head = f"{where}:{line}" + (f" rule {rid}" if rid else "")
        found.append((line, f"{head}: {_message(err, table)}"))
    found.sort(key=lambda x: x[0])
    msgs = list(dict.fromkeys(m for _, m in found))
    more = len(msgs) - MAX_REPORTED
    raise RuleError("\n".join(msgs[:MAX_REPORTED] + ([f"... and {more} more"] if more > 0 else [])))


# ------------------------------------------------------------------ lexicons
def check_lexicon(lexicon, rules_root: Path, where: str) -> None:
    """Raise RuleError naming ``file:line`` of every lexicon line that breaks its
    lexicon's column schema (lexicons without a schema are not checked)."""
    from .rules import RuleError

    path = schema_dir(rules_root) / "lexicons.schema.json"
    if not path.is_file():
        return
    if lexicon.name not in _described(str(path)):
        return  # no column schema: nothing to check (and no validators to build, jsonschema unimported)
    good, marker = _known_good(f"lex_{lexicon.name}", path, lexicon.path)
    if good:
        return
    found = _lexicon_validators(str(path)).get(lexicon.name)
    if found is None:
        return
    validator, schema = found
    names = [c.get("title", f"column {i + 1}") for i, c in enumerate(schema.get("prefixItems", []))]
    need = schema.get("minItems", 0)
    msgs = []
    for line, row in zip(lexicon.lines, lexicon.entries):
        if len(row) < need:
            missing = ", ".join(f"{i + 1} ({names[i]})" if i < len(names) else str(i + 1) for i in range(len(row), need))
            msgs.append(f"{where}:{line}: lexicon {lexicon.name}: {row[0]!r} lacks column {missing} "
                        f"(columns are TAB-separated: {' <TAB> '.join(names)})")
            continue
        for err in validator.iter_errors(list(row)):
            col = err.absolute_path[0] if err.absolute_path else None
            what = f"column {col + 1} ({names[col]})" if isinstance(col, int) and col < len(names) else "line"
            desc = (err.schema.get("description") or "") if isinstance(err.schema, dict) else ""
            hint = ", ".join(map(str, err.validator_value)) if err.validator == "enum" else desc or err.validator_value
            msgs.append(f"{where}:{line}: lexicon {lexicon.name}: {row[0]!r}: {what} is {err.instance!r}, "
                        f"expected {hint}")
            break
    if not msgs:
        _remember(marker)
    else:
        more = len(msgs) - MAX_REPORTED
        raise RuleError("\n".join(msgs[:MAX_REPORTED] + ([f"... and {more} more"] if more > 0 else [])))
