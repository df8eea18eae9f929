"""Which text of a page a reader can see, for the "mark up only visible content" rule.

Text inside an element hidden with the `hidden` attribute, `aria-hidden="true"`, or an
inline `display:none` / `visibility:hidden` style is not visible. A collapsed
disclosure still counts as visible, because a reader opens it with one click: the
content of `<details>` (never hidden by attributes), `hidden="until-found"`, and a
hidden panel that an `aria-expanded` toggle controls (`aria-controls`), a tab panel
(`role="tabpanel"`), or one whose class names it an accordion, collapsible, toggle,
tab, FAQ or spoiler panel.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from bs4 import CData, NavigableString, Tag

from .tagindex import in_spans, outermost, tag_index

if TYPE_CHECKING:
    from .document import Document

_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
# A panel's class that a script opens: "accordion" or "collaps" anywhere in a class, or
# a class word of its own ("toggle-content", "woocommerce-Tabs-panel"; not "table").
_PANEL_WORDS = "toggle|tabs?|tabpanel|panel|spoiler|expand"


def _class_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:accordion|collaps)|(?:^|[-_])(?i:{words})(?=$|[-_A-Z0-9])")


# A collapsed panel a reader opens with one click: a panel's class, or an FAQ's
# ("tve_faqC"). "faq" names what a section holds, not that anything opens it, so an
# unopened section (`unopened`) is judged by the panel words alone.
_DISCLOSURE_CLASS = _class_pattern(f"{_PANEL_WORDS}|faq")
_PANEL_CLASS = _class_pattern(_PANEL_WORDS)
# what get_text("") reads: not comments or scripts
_TEXT_TYPES = frozenset({NavigableString, CData})


def _aria_hidden(tag: Tag) -> bool:
    return str(tag.get("aria-hidden", "")).strip().lower() == "true"


def _hides(tag: Tag) -> bool:
    hidden = tag.get("hidden")
    if hidden is not None and str(hidden).strip().lower() != "until-found":
        return True
    if _aria_hidden(tag):
        return True
    return bool(_HIDING_STYLE.search(str(tag.get("style", ""))))


def hidden_translations(doc: Document) -> list[Tag]:
    """Hidden elements in another language than the page's (`<div lang="fr"
    style="display:none">`, a language tab's `<div role="tabpanel" lang="cy" hidden>`):
    the page's text in a translation a reader switches to, not more of it."""
    page = (doc.language or "").split("-")[0].lower()
    if not page:
        return []
    return [t for t in tag_index(doc).get("[lang]")
            if str(t["lang"]).split("-")[0].lower() not in ("", page) and _hides(t)]


_SECTIONS = frozenset({"div", "section", "article", "aside", "p"})  # and a paragraph: Word's
# hidden text ("<p class=MsoNormal style='display:none;mso-hide:all'>")
# A utility class that hides an element at every width ("govuk-!-display-none", "d-none",
# "is-hidden"); with `aria-hidden="true"` beside it, no reader sees or hears its content.
_HIDING_CLASSES = ("display-none", "d-none", "hidden", "hide")


def _hiding_class(token: str) -> bool:
    token = token.lower()
    return any(token == end or (token.endswith(end) and token[-len(end) - 1] in "-!_")
               for end in _HIDING_CLASSES)


def unopened(doc: Document) -> list[Tag]:
    """Sections whose content no reader sees and nothing on the page opens: a `<div>`,
    `<section>`, a `<p>` … hidden by the `hidden` attribute or an inline style (or by a hiding
    utility class with `aria-hidden="true"`), that no toggle that can be used names
    (`aria-controls` on a control not `disabled`), nothing takes its description from
    (`aria-describedby`: a tooltip hovering or focus shows) and no link targets
    (`href="#id"`: a tab's pane), not
    a tab panel or a tooltip, nor classed as a panel a script opens
    (`div.accordion-content[hidden]`); a class saying FAQ does not make one
    (`div.legacy-faq[hidden]`: an old FAQ left in the page, its heading and questions
    inside). An FAQ whose first question is inside one
    is not the page's, nor is a review statement (`in_unopened`). A `<noscript>` is one
    too: with scripting on, as browsers and Google read pages, its content is text that
    is not shown. Found once per page."""
    return doc.memo(_unopened)


def _unopened(doc: Document) -> list[Tag]:
    index = tag_index(doc)
    candidates = [t for t in index.get("[hidden]", "[style]") if t.name in _SECTIONS and (
        str(t.get("hidden", "until-found")).strip().lower() != "until-found"
        or _HIDING_STYLE.search(str(t.get("style", ""))))]
    candidates += [t for t in index.get("[aria-hidden]") if t.name in _SECTIONS
                   and _aria_hidden(t)
                   and any(_hiding_class(c) for c in t.get_attribute_list("class"))]
    candidates += index.get("noscript")  # text, not elements, where scripts run (browsers)
    if not candidates:
        return []
    opened = {i for attr in ("aria-controls", "aria-describedby")
              for t in index.get(f"[{attr}]") if not t.has_attr("disabled")
              for i in str(t[attr]).split()}  # a disabled button opens nothing
    opened |= {str(a.get("href"))[1:] for a in index.get("a")
               if str(a.get("href") or "").startswith("#")}
    return [t for t in candidates
            if t.get("role") not in ("tabpanel", "tooltip") and str(t.get("id") or "") not in opened
            and not any(_PANEL_CLASS.search(c) for c in t.get_attribute_list("class") if c)]


def in_unopened(doc: Document, tag: Tag) -> bool:
    """`tag` lies in an `unopened` section: a bisect over their outermost extents in page
    order, not a walk up."""
    spans = doc.memo(_unopened_spans)
    position = tag_index(doc).order.get(id(tag))
    return position is not None and bool(spans[0]) and in_spans(*spans, position)


def _unopened_spans(doc: Document) -> tuple[list[int], list[int]]:
    index = tag_index(doc)
    return outermost([(index.order[id(t)], index.end(t)) for t in unopened(doc)
                      if id(t) in index.order])


def _is_disclosure(tag: Tag, controlled: set[str]) -> bool:
    if tag.get("id") and str(tag["id"]) in controlled:
        return True
    if tag.get("role") == "tabpanel":
        return True  # a tab's panel: one click away, as an accordion's is
    return any(_DISCLOSURE_CLASS.search(c) for c in tag.get_attribute_list("class") if c)


def hidden_ids(doc: Document) -> frozenset[int]:
    """The `id()`s of the page's elements whose content a reader cannot see (collapsed
    disclosures aside), worked out once per page from its tag index: only elements that
    carry `hidden`, `aria-hidden` or `style` can hide, so no other element is looked at."""
    return doc.memo(_hidden_ids)


def _hidden_ids(doc: Document) -> frozenset[int]:
    index = tag_index(doc)
    candidates = [t for t in index.get("[hidden]", "[aria-hidden]", "[style]") if _hides(t)]
    if not candidates:
        return frozenset()
    controlled: set[str] = set()  # ids of the panels that disclosure toggles open
    for toggle in index.get("[aria-controls]"):
        if toggle.has_attr("aria-expanded"):
            controlled.update(str(toggle["aria-controls"]).split())
    return frozenset(id(t) for t in candidates if not _is_disclosure(t, controlled))


def visible_strings(root: Tag, hidden: Collection[int],
                    titles: Mapping[int, str] | None = None) -> str:
    """The text of `root` a reader can see, concatenated (as `get_text("")` would: plain
    strings and CDATA, not comments or script text), leaving out the subtrees of the
    elements whose `id()` is in `hidden` (`hidden_ids`), and with the title a web
    component draws from its attribute before its content (`component_titles`)."""
    if not hidden and not titles:  # get_text(""), without its per-string checks of arguments
        return "".join([node for node in root.descendants  # type: ignore[misc]  # strings
                        if type(node) in _TEXT_TYPES])
    titles = titles or {}
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if id(node) not in hidden:
                if id(node) in titles:
                    parts.append(titles[id(node)])
                stack.extend(reversed(node.contents))
        elif type(node) in _TEXT_TYPES:
            parts.append(str(node))
    return "".join(parts)


# The attributes a web component draws its visible title from (VA.gov's
# `<va-accordion-item header="…">`, Shoelace's `<sl-details summary="…">`): a browser
# running the page's scripts shows the value, as Google's renderer does.
COMPONENT_TITLE_ATTRS = ("header", "heading", "summary", "question", "label", "header-text")
_TITLE_WORDS = frozenset({"title", "label", "heading", "header"})  # "details-title"


def component_titles(doc: Document) -> dict[int, str]:
    """The title of each custom element (a tag name with a hyphen) that carries one in a
    `COMPONENT_TITLE_ATTRS` attribute (not one whose declarative shadow root is composed
    into the tree: what it shows is there), by the element's `id()`; worked out once per page."""
    return doc.memo(_component_titles)


def _component_titles(doc: Document) -> dict[int, str]:
    titles: dict[int, str] = {}
    for _, tags in tag_index(doc).custom_elements():
        for tag in tags:
            if id(tag) in doc.shadow_hosts:
                continue  # its shadow root is in the tree: what it shows is there
            for attr, value in tag.attrs.items():
                if _title_attr(attr) and isinstance(value, str) and value.strip():
                    titles[id(tag)] = " ".join(value.split())
                    break
    return titles


def _title_attr(name: str) -> bool:
    """An attribute that carries a component's title: one of COMPONENT_TITLE_ATTRS, with
    a framework's leading underscore (KoliBri's `_label`), or ending in one of its words
    after a hyphen (GC Design System's `details-title`; not `aria-label`, which is not
    drawn)."""
    name = name.lstrip("_")
    return name in COMPONENT_TITLE_ATTRS or (
        not name.startswith("aria-") and name.rsplit("-", 1)[-1] in _TITLE_WORDS)
