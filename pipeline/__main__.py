"""`python -m pipeline` and the `healthld` command run the command-line interface."""

import gc
import sys


def run() -> int:
    """The command line, as a process of its own: what loading the CLI made is frozen
    out of the garbage collector's reach first (it lives as long as the process), so
    the collector's passes during the run walk only what the run makes (a no-op
    rebuild, mostly start-up, was a tenth faster), and so is what a build loads before
    its first page (runner.FREEZE_AFTER_LOADING). The libraries a build loads are loaded
    without the parts it never uses (loading.lean_process). `cli.main` itself does
    neither: a caller running it in its own process keeps its collector and its
    libraries as they were."""
    from . import runner
    from .cli import main
    from .loading import lean_process

    lean_process()
    gc.freeze()
    runner.FREEZE_AFTER_LOADING = True
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed as
        if hasattr(stream, "reconfigure"):   # its bytes (as ls does), never a traceback
            stream.reconfigure(errors="surrogateescape")
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
