"""Reports of a run for CI systems, chosen by the report file's extension:

  .json   every page: status, extracted facts, JSON-LD, findings, timings (json_report)
  .xml    JUnit XML: one test case per page, a failure for its failing findings (junit)
  .sarif  SARIF 2.1.0: one result per finding, with file and line (sarif)
  .html   a self-contained page: summary, sortable table, findings, JSON-LD (html)

GitHub Actions annotations (github) are printed by the CLI when GITHUB_ACTIONS=true.
Report text speaks of valid markup; it never promises a Google rich result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..records import ERROR, INFO, WARNING, Finding, PageResult

SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}
FAIL_ON = {ERROR: (ERROR,), WARNING: (ERROR, WARNING)}


@dataclass
class PageEntry:
    """One page of a run: its result and what happened to its output."""

    result: PageResult
    state: str  # build: written/unchanged/failed; check: unchanged/would change/missing/failed

    @property
    def findings(self) -> list[Finding]:
        """The page's findings, with a PAGE_FAILED error when it could not be processed."""
        extra = [Finding("PAGE_FAILED", ERROR, self.result.error)] if self.result.error else []
        return extra + list(self.result.findings)

    @property
    def status(self) -> str:
        """error, warning, info or ok: the most severe finding."""
        severities = {f.severity for f in self.findings}
        return next((s for s in (ERROR, WARNING, INFO) if s in severities), "ok")

    def count(self, severity: str) -> int:
        """How many of the page's findings have `severity`."""
        return sum(1 for f in self.findings if f.severity == severity)


@dataclass
class Run:
    """Everything a report shows about one `build` or `check` run."""

    command: str
    today: date
    pages: list[PageEntry]
    seconds: float = 0.0
    fail_on: str = ERROR
    version: str = field(default="")

    def failing(self, finding: Finding) -> bool:
        """True when the finding is at or above the run's failure threshold."""
        return finding.severity in FAIL_ON[self.fail_on]

    def totals(self) -> dict[str, int]:
        """Pages by status and findings by severity."""
        out = {"pages": len(self.pages)}
        for status in ("ok", INFO, WARNING, ERROR):
            out[f"pages_{status}"] = sum(1 for p in self.pages if p.status == status)
        for severity in (ERROR, WARNING, INFO):
            out[severity] = sum(p.count(severity) for p in self.pages)
        return out


def display_path(path: str) -> str:
    """A page path as CI systems want it: relative to the current folder when inside it, "/"
    separators."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()
    return Path(path if rel.startswith("..") else rel).as_posix()


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
