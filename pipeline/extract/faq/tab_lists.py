"""Question tabs: a tab list whose tabs are the questions, its panels after it the
answers, in the same order (Divi's `ul.et_pb_tabs_controls` over `div.et_pb_all_tabs`,
Bricks' `ul.tab-menu` over `ul.tab-content`, Avada's vertical `ul.nav-tabs` in a
`div.nav` over `div.tab-content`, jQuery Easy Responsive Tabs' `ul.resp-tabs-list` over
`div.resp-tabs-container`). The structure, not a builder's classes, is what is read:

- a list (`<ul>`, `<ol>`, an element of `role="tablist"`, or a `<div>` of inline tabs of
  one tag: Shortcodes Ultimate's `div.su-tabs-nav > span`) under an FAQ heading or in an
  FAQ-marked container, of two or more tabs that all end with a question mark;
- the panels: the children with text of the element right after the list (or after
  the list's wrapper, one or two levels up, when the list is its wrapper's only
  content), as many as there are tabs and all of one tag; empty children (a builder's
  spacer) are not panels;
- when every tab names its panel (`aria-controls`, `href="#id"`), each answer is the
  element named, found in that panel (the panels named by id among other children when
  each has a mobile copy of its tab before it: Avada); when some do and some do not, or
  a named element is elsewhere (a table of contents' links to headings), it is not read;
- a `role="tablist"` element holding its panels, a question header and its panel in turn
  (jQuery UI's accordion as written: `h3`, `div`, ...), is read with or without a label.

Topic tabs ("Overview | Symptoms | Treatment") are not questions, and a tab list whose
panels do not match it one for one is not read."""

from __future__ import annotations

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...tagindex import HEADINGS, first_nodes, tag_index
from .base import FAQBlock, in_faq_container, labelled, make_blocks, under_faq_heading
from .items import next_element_sibling
from .shapes import start_text
from .words import ends_asking

_LISTS = ("ul", "ol")
_CLIMB = 2  # wrappers around a tab list (Avada's `div.nav`) looked through for the panels
_TAB_NODES = 8  # nodes of a tab looked at for the panel it names


def _tabs(tablist: Tag) -> list[Tag]:
    """The list's own tabs: its `<li>` children, for a `role="tablist"` element its
    children of `role="tab"`, for a `<div>` its children when they are all one inline tag
    (Shortcodes Ultimate's `div.su-tabs-nav > span`); none when such an element holds its
    panels too (jQuery UI's accordion: a tab, its panel, the next tab)."""
    if tablist.name in _LISTS:
        return [c for c in tablist.children if isinstance(c, Tag) and c.name == "li"]
    kids = [c for c in tablist.children if isinstance(c, Tag)]
    if tablist.name == "div":
        return kids if len({c.name for c in kids}) == 1 and kids[0].name in _INLINE_TABS else []
    return kids if all(c.get("role") == "tab" for c in kids) else []


_INLINE_TABS = frozenset({"span", "a", "button"})


def _question_tabs(doc: Document) -> list[Tag]:
    """The `<div>`s whose children are two or more inline tabs of one tag, all questions,
    under an FAQ label: a tab list written without a list or ARIA roles."""
    found = []
    for div in tag_index(doc).get("div"):
        first = next((c for c in div.children if isinstance(c, Tag)), None)
        if first is None or first.name not in _INLINE_TABS:
            continue  # most divs: a block first
        tabs = _tabs(div)
        if len(tabs) >= 2 and all(ends_asking(start_text(t)) for t in tabs):
            found.append(div)
    return [t for t in found if not is_boilerplate(t)
            and (in_faq_container(doc, t) or under_faq_heading(doc, t))]


def _target(tab: Tag) -> str:
    """The id of the panel a tab names (`aria-controls`, or a link's `href="#id"`) on
    itself or among its first elements; "" when it names none (`href="#"`)."""
    for node in (tab, *first_nodes(tab, _TAB_NODES)):
        if isinstance(node, Tag):
            named = str(node.get("aria-controls") or "").strip()
            href = str(node.get("href") or "")
            if named or (href.startswith("#") and len(href) > 1):
                return named or href[1:]
    return ""


def _panels(tablist: Tag) -> list[Tag]:
    """The children with text of the element after the tab list, or after its wrapper
    when the list is the wrapper's only element; all of one tag, as panels are."""
    tag = tablist
    for _ in range(_CLIMB + 1):
        after = next_element_sibling(tag)  # None after loose text: not this shape
        if after is not None:
            panels = [c for c in after.children if isinstance(c, Tag) and start_text(c)]
            return panels if len({p.name for p in panels}) == 1 else []
        parent = tag.parent
        if not isinstance(parent, Tag) or sum(isinstance(c, Tag) for c in parent.children) != 1:
            return []
        tag = parent
    return []


def _named(doc: Document, targets: list[str], panels: list[Tag]) -> list[Tag]:
    """The element each target id names, each in its own panel in order (Beaver
    Builder's panel holds a mobile copy of the question before the named content), or
    [] when one is missing or elsewhere: a table of contents' links to headings."""
    found = []
    for target, panel in zip(targets, panels, strict=True):
        named = tag_index(doc).get("#" + target)
        if len(named) != 1 or named[0].name in HEADINGS:
            return []  # no panel, or a section's heading (a table of contents' link)
        node: Tag | None = named[0]
        for _ in range(_CLIMB + 1):
            if node is None or node is panel:
                break
            node = node.parent
        if node is not panel:
            return []
        found.append(named[0])
    return found


def _pairs(doc: Document, tablist: Tag) -> list[tuple[Tag, list[PageElement]]]:
    tabs = _tabs(tablist)
    if len(tabs) < 2 or not all(ends_asking(start_text(t)) for t in tabs):  # bounded reads
        return []
    panels = _panels(tablist)
    targets = [_target(t) for t in tabs]
    own = [p for p in panels if str(p.get("id") or "") in targets] if all(targets) else []
    if len(own) == len(tabs):
        panels = own  # the panels the tabs name, a mobile copy of each tab before its panel
        # (Avada's `div.fusion-mobile-tab-nav`)
    if len(panels) != len(tabs) or (any(targets) and not all(targets)):
        return []
    if all(targets):
        panels = _named(doc, targets, panels)
    return [(tab, list(panel.children)) for tab, panel in zip(tabs, panels, strict=True)] \
        if panels else []


def _alternating(tablist: Tag) -> list[tuple[Tag, list[PageElement]]]:
    """A `role="tablist"` element holding its panels, each header a question and its
    panel right after it (jQuery UI's accordion as written: `h3`, `div`, `h3`, `div`):
    the pairs, whether or not an FAQ label is over it; [] for any other shape."""
    kids = [c for c in tablist.children if isinstance(c, Tag)]
    heads, bodies = kids[0::2], kids[1::2]
    if len(kids) < 4 or len(kids) % 2 or len({h.name for h in heads}) != 1 \
            or len({b.name for b in bodies}) != 1 or heads[0].name == bodies[0].name \
            or not all(ends_asking(start_text(h)) for h in heads):
        return []
    return [(head, list(body.children)) for head, body in zip(heads, bodies, strict=True)]


class TabListExtractor:
    name = "tab_list"
    priority = 30

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per labelled tab list whose tabs are questions and whose panels
        follow it one for one."""
        lists = [*labelled(doc, "ul"), *labelled(doc, "ol")]
        lists += [t for t in labelled(doc, "[role]")
                  if t.get("role") == "tablist" and t.name not in _LISTS]
        lists += [t for t in _question_tabs(doc) if t.get("role") != "tablist"]
        accordions = [t for t in tag_index(doc).get("[role]")
                      if t.get("role") == "tablist" and not is_boilerplate(t)]
        return make_blocks(self.name, doc, [*(_pairs(doc, t) for t in lists),
                                            *(_alternating(t) for t in accordions)], base_url)


EXTRACTOR = TabListExtractor()
