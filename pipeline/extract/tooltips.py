"""A review badge whose statement is in its tooltip or popover: "✓ Medically reviewed"
printed, "Reviewed by Dr. NAME, MD, FRCPC, on November 14, 2025" in the badge's own
`title`, Bootstrap's `data-bs-content`, or Tippy's `data-tippy-content` (a reader
hovering or tapping the badge sees it; Google reads the page's text, and the badge
claims the review). The attribute's text is read as a statement of its own, in a
paragraph made apart from the page (no parse: a detached element holding the text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bs4 import NavigableString, Tag

from ..tagindex import first_text
from .statements import Statement

# The badge's attributes that hold what its tooltip or popover shows, in the order a
# toolkit fills them (the popover's body before its title).
_TIP_ATTRS = ("data-bs-content", "data-content", "data-tippy-content", "data-tooltip",
              "data-original-title", "title")
_CLIMB = 2  # elements from the badge's text up to the one carrying the tooltip
_MAX_TIP = 300  # characters: a statement, not a bio
_TIP_NODES = 60  # nodes of a tooltip card read for its text


def _tip(string: NavigableString, by_id: Callable[[str], Tag | None]) -> str | None:
    node = string.parent
    for _ in range(_CLIMB):
        if not isinstance(node, Tag):
            return None
        for attr in _TIP_ATTRS:
            value = node.attrs.get(attr)
            if isinstance(value, str) and 0 < len(value) <= _MAX_TIP:
                return value
        described = str(node.attrs.get("aria-describedby") or "").split()
        tip = by_id(described[0]) if len(described) == 1 else None
        if tip is not None:  # a hidden `role="tooltip"` card the badge points to, read
            return first_text(tip, _TIP_NODES)[:_MAX_TIP]  # bounded: many badges, one card
        node = node.parent
    return None


def tooltip_statement(string: NavigableString, block: Tag, pattern: re.Pattern[str],
                      read: Callable[[NavigableString, re.Match[str], Tag], Statement | None],
                      by_id: Callable[[str], Tag | None]) -> Statement | None:
    """The statement in the tooltip of the badge whose label is `string` (the whole of its
    text), read as the label then the tooltip ("✓ Medically reviewed: NAME, DNP · Reviewed
    on 05/08/2026"), naming a person, read by `read` and placed at the badge's `block`;
    None when the badge has no tooltip or its tooltip names nobody. `by_id` finds the
    element an `aria-describedby` names."""
    tip = _tip(string, by_id)
    if tip is None:
        return None
    holder = Tag(name="p")
    label = str(string)
    end = len(label)
    while end and not label[end - 1].isalnum():  # "Medically reviewed ✓", "Reviewed:"
        end -= 1
    text = NavigableString(" ".join(f"{label[:end]}: {tip}".split()))
    holder.append(text)
    for m in pattern.finditer(text):
        found = read(text, m, holder)
        if found is not None and found.reviewer is not None and found.reviewer.person:
            return replace(found, block=block)
    return None
