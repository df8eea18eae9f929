"""Run a batch at scale: shard selection, the incremental manifest, a process pool.

- `--shard K/N` keeps the pages whose relative path hashes to K (1-based) of N: the
  same split on every machine and every run, so N CI runners share an export.
- With an output folder, the manifest (manifest.py) skips unchanged pages; `prune`
  removes the outputs of inputs that are gone (in this shard only).
- Pages stream through the pool (pool.py) in chunks with a bounded window of chunks in
  flight, so memory stays flat whatever the page count; results come back in the order
  of the jobs, so output and printing are the same for any number of processes.
  `process_page` is pure: the written bytes do not depend on the process count. A
  batch under 8 pages per worker is built in this process, and chunks of skipped
  pages never go to the pool.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import time
from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from .batch import BuildOptions, Job, read_job
from .config import SiteConfig
from .dated import cached_findings, dated_stub
from .errors import PageError
from .manifest import MANIFEST_NAME, Manifest, config_hash, input_hash, recorded_questions
from .outcome import MANIFEST_SOURCE, PRUNED_SOURCE
from .policy import KEEP
from .pool import CHUNK, stream
from .records import Finding, PageResult


def in_shard(rel: str, shard: tuple[int, int] | None) -> bool:
    """True when the page at `rel` belongs to shard (K, N); every page is in `None`."""
    if shard is None:
        return True
    k, n = shard
    digest = hashlib.sha256(rel.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n == k - 1


def _key(job: Job, out: Path) -> str | None:
    """The page's key in the manifest: its output path relative to `out`."""
    if str(job.output) == os.path.join(out, job.rel):  # as discover lays outputs out
        return job.rel
    try:
        return job.output.relative_to(out).as_posix()
    except ValueError:
        return None


Task = tuple[Job, bool]  # a page, and whether the manifest says it can be skipped


def _one(task: Task, config: SiteConfig, today: date,
         options: BuildOptions | None = None) -> PageResult:
    job, skip = task
    if skip:
        return PageResult(source=str(job.source), output=str(job.output), skipped=True)
    from .build import process_page  # loaded by `prepare` before any page is built

    return process_page(job, config, today, options=options)


# Set by the `healthld` process (pipeline/__main__.py): after `prepare` has loaded the
# parser and extruct, freeze them out of the garbage collector's reach. Off for a library
# caller, whose process is left as it is (freezing also keeps whatever garbage is
# unreachable at that moment, for good).
FREEZE_AFTER_LOADING = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while modules load: loading makes hundreds of
    thousands of objects that live as long as the process and no garbage, and the
    collector's passes over them were ~50 ms of a build's start (a tenth of it).
    Restored as it was, for a caller that had turned it off."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def prepare(config: SiteConfig) -> None:
    """Load what building a page needs (the parser, extruct, the compiled dictionary)
    once, in this process: called before the first page is built and before a pool
    starts, so forked workers inherit it instead of each loading it again; in the
    `healthld` process, then frozen out of the garbage collector's reach
    (FREEZE_AFTER_LOADING). A no-op build never calls it."""
    with collector_paused():
        from . import build  # noqa: F401  (the parser, the extractors, the validators)
        from .roundtrip import warm_up
        from .terms import dictionary

        warm_up()
        dictionary(config.medical_terms)
        if FREEZE_AFTER_LOADING:  # what was loaded is kept for the whole run: the collector
            gc.freeze()           # no longer walks it, and forked workers do not copy the
                                  # memory pages it would touch (gc.freeze's docs)


def _skipped(task: Task) -> bool:
    return task[1]


def _processed(tasks: Iterable[Task], config: SiteConfig, today: date, workers: int,
               options: BuildOptions | None = None, total: int | None = None
               ) -> Iterator[PageResult]:
    """The results of `tasks` (`total` of them, if known), in order; in this process or
    in a pool of `workers`."""
    return stream(_one, tasks, workers, (config, today, options), local=_skipped,
                  prepare=lambda: prepare(config), total=total)


def _gone(path: Any) -> bool:
    """True only when `path` verifiably does not exist: a read error (permissions, a network
    mount that does not answer) is not "gone"."""
    if not isinstance(path, str) or not path:
        return False
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except (OSError, ValueError):
        return False
    return False


def _prune(manifest: Manifest, keep: set[str], shard: tuple[int, int] | None,
           roots: set[str]) -> Iterator[PageResult]:
    """Remove the outputs recorded in the manifest whose input is gone: only entries
    recorded for one of this run's input `roots` (this shard only), whose root is still
    there and whose input path does not exist; never a file outside the output folder."""
    root = manifest.folder.resolve()
    for key in sorted(set(manifest.pages) - keep):
        entry = manifest.pages[key]
        if entry.get("root") not in roots or not in_shard(entry.get("rel", key), shard):
            continue
        if _gone(entry["root"]) or not _gone(entry.get("source")):
            continue  # the whole input is missing (unmounted?), or the page is still there
        result = PageResult(source=PRUNED_SOURCE, output=str(manifest.folder / key))
        target = (manifest.folder / key).resolve()
        if target.is_relative_to(root):  # never anything outside the output folder
            try:
                target.unlink(missing_ok=True)
            except OSError as exc:
                result.error = f"cannot remove {result.output}: {exc.strerror or exc}"
                yield result
                continue
        manifest.record(key, None)
        result.changed = True
        yield result


def run(jobs: Iterable[Job], config: SiteConfig, today: date,
        options: BuildOptions) -> Iterator[PageResult]:
    """Build `jobs` as `options` say. Yields one result per page of the shard, in the
    order of `jobs` (`skipped` for pages the manifest shows unchanged), then, with
    `prune`, one per removed output (`source` is "(input removed)")."""
    from . import __version__

    workers = options.jobs
    if isinstance(jobs, Sized) and len(jobs) < workers * CHUNK:
        workers = 1  # starting the pool would cost more than it saves
    selected: Iterable[Job] = (job for job in jobs if in_shard(job.rel, options.shard))
    total = None
    if isinstance(jobs, Sized):  # a list already: its count lets the pool's last chunks shrink
        selected = list(selected)
        total = len(selected)
    out = options.out
    if out is None:
        yield from _processed(((job, False) for job in selected), config, today, workers,
                              options, total)
        return
    manifest = Manifest.load(out)
    manifest.validated(config.digest)
    config_id = config_hash(config)
    if options.existing != KEEP:  # another policy writes other bytes: not the same build
        config_id += f"+existing={options.existing}"
    seen: set[str] = set()
    pending: dict[str, tuple[str, dict[str, Any]]] = {}  # pages in flight, by output path
    # skipped pages: their recorded Questions and findings
    skipped: dict[str, tuple[list[tuple[int, str, int | None]], list[Finding]]] = {}

    def input_entry(job: Job, key: str, may_skip: bool) -> dict[str, Any]:
        """The input hash (trusted from the manifest when size and mtime say it is
        unchanged, see manifest.py) with the stat facts that allow trusting it next time.
        Only a page that `may_skip` (its entry matches in all but the input) is read here
        to compare its hash; any other is built without it, and the hash of the bytes its
        worker built from is recorded (None until then): a page is read once in a full
        build, and the hash is of exactly what was built."""
        try:
            info: os.stat_result | None = os.stat(job.source)
        except OSError:
            info = None
        regular = info is not None and stat.S_ISREG(info.st_mode)
        digest = (manifest.known_hash(key, info)
                  if info is not None and regular and not options.force else None)
        if digest is not None:
            hashed_ns = manifest.pages[key]["hashed_ns"]
        else:
            hashed_ns = time.time_ns()  # before reading: a change during the read is caught
            if may_skip or not regular:  # not regular: read_page says why
                digest = input_hash(read_job(job, config.max_page_bytes))
        if info is None or not regular:
            return {"input": digest}
        return {"input": digest, "size": info.st_size, "mtime_ns": info.st_mtime_ns,
                "hashed_ns": hashed_ns}

    def tasks() -> Iterator[Task]:
        for job in selected:
            key = _key(job, out)
            if key is None:  # not under the output folder: built, never recorded
                yield job, False
                continue
            seen.add(key)
            try:  # read_page: a FIFO must not block, a refused page is never read (issue 4)
                if job.refused:
                    raise PageError(job.refused)
                fixed = {"config": config_id, "tool": __version__, "rel": job.rel}
                may_skip = not options.force and manifest.may_match(key, fixed)
                entry: dict[str, Any] = {**input_entry(job, key, may_skip), **fixed,
                                         "root": job.root, "source": job.origin}
            except PageError:
                yield job, False  # process_page says why it cannot be read
                continue
            skip = may_skip and entry["input"] is not None and manifest.matches(key, entry)
            findings = (cached_findings(manifest.pages[key], today, config, str(job.source))
                        if skip else None)
            if findings is not None:
                old = manifest.pages[key]
                # The Questions as recorded when the page was built (a damaged value: none).
                questions = recorded_questions(old.get("questions"))
                entry.update(questions=[list(q) for q in questions], findings=old["findings"],
                             dated=old["dated"])
                manifest.record(key, entry)  # the same, or with a fresher hash time
                skipped[str(job.output)] = (questions, findings)
            else:
                skip = False
                pending[str(job.output)] = (key, entry)
            yield job, skip

    for result in _processed(tasks(), config, today, workers, options, total):
        if result.output in pending:
            key, entry = pending.pop(result.output)
            if result.input_sha256 is not None:  # the bytes the page was built from
                entry["input"] = result.input_sha256
            if result.graph is not None:  # for the site-wide pass of later builds
                entry["questions"] = [list(q) for q in result.questions]
                # what a later build that skips the page reports (`dated.cached_findings`)
                entry["findings"] = [[f.code, f.severity, f.message, f.path, f.line]
                                     for f in result.findings]
                entry["dated"] = dated_stub(result.graph)
            manifest.record(key, entry if result.ok and entry["input"] is not None else None)
        elif result.skipped and result.output in skipped:
            questions, findings = skipped.pop(result.output)
            result.questions = tuple(questions)
            result.findings = findings
        yield result
    if options.prune:
        roots = set(options.roots) | {job.root for job in jobs} if isinstance(jobs, Sized) \
            else set(options.roots)
        yield from _prune(manifest, seen, options.shard, roots)
    problem = manifest.save()  # an interrupted build records nothing: the next one checks all
    if problem:
        yield PageResult(source=MANIFEST_SOURCE, output=str(out / MANIFEST_NAME), error=problem)
