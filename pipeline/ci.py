"""The CI-facing part of the command line (used by cli.py only): the `check` command's
arguments and lines, `--report PATH` on `build` and `check`, the site-wide findings'
lines, and GitHub Actions annotations when GITHUB_ACTIONS=true.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

from .console import positive, print_finding
from .errors import PipelineError
from .outcome import FAIL_ON, FAILED, MISSING, UNCHANGED, WOULD_CHANGE, Run
from .policy import POLICIES
from .records import ERROR, WARNING, plural
from .reports import FORMATS, write_reports
from .reports.github import workflow_commands


def _report_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(
            f"{value!r}: the report format comes from the extension: {', '.join(FORMATS)}")
    return path


def add_report_argument(p: argparse.ArgumentParser) -> None:
    """--report PATH (repeatable) on build and check."""
    p.add_argument("--report", type=_report_path, action="append", default=[], metavar="PATH",
                   help="also write a report; the extension picks the format: .json, .xml (JUnit), "
                        ".sarif (SARIF 2.1.0), .html; repeatable")


def add_check_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `check` subcommand."""
    p = sub.add_parser("check", parents=[common], allow_abbrev=False,
                       help="build in memory and compare with the output folder; writes nothing")
    p.add_argument("paths", nargs="*", type=Path, default=[], metavar="PATH",
                   help="page files or folders (recursively *.html, *.htm); default: the "
                        "config's [build] input, input/")
    p.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="the output folder to compare with; default: the config's "
                        "[build] output, output/")
    p.add_argument("--in-place", action="store_true",
                   help="the pages were built in place (build --in-place): compare each with "
                        "itself")
    p.add_argument("--diff", action="store_true",
                   help="print a unified diff of the JSON-LD that would change")
    p.add_argument("--fail-on", choices=tuple(FAIL_ON), default=ERROR,
                   help="fail on findings of this severity or worse; default: error")
    p.add_argument("--existing", choices=POLICIES, default=None,
                   help="the --existing policy the output was built with; default: the "
                        "config's [build] existing, else the one the output folder's "
                        "manifest records, else keep")
    p.add_argument("-j", "--jobs", type=positive, default=None, metavar="N",
                   help="worker processes; default: the number of CPUs")
    add_report_argument(p)


class ReportError(PipelineError):
    """A report file cannot be written (exit code 2)."""


def emit(reports: list[Path], run: Run, out: TextIO) -> None:
    """Write the reports asked for (ReportError when one cannot be written) and, under
    GitHub Actions, print the annotations."""
    try:
        write_reports(reports, run)
    except OSError as exc:
        raise ReportError(f"cannot write report {exc.filename or ''}: "
                          f"{exc.strerror or exc}") from None
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in workflow_commands(run):
            print(line, file=out)


def print_site(run: Run, verbose: bool, out: TextIO) -> None:
    """The site-wide pass's findings, each under its page, and their count."""
    for result, finding in run.site:
        print(f"SITE   {result.source}", file=out)
        print_finding(finding, verbose, out)
    if run.site:
        warnings = sum(1 for _, f in run.site if f.severity == WARNING)
        print(f"site-wide: {plural(len(run.site), 'finding')} ({plural(warnings, 'warning')})",
              file=out)


LABELS = {UNCHANGED: "OK", WOULD_CHANGE: "WOULD CHANGE", MISSING: "MISSING", FAILED: "ERROR"}


def print_check(run: Run, verbose: bool, diff: bool, out: TextIO) -> None:
    """`check`'s lines: one per page (with its findings, and with `diff` the JSON-LD that
    would change), the totals, and whether the check passed."""
    from .check import jsonld_diff

    for check in run.pages:
        result = check.result
        label = LABELS[check.state]
        if label == "OK" and result.count(WARNING):
            label = "WARN"
        where = f"{result.source}: {result.error}" if result.error else str(result.output)
        print(f"{label:<12} {where}", file=out)
        for f in result.findings:
            print_finding(f, verbose, out)
        if diff and check.state in (WOULD_CHANGE, MISSING):
            text = jsonld_diff(check)
            print(text.rstrip("\n") if text else
                  "    (the JSON-LD is the same; other bytes of the page differ)", file=out)
    by_state = {s: sum(1 for c in run.pages if c.state == s) for s in LABELS}
    errors = sum(c.result.count(ERROR) + bool(c.result.error) for c in run.pages)
    warnings = sum(c.result.count(WARNING) for c in run.pages)
    pages = plural(len(run.pages), "page")
    print(f"{pages}: {by_state[WOULD_CHANGE]} would change, "
          f"{by_state[MISSING]} missing, {by_state[UNCHANGED]} up to date, "
          f"{by_state[FAILED]} failed; {plural(errors, 'error')}, {plural(warnings, 'warning')}",
          file=out)
    failing = sum(1 for c in run.pages if run.fails(c))
    print(f"check failed: {failing} of {pages} (--fail-on {run.fail_on})"
          if failing else "check passed", file=out)
