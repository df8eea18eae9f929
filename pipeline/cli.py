"""Command-line interface: parse arguments, call the core, print, choose the exit code.

Exit codes: 0 every page fine; 1 a page had an error-level finding or could not be
processed, or writing failed in a way no page reports; 2 usage or configuration error; 130
interrupted (Ctrl-C); 141 the reader of standard output went away (`| head`);
143 terminated (SIGTERM, as a CI runner sends to a cancelled job).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from . import __version__, console
from .batch import page_url, read_page
from .ci import add_check_parser, add_report_argument, emit, print_check, print_site
from .config import DEFAULT_CONFIG, SiteConfig, load_config
from .console import BuildPrinter, print_finding, status
from .errors import PageError, PipelineError
from .exports import base_url_warning, extract_export, validate_export
from .inputs import is_export, site_rel
from .records import ERROR, Finding, PageResult, plural
from .run import Settings, run_build, run_check
from .runner import collector_paused

# The modules that parse pages (document, build, validate) are imported by the commands
# that use them: `build` loads them only when a page has to be built (runner.prepare),
# so a no-op build starts in a fraction of the time.

EXIT_OK, EXIT_PAGES, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a tool that a pipe's reader left


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so the batch stops as for Ctrl-C: the pool
    finishes the pages it is writing, temporary files are removed, nothing half-written."""


def _silence(out: TextIO) -> None:
    """After a broken pipe on `out`: point its file descriptor at /dev/null, so the
    interpreter's final flush does not fail again with a traceback."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def make_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument("--config", default=DEFAULT_CONFIG, metavar="FILE",
                        help=f"site configuration (TOML); default: {DEFAULT_CONFIG}")
    common.add_argument("--today", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="the date to check review dates against; default: today")
    common.add_argument("-v", "--verbose", action="store_true",
                        help="also print info-level findings")

    parser = argparse.ArgumentParser(
        prog="healthld", allow_abbrev=False,  # --forc is not --force
        description="Write validated MedicalWebPage/FAQPage JSON-LD into health articles.",
    )
    parser.add_argument("--version", action="version", version=f"healthld {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", parents=[common], allow_abbrev=False,
                       help="process pages into an output folder")
    p.add_argument("paths", nargs="*", type=Path, default=[], metavar="PATH",
                   help="page files or folders (recursively *.html, *.htm); default: the "
                        "config's [build] input, input/")
    p.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="output folder, not inside an input folder; default: the config's "
                        "[build] output, output/")
    p.add_argument("--in-place", action="store_true",
                   help="rewrite the input pages themselves (atomically) instead of using --out")
    console.add_build_arguments(p)

    add_report_argument(p)

    add_check_parser(sub, common)

    p = sub.add_parser("extract", parents=[common], allow_abbrev=False,
                       help="print what was extracted and the generated JSON-LD")
    p.add_argument("file", type=Path, metavar="FILE")

    p = sub.add_parser("init", allow_abbrev=False,
                       help="write a commented pipeline.toml for a site (--config names it)")
    p.add_argument("--base-url", required=True, metavar="URL",
                   help="the site's home page, e.g. https://www.example.org/")
    p.add_argument("--name", default=None, help="the site's name; default: its host name")
    p.add_argument("--config", default=DEFAULT_CONFIG, metavar="FILE",
                   help=f"where to write it; default: {DEFAULT_CONFIG}")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("validate", parents=[common], allow_abbrev=False,
                       help="validate the JSON-LD already in pages; writes nothing")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    return parser


def _print_findings(findings: list[Finding], verbose: bool, out: TextIO) -> None:
    for f in findings:
        print_finding(f, verbose, out)


def settings_from_args(args: argparse.Namespace, config: SiteConfig, today: date) -> Settings:
    """The one Settings object of a `build` or `check` run, from its arguments (after
    `_site_defaults`); PipelineError for options that contradict each other."""
    if args.in_place and args.out is not None:
        what = ("rewrites the input pages" if args.command == "build"
                else "checks the input pages themselves")
        raise PipelineError(f"--in-place {what}; do not give --out")
    return Settings(config, today, out=None if args.in_place else args.out or Path("output"),
                    jobs=args.jobs, force=getattr(args, "force", False),
                    prune=getattr(args, "prune", False), shard=getattr(args, "shard", None),
                    existing=args.existing, pages=getattr(args, "pages", False),
                    keep_details=bool(args.report), fail_on=getattr(args, "fail_on", ERROR))


def _run_build(args: argparse.Namespace, config: SiteConfig, today: date, out: TextIO,
               err: TextIO) -> int:
    settings = settings_from_args(args, config, today)
    _warn_exports([p for p in args.paths if is_export(p)], config, err)
    printer = BuildPrinter(out, args.verbose, args.quiet)
    run = None
    try:
        run = run_build(args.paths, settings, printer)
    finally:
        printer.close(run)
    print_site(run, args.verbose, out)
    emit(args.report, run, out)
    return EXIT_OK if run.passed else EXIT_PAGES


def _run_check(args: argparse.Namespace, config: SiteConfig, today: date, out: TextIO,
               err: TextIO) -> int:
    """`check`: exit 0 when every output is up to date and no page has a finding at or above
    --fail-on; 1 otherwise. Writes nothing but the reports asked for."""
    settings = settings_from_args(args, config, today)
    _warn_exports([p for p in args.paths if is_export(p)], config, err)
    run = run_check(args.paths, settings)
    print_check(run, args.verbose, args.diff, out)
    emit(args.report, run, out)
    return EXIT_OK if run.passed else EXIT_PAGES


def _run_extract(args: argparse.Namespace, config: SiteConfig, today: date, out: TextIO,
                 err: TextIO) -> int:
    from .build import generate
    from .document import Document

    if is_export(args.file):
        _warn_exports([args.file], config, err)
        report = extract_export(args.file, config, today)
        print(json.dumps(report, indent=2, ensure_ascii=False), file=out)
        failed = any(p["error"] or any(f["severity"] == ERROR for f in p["findings"])
                     for p in report["posts"])
        return EXIT_PAGES if failed else EXIT_OK
    try:
        doc = Document.from_bytes(read_page(args.file, config.max_page_bytes), str(args.file))
    except PageError as exc:
        print(f"healthld: error: {args.file}: {exc}", file=err)
        return EXIT_PAGES
    url = page_url(config, site_rel(args.file, config.input_root))
    extraction, _, graph, findings = generate(doc, url, config, today)
    report = {
        "source": str(args.file),
        "extraction": extraction.as_dict(),
        "jsonld": graph,
        "findings": [f.as_dict() for f in findings],
    }
    print(json.dumps(report, indent=2, ensure_ascii=False), file=out)
    return EXIT_PAGES if any(f.severity == ERROR for f in findings) else EXIT_OK


def _run_validate(args: argparse.Namespace, config: SiteConfig, today: date, out: TextIO,
                 err: TextIO) -> int:
    from .document import Document
    from .validate import validate_page

    failed = count = 0
    for path in args.files:
        if is_export(path):
            _warn_exports([path], config, err)
            for source, findings in validate_export(path, config, today):
                result = PageResult(source=source, findings=findings)
                print(f"{status(result):<6} {source}", file=out)
                _print_findings(findings, args.verbose, out)
                failed += not result.ok
                count += 1
            continue
        count += 1
        try:
            doc = Document.from_bytes(read_page(path, config.max_page_bytes), str(path))
        except PipelineError as exc:
            print(f"ERROR  {path}: {exc}", file=out)
            failed += 1
            continue
        _, findings = validate_page(doc, today, config)
        result = PageResult(source=str(path), findings=findings)
        print(f"{status(result):<6} {path}", file=out)
        _print_findings(findings, args.verbose, out)
        failed += not result.ok
    print(f"{plural(count, 'page')}: {count - failed} valid, {failed} invalid", file=out)
    return EXIT_PAGES if failed else EXIT_OK


def _run_init(args: argparse.Namespace, out: TextIO) -> int:
    from .init import write_config

    path = Path(args.config)
    write_config(path, args.base_url, args.name, args.force)
    print(f"wrote {path}: put the site's pages in input/ (or set [build] input), then run "
          "healthld build", file=out)
    return EXIT_OK


def _warn_exports(exports: list[Path], config: SiteConfig, err: TextIO) -> None:
    """A warning on stderr for each export whose channel link is not site.base_url's host."""
    for path in exports:
        warning = base_url_warning(path, config)
        if warning:
            print(f"healthld: warning: {warning}", file=err)


def _validated_configs(args: argparse.Namespace) -> tuple[str, ...]:
    """The digest of the config file that the output folder's manifest says its last build
    read (see manifest.py): the same file need not be checked against the schema again."""
    if args.command != "build" or args.in_place:
        return ()
    from .manifest import validated_config

    digest = validated_config(args.out or Path("output"))
    return (digest,) if digest else ()


def _site_defaults(args: argparse.Namespace, config: SiteConfig) -> None:
    """The pages and output folder the config names (`[build]`), where the command line
    names none."""
    if getattr(args, "paths", None) == []:
        args.paths = [config.input_root or Path("input")]
    if getattr(args, "out", False) is None and not args.in_place:
        args.out = config.output_dir or Path("output")


COMMANDS = {"build": _run_build, "check": _run_check, "extract": _run_extract,
            "validate": _run_validate}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run the CLI; returns the exit code (see the module docstring)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage message
        return EXIT_USAGE if exc.code else EXIT_OK
    # SIGTERM stops the run as Ctrl-C does (only the main thread may set a handler; the
    # previous one is put back, for a caller that runs main in its own process).
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
    try:
        if args.command == "init":  # writes the config instead of reading one
            return _run_init(args, out)
        with collector_paused():  # the config's schema check loads jsonschema
            config = load_config(args.config, _validated_configs(args))
        _site_defaults(args, config)
        return COMMANDS[args.command](args, config, args.today or date.today(), out, err)
    except PipelineError as exc:  # configuration or command-line paths
        print(f"healthld: error: {exc}", file=err)
        return EXIT_USAGE
    except BrokenPipeError:  # `healthld build | head`: the reader is gone; stop quietly
        _silence(out)
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # the output folder (its lock file, say) cannot be written
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"healthld: error: {where}{exc.strerror or exc}", file=err)
        return EXIT_PAGES
    except KeyboardInterrupt as exc:  # pages are written atomically: complete or absent
        what = "terminated" if isinstance(exc, Terminated) else "interrupted"
        print(f"healthld: {what}; pages written so far are complete, the rest were not "
              "written", file=err)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    finally:
        if main_thread and previous is not None:  # None: a handler set outside Python
            signal.signal(signal.SIGTERM, previous)
