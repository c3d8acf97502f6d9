"""The ``zhextract`` command line (also ``python -m pipeline``).

Exit codes: 0 ok; 1 some documents failed (each has an error row in documents.csv) or a
rule example failed; 2 bad usage or bad rules; 130/143 a run stopped by SIGINT/SIGTERM.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from . import __version__
from .rules import RuleError

EPILOG = """\
examples:
  zhextract run                         # corpus/ -> outputs/ (all seven tables)
  zhextract run news/ extra.jsonl --out tables/ --jobs 2
  zhextract explain "深圳安排资金63.5亿元，2024年8月9日至11日在南山区举办"
  zhextract explain --file corpus/001_17c82dbbecb7d2c4.txt --table amounts
  zhextract rules list --table dates
  zhextract rules test                  # every rule's inline examples

input: files (*.txt), folders (their *.txt and *.jsonl files, see --include) and .jsonl
files, one document a line: {"id": "...", "text": "...", "publish_date": "2024-07-26"}.
a re-run extracts only new or changed documents (--full: all); Ctrl-C keeps the old tables.
tables (SPEC §2, §8): documents, sentences, amounts, dates, places, projects, facts (.csv).
rules: YAML files and lexicons under rules/ (see rules/README.md); --rules DIR or the
ZHEXTRACT_RULES environment variable picks another folder.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 with the usage line
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="zhextract", description="Turn Chinese news articles into tidy tables of amounts, dates, "
                                               "places and projects.",
                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"zhextract {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    r = sub.add_parser("run", help="extract every input into the seven CSV tables",
                       description="Extract every input document into documents, sentences, amounts, dates, "
                                   "places and projects tables (CSV, SPEC §2). Tables are replaced atomically "
                                   "when the run ends; a document that fails gets status=error and the run goes on.")
    r.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders or .jsonl files (default: corpus/)")
    r.add_argument("--out", default="outputs", metavar="DIR", help="folder for the tables (default: outputs/)")
    r.add_argument("--rules", metavar="DIR", help="rules folder (default: the project's rules/)")
    r.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core for inputs of 1 MB or more, else 1; "
                        "0 = one per core)")
    r.add_argument("--only", action="append", choices=("amounts", "dates", "places", "projects"), metavar="TABLE",
                   help="run only these extractors (repeatable; the other tables stay header-only)")
    r.add_argument("--quiet", "-q", action="store_true", help="no progress or summary (failures are still printed)")
    _run_options(r)

    e = sub.add_parser("explain", help="show the mentions found in one text, highlighted",
                       description="Show each mention with its table, normalized value and the rule that produced it.")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("text", nargs="?", help="the text to explain")
    src.add_argument("--file", "-f", metavar="F", help="read the text from a file (any supported encoding)")
    e.add_argument("--publish-date", metavar="YYYY-MM-DD", type=iso_date, help="resolve relative dates against this date")
    e.add_argument("--table", action="append", choices=("amounts", "dates", "places", "projects"),
                   help="only these tables (repeatable)")
    e.add_argument("--html", metavar="OUT.html", help="also write a displaCy page of the mentions")
    e.add_argument("--trace", action="store_true",
                   help="every candidate considered, its rule, and what removed it (overlap, veto, guard, check)")
    e.add_argument("--json", action="store_true", help="with --trace: the candidates as JSON, for tools")
    e.add_argument("--rules", metavar="DIR", help="rules folder")

    rp = sub.add_parser("report", help="one self-contained HTML page for a run's tables",
                        description="Write one HTML page (works offline) for the tables of a run: summary, errors, "
                                    "counts per table and rule, charts, and every document with its mentions and facts.")
    rp.add_argument("out_dir", metavar="OUT_DIR", help="the --out folder of a run")
    rp.add_argument("-o", "--output", metavar="report.html", help="where to write the page (default: OUT_DIR/report.html)")

    rl = sub.add_parser("rules", help="list the rules or test their examples",
                        description="Work with the rule files under rules/.")
    rsub = rl.add_subparsers(dest="rules_command", metavar="ACTION", parser_class=_Parser)
    for name, helptext in (("test", "run every rule's inline examples; exit 1 if any fails"),
                           ("list", "one line per rule: id, table, label, priority, source")):
        q = rsub.add_parser(name, help=helptext, description=helptext)
        q.add_argument("--table", choices=("metadata", "amounts", "dates", "places", "projects"))
        q.add_argument("--rules", metavar="DIR", help="rules folder")
    _authoring_parsers(rsub)
    return p


def _authoring_parsers(rsub) -> None:
    q = rsub.add_parser("lint", help="risky patterns, unreachable and duplicate lexicon words, variants, rules "
                                     "without examples; exit 1 on an error",
                        description="Check the rules (see pipeline/lint.py for every check). Exit 1 when a "
                                    "finding is an error (or any finding, with --strict).")
    q.add_argument("--rules", metavar="DIR", help="rules folder")
    q.add_argument("--strict", action="store_true", help="warnings fail too")
    q.add_argument("--no-timing", action="store_true", help="skip timing patterns on adversarial inputs")
    q = rsub.add_parser("coverage", help="per rule and lexicon entry: rows, documents, samples; what never fires",
                        description="Run the rules over a corpus and show what each rule and lexicon entry "
                                    "contributes, and which never fire.")
    q.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or .jsonl files")
    q.add_argument("--rules", metavar="DIR", help="rules folder")
    q.add_argument("--csv", metavar="DIR", help="also write coverage_rules.csv and coverage_lexicons.csv here")
    q.add_argument("--samples", type=int, default=3, metavar="N", help="sample rows per rule/entry (default 3)")
    q = rsub.add_parser("diff", help="rows added, removed and changed on a corpus between two versions of the rules",
                        description="Extract a corpus with the base rules and with the current rules and show "
                                    "the rows that differ, grouped by rule, with context. Exit 0 when the tables "
                                    "are the same, 1 when they differ, 2 on bad usage or bad rules.")
    q.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or .jsonl files")
    q.add_argument("--base", required=True, metavar="REV_OR_DIR",
                   help="the rules to compare against: a folder, or a git revision (HEAD, main~2)")
    q.add_argument("--rules", metavar="DIR", help="the current rules folder (default: the project's rules/)")
    q.add_argument("--csv", metavar="FILE", help="also write the changes as CSV")
    q.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="worker processes per run")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "run":
            return cmd_run(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "rules":
            if args.rules_command is None:
                parser.parse_args(["rules", "--help"])
            return cmd_rules(args)
    except RuleError as err:
        print(f"zhextract: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("zhextract: interrupted; no table was replaced", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `zhextract rules list | head`: the reader left; stop quietly
        _silence_stdout()
        return 141  # 128 + SIGPIPE, as a shell tool killed by the broken pipe
    return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def cmd_run(args) -> int:
    from .batch import Interrupted, UsageError, run

    inputs = args.inputs or ["corpus"]
    missing = [i for i in inputs if not Path(i).exists() and not Path(i).is_symlink()]
    if missing:
        print(f"zhextract: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    say = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    try:
        summary = run(inputs, args.out, rules_dir=args.rules, jobs=args.jobs, progress=False if args.quiet else None,
                      tables=tuple(args.only) if args.only else None, include=args.include, exclude=args.exclude,
                      full=args.full, fmt=args.format, excel=args.excel, engine=args.engine,
                      scheduler=args.scheduler, publish_date=args.publish_date or "", log=say)
    except UsageError as err:
        print(f"zhextract: {err}", file=sys.stderr)
        return 2
    except Interrupted as err:
        s = err.summary
        done = f"{s.documents} documents finished ({s.extracted} extracted, kept for the next run)" if s else ""
        print(f"zhextract: interrupted ({err}); {done}; no table was replaced", file=sys.stderr)
        if threading.current_thread() is threading.main_thread():
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(128 + err.signum)  # cleanup is done; a killed pool's threads must not hold the exit
        return 128 + err.signum
    for path, why in summary.skipped:
        say(f"  skipped {path}: {why}")
    if not args.quiet:
        counts = ", ".join(f"{t} {summary.rows[t]}" for t in ("sentences", "amounts", "dates", "places", "projects"))
        print(f"zhextract: {summary.documents} documents ({summary.errors} failed, "
              f"{summary.documents - summary.extracted} unchanged since the last run) in {summary.seconds:.1f}s "
              f"-> {args.out}/: {counts}", file=sys.stderr)
    for doc_id, err in summary.failed[:20]:
        print(f"  failed: {doc_id}: {err}", file=sys.stderr)
    if len(summary.failed) > 20:
        print(f"  ... and {len(summary.failed) - 20} more (status=error in documents.csv)", file=sys.stderr)
    return 1 if summary.errors else 0


def cmd_explain(args) -> int:
    import os

    from .extract import ExtractionError, Pipeline
    from .ingest import DecodeError, decode_bytes, display_path, read_regular, replace_surrogates

    try:
        if args.file:
            text, _ = decode_bytes(read_regular(Path(args.file)))
        else:  # bytes the locale could not decode come as surrogate escapes: decode them as a file's
            text = decode_bytes(os.fsencode(args.text))[0] if replace_surrogates(args.text)[1] else args.text
    except (OSError, DecodeError) as err:
        shown = display_path(args.file)[0] if args.file else "text"
        print(f"zhextract: {shown}: {err.strerror or err if isinstance(err, OSError) else err}", file=sys.stderr)
        return 2
    pipeline = Pipeline.load(args.rules)
    if args.json and not args.trace:
        print("zhextract: --json goes with --trace", file=sys.stderr)
        return 2
    from . import trace

    try:
        with trace.tracing() as recorded:
            result = pipeline.process_text(text, publish_date=args.publish_date)
            found = result.mentions
    except ExtractionError as err:
        print(f"zhextract: {err}", file=sys.stderr)
        return 1
    tables = args.table or list(found)
    if args.trace:
        cands = [c for c in recorded.finish(found) if c.table in tables]
        if args.json:
            import json

            print(json.dumps({"text": text, "candidates": trace.as_json(cands)}, ensure_ascii=False, indent=1))
        else:
            trace.render(cands, sys.stdout)
        return 0
    mentions = sorted((m for t in tables for m in found.get(t, [])), key=lambda m: (m.start, m.end))
    from .explain import render_terminal, write_html

    render_terminal(text, mentions)
    if pipeline.facts is not None and not args.table:
        from .explain import render_facts
        from .ingest import normalize_newlines

        render_facts(normalize_newlines(text), found, result.facts)  # the facts a run writes
    if args.html:
        write_html(text, mentions, args.html)
        print(f"wrote {args.html}", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    from .report import ReportError, write

    try:
        path = write(args.out_dir, args.output)
    except (ReportError, OSError) as err:
        print(f"zhextract: {err}", file=sys.stderr)
        return 2
    print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_rules(args) -> int:
    from .extract import Pipeline

    if args.rules_command == "diff":
        from .authoring import cmd_diff

        return cmd_diff(args)
    if args.rules_command == "lint":  # the rule files alone, not the extractors
        from .authoring import cmd_lint
        from .extract import default_rules_dir
        from .rules import RuleSet

        return cmd_lint(args, RuleSet.load(args.rules or default_rules_dir()))
    pipeline = Pipeline.load(args.rules)
    if args.rules_command == "list":
        for r in pipeline.rules.rules(args.table):
            n = len(r.examples["match"]) + len(r.examples["no_match"])
            print(f"{r.id:40} {r.table:9} {r.label:14} {r.priority:4}  {n:2} ex  {r.source}")
        return 0
    if args.rules_command == "coverage":
        from .authoring import cmd_coverage

        return cmd_coverage(args, pipeline)
    from .ruletest import run_examples

    n_rules = n_fail = n_examples = 0
    for rule, fails in run_examples(pipeline, args.table):
        n_rules += 1
        n_examples += len(rule.examples["match"]) + len(rule.examples["no_match"])
        for f in fails:
            n_fail += 1
            print(f"FAIL {f}")
    print(f"{n_rules} rules, {n_examples} examples: {n_examples - n_fail} passed, {n_fail} failed")
    return 1 if n_fail else 0


def iso_date(value: str) -> str:
    """argparse type: an ISO date (YYYY-MM-DD), else exit 2 naming the value."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r} (want YYYY-MM-DD)") from None


def _run_options(r) -> None:
    r.add_argument("--include", action="append", metavar="GLOB",
                   help="files a folder contributes (repeatable; default *.txt and *.jsonl, any letter case; "
                        "a .jsonl file only if its first line is a document)")
    r.add_argument("--exclude", action="append", metavar="GLOB", help="files of a folder to leave out (repeatable)")
    r.add_argument("--full", action="store_true",
                   help="extract every document again (default: only new or changed ones, the rest from the "
                        "last run's store in OUT/.zhextract)")
    r.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default csv)")
    r.add_argument("--excel", action="store_true",
                   help="CSV for spreadsheets: UTF-8 with BOM, cells starting with = + - @ get a leading '")
    r.add_argument("--publish-date", type=iso_date, metavar="YYYY-MM-DD",
                   help="publish date of documents whose input gives none (beats a date in the text)")
    r.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or a Dask distributed cluster")
    r.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler (tcp://host:8786); default a LocalCluster of --jobs workers")
