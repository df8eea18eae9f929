"""`python -m pipeline` and the `healthld` command run the command-line interface."""

import gc


def run() -> int:
    """The command line, as a process of its own: what loading the CLI made is frozen
    out of the garbage collector's reach first (it lives as long as the process), so
    the collector's passes during the run walk only what the run makes. A no-op
    rebuild, mostly start-up, was a tenth faster. (`cli.main` itself does not freeze:
    a caller running it in its own process keeps its collector as it was.)"""
    from .cli import main

    gc.freeze()
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
