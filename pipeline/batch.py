"""Page I/O at the bottom of the package: finding pages (`Job`s), reading them, writing
outputs atomically, the output folder's lock and the batch options. It imports nothing
that parses a page: runner.py runs the batch, build.py builds one page.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .errors import PageError, PipelineError
from .inputs import (
    OutputPathError,
    check_out_apart,
    is_inside,
    output_problem,
    page_entries,
    real,
    root_prefix,
)
from .policy import KEEP

if TYPE_CHECKING:
    from .config import SiteConfig


class InputPathError(PipelineError):
    """A path given on the command line does not exist or is not a page or folder."""


@dataclass(frozen=True)
class Job:
    """One page to build: where it is read from, where it is written, and its site path."""

    source: Path
    output: Path
    rel: str  # path relative to the input root, with "/" separators
    refused: str | None = None  # why the page is not read at all (see inputs.py)
    root: str = ""  # the input path given (absolute) that the page was found under
    origin: str = ""  # the page's absolute path (`root` itself for a page given as a file)
    in_place: bool = False  # the output is the input file itself (--in-place)


def _job(source: Path, rel: str, out: Path | None, problem: str | None,
         resolved: dict[Any, Any], root: str, origin: str) -> Job:
    if out is None:  # in place: write through symlinks (inside the input) to the real file
        return Job(source, real(source), rel, problem, root, origin, in_place=True)
    return Job(source, out / rel, rel, problem or output_problem(out, rel, resolved), root,
               origin)


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
    files: dict[Path, Path] = {}  # the real path of every page given as a file
    for path in paths:
        if not os.path.lexists(path):
            raise InputPathError(f"{path}: no such file or folder")
        is_dir = path.is_dir()
        prefix = root_prefix(path if is_dir else path.parent, root)
        if out is not None:
            if prefix is not None and root is not None:  # out/rel must stay out of the root
                check_out_apart(root, out)
            check_out_apart(path, out, None if is_dir else (prefix or "") + path.name)
        given = os.path.abspath(path)
        if is_dir:
            base = os.path.join(path, "")  # the folder with a trailing separator
            for page, problem in page_entries(path):
                name = str(page)  # its path relative to `path`, without pathlib when it can
                rel = (name[len(base):].replace(os.sep, "/") if name.startswith(base)
                       else page.relative_to(path).as_posix())
                origin = os.path.join(given, rel.replace("/", os.sep))
                jobs.append(_job(page, (prefix or "") + rel, out, problem, resolved, given,
                                 origin))
        else:  # a file, or a FIFO or broken symlink that read_page will report
            files[real(path)] = path
            jobs.append(_job(path, (prefix or "") + path.name, out, None, resolved, given, given))
    if out is None:
        return jobs
    _no_output_is_an_input(jobs, files)
    return _one_writer_per_output(jobs)


def _no_output_is_an_input(jobs: list[Job], files: dict[Path, Path]) -> None:
    """Raise OutputPathError when a page would be written over a page given as a file.
    (Folder inputs cannot hold outputs: `check_out_apart` keeps them apart from `--out`.)"""
    if not files:
        return
    for job in jobs:
        given = files.get(real(job.output))
        if given is not None:
            raise OutputPathError(
                f"the output of {job.source} would be {job.output}, which is an input of this "
                f"run ({given}); choose an output folder that holds no input page")


LOCK_NAME = ".healthld.lock"


class OutputLockedError(PipelineError):
    """Another build holds the output folder's lock (CLI exit code 2)."""


@contextmanager
def lock_output(folder: Path) -> Iterator[None]:
    """Hold the output folder's lock file (`fcntl.flock`) for the body: two builds writing
    into one folder at once would record each other's outputs in the manifest. Raises
    OutputLockedError at once when another process holds it. The folder is created."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_NAME, "ab") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputLockedError(
                f"another healthld build is writing to {folder} (it holds {folder / LOCK_NAME}); "
                "wait for it to finish, or build into another folder") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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


def read_job(job: Job, max_bytes: int) -> bytes:
    """The bytes of a job's page (`read_page`); a page found in an input folder must
    still be inside that folder when it is opened."""
    return read_page(job.source, max_bytes, job.root if job.origin != job.root else None)


def _open(path: Path, within: str | None) -> int:
    """A read-only descriptor of `path`. A symlink is followed, and with `within` (an
    input folder) the opened file must be the one its target names now, inside `within`:
    a link re-pointed outside the folder after the listing checked it is not read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not wait for a writer
    try:
        return os.open(path, flags | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
    fd = os.open(path, flags)  # a symlink (or a loop, which raises again)
    if within is None:
        return fd
    target = real(path)
    try:
        opened, named = os.fstat(fd), os.stat(target)
        same = (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)
    except OSError:
        same = False
    if not (same and is_inside(target, real(Path(within)))):
        os.close(fd)
        raise PageError(f"symlink to {target}, outside the input folder {within} (re-pointed "
                        "after the folder was listed); not read")
    return fd


def read_page(path: Path, max_bytes: int, within: str | None = None) -> bytes:
    """The page's bytes; PageError for a page we refuse to read: not a regular file
    (a folder, FIFO, device), unreadable (permissions, a broken symlink or a symlink
    loop), larger than `max_bytes`, or (with `within`) a symlink leading outside it."""
    try:
        fd = _open(path, within)
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


def umask_mode() -> int:
    """The mode a new file gets from the process's umask (0644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_file(path: Path, mode: int | None = None,
                owner: tuple[int, int] | None = None) -> Iterator[BinaryIO]:
    """A file to write `path` through: a temporary file beside it, put in place with
    `os.replace` when the body ends, removed when it raises. A reader (or a crash) sees
    the old file or the new one, never half of one. Missing folders are made when the
    temporary file cannot be created for want of them. The file gets `mode`, else the
    mode the umask gives (as `open` would: a web server can read it), and `owner` (uid,
    gid) when given."""
    import tempfile  # here: a no-op build writes nothing and need not load it (5 ms)

    mode = umask_mode() if mode is None else mode
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except (FileNotFoundError, NotADirectoryError):  # mkdir says what is in the way
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if owner is not None and owner != (os.geteuid(), os.getegid()):
                os.fchown(fd, *owner)
            os.fchmod(fd, mode)
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes, mode: int | None = None,
                 owner: tuple[int, int] | None = None) -> None:
    """Write `data` to `path` atomically (`atomic_file`)."""
    with atomic_file(path, mode, owner) as handle:
        handle.write(data)


def replace_in_place(path: Path, before: bytes, page: bytes) -> None:
    """Rewrite the input page `path` with `page`, keeping its owner, group and mode.
    PageError when the file no longer holds `before` (an edit saved during the build
    must not be reverted) or has other hard links (replacing it would split them)."""
    info = os.stat(path)
    if info.st_nlink > 1:
        raise PageError(f"has {info.st_nlink} hard links: rewriting it would leave the other "
                        "names with the old page; not written (build into --out instead)")
    try:
        with open(path, "rb") as handle:
            current = handle.read(len(before) + 1)
    except OSError as exc:
        raise PageError(f"cannot read it again before rewriting: {exc.strerror or exc}") from None
    if current != before:
        raise PageError("changed while it was being built; not written (build it again)")
    try:
        write_atomic(path, page, stat.S_IMODE(info.st_mode), (info.st_uid, info.st_gid))
    except PermissionError as exc:
        raise PageError(f"cannot rewrite it with its owner and mode kept: "
                        f"{exc.strerror or exc}; not written") from None


def page_url(config: SiteConfig, rel: str) -> str:
    """The URL a page without a canonical link is published at."""
    return config.base_url + rel.lstrip("/")


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class BuildOptions:
    """How a batch runs (see runner.py): processes, the incremental manifest, sharding."""

    jobs: int = 1  # worker processes; 1 builds in this process
    out: Path | None = None  # the output folder that keeps the manifest; None: no manifest
    force: bool = False  # rebuild every page, whatever the manifest says
    prune: bool = False  # remove the outputs of inputs that are gone
    shard: tuple[int, int] | None = None  # (K, N): only the K-th of N deterministic parts
    existing: str = KEEP  # other tools' structured data: "keep" or "replace" (existing.py)
    roots: tuple[str, ...] = ()  # the input paths given (absolute): `prune` stays under them
