"""Links made absolute without letting a malformed href stop the page, and the link that
names a person."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ..text import normalize_space

if TYPE_CHECKING:
    from bs4 import Tag


def join_url(base: str, href: str) -> str | None:
    """`href` made absolute against `base`; None when Python's URL parser refuses it
    (an unbalanced `[` in the host raises "Invalid IPv6 URL"): the link is left out
    instead of costing the page an internal error."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


def link_for(block: Tag, name: str, base_url: str) -> str | None:
    """The absolute href of a link in `block` whose text names the person."""
    for a in block.find_all("a", href=True):
        label = normalize_space(a.get_text(" "))
        if label and name.casefold() in label.casefold() and len(label) <= len(name) + 24:
            return join_url(base_url, str(a["href"]).strip())
    return None
