"""The `build` command's scale options and its progress display (used by cli.py only).

A progress bar (tqdm, on stderr) is shown when stdout is a terminal and `-q` is not
given; CI logs, where stdout is a file or a pipe, get the per-page lines and the
summary only. While the bar is shown, lines are written above it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO

from .batch import BuildOptions
from .config import SiteConfig
from .errors import PipelineError
from .inputs import is_export
from .policy import KEEP, POLICIES
from .records import INFO, PageResult
from .runner import MANIFEST, PRUNED, default_jobs


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


def build_options(args: argparse.Namespace, out: Path | None) -> BuildOptions:
    """The options of a build run; `out` is the output folder (None: in place, no manifest)."""
    return BuildOptions(jobs=args.jobs or default_jobs(), out=out, force=args.force,
                        prune=args.prune, shard=args.shard,
                        existing=getattr(args, "existing", None) or KEEP,
                        roots=tuple(os.path.abspath(p) for p in getattr(args, "paths", ())))


def split_exports(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(WXR exports, page files and folders) among the build's paths."""
    exports = [p for p in paths if is_export(p)]
    return exports, [p for p in paths if p not in exports]


def export_results(exports: list[Path], args: argparse.Namespace, out: Path | None,
                   config: SiteConfig, today: date) -> Iterator[PageResult]:
    """The results of building each WXR export into `out` (see wxr.py)."""
    if not exports:
        return
    if out is None:
        raise PipelineError("a WXR export is not rebuilt in place: give --out")
    from .wxr import build_export, export_target

    targets: dict[Path, Path] = {}  # each export's output, and the export it comes from
    for path in exports:
        target = export_target(path, out)
        first = targets.setdefault(target, path)
        if first != path:  # two exports of one name: the second would replace the first
            yield PageResult(source=str(path), output=str(target),
                             error=f"its output {target} is already the output of {first}; "
                                   "not written")
            continue
        yield from build_export(path, out, config, today,  # type: ignore[arg-type]
                                build_options(args, None), pages=args.pages)


def report_other(result: PageResult, counts: dict[str, int], verbose: bool, out: TextIO) -> bool:
    """Print and count a skipped page or a pruned output; False for any other result,
    and for a skipped page with findings to show (its manifest kept them), which is
    reported as a built one is."""
    shown = [f for f in result.findings if verbose or f.severity != INFO]
    if result.skipped and not shown:
        counts["pages"] += 1
        counts["unchanged"] += 1
        if verbose:
            print(f"{'SKIP':<6} {result.output}  unchanged since the last build", file=out)
        return True
    if result.source in (PRUNED, MANIFEST):
        if result.error:
            counts["failed"] += 1
            print(f"{'ERROR':<6} {result.output}: {result.error}", file=out)
        else:
            counts["pruned"] += 1
            print(f"{'PRUNED':<6} {result.output}  its input is gone", file=out)
        return True
    return False


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
