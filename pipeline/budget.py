"""The page budget: a page that takes longer than `limits.page_seconds` is abandoned.

The budget is a wall-clock timer (`setitimer(ITIMER_REAL)`) in the process that builds
the page, the main process with `--jobs 1` and each worker of the pool otherwise: when it
expires, SIGALRM raises `PageTimeout` in the middle of whatever the page was doing
(Python code, or a regular expression: `re` checks for signals as it runs), the page
is reported "took longer than 30 s; not written" and the process goes on with the next
page. Only the reading of the page (parse, extract, generate, validate, splice, verify)
runs under the timer; the write that follows does not, so an output is written whole or
not at all. Everything a page builds is its own (its tree, its memo), so abandoning one
leaves nothing half-made for the next: no process needs replacing. The timer is only
set in a process's main thread (where Python runs signal handlers); a library caller
that builds pages in other threads gets no budget.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_PAGE_SECONDS = 30.0


class PageTimeout(BaseException):
    """The page ran out of its budget. A BaseException, as KeyboardInterrupt is, so that
    no `except Exception` on the way (a page's "internal error" guard) takes it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"took longer than {self.seconds:g} s; not written"


@contextmanager
def page_budget(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout inside the block once it has run `seconds` (wall clock). No
    budget for None or 0, outside the main thread, or where there is no SIGALRM."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
