"""The policies a site config sets, kept apart from the rules that apply them so that
reading the config loads no page parser: the governance severities and review age
(governance.py applies them) and what to do with other tools' structured data
(existing.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .records import ERROR, INFO, WARNING, Finding

if TYPE_CHECKING:
    from .config import SiteConfig

# Other tools' JSON-LD/microdata/RDFa on a page (`--existing`, see existing.py).
KEEP, REPLACE = "keep", "replace"
POLICIES = (KEEP, REPLACE)

OFF = "off"
DEFAULT_SEVERITY: Mapping[str, str] = MappingProxyType({
    "REVIEW_STALE": WARNING,
    "REVIEW_MISSING": WARNING,
    "REVIEW_IN_FUTURE": ERROR,
    "REVIEWER_UNKNOWN": WARNING,
    "FAQ_DUPLICATE_SITE": WARNING,
    "FAQ_NOT_VISIBLE": ERROR,
    "ANSWER_HTML_DISALLOWED": WARNING,
    "FAQ_USER_SUBMITTED": INFO,
    "REVIEW_UNREAD": WARNING,
    "REVIEW_DATE_AMBIGUOUS": WARNING,
    "CREDENTIAL_UNLISTED": INFO,
})
DEFAULT_MAX_REVIEW_AGE_MONTHS = 12


@dataclass(frozen=True)
class Governance:
    """The `[governance]` table of the site config. Plain tuples, so the config stays
    hashable and can be sent to worker processes."""

    max_review_age_months: int = DEFAULT_MAX_REVIEW_AGE_MONTHS
    severities: tuple[tuple[str, str], ...] = tuple(DEFAULT_SEVERITY.items())

    @property
    def severity(self) -> dict[str, str]:
        """Code -> configured severity (`error`, `warning`, `info` or `off`)."""
        return dict(self.severities)

    @classmethod
    def from_dict(cls, table: Mapping[str, Any]) -> Governance:
        """Build from the (schema-validated) TOML table; unset codes keep their default."""
        return cls(
            max_review_age_months=table.get("max_review_age_months", DEFAULT_MAX_REVIEW_AGE_MONTHS),
            severities=tuple({**DEFAULT_SEVERITY, **table.get("severity", {})}.items()),
        )


DEFAULT_GOVERNANCE = Governance()


# Findings that say the output is wrong or missing, or the page was not processed: what
# `check` and the batch are for, so no config can lower or silence them.
FIXED_CODES = frozenset({"OUTPUT_STALE", "OUTPUT_MISSING", "PAGE_FAILED"})


def ignored_codes(config: SiteConfig | None, source: str | None) -> frozenset[str]:
    """The codes `[findings.ignore]` silences on the page at `source`: a key matches the
    page's path, its end ("blog/x.html" matches "input/blog/x.html") or, as a glob, either
    ("blog/*.html")."""
    if config is None or source is None or not config.ignore:
        return frozenset()
    from fnmatch import fnmatchcase

    path = source.replace("\\", "/")
    codes: set[str] = set()
    for key, listed in config.ignore:
        if (path == key or path.endswith("/" + key) or fnmatchcase(path, key)
                or fnmatchcase(path, "*/" + key)):
            codes.update(listed)
    return frozenset(codes)


def apply_severity(findings: Iterable[Finding], config: SiteConfig | None,
                   source: str | None = None) -> list[Finding]:
    """The findings with the configured severities (`[governance.severity]`,
    `[findings.severity]`); rules set to `off` are dropped, and with `source` the codes
    `[findings.ignore]` silences on that page."""
    severity = (config.governance if config is not None else DEFAULT_GOVERNANCE).severity
    ignored = ignored_codes(config, source)
    out = []
    for finding in findings:
        if finding.code in ignored:
            continue
        wanted = severity.get(finding.code, finding.severity)
        if wanted == OFF:
            continue
        out.append(finding if wanted == finding.severity else replace(finding, severity=wanted))
    return out
