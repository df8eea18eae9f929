"""What a run did: one `Outcome` per page and the `Run` that holds them (run.py makes
them, the CLI prints them, reports/ renders them).

A page's outcome in a build is classified here and nowhere else (`classify`); check
mode's states come from check.py, which compares a fresh build with the output folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .records import ERROR, INFO, WARNING, Finding, PageResult

if TYPE_CHECKING:
    from .batch import Job

# build: what happened to a page's output
FAILED, WRITTEN, UNCHANGED, SKIPPED, PRUNED = "failed", "written", "unchanged", "skipped", "pruned"
# check: how a fresh build compares with the output (and FAILED, UNCHANGED)
WOULD_CHANGE, MISSING = "would change", "missing"

PRUNED_SOURCE = "(input removed)"  # the source of a result that removed an output (--prune)
MANIFEST_SOURCE = "(manifest)"  # the source of the result of a manifest that could not be saved

# The severities that fail a run, by its threshold (check's --fail-on).
FAIL_ON = {ERROR: (ERROR,), WARNING: (ERROR, WARNING)}


def classify(result: PageResult) -> str:
    """A build's outcome for one result: pruned (or failed) for a removed output or the
    manifest, skipped (the manifest showed it unchanged), failed (an error, or an
    error-level finding: not written), written or unchanged."""
    if result.source in (PRUNED_SOURCE, MANIFEST_SOURCE):
        return FAILED if result.error else PRUNED
    if result.skipped:
        return SKIPPED
    if result.error or result.count(ERROR):
        return FAILED
    return WRITTEN if result.changed else UNCHANGED


@dataclass
class Outcome:
    """One page of a run: its result and what happened to its output (`classify`, or a
    check state); `job` is the page a check compared, for its diff."""

    result: PageResult
    state: str
    job: Job | None = None

    @property
    def is_page(self) -> bool:
        """False for a removed output (--prune) and for the manifest."""
        return self.result.source not in (PRUNED_SOURCE, MANIFEST_SOURCE)

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


@dataclass(frozen=True)
class Summary:
    """A build's totals as its pages came in (before the site-wide pass)."""

    pages: int = 0
    written: int = 0
    unchanged: int = 0  # skipped pages too
    failed: int = 0  # pages, removed outputs that could not be removed, the manifest
    pruned: int = 0
    errors: int = 0
    warnings: int = 0

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> Summary:
        """The totals of `outcomes`."""
        pages = [o for o in outcomes if o.is_page]
        states = [UNCHANGED if o.state == SKIPPED else o.state for o in pages]
        return cls(pages=len(pages), written=states.count(WRITTEN),
                   unchanged=states.count(UNCHANGED),
                   failed=states.count(FAILED) + sum(
                       1 for o in outcomes if not o.is_page and o.state == FAILED),
                   pruned=sum(1 for o in outcomes if o.state == PRUNED),
                   errors=sum(o.result.count(ERROR) + bool(o.result.error) for o in pages),
                   warnings=sum(o.result.count(WARNING) for o in pages))


@dataclass
class Run:
    """Everything one `build` or `check` run did; reports render it, the CLI prints it.

    `pages` are the pages of the input folders and files (and, in check mode, the posts
    of exports), in order, after the site-wide pass; `exports` the posts a build wrote
    into WXR exports; `others` the removed outputs and a manifest that could not be
    saved; `site` the site-wide pass's findings (also in their pages' findings)."""

    command: str
    today: date
    pages: list[Outcome]
    seconds: float = 0.0
    fail_on: str = ERROR
    version: str = field(default="")
    exports: list[Outcome] = field(default_factory=list)
    others: list[Outcome] = field(default_factory=list)
    site: list[tuple[PageResult, Finding]] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)

    def failing(self, finding: Finding) -> bool:
        """True when the finding is at or above the run's failure threshold."""
        return finding.severity in FAIL_ON[self.fail_on]

    def fails(self, outcome: Outcome) -> bool:
        """True when this page makes a check fail: its output would change or is missing,
        it could not be processed, or it has a finding at or above the threshold."""
        if outcome.state != UNCHANGED or outcome.result.error:
            return True
        return any(self.failing(f) for f in outcome.result.findings)

    @property
    def passed(self) -> bool:
        """A build passes when no page, removed output or manifest failed and the site pass
        found no error; a check when no page `fails`."""
        if self.command == "check":
            return not any(self.fails(o) for o in self.pages)
        return not self.summary.failed and not any(f.severity == ERROR for _, f in self.site)

    def totals(self) -> dict[str, int]:
        """Pages by status and findings by severity."""
        out = {"pages": len(self.pages)}
        for status in ("ok", INFO, WARNING, ERROR):
            out[f"pages_{status}"] = sum(1 for p in self.pages if p.status == status)
        for severity in (ERROR, WARNING, INFO):
            out[severity] = sum(p.count(severity) for p in self.pages)
        return out
