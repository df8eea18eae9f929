"""Reports of a run for CI systems, chosen by the report file's extension:

  .json   every page: status, extracted facts, JSON-LD, findings, timings (json_report)
  .xml    JUnit XML: one test case per page, a failure for its failing findings (junit)
  .sarif  SARIF 2.1.0: one result per finding, with file and line (sarif)
  .html   a self-contained page: summary, sortable table, findings, JSON-LD (html)

GitHub Actions annotations (github) are printed by the CLI when GITHUB_ACTIONS=true.
Report text speaks of valid markup; it never promises a Google rich result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..outcome import Run


def _renderers() -> dict[str, Callable[[Run], str]]:
    from . import html, json_report, junit, sarif

    return {".json": json_report.render, ".xml": junit.render, ".sarif": sarif.render,
            ".html": html.render}


FORMATS = (".json", ".xml", ".sarif", ".html")


def write_reports(paths: Iterable[Path], run: Run) -> None:
    """Write one report per path, the format chosen by its extension (see FORMATS)."""
    paths = list(paths)
    if not paths:
        return
    from ..batch import write_atomic

    renderers = _renderers()
    for path in paths:
        text = renderers[Path(path).suffix.lower()](run)
        # A file name that is not UTF-8 reaches Python as lone surrogates: shown as U+FFFD.
        data = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8")
        write_atomic(Path(path), data)
