"""Load and validate the rule files under ``rules/`` (format: rules/README.md).

Everything wrong with a rule file is reported as one line naming the file, the line and
the rule, ``rules/amounts.yaml:42 rule money.wan: unknown macro {NUMM}``, through
:class:`RuleError`; the CLI prints it and exits with code 2.
"""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import regex
import yaml

from .cache import cached_parse
from .recache import PatternCache
from .schema import check_lexicon, check_rule_file, lexicon_names

TABLES = ("metadata", "amounts", "dates", "places", "projects")
RULE_KEYS = {"id", "label", "pattern", "lexicon", "priority", "normalize", "examples", "description",
             "zone",  # metadata rules only (head = the page header lines)
             "params"}  # named thresholds and switches an extractor reads (documented in the rule file)
FILE_KEYS = {"table", "macros", "rules", "description",
             "params"}  # named thresholds of the table's extractor as a whole (see param())
MACRO_REF = regex.compile(r"(?<!\\[pPN])(?<!\\)\{(@\^|@|)([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_MACRO_DEPTH = 20


class RuleError(Exception):
    """A rule file is malformed; ``str(err)`` is the user-facing one-line message."""


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive
        return str(path)


def _strip(obj):
    """The mapping without the loader's ``__line__`` bookkeeping, recursively."""
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it


class _LineLoader(_BaseLoader):
    """SafeLoader that records the 1-based line of every mapping as ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


#: what a rule file's parse depends on besides its text (pipeline/cache.py cached_parse)
_YAML_SALT = f"{yaml.__version__}|{sys.version}|" + hashlib.blake2b(Path(__file__).read_bytes(),
                                                                   digest_size=12).hexdigest()

# YAML would read 2024-07-26 as a date object; rule files mean text.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Lexicon:
    """``rules/lexicons/NAME.txt``: one entry a line, TAB-separated data columns."""

    name: str
    path: Path
    entries: list  # list[tuple[str, ...]], first column the surface form
    _map: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)  # the file line of each entry

    def __post_init__(self):
        for row in self.entries:
            self._map.setdefault(row[0], row)

    def __contains__(self, surface: str) -> bool:
        return surface in self._map

    def __iter__(self):
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def get(self, surface: str, default=None):
        return self._map.get(surface, default)

    @cached_property
    def alternation(self) -> str:
        words = sorted(self._map, key=lambda w: (-len(w), w))
        return "|".join(regex.escape(w) for w in words) or "(?!)"

    @cached_property
    def first_chars(self) -> str:
        """A character class of every entry's first character (never empty)."""
        chars = sorted({w[0] for w in self._map})
        return "[" + "".join(regex.escape(c) for c in chars) + "]" if chars else "(?!)"

    @staticmethod
    def read(name: str, path: Path) -> "Lexicon":
        rows, lines = [], []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = tuple(c.strip() for c in line.split("\t"))
            if cols[0]:
                rows.append(cols)
                lines.append(n)
        return Lexicon(name, path, rows, lines=lines)


@dataclass(slots=True)
class Rule:
    id: str
    table: str
    label: str
    priority: int
    pattern: str | None  # macro-expanded source
    regex: object | None  # compiled regex.Pattern
    normalize: str | None
    examples: dict
    source: str  # "rules/amounts.yaml:42"
    index: int  # global order: file name order, then position in file
    data: dict  # the rule's whole mapping, for extra keys an extractor reads

    def __repr__(self) -> str:
        return f"Rule({self.id!r} @ {self.source})"

    def param(self, name: str, default):
        """The rule's ``params: {name: ...}``, else ``default`` (see :func:`param`)."""
        return param(self.data.get("params") or {}, name, default, f"{self.source} rule {self.id}")


def param(params: dict, name: str, default, where: str):
    """``params[name]``, else ``default``; a value of another type than the default's is a
    RuleError naming ``where`` (an int default takes no float, a list takes strings)."""
    if name not in params:
        return default
    value = params[name]
    want = type(default)
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if want in (int, float, bool, str) and (type(value) is not want):
        raise RuleError(f"{where}: params.{name} must be {want.__name__}, got {value!r}")
    if want in (list, tuple) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise RuleError(f"{where}: params.{name} must be a list of strings, got {value!r}")
    return value


class RuleSet:
    """All rules, macros and lexicons of one rules directory."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lexicons: dict[str, Lexicon] = {}
        self._macros: dict[str, tuple[str, str]] = {}  # name -> (raw pattern, source)
        self._expanded: dict[str, str] = {}
        self._rules: list[Rule] = []
        self._params: dict[str, tuple[dict, str]] = {}  # table -> (file params, file:line)
        self._patterns = None  # compiled-pattern cache, during load (pipeline/recache.py)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, root: str | Path) -> "RuleSet":
        rs = cls(Path(root))
        if not rs.root.is_dir():
            raise RuleError(f"{_display(rs.root)}: rules directory not found")
        docs = [(path, rs._read_yaml(path)) for path in sorted(rs.root.glob("*.yaml"))]
        for path, doc in docs:  # the published schema (rules/schema/rules.schema.json)
            check_rule_file(path, _display(path), doc, _strip(doc), rs.root)
        for name in lexicon_names(rs.root):  # every lexicon with a column schema, checked up front
            if (rs.root / "lexicons" / f"{name}.txt").is_file():
                rs.lexicon(name)
        for path, doc in docs:
            rs._collect_macros(path, doc)
            if isinstance(doc.get("params"), dict) and doc.get("table") in TABLES:
                params = doc["params"]
                rs._params[doc["table"]] = (_strip(params), f"{_display(path)}:{params.get('__line__', doc['__line__'])}")
        seen: dict[str, str] = {}
        rs._patterns = PatternCache()
        for path, doc in docs:
            for rule in rs._build_rules(path, doc):
                if rule.id in seen:
                    raise RuleError(f"{rule.source} rule {rule.id}: duplicate id (first defined at {seen[rule.id]})")
                seen[rule.id] = rule.source
                rs._rules.append(rule)
        rs._patterns.save()
        rs._patterns = None
        return rs

    @staticmethod
    def _read_yaml(path: Path) -> dict:
        where = _display(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise RuleError(f"{where}: cannot read: {err}") from None
        try:
            doc = cached_parse(f"yaml_{path.stem}", text, _YAML_SALT,
                               lambda t: yaml.load(t, Loader=_LineLoader))  # noqa: S506 - SafeLoader subclass
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            problem = getattr(err, "problem", None) or str(err)
            raise RuleError(f"{where}{line}: malformed YAML: {problem}") from None
        if doc is None:
            return {"__line__": 1}
        if not isinstance(doc, dict):
            raise RuleError(f"{where}:1: a rule file must be a mapping with 'rules:' and/or 'macros:'")
        unknown = set(doc) - FILE_KEYS - {"__line__"}
        if unknown:
            raise RuleError(f"{where}:{doc['__line__']}: unknown top-level key(s): {', '.join(sorted(unknown))}")
        return doc

    def _collect_macros(self, path: Path, doc: dict) -> None:
        macros = doc.get("macros") or {}
        where = _display(path)
        if not isinstance(macros, dict):
            raise RuleError(f"{where}:{doc['__line__']}: 'macros' must be a mapping of NAME: pattern")
        line = macros.get("__line__", doc["__line__"])
        for name, pattern in macros.items():
            if name == "__line__":
                continue
            if not regex.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(name)):
                raise RuleError(f"{where}:{line}: bad macro name {name!r}")
            if not isinstance(pattern, (str, int)):
                raise RuleError(f"{where}:{line}: macro {name} must be a string pattern")
            if name in self._macros:
                raise RuleError(f"{where}:{line}: macro {name} defined twice (also at {self._macros[name][1]})")
            self._macros[name] = (str(pattern), f"{where}:{line}")

    def _build_rules(self, path: Path, doc: dict):
        where = _display(path)
        rules = doc.get("rules")
        if rules is None:
            return
        table = doc.get("table")
        if table not in TABLES:
            raise RuleError(f"{where}:{doc['__line__']}: 'table' must be one of {', '.join(TABLES)}, got {table!r}")
        if not isinstance(rules, list):
            raise RuleError(f"{where}:{doc['__line__']}: 'rules' must be a list")
        for raw in rules:
            if not isinstance(raw, dict):
                raise RuleError(f"{where}: each rule must be a mapping, got {raw!r}")
            line = raw["__line__"]
            rid = raw.get("id")
            src = f"{where}:{line}"
            if not isinstance(rid, str) or not rid:
                raise RuleError(f"{src}: rule without an 'id'")
            head = f"{src} rule {rid}"
            unknown = set(raw) - RULE_KEYS - {"__line__"}
            if unknown:
                raise RuleError(f"{head}: unknown key(s): {', '.join(sorted(unknown))}")
            if not isinstance(raw.get("label"), str):
                raise RuleError(f"{head}: missing 'label'")
            priority = raw.get("priority", 0)
            if not isinstance(priority, int) or isinstance(priority, bool):
                raise RuleError(f"{head}: 'priority' must be an integer")
            if "pattern" not in raw and "lexicon" not in raw:
                raise RuleError(f"{head}: needs a 'pattern' (or a 'lexicon')")
            compiled = pattern = None
            if "pattern" in raw:
                if not isinstance(raw["pattern"], str):
                    raise RuleError(f"{head}: 'pattern' must be a string")
                try:
                    pattern = self.expand(raw["pattern"])
                except RuleError as err:
                    raise RuleError(f"{head}: {err}") from None
                try:
                    compiled = self._patterns.compile(pattern) if self._patterns else regex.compile(pattern)
                except regex.error as err:
                    raise RuleError(f"{head}: pattern does not compile: {err}") from None
            if "lexicon" in raw:
                try:
                    self.lexicon(str(raw["lexicon"]))
                except RuleError as err:
                    raise RuleError(f"{head}: {err}") from None
            normalize = raw.get("normalize")
            if normalize is not None and not isinstance(normalize, str):
                raise RuleError(f"{head}: 'normalize' must be a name")
            examples = self._check_examples(head, raw.get("examples"))
            yield Rule(id=rid, table=table, label=raw["label"], priority=priority, pattern=pattern,
                       regex=compiled, normalize=normalize, examples=examples, source=src,
                       index=len(self._rules), data=_strip(raw))

    @staticmethod
    def _check_examples(head: str, examples) -> dict:
        if examples is None:
            return {"match": [], "no_match": []}
        if not isinstance(examples, dict) or set(examples) - {"match", "no_match", "__line__"}:
            raise RuleError(f"{head}: 'examples' must be a mapping with 'match' and/or 'no_match'")
        match = examples.get("match") or []
        no_match = examples.get("no_match") or []
        if not isinstance(match, list) or not isinstance(no_match, list):
            raise RuleError(f"{head}: examples 'match' and 'no_match' must be lists")
        for ex in match:
            if isinstance(ex, str):
                continue
            if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
                raise RuleError(f"{head}: a 'match' example needs 'text' (and usually 'span')")
            span = ex.get("span", ex["text"])
            if not isinstance(span, str) or span not in ex["text"]:
                raise RuleError(f"{head}: example span {span!r} is not in its text {ex['text']!r}")
            if "expect" in ex and not isinstance(ex["expect"], dict):
                raise RuleError(f"{head}: example 'expect' must be a mapping of column: value")
        for ex in no_match:
            if not isinstance(ex, (str, dict)) or (isinstance(ex, dict) and not isinstance(ex.get("text"), str)):
                raise RuleError(f"{head}: a 'no_match' example is a string (or a mapping with 'text')")
        return {"match": _strip(match), "no_match": _strip(no_match)}

    # ---------------------------------------------------------------- macros
    def expand(self, pattern: str, _stack: tuple = ()) -> str:
        """Expand ``{NAME}`` macros, ``{@name}`` lexicons and ``{@^name}`` (the class of a
        lexicon's first characters: a start filter that can never miss one of its words)."""

        def sub(m):
            is_lex, name = m.group(1), m.group(2)
            if is_lex == "@^":
                return self.lexicon(name).first_chars
            if is_lex:
                return f"(?:{self.lexicon(name).alternation})"
            if name not in self._macros:
                raise RuleError(f"unknown macro {{{name}}}")
            if name in _stack or len(_stack) > MAX_MACRO_DEPTH:
                raise RuleError(f"macro cycle: {' -> '.join(_stack + (name,))}")
            if name not in self._expanded:
                self._expanded[name] = self.expand(self._macros[name][0], _stack + (name,))
            return f"(?:{self._expanded[name]})"

        return MACRO_REF.sub(sub, pattern)

    def macro(self, name: str) -> str:
        """The expanded text of one macro (for code that builds patterns at run time)."""
        return self.expand("{" + name + "}")

    # ---------------------------------------------------------------- access
    def lexicon(self, name: str) -> Lexicon:
        if name not in self._lexicons:
            path = self.root / "lexicons" / f"{name}.txt"
            if not path.is_file():
                raise RuleError(f"unknown lexicon {{@{name}}} (no file {_display(path)})")
            try:
                lexicon = Lexicon.read(name, path)
            except (OSError, UnicodeDecodeError) as err:
                raise RuleError(f"{_display(path)}: cannot read: {err}") from None
            check_lexicon(lexicon, self.root, _display(path))  # rules/schema/lexicons.schema.json
            self._lexicons[name] = lexicon
        return self._lexicons[name]

    def rules(self, table: str | None = None) -> list[Rule]:
        return [r for r in self._rules if table is None or r.table == table]

    def param(self, table: str, name: str, default):
        """The ``params: {name: ...}`` of the rule file of ``table``, else ``default``."""
        params, where = self._params.get(table, ({}, ""))
        return param(params, name, default, where)

    def get(self, rule_id: str) -> Rule:
        for r in self._rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def __len__(self) -> int:
        return len(self._rules)
