"""The batch: find pages, process each one (extract, generate, validate, write), report.

`process_page` is a pure function of (job, config, today) that never raises for a
bad page: the problem goes into the `PageResult`, and the batch goes on.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .config import SiteConfig
from .document import Document
from .errors import PageError, PipelineError
from .extract import extract
from .jsonld import build_graph
from .records import ERROR, PageResult
from .roundtrip import verify
from .validate import validate_graph
from .writeback import splice

PAGE_SUFFIXES = (".html", ".htm")


class InputPathError(PipelineError):
    """A path given on the command line does not exist or is not a page or folder."""


@dataclass(frozen=True)
class Job:
    """One page to build: where it is read from, where it is written, and its site path."""

    source: Path
    output: Path
    rel: str  # path relative to the input root, with "/" separators


def discover(paths: Iterable[Path], out: Path) -> list[Job]:
    """Pages under `paths`: a file is written to `out/<name>`, a folder's pages to
    `out/<path relative to the folder>`. Sorted, so runs are deterministic."""
    jobs: list[Job] = []
    for path in paths:
        if path.is_dir():
            pages = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES and p.is_file()
            )
            for page in pages:
                rel = page.relative_to(path).as_posix()
                jobs.append(Job(page, out / rel, rel))
        elif path.is_file():
            jobs.append(Job(path, out / path.name, path.name))
        else:
            raise InputPathError(f"{path}: no such file or folder")
    return jobs


def read_page(path: Path, max_bytes: int) -> bytes:
    """The page's bytes; PageError for a page we refuse to read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise PageError(f"page is {size:,} bytes, over the {max_bytes:,}-byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from None


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


def process_page(job: Job, config: SiteConfig, today: date, write: bool = True) -> PageResult:
    """Build one page. Never raises for a bad page: the problem is in the result.

    A page with an error-level finding is not written.
    """
    result = PageResult(source=str(job.source), output=str(job.output))
    try:
        raw = read_page(job.source, config.max_page_bytes)
        doc = Document.from_bytes(raw, str(job.source))
        result.extraction = extract(doc, page_url(config, job.rel), config.language,
                                    config.medical_terms)
        result.graph = build_graph(result.extraction, config)
        result.findings = validate_graph(result.graph, doc, today)
        if any(f.severity == ERROR for f in result.findings):
            return result
        page = splice(raw, result.graph)
        verify(page, doc.encoding, result.graph)
        if write:
            result.changed = _write_if_changed(job, page)
    except PageError as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"cannot write {job.output}: {exc.strerror or exc}"
    except Exception as exc:  # a bug must cost one page, not the batch
        result.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
    return result


def _write_if_changed(job: Job, page: bytes) -> bool:
    try:
        if job.output.read_bytes() == page:
            return False
    except OSError:
        pass
    write_atomic(job.output, page, stat.S_IMODE(job.source.stat().st_mode) | stat.S_IRUSR | stat.S_IWUSR)
    return True


def build(jobs: Iterable[Job], config: SiteConfig, today: date) -> Iterator[PageResult]:
    """Process every job in order, yielding each result as it is done."""
    for job in jobs:
        yield process_page(job, config, today)
