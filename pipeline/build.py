"""The batch: find pages, process each one (extract, generate, validate, write), report.

`process_page` is a pure function of (job, config, today) that never raises for a
bad page: the problem goes into the `PageResult`, and the batch goes on.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from .config import SiteConfig
from .document import Document
from .errors import PageError, PipelineError
from .existing import KEEP, ExistingPlan, plan_page
from .extract import extract
from .inputs import check_out_apart, output_problem, page_entries, real
from .jsonld import build_graph
from .records import ERROR, Extraction, Finding, PageResult
from .roundtrip import verify
from .validate import validate_graph
from .writeback import remove_spans, splice


class InputPathError(PipelineError):
    """A path given on the command line does not exist or is not a page or folder."""


@dataclass(frozen=True)
class Job:
    """One page to build: where it is read from, where it is written, and its site path."""

    source: Path
    output: Path
    rel: str  # path relative to the input root, with "/" separators
    refused: str | None = None  # why the page is not read at all (see inputs.py)


def _job(source: Path, rel: str, out: Path | None, problem: str | None,
         resolved: dict[Path, Path]) -> Job:
    if out is None:  # in place: write through symlinks (inside the input) to the real file
        return Job(source, real(source), rel, problem)
    return Job(source, out / rel, rel, problem or output_problem(out, rel, resolved))


def discover(paths: Iterable[Path], out: Path | None) -> list[Job]:
    """Pages under `paths`: a file is written to `out/<name>`, a folder's pages to
    `out/<path relative to the folder>`; with `out=None` every page is rewritten in
    place. Sorted, so runs are deterministic.

    Raises OutputPathError when `out` is an input folder or inside one (inputs.py).
    Entries that must not be read or written become jobs with `refused` set, so
    the batch reports each of them on its own line.
    """
    jobs: list[Job] = []
    resolved: dict[Path, Path] = {}  # output folders' real paths, for this call only
    for path in paths:
        if not os.path.lexists(path):
            raise InputPathError(f"{path}: no such file or folder")
        if out is not None:
            check_out_apart(path, out)
        if path.is_dir():
            for page, problem in page_entries(path):
                jobs.append(_job(page, page.relative_to(path).as_posix(), out, problem,
                                 resolved))
        else:  # a file, or a FIFO or broken symlink that read_page will report
            jobs.append(_job(path, path.name, out, None, resolved))
    return jobs if out is None else _one_writer_per_output(jobs)


def _one_writer_per_output(jobs: list[Job]) -> list[Job]:
    """Refuse a page whose output path another page already has (two input folders
    holding the same relative path): it would silently replace the first one's output."""
    owners: dict[Path, Path] = {}
    kept = []
    for job in jobs:
        first = owners.setdefault(job.output, job.source)
        if first != job.source and not job.refused:
            job = replace(job, refused=f"its output {job.output} is already the output of "
                                       f"{first}; not written")
        kept.append(job)
    return kept


def read_page(path: Path, max_bytes: int) -> bytes:
    """The page's bytes; PageError for a page we refuse to read: not a regular file
    (a folder, FIFO, device), unreadable (permissions, a broken symlink or a symlink
    loop), or larger than `max_bytes`."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on files).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO, socket or device"
                raise PageError(f"not a regular file ({kind}), not a page")
            data = handle.read(max_bytes + 1)  # +1: a file that grew since fstat is caught too
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        size = max(info.st_size, len(data))
        raise PageError(f"page is {size:,} bytes, over the {max_bytes:,}-byte limit")
    return data


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file and `os.replace`: a reader (or a
    crash) sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def page_url(config: SiteConfig, rel: str) -> str:
    """The URL a page without a canonical link is published at."""
    return config.base_url + rel.lstrip("/")


def generate(doc: Document, url: str, config: SiteConfig, today: date, existing: str = KEEP,
             adjust: Callable[[Extraction], Extraction] | None = None
             ) -> tuple[Extraction, ExistingPlan, dict[str, Any], list[Finding]]:
    """Extract, plan around other tools' markup, build the graph and validate it: everything
    but the write. `build`, `check` and the `extract` command all go through here."""
    extraction = extract(doc, url, config.language, config.medical_terms)
    if adjust is not None:
        extraction = adjust(extraction)
    plan = plan_page(doc, extraction, config, existing)
    graph = build_graph(extraction, config, plan.joins)
    return extraction, plan, graph, validate_graph(graph, doc, today, config, existing=plan)


def render_page(raw: bytes, source: str, url: str, config: SiteConfig, today: date,
                options: BuildOptions | None, result: PageResult,
                adjust: Callable[[Extraction], Extraction] | None = None) -> bytes | None:
    """Extract, generate, validate and splice one page's bytes, filling `result`.
    Returns the page to write, or None when a finding is an error. `adjust` may change
    the extraction before the graph is built (a WXR post's facts come from its item)."""
    doc = Document.from_bytes(raw, source)
    result.extraction, plan, result.graph, result.findings = generate(
        doc, url, config, today, options.existing if options else KEEP, adjust)
    if any(f.severity == ERROR for f in result.findings):
        return None
    page = splice(remove_spans(raw, list(plan.remove)), result.graph)
    verify(page, doc.encoding, result.graph)
    return page


def process_page(job: Job, config: SiteConfig, today: date, write: bool = True,
                 options: BuildOptions | None = None) -> PageResult:
    """Build one page. Never raises for a bad page: the problem is in the result.
    Of `options`, only `existing` (the policy for other tools' markup) matters here.

    A page with an error-level finding is not written.
    """
    started = time.perf_counter()
    result = PageResult(source=str(job.source), output=str(job.output))
    try:
        if job.refused:
            raise PageError(job.refused)
        raw = read_page(job.source, config.max_page_bytes)
        page = render_page(raw, str(job.source), page_url(config, job.rel), config, today,
                           options, result)
        if page is None:
            return result
        if write:
            result.changed = _write_if_changed(job, page)
        else:  # check mode: would the output change?
            result.changed = _would_change(job, page)
    except PageError as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"cannot write {job.output}: {exc.strerror or exc}"
    except Exception as exc:  # a bug must cost one page, not the batch
        result.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
    finally:
        result.seconds = time.perf_counter() - started
    return result


def _would_change(job: Job, page: bytes) -> bool:
    """True when the output file is missing or its bytes differ from `page`."""
    try:
        return job.output.read_bytes() != page
    except OSError:
        return True


def _write_if_changed(job: Job, page: bytes) -> bool:
    if not _would_change(job, page):
        return False
    write_atomic(job.output, page, stat.S_IMODE(job.source.stat().st_mode) | stat.S_IRUSR | stat.S_IWUSR)
    return True


@dataclass(frozen=True)
class BuildOptions:
    """How a batch runs (see runner.py): processes, the incremental manifest, sharding."""

    jobs: int = 1  # worker processes; 1 builds in this process
    out: Path | None = None  # the output folder that keeps the manifest; None: no manifest
    force: bool = False  # rebuild every page, whatever the manifest says
    prune: bool = False  # remove the outputs of inputs that are gone
    shard: tuple[int, int] | None = None  # (K, N): only the K-th of N deterministic parts
    existing: str = KEEP  # other tools' structured data: "keep" or "replace" (existing.py)


def build(jobs: Iterable[Job], config: SiteConfig, today: date,
          options: BuildOptions | None = None) -> Iterator[PageResult]:
    """Process every job, yielding each result in the order of `jobs`. With `options`,
    pages go through a process pool and the manifest (see runner.py)."""
    if options is not None:
        from .runner import run  # runner imports this module

        yield from run(jobs, config, today, options)
        return
    for job in jobs:
        yield process_page(job, config, today)
