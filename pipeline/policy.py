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


def apply_severity(findings: Iterable[Finding], config: SiteConfig | None) -> list[Finding]:
    """The findings with the configured severities; rules set to `off` are dropped."""
    severity = (config.governance if config is not None else DEFAULT_GOVERNANCE).severity
    out = []
    for finding in findings:
        wanted = severity.get(finding.code, finding.severity)
        if wanted == OFF:
            continue
        out.append(finding if wanted == finding.severity else replace(finding, severity=wanted))
    return out
