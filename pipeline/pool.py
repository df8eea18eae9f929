"""The process pool a batch streams through: `stream(fn, items, workers, context)`.

Items go to the workers in chunks, with a bounded window of chunks in flight, so memory
stays flat whatever the item count; results come back in the order of the items, so
output and printing are the same for any number of processes. A chunk whose items are
all `local` (a page the manifest skips) is done in this process, and the pool starts
only for the first chunk that is not. Near the end of a batch of known size the chunks
shrink, so the workers finish together (see `chunk_size`). On Ctrl-C or SIGTERM the
workers are stopped at once (`_init`), a page being written complete or absent.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

R = TypeVar("R")
CHUNK = 8  # items per task: small enough to balance, large enough to amortise pickling
WINDOW = 4  # chunks in flight per worker
_CONTEXT: tuple[Any, ...] = ()  # in a worker: the arguments every item is processed with


def chunk_size(remaining: int | None, workers: int) -> int:
    """How many items the next chunk takes, `remaining` items not yet handed out (None:
    not known). CHUNK, until the last few chunks: those shrink to half of a fair share,
    down to one item, so no worker is left alone with a full chunk at the end while
    the others idle (at CHUNK 8, a chunk of typical pages is ~0.1 s: on 240 pages with
    two workers, the wait was ~5 % of the build)."""
    if remaining is None:
        return CHUNK
    return max(1, min(CHUNK, remaining // (2 * workers)))


_BUSY = False  # in a worker: building a chunk of pages
_STOPPING = False  # in a worker: SIGTERM came; build nothing more


def _stopped(signum: int, frame: Any) -> None:
    """SIGTERM in a worker: unwind the page being built (a temporary file being written is
    removed by write_atomic), or, idle, exit at once."""
    global _STOPPING
    if _STOPPING:  # a second SIGTERM (the parent's, after the process group's): the first is
        return  # unwinding; raising again inside write_atomic's clean-up would leave its file
    _STOPPING = True
    if _BUSY:
        raise SystemExit(128 + signum)
    os._exit(128 + signum)


def _init(context: tuple[Any, ...]) -> None:
    """In each worker: keep the batch's settings; leave Ctrl-C to the parent, which, on
    Ctrl-C or SIGTERM, stops the workers with SIGTERM (`_stop_workers`): a worker then
    stops at once, a page it was writing complete or absent (write_atomic), instead of
    the parent waiting for a slow page; exit when the parent is gone (killed), instead
    of waiting for work forever."""
    global _CONTEXT
    _CONTEXT = context
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stopped)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _work(fn: Callable[..., R], chunk: list[Any]) -> list[R]:
    global _BUSY
    if _STOPPING:
        os._exit(143)
    _BUSY = True
    try:
        return [fn(item, *_CONTEXT) for item in chunk]
    finally:
        _BUSY = False
        if _STOPPING:  # the page being built is unwound: exit (a second SIGTERM, from the
            os._exit(143)  # parent, may have merged into the first and never come)


class _Done(Generic[R]):
    """A chunk done in this process, in the window beside the pool's futures. (Not a
    Future: concurrent.futures and logging would cost a no-op build 5 ms to import.)"""

    def __init__(self, results: list[R]) -> None:
        self.results = results

    def result(self) -> list[R]:
        return self.results


def stream(fn: Callable[..., R], items: Iterable[Any], workers: int, context: tuple[Any, ...],
           local: Callable[[Any], bool] | None = None,
           prepare: Callable[[], None] | None = None, total: int | None = None
           ) -> Iterator[R]:
    """`fn(item, *context)` for every item, in order: in this process, or in a pool of
    `workers` with at most `WINDOW` chunks of at most `CHUNK` items in flight per worker,
    so neither the items nor the results are ever all in memory. `fn` must be a
    module-level function; `context` is handed to each worker once. A chunk whose items
    are all `local` (cheap: a page the manifest skips) is done here; the pool is only
    started for the first chunk that is not, so a no-op rebuild starts no process.
    `prepare` is called once, here, before the first item that is not `local` (and
    before the pool starts). `total`, the number of items (by default `len(items)` when
    it has one), lets the last chunks shrink (`chunk_size`)."""
    if workers <= 1:
        for item in items:
            if prepare is not None and not (local is not None and local(item)):
                prepare()
                prepare = None
            yield fn(item, *context)
        return
    if total is None and isinstance(items, Sized):
        total = len(items)
    it = iter(items)
    pool: ProcessPoolExecutor | None = None
    try:
        window: deque[Future[list[R]] | _Done[R]] = deque()
        while True:
            while len(window) < workers * WINDOW:
                chunk = list(islice(it, chunk_size(total, workers)))
                if not chunk:
                    break
                if total is not None:
                    total -= len(chunk)
                if local is not None and all(map(local, chunk)):
                    window.append(_Done([fn(item, *context) for item in chunk]))
                    continue
                if pool is None:
                    if prepare is not None:
                        prepare()
                    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: 20 ms

                    pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(context,))
                window.append(pool.submit(_work, fn, chunk))
            if not window:
                return
            yield from window.popleft().result()
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (cli.Terminated): stop now
        if pool is not None:
            _stop_workers(pool)
        raise
    finally:  # on Ctrl-C or an early stop: the chunks not started are dropped
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM to each worker of `pool`, which stops it within moments (`_init`), whatever
    page it is building. (The executor lists its processes only in an attribute of its
    own; without it, the pool is shut down as usual, after the chunks in progress.)"""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError):  # already gone
            process.terminate()


