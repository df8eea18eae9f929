"""The CI-facing part of the command line (used by cli.py only): the `check` command,
`--report PATH` on `build` and `check`, the site-wide governance pass after a batch,
and GitHub Actions annotations when GITHUB_ACTIONS=true.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .batch import BuildOptions, Job, discover
from .config import SiteConfig
from .console import positive
from .runner import MANIFEST, PRUNED, default_jobs
from .policy import KEEP, POLICIES
from .errors import PipelineError
from .exports import base_url_warning, check_export
from .inputs import is_export
from .records import ERROR, INFO, WARNING, Finding, PageResult, plural
from .reports import FORMATS, PageEntry, Run, write_reports
from .reports.github import annotations
from .sitewide import site_findings, types_of

EXIT_OK, EXIT_PAGES, EXIT_USAGE = 0, 1, 2


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
                   help="the pages were built in place (build --in-place): compare each with itself")
    p.add_argument("--diff", action="store_true",
                   help="print a unified diff of the JSON-LD that would change")
    p.add_argument("--fail-on", choices=(ERROR, WARNING), default=ERROR,
                   help="fail on findings of this severity or worse; default: error")
    p.add_argument("--existing", choices=POLICIES, default=None,
                   help="the --existing policy the output was built with; default: the "
                        "config's [build] existing, else the one the output folder's "
                        "manifest records, else keep")
    p.add_argument("-j", "--jobs", type=positive, default=None, metavar="N",
                   help="worker processes; default: the number of CPUs")
    add_report_argument(p)


class Recorder:
    """Wraps the build generator to keep every PageResult for the site pass and reports.

    With `slim` (no report asked for), a kept result drops its extraction and every graph
    node but the Questions (kept at their positions, for the site pass): memory then
    grows by about a kilobyte per page, not by the whole page's graph and extraction."""

    def __init__(self, build: Callable[..., Iterable[Any]], slim: bool = False) -> None:
        self._build = build
        self.slim = slim
        self.results: list[PageResult] = []
        self.started = time.perf_counter()

    def build(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """The wrapped build generator's items, unchanged; PageResults are also kept."""
        for item in self._build(*args, **kwargs):
            if isinstance(item, PageResult):
                self.results.append(_slim(item) if self.slim else item)
            yield item


def _slim(result: PageResult) -> PageResult:
    if result.graph is None and result.extraction is None:  # a skipped or failed page
        return result
    nodes = (result.graph or {}).get("@graph")
    graph = None if not isinstance(nodes, list) else {"@graph": [
        n if isinstance(n, dict) and "Question" in types_of(n) else {} for n in nodes]}
    return replace(result, extraction=None, graph=graph)


def built_with(out: Path) -> str | None:
    """The --existing policy the last build into `out` used, as its manifest records it
    (runner.py marks entries built with another policy than keep), or None."""
    from .manifest import Manifest

    for entry in Manifest.load(out).pages.values():
        config = entry.get("config") if isinstance(entry, dict) else None
        if isinstance(config, str):
            return config.partition("+existing=")[2] or KEEP
    return None


def print_finding(f: Finding, verbose: bool, out: TextIO) -> None:
    """One finding line, as `build` and `check` print it: severity, code, JSON path, the
    line of the page source where known, message. Info only with `verbose`."""
    if f.severity != INFO or verbose:
        line = f" line {f.line}" if f.line else ""
        print(f"    {f.severity:<7} {f.code} {f.path}{line}: {f.message}", file=out)


class ReportError(PipelineError):
    """A report file cannot be written (exit code 2)."""


def _emit(args: argparse.Namespace, run: Run, out: TextIO) -> None:
    try:
        write_reports(args.report, run)
    except OSError as exc:
        raise ReportError(f"cannot write report {exc.filename or ''}: {exc.strerror or exc}") from None
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in annotations(run):
            print(line, file=out)


def finish_build(args: argparse.Namespace, recorder: Recorder, config: SiteConfig, today: date,
                 out: TextIO) -> int:
    """After `build`: the site-wide pass (printed), reports and annotations. Returns 1 when
    the site pass found an error (a severity raised in the config), else 0."""
    # Over built pages' graphs and skipped pages' recorded Questions (sitewide.py loads no
    # page parser: a no-op build runs it too).
    site = site_findings(recorder.results, config)
    for result, finding in site:
        print(f"SITE   {result.source}", file=out)
        print_finding(finding, args.verbose, out)
    if site:
        warnings = sum(1 for _, f in site if f.severity == WARNING)
        print(f"site-wide: {plural(len(site), 'finding')} ({plural(warnings, 'warning')})",
              file=out)

    def state(r: PageResult) -> str:
        if r.skipped:
            return "skipped"
        return "failed" if r.error or r.count(ERROR) else "written" if r.changed else "unchanged"

    pages = [PageEntry(r, state(r)) for r in recorder.results
             if r.source not in (PRUNED, MANIFEST)]
    run = Run("build", today, pages,
              time.perf_counter() - recorder.started, ERROR, __version__)
    _emit(args, run, out)
    return EXIT_PAGES if any(f.severity == ERROR for _, f in site) else EXIT_OK


def run_check(args: argparse.Namespace, config: SiteConfig, today: date, out: TextIO,
              err: TextIO) -> int:
    """`check`: exit 0 when every output is up to date and no page has a finding at or above
    --fail-on; 1 otherwise. Writes nothing but the reports asked for."""
    # Imported here: check.py and the write-back scanner are not needed by `build`.
    from .check import FAILED, MISSING, UNCHANGED, WOULD_CHANGE, check_pages, fails, jsonld_diff

    labels = {UNCHANGED: "OK", WOULD_CHANGE: "WOULD CHANGE", MISSING: "MISSING", FAILED: "ERROR"}
    started = time.perf_counter()
    if args.in_place and args.out is not None:
        print("healthld: error: --in-place checks the input pages themselves; do not give --out",
              file=err)
        return EXIT_USAGE
    exports = [p for p in args.paths if is_export(p)]
    if exports and args.in_place:
        print("healthld: error: a WordPress export is not built in place: give --out", file=err)
        return EXIT_USAGE
    pages = [p for p in args.paths if p not in exports]
    jobs: list[Job] = discover(pages, None if args.in_place else args.out or Path("output"),
                               config.input_root) if pages else []
    options = BuildOptions(existing=args.existing, jobs=args.jobs or default_jobs())
    checks = check_pages(jobs, config, today, options, options.jobs)
    for path in exports:
        warning = base_url_warning(path, config)
        if warning:
            print(f"healthld: warning: {warning}", file=err)
        checks += check_export(path, args.out or Path("output"), config, today, options)
    site_findings([c.result for c in checks], config)
    failing = 0
    for check in checks:
        result = check.result
        failed = fails(check, args.fail_on)
        failing += failed
        label = labels[check.state]
        if label == "OK" and result.count(WARNING):
            label = "WARN"
        where = f"{result.source}: {result.error}" if result.error else str(check.job.output)
        print(f"{label:<12} {where}", file=out)
        for f in result.findings:
            print_finding(f, args.verbose, out)
        if args.diff and check.state in (WOULD_CHANGE, MISSING):
            diff = jsonld_diff(check)
            print(diff.rstrip("\n") if diff else
                  "    (the JSON-LD is the same; other bytes of the page differ)", file=out)
    by_state = {s: sum(1 for c in checks if c.state == s) for s in labels}
    errors = sum(c.result.count(ERROR) + bool(c.result.error) for c in checks)
    warnings = sum(c.result.count(WARNING) for c in checks)
    print(f"{plural(len(checks), 'page')}: {by_state[WOULD_CHANGE]} would change, "
          f"{by_state[MISSING]} missing, {by_state[UNCHANGED]} up to date, "
          f"{by_state[FAILED]} failed; {plural(errors, 'error')}, {plural(warnings, 'warning')}",
          file=out)
    print(f"check failed: {failing} of {plural(len(checks), 'page')} (--fail-on {args.fail_on})"
          if failing else "check passed", file=out)
    run = Run("check", today, [PageEntry(c.result, c.state) for c in checks],
              time.perf_counter() - started, args.fail_on, __version__)
    _emit(args, run, out)
    return EXIT_PAGES if failing else EXIT_OK
