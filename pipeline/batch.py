"""A batch of pages: finding them, reading them, writing outputs atomically, the batch
options, and `build`, the entry point that runs them.

Nothing here parses a page: the per-page work is in build.py, which loads BeautifulSoup,
lxml and extruct and is imported when the first page is processed. A no-op build (every
page unchanged, see manifest.py) therefore starts in a fraction of the time.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PageError, PipelineError
from .inputs import check_out_apart, output_problem, page_entries, real, root_prefix
from .policy import KEEP

if TYPE_CHECKING:
    from .config import SiteConfig
    from .records import PageResult


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
         resolved: dict[Any, Any]) -> Job:
    if out is None:  # in place: write through symlinks (inside the input) to the real file
        return Job(source, real(source), rel, problem)
    return Job(source, out / rel, rel, problem or output_problem(out, rel, resolved))


def discover(paths: Iterable[Path], out: Path | None, root: Path | None = None) -> list[Job]:
    """Pages under `paths`: a page under the site's input root `root` is written to
    `out/<its path relative to root>`, whether named alone or in a folder; other pages:
    a file to `out/<name>`, a folder's pages to `out/<path relative to the folder>`. With
    `out=None` every page is rewritten in place. Sorted, so runs are deterministic.

    Raises OutputPathError when `out` is an input folder or inside one (inputs.py).
    Entries that must not be read or written become jobs with `refused` set, so
    the batch reports each of them on its own line.
    """
    jobs: list[Job] = []
    resolved: dict[Any, Any] = {}  # output folders' verdicts (inputs.py), for this call only
    for path in paths:
        if not os.path.lexists(path):
            raise InputPathError(f"{path}: no such file or folder")
        is_dir = path.is_dir()
        prefix = root_prefix(path if is_dir else path.parent, root)
        if out is not None:
            if prefix is not None and root is not None:  # out/rel must stay out of the root
                check_out_apart(root, out)
            check_out_apart(path, out, None if is_dir else (prefix or "") + path.name)
        if is_dir:
            base = os.path.join(path, "")  # the folder with a trailing separator
            for page, problem in page_entries(path):
                name = str(page)  # its path relative to `path`, without pathlib when it can
                rel = (name[len(base):].replace(os.sep, "/") if name.startswith(base)
                       else page.relative_to(path).as_posix())
                jobs.append(_job(page, (prefix or "") + rel, out, problem, resolved))
        else:  # a file, or a FIFO or broken symlink that read_page will report
            jobs.append(_job(path, (prefix or "") + path.name, out, None, resolved))
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
        try:  # before fdopen, which refuses a folder with a bare "Is a directory"
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO, socket or device"
                raise PageError(f"not a regular file ({kind}), not a page")
        except BaseException:
            os.close(fd)
            raise
        with os.fdopen(fd, "rb") as handle:
            # As much as fstat says, +1 to see a file that grew since: reading up to the
            # limit at once would allocate a buffer of the limit (10 MB) for every page.
            want = min(info.st_size, max_bytes) + 1
            data = handle.read(want)
            if len(data) == want and want <= max_bytes:  # it grew: the rest, up to the limit
                data += handle.read(max_bytes + 1 - want)
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        size = max(info.st_size, len(data))
        raise PageError(f"page is {size:,} bytes, over the {max_bytes:,}-byte limit")
    return data


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file and `os.replace`: a reader (or a
    crash) sees the old file or the new one, never half of one. Missing folders are
    made when the temporary file cannot be created for want of them."""
    import tempfile  # here: a no-op build writes nothing and need not load it (5 ms)

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except (FileNotFoundError, NotADirectoryError):  # mkdir says what is in the way
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if mode is not None:
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def page_url(config: SiteConfig, rel: str) -> str:
    """The URL a page without a canonical link is published at."""
    return config.base_url + rel.lstrip("/")


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
    from .build import process_page

    for job in jobs:
        yield process_page(job, config, today)
