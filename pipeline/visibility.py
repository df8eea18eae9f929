"""Which text of a page a reader can see, for the "mark up only visible content" rule.

Text inside an element hidden with the `hidden` attribute, `aria-hidden="true"`, or an
inline `display:none` / `visibility:hidden` style is not visible. A collapsed
disclosure still counts as visible, because a reader opens it with one click: the
content of `<details>` (never hidden by attributes), `hidden="until-found"`, and a
hidden panel that an `aria-expanded` toggle controls (`aria-controls`) or whose class
names it an accordion or collapsible panel.
"""

from __future__ import annotations

import re

from bs4 import CData, NavigableString, Tag

_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_DISCLOSURE_CLASS = re.compile(r"accordion|collaps", re.I)


def _controlled_ids(root: Tag) -> set[str]:
    """Ids of the panels that disclosure toggles (`aria-expanded` + `aria-controls`) open."""
    ids: set[str] = set()
    for toggle in root.find_all(attrs={"aria-expanded": True, "aria-controls": True}):
        ids.update(str(toggle["aria-controls"]).split())
    return ids


def _hides(tag: Tag) -> bool:
    hidden = tag.get("hidden")
    if hidden is not None and str(hidden).strip().lower() != "until-found":
        return True
    if str(tag.get("aria-hidden", "")).strip().lower() == "true":
        return True
    return bool(_HIDING_STYLE.search(str(tag.get("style", ""))))


def _is_disclosure(tag: Tag, controlled: set[str]) -> bool:
    if tag.get("id") and str(tag["id"]) in controlled:
        return True
    return any(_DISCLOSURE_CLASS.search(c) for c in tag.get_attribute_list("class") if c)


def hidden_elements(root: Tag) -> list[Tag]:
    """Elements under `root` whose content a reader cannot see (collapsed disclosures aside)."""
    candidates = [t for t in root.find_all(True) if _hides(t)]
    if not candidates:
        return []
    controlled = _controlled_ids(root)
    return [t for t in candidates if not _is_disclosure(t, controlled)]


def visible_strings(root: Tag) -> str:
    """The text of `root` a reader can see, concatenated (as `get_text("")` would: plain
    strings and CDATA, not comments or script text). One walk, hidden subtrees skipped."""
    hidden = {id(t) for t in hidden_elements(root)}
    if not hidden:
        return root.get_text("")
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if id(node) not in hidden:
                stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            parts.append(str(node))
    return "".join(parts)
