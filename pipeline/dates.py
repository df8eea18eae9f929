"""Dates as pages state them, kept at the stated precision (ISO 8601)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Order matters: the most precise form that matches wins.
_HUMAN_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # June 12, 2026
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),  # 12 June 2026
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I),  # June 2026
]
_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?P<time>[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)?$"
)
ISO_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_iso(value: str, keep_time: bool = False) -> str | None:
    """Validate an ISO 8601 date or datetime; return it (date part only unless keep_time)."""
    value = value.strip()
    m = _ISO.match(value)
    if not m:
        return None
    month = int(m["month"]) if m["month"] else None
    day = int(m["day"]) if m["day"] else None
    day_part = _iso(int(m["year"]), month, day)
    if day_part is None:
        return None
    if keep_time and m["time"]:
        return day_part + "T" + m["time"][1:]
    return day_part


def find_human_date(text: str) -> tuple[str, re.Match[str]] | None:
    """Find the first date written in words ("June 2026", "March 3, 2025") in `text`.

    Returns the ISO form at the stated precision, and the match.
    """
    best: tuple[str, re.Match[str]] | None = None
    for pattern in _HUMAN_PATTERNS:
        m = pattern.search(text)
        if not m or (best and m.start() >= best[1].start()):
            continue
        groups = m.groupdict()
        iso = _iso(int(groups["year"]), MONTHS[groups["month"].lower().rstrip(".")],
                   int(groups["day"]) if groups.get("day") else None)
        if iso:
            best = (iso, m)
    return best


def is_future(iso: str, today: date) -> bool:
    """True when a date at any precision starts after `today`."""
    parts = [int(p) for p in iso[:10].split("-")]
    stated = (today.year, today.month, today.day)[: len(parts)]
    return tuple(parts) > stated
