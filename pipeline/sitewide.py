"""The site-wide pass after a batch: FAQ_DUPLICATE_SITE, a question marked up on more
than one page.

A page built in this batch brings the Questions of its graph; a page an incremental
build skipped brings the Questions its manifest entry recorded when it was last built
(`PageResult.questions`, see runner.py), so an incremental build finds the same
duplicates as a full one. This module loads no page parser and reads no page: a no-op
rebuild runs the pass too, and each question's line in its page was found when the page
was built and is kept with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .graph import question_names
from .keys import question_key
from .policy import apply_severity
from .records import WARNING, Finding, PageResult

if TYPE_CHECKING:
    from .config import SiteConfig

_MAX_PAGES = 3  # other pages named in one FAQ_DUPLICATE_SITE message


def _questions(result: PageResult) -> list[tuple[int, str, int | None]]:
    if result.error:
        return []
    if result.questions or result.graph is None:
        return list(result.questions)  # as found when built, or as the manifest recorded
    return [(i, name, None) for i, name in question_names(result.graph)]  # lines unknown


def site_findings(results: list[PageResult], config: SiteConfig | None
                  ) -> list[tuple[PageResult, Finding]]:
    """The batch-level pass, after every page: FAQ_DUPLICATE_SITE for a question marked up on
    more than one page. Each finding is also added to its page's result."""
    where: dict[str, list[tuple[PageResult, str, str, int | None]]] = {}
    for result in results:
        seen: set[str] = set()
        for i, name, line in _questions(result):
            key = question_key(name)
            if key and key not in seen:
                seen.add(key)
                where.setdefault(key, []).append((result, f"$['@graph'][{i}].name", name, line))
    found: list[tuple[PageResult, Finding]] = []
    for pages in where.values():
        if len(pages) < 2:
            continue
        for result, path, name, line in pages:
            others = [r.source for r, _, _, _ in pages if r is not result]
            listed = ", ".join(others[:_MAX_PAGES]) + (
                f" and {len(others) - _MAX_PAGES} more" if len(others) > _MAX_PAGES else "")
            finding = Finding("FAQ_DUPLICATE_SITE", WARNING,
                              f"the question {name!r} is also marked up on {listed}: "
                              "mark up one instance site-wide", path, line)
            found.append((result, finding))
    kept = []
    for result, finding in found:
        for adjusted in apply_severity([finding], config, result.source):
            result.findings.append(adjusted)
            kept.append((result, adjusted))
    return kept
