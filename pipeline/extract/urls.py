"""Links made absolute without letting a malformed href stop the page."""

from __future__ import annotations

from urllib.parse import urljoin


def join_url(base: str, href: str) -> str | None:
    """`href` made absolute against `base`; None when Python's URL parser refuses it
    (an unbalanced `[` in the host raises "Invalid IPv6 URL"): the link is left out
    instead of costing the page an internal error."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None
