"""The rule author's commands: ``zhextract rules lint | coverage | diff`` (CLI glue; the
work is in lint.py, coverage.py and rulediff.py)."""
from __future__ import annotations

import sys
from pathlib import Path


def cmd_lint(args, rules) -> int:
    from .lint import lint

    findings = lint(rules, measure=not args.no_timing)
    for f in findings:
        print(f)
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    print(f"{len(rules)} rules: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors or (args.strict and warnings) else 0


def cmd_coverage(args, pipeline) -> int:
    from .coverage import measure, render, write_csv
    from .ingest import expand_inputs, read_inputs

    missing = [i for i in args.inputs if not Path(i).exists()]
    if missing:
        print(f"zhextract: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    cov = measure(pipeline, read_inputs(expand_inputs(args.inputs)), samples=args.samples)
    render(cov, sys.stdout)
    if args.csv:
        for path in write_csv(cov, args.csv):
            print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_diff(args) -> int:
    from .extract import default_rules_dir
    from .rulediff import DiffError, render, rules_diff, write_csv

    missing = [i for i in args.inputs if not Path(i).exists()]
    if missing:
        print(f"zhextract: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        changes, texts = rules_diff(args.inputs, args.base, Path(args.rules or default_rules_dir()), args.jobs)
    except DiffError as err:
        print(f"zhextract: {err}", file=sys.stderr)
        return 2
    render(changes, texts, sys.stdout)
    if args.csv:
        write_csv(changes, texts, args.csv)
        print(f"wrote {args.csv}", file=sys.stderr)
    return 1 if changes else 0

