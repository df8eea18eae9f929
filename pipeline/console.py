"""The `build` command's scale options and its progress display (used by cli.py only).

A progress bar (tqdm, on stderr) is shown when stdout is a terminal and `-q` is not
given; CI logs, where stdout is a file or a pipe, get the per-page lines and the
summary only. While the bar is shown, lines are written above it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TextIO

from .outcome import FAILED, Outcome, Run
from .policy import POLICIES
from .records import ERROR, INFO, WARNING, Finding, PageResult, plural
from .run import Watcher


def shard(value: str) -> tuple[int, int]:
    """`K/N` with 1 <= K <= N, as given to --shard."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not K/N: {value!r}") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"K must be between 1 and N: {value!r}")
    return k, n


def positive(value: str) -> int:
    """A whole number of at least 1, as given to --jobs."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return n


def add_build_arguments(p: argparse.ArgumentParser) -> None:
    """--jobs, --force, --prune, --shard and -q for the build command."""
    p.add_argument("-j", "--jobs", type=positive, default=None, metavar="N",
                   help="worker processes; default: the number of CPUs")
    p.add_argument("--force", action="store_true",
                   help="rebuild every page, even those the manifest shows unchanged")
    p.add_argument("--prune", action="store_true",
                   help="remove the outputs of input pages that no longer exist")
    p.add_argument("--shard", type=shard, default=None, metavar="K/N",
                   help="build only the K-th of N deterministic parts of the pages (CI matrices)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only pages with problems and the summary")
    p.add_argument("--pages", action="store_true",
                   help="for a WXR export, also write each post as a standalone HTML page")
    p.add_argument("--existing", choices=POLICIES, default=None,
                   help="other tools' structured data: keep it byte-identical (default), or "
                        "replace their FAQPage/WebPage JSON-LD blocks with ours (README); "
                        "default: the config's [build] existing, else keep")


class _AboveBar:
    """A text stream whose lines are written above a tqdm bar."""

    def __init__(self, bar: object, out: TextIO) -> None:
        self._bar, self._out = bar, out

    def write(self, text: str) -> int:
        with self._bar.external_write_mode(file=self._out):  # type: ignore[attr-defined]
            self._out.write(text)
        return len(text)

    def flush(self) -> None:
        self._out.flush()


@contextmanager
def progress(out: TextIO, total: int | None,
             quiet: bool) -> Iterator[tuple[TextIO, Callable[[], None]]]:
    """(stream to print page lines to, function to call once per page)."""
    if quiet or not out.isatty():
        yield out, lambda: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, leave=False) as bar:
        yield _AboveBar(bar, out), bar.update  # type: ignore[misc]


def print_finding(f: Finding, verbose: bool, out: TextIO) -> None:
    """One finding line, as `build` and `check` print it: severity, code, JSON path, the
    line of the page source where known, message. Info only with `verbose`."""
    if f.severity != INFO or verbose:
        line = f" line {f.line}" if f.line else ""
        print(f"    {f.severity:<7} {f.code} {f.path}{line}: {f.message}", file=out)


def status(result: PageResult) -> str:
    """ERROR, WARN or OK: a page's line's label."""
    if result.error or result.count(ERROR):
        return "ERROR"
    if result.count(WARNING):
        return "WARN"
    return "OK"


def describe(result: PageResult) -> str:
    """What a built page holds: its types, its questions, its medical review."""
    graph = result.graph or {}
    page = (graph.get("@graph") or [{}])[0]
    types = page.get("@type", [])
    parts = ["+".join(types) if isinstance(types, list) else str(types)]
    questions = len(page.get("mainEntity", []))
    if any(f.code == "FAQ_ALREADY_MARKED_UP" for f in result.findings):
        parts.append("FAQ left to another tool's FAQPage")
    else:
        parts.append(f"{questions} question{'s' if questions != 1 else ''}")
    review = result.extraction.review if result.extraction else None
    if review and review.reviewer:
        creds = ", ".join(review.reviewer.credentials)
        who = review.reviewer.name + (f", {creds}" if creds else "")
        when = f" ({review.last_reviewed})" if review.last_reviewed else ""
        parts.append(f"reviewed by {who}{when}")
    else:
        parts.append("no medical review found")
    return " · ".join(parts)


class BuildPrinter(Watcher):
    """`build`'s page lines as the pages are done (above a progress bar on a terminal),
    then its summary (`close`)."""

    def __init__(self, out: TextIO, verbose: bool, quiet: bool) -> None:
        self.out, self.lines, self.verbose, self.quiet = out, out, verbose, quiet
        self._stack = ExitStack()
        self._tick: Callable[[], None] = lambda: None

    def start(self, total: int | None) -> None:
        self.lines, self._tick = self._stack.enter_context(progress(self.out, total, self.quiet))

    def page(self, outcome: Outcome) -> None:
        self._tick()
        result, out = outcome.result, self.lines
        if not outcome.is_page:  # a removed output, or the manifest
            if outcome.state == FAILED:
                print(f"{'ERROR':<6} {result.output}: {result.error}", file=out)
            else:
                print(f"{'PRUNED':<6} {result.output}  its input is gone", file=out)
            return
        shown = [f for f in result.findings if self.verbose or f.severity != INFO]
        if result.skipped and not shown:
            if self.verbose:
                print(f"{'SKIP':<6} {result.output}  unchanged since the last build", file=out)
            return
        label = status(result)
        if result.error:
            print(f"{label:<6} {result.source}: {result.error}", file=out)
        elif result.count(ERROR):
            print(f"{label:<6} {result.source}: not written "
                  f"({plural(result.count(ERROR), 'error')})", file=out)
        elif not (self.quiet and label == "OK"):
            what = "unchanged since the last build" if result.skipped else describe(result)
            print(f"{label:<6} {result.output}  {what}", file=out)
        for f in result.findings:
            print_finding(f, self.verbose, out)

    def close(self, run: Run | None) -> None:
        """Close the progress bar; print the run's summary line."""
        self._stack.close()
        if run is None:
            return
        t = run.summary
        pruned = f"; {plural(t.pruned, 'output')} pruned" if t.pruned else ""
        print(f"{plural(t.pages, 'page')}: {t.written} written, {t.unchanged} unchanged, "
              f"{t.failed} failed; {plural(t.errors, 'error')}, "
              f"{plural(t.warnings, 'warning')}{pruned}", file=self.out)
