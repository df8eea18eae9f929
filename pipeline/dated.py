"""The rules whose answer depends on the date a run is checked against (`--today`):
REVIEW_STALE, REVIEW_IN_FUTURE and DATE_MONTH_PRECISION, over a graph or over the stub
of one an incremental build's manifest keeps for a skipped page (`dated_stub`), so a
cached build reports what a full one would. Loads no parser: a no-op build runs them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .dates import is_future
from .graph import types_of
from .policy import Governance, apply_severity
from .records import ERROR, INFO, WARNING, Finding

if TYPE_CHECKING:
    from .config import SiteConfig

DATED_CODES = frozenset({"REVIEW_STALE", "REVIEW_IN_FUTURE", "DATE_MONTH_PRECISION"})
_STUB_KEYS = ("@type", "lastReviewed", "reviewedBy")


def _graph_nodes(graph: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    items = graph.get("@graph", [])
    return [(f"$['@graph'][{i}]", n) for i, n in enumerate(items) if isinstance(n, dict)]


def _period_end(iso: str) -> date:
    """The last day a date at any precision ("2025", "2025-06", "2025-06-12") covers."""
    parts = [int(p) for p in iso[:10].split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def add_months(day: date, months: int) -> date:
    """`day` moved `months` later, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_findings(graph: dict[str, Any], today: date, gov: Governance) -> list[Finding]:
    """REVIEW_MISSING on a MedicalWebPage without reviewer or date; REVIEW_STALE on an old one."""
    items = graph.get("@graph") or [{}]
    page = items[0] if isinstance(items[0], dict) else {}
    if "MedicalWebPage" not in types_of(page):
        return []
    reviewed = page.get("lastReviewed")
    missing = [what for what, key in (("reviewer", "reviewedBy"), ("review date", "lastReviewed"))
               if not page.get(key)]
    if missing:
        what = " and no ".join(missing)
        return [Finding("REVIEW_MISSING", WARNING,
                        f"the MedicalWebPage has no {what}: state on the page \"Medically reviewed "
                        "by NAME, CREDENTIALS — last reviewed DATE\"", "$['@graph'][0]")]
    if not isinstance(reviewed, str) or not re.fullmatch(r"\d{4}(-\d\d){0,2}", reviewed):
        return []  # a malformed date is a SCHEMA finding
    try:
        end = _period_end(reviewed)
    except ValueError:
        return []
    months = gov.max_review_age_months
    if end < today and add_months(end, months) < today:
        return [Finding("REVIEW_STALE", WARNING,
                        f"the page was last reviewed {reviewed}, which is more than {months} "
                        f"months before "
                        f"{today.isoformat()}: have the page reviewed again and update the date",
                        "$['@graph'][0].lastReviewed")]
    return []


def date_findings(graph: dict[str, Any], today: date) -> list[Finding]:
    """REVIEW_IN_FUTURE for a review date after `today`; DATE_MONTH_PRECISION for one
    without a day."""
    findings = []
    for path, node in _graph_nodes(graph):
        reviewed = node.get("lastReviewed")
        if not isinstance(reviewed, str) or not re.fullmatch(r"\d{4}(-\d\d){0,2}", reviewed):
            continue  # a malformed date is a SCHEMA finding
        if is_future(reviewed, today):
            findings.append(Finding("REVIEW_IN_FUTURE", ERROR,
                                    f"the review date {reviewed} is after today "
                                    f"({today.isoformat()})",
                                    f"{path}.lastReviewed"))
        elif len(reviewed) < 10:
            findings.append(Finding("DATE_MONTH_PRECISION", INFO,
                                    f"the review date {reviewed} names a month but no day; "
                                    "some readers of the markup expect a full date",
                                    f"{path}.lastReviewed"))
    return findings


def dated_findings(graph: dict[str, Any], today: date, config: SiteConfig | None,
                   source: str | None = None) -> list[Finding]:
    """The findings of the date-dependent rules (DATED_CODES) for `graph` against `today`,
    with the severities `config` sets (and its ignores for the page at `source`); lines
    are not known here."""
    gov = config.governance if config is not None else Governance()
    found = date_findings(graph, today)
    found += [f for f in review_findings(graph, today, gov) if f.code in DATED_CODES]
    return apply_severity(found, config, source)


def dated_stub(graph: dict[str, Any]) -> dict[str, Any]:
    """What `dated_findings` reads of `graph`: each node's type, review date and whether it
    has a reviewer, at the node's position (other nodes empty), for the manifest."""
    nodes = graph.get("@graph") if isinstance(graph.get("@graph"), list) else []
    stub: list[Any] = []
    for node in nodes or ():
        kept = {k: node[k] for k in _STUB_KEYS if isinstance(node, dict) and k in node}
        if "reviewedBy" in kept:
            kept["reviewedBy"] = bool(kept["reviewedBy"])
        stub.append(kept if "lastReviewed" in kept or not stub else {})
    return {"@graph": stub}


def cached_findings(entry: dict[str, Any], today: date, config: SiteConfig,
                    source: str) -> list[Finding] | None:
    """A skipped page's findings as a full build would report them today: those its entry
    recorded, with the date-dependent rules (dated.py) run again against `today` over the
    entry's stub of the graph. None when the page must be built after all: the entry
    records no findings (an older manifest, or damaged), or a date-dependent rule now
    answers otherwise (a review gone stale, a severity changed), so its line and every
    other detail come from the page itself."""
    recorded, stub = entry.get("findings"), entry.get("dated")
    if not isinstance(recorded, list) or not isinstance(stub, dict):
        return None
    try:
        findings = [Finding(str(c), str(s), str(m), str(p), ln if type(ln) is int else None)
                    for c, s, m, p, ln in recorded]
    except (TypeError, ValueError):
        return None
    try:
        fresh = dated_findings(stub, today, config, source)
    except (TypeError, ValueError, AttributeError):  # a damaged stub
        return None
    then = [f for f in findings if f.code in DATED_CODES]
    if [(f.code, f.severity, f.path) for f in fresh] != [(f.code, f.severity, f.path)
                                                         for f in then]:
        return None
    update = iter(fresh)  # the same rules in the same order: today's messages, the lines kept
    return [replace(next(update), line=f.line) if f.code in DATED_CODES else f
            for f in findings]
