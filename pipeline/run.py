"""A run as a library call: `run_build(paths, settings)` and `run_check(paths, settings)`
return a `Run` (outcome.py) with one `Outcome` per page and the site-wide pass's
findings: what `healthld build` and `healthld check` print, without printing.

    paths ──discover (batch.py)──> Jobs ──build_pages──> runner.run (manifest, pool)
          ──build.process_page (one page: extract, generate, validate, splice, write)
          ──> PageResult ──classify (outcome.py)──> Outcome ──site pass──> Run

The CLI makes one `Settings` from its arguments, calls these and prints the Run; a
`Watcher` sees each page as it is done (the CLI's page lines and progress bar).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import __version__
from .batch import BuildOptions, Job, default_jobs, discover, lock_output
from .config import SiteConfig
from .errors import PipelineError
from .exports import check_export, refuse_shard
from .graph import types_of
from .inputs import is_export
from .outcome import Outcome, Run, Summary, classify
from .policy import KEEP
from .records import ERROR, PageResult
from .sitewide import site_findings


@dataclass(frozen=True)
class Settings:
    """Everything a run needs besides its paths: the site config, the date findings are
    checked against, and how the batch runs."""

    config: SiteConfig
    today: date
    out: Path | None = Path("output")  # the output folder (or export path); None: in place
    jobs: int | None = None  # worker processes; None: the number of CPUs
    force: bool = False  # rebuild every page, whatever the manifest says
    prune: bool = False  # remove the outputs of inputs that are gone
    shard: tuple[int, int] | None = None  # (K, N): only the K-th of N parts of the pages
    # Other tools' structured data: keep, or replace (existing.py); None: the config's
    # [build] existing, for a check else the policy the output folder's manifest records,
    # else keep.
    existing: str | None = None
    pages: bool = False  # for a WXR export, also write each post as a standalone page
    keep_details: bool = True  # keep each page's extraction and graph in the Run (reports)
    fail_on: str = ERROR  # check: the severity that fails the check

    def options(self, out: Path | None, roots: Iterable[Path] = ()) -> BuildOptions:
        """The batch options of a build, writing into `out` (None: no manifest)."""
        return BuildOptions(jobs=self.jobs or default_jobs(), out=out, force=self.force,
                            prune=self.prune, shard=self.shard,
                            existing=self.existing or self.config.existing or KEEP,
                            roots=tuple(os.path.abspath(p) for p in roots))

    def checked_policy(self) -> str:
        """The --existing policy a check compares with: the one given, the config's, the
        one the output folder's manifest records (runner.py marks entries built with
        another policy than keep), else keep."""
        given = self.existing or self.config.existing
        if given:
            return given
        if self.out is not None:
            from .manifest import Manifest

            for entry in Manifest.load(self.out).pages.values():
                recorded = entry.get("config") if isinstance(entry, dict) else None
                if isinstance(recorded, str):
                    return recorded.partition("+existing=")[2] or KEEP
        return KEEP


class Watcher:
    """Told about a run as it goes; the default does nothing."""

    def start(self, total: int | None) -> None:
        """The run starts with `total` pages (None: not known before, as for an export)."""

    def page(self, outcome: Outcome) -> None:
        """A page is done (the full result, before the Run keeps a slim copy)."""


def build_pages(jobs: Iterable[Job], config: SiteConfig, today: date,
                options: BuildOptions | None = None) -> Iterator[PageResult]:
    """Process every job, yielding each result in the order of `jobs`. With `options`,
    pages go through a process pool and the manifest (see runner.py). Page by page
    only: the site-wide pass needs every page, and is `run_build`'s."""
    if options is not None:
        from .runner import run

        yield from run(jobs, config, today, options)
        return
    from .build import process_page

    for job in jobs:
        yield process_page(job, config, today)


def _split(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(WXR exports, page files and folders) among a run's paths."""
    paths = list(paths)
    exports = [p for p in paths if is_export(p)]
    return exports, [p for p in paths if p not in exports]


def run_build(paths: Iterable[Path], settings: Settings, watcher: Watcher | None = None) -> Run:
    """Build the pages and WXR exports under `paths` as `settings` say, holding the output
    folder's lock while writing (OutputLockedError when another build holds it). Raises
    PipelineError for paths or settings that cannot be used; a page's problem is in its
    Outcome."""
    started = time.perf_counter()
    exports, pages = _split(paths)
    refuse_shard(settings.shard, exports)
    out = settings.out
    jobs = discover(pages, out, settings.config.input_root) if pages or not exports else []
    work = _Batch(settings, watcher or Watcher(), started)
    if out is None or not (jobs or exports):  # nothing to write: no folder, no lock
        return work.build(jobs, pages, exports)
    folder = out.parent if out.suffix.lower() == ".xml" else out  # an export's path
    with lock_output(folder):
        return work.build(jobs, pages, exports)


class _Batch:
    def __init__(self, settings: Settings, watcher: Watcher, started: float) -> None:
        self.settings, self.watcher, self.started = settings, watcher, started

    def keep(self, outcome: Outcome) -> Outcome:
        """The outcome as the Run keeps it, after the watcher saw it whole."""
        self.watcher.page(outcome)
        if self.settings.keep_details:
            return outcome
        return replace(outcome, result=_slim(outcome.result))

    def build(self, jobs: list[Job], pages: list[Path], exports: list[Path]) -> Run:
        s = self.settings
        self.watcher.start(None if exports else len(jobs))
        run = Run("build", s.today, [], version=__version__)
        for result in build_pages(jobs, s.config, s.today, s.options(s.out, pages)):
            outcome = self.keep(Outcome(result, classify(result)))
            (run.pages if outcome.is_page else run.others).append(outcome)
        for result in _export_results(exports, s):
            run.exports.append(self.keep(Outcome(result, classify(result))))
        run.summary = Summary.of(run.pages + run.exports + run.others)
        # Over built pages' graphs and skipped pages' recorded Questions (sitewide.py loads
        # no page parser: a no-op build runs it too). A finding it raises to an error makes
        # its page failed in the reports.
        run.site = site_findings([o.result for o in run.pages], s.config)
        for outcome in run.pages:
            outcome.state = classify(outcome.result)
        run.seconds = time.perf_counter() - self.started
        return run


def _slim(result: PageResult) -> PageResult:
    """A result without its extraction and with every graph node but the Questions emptied
    (kept at their positions, for the site pass): about a kilobyte a page."""
    if result.graph is None and result.extraction is None:  # a skipped or failed page
        return result
    nodes = (result.graph or {}).get("@graph")
    graph = None if not isinstance(nodes, list) else {"@graph": [
        n if isinstance(n, dict) and "Question" in types_of(n) else {} for n in nodes]}
    return replace(result, extraction=None, graph=graph)


def _export_results(exports: list[Path], settings: Settings) -> Iterator[PageResult]:
    """The results of building each WXR export into the output (see wxr.py)."""
    if not exports:
        return
    out = settings.out
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
        yield from build_export(path, out, settings.config, settings.today,
                                settings.options(None), pages=settings.pages)


def run_check(paths: Iterable[Path], settings: Settings) -> Run:
    """Build the pages and exports under `paths` in memory and compare each with the output
    folder (`settings.out`; None: the pages themselves, built in place); writes nothing.
    The Run's pages carry check states (outcome.py) and the site pass's findings."""
    from .check import check_pages  # the write-back scanner is not needed by `build`

    started = time.perf_counter()
    exports, pages = _split(paths)
    if exports and settings.out is None:
        raise PipelineError("a WordPress export is not built in place: give --out")
    s = settings
    jobs = discover(pages, s.out, s.config.input_root) if pages else []
    options = BuildOptions(existing=s.checked_policy(), jobs=s.jobs or default_jobs())
    checks = check_pages(jobs, s.config, s.today, options, options.jobs)
    for path in exports:
        checks += check_export(path, s.out or Path("output"), s.config, s.today, options)
    run = Run("check", s.today, checks, fail_on=s.fail_on, version=__version__)
    run.site = site_findings([c.result for c in checks], s.config)
    run.seconds = time.perf_counter() - started
    return run
