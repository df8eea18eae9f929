"""Accordions of any builder, recognised by their disclosure structure rather than by class: a
control (`button`, or any element with `aria-expanded`) whose `aria-controls` names the
panel that holds the answer, the WAI-ARIA accordion pattern that WordPress's core Accordion
block, GenerateBlocks, Kadence (once its script runs) and most theme accordions render. The
control's text is the question, the panel's content the answer.

Controls are looked up in the tag index (`[aria-controls]`) and panels by id, so the reading
is one pass. Pairs whose panels share a grandparent (one item wrapper per question, or a
flat run of control + panel) form one accordion; as with every generic widget it counts only
where it `looks_like_faq`. A control inside `<summary>` is left to details.py, one in site
furniture (a menu toggle) is never read, and one inside another control's panel (an
accordion nested in an answer) is part of that answer. A `role="tab"` control counts when
its panel follows it at once (an accordion header that calls itself a tab), or when its
title asks a question (below); the panels of a tab list of topics stand apart. A control
with `aria-expanded` and no `aria-controls` (Vuetify's expansion panels, Stackable, many
hand-written disclosure buttons) names no panel: if it is a button (`<button>`,
`role="button"`), or any other element whose own text asks a question (Confluence's expand
macro: `div.expand-control[aria-expanded]` + `div.expand-content`), its panel is the element
right after it (or, when it is the only element of a heading, `<h4><button>` as
Squarespace's accordion block writes it, or, when it asks, of a `<div>`, as Headless UI's Vue
disclosure writes it, not an "Expand all" button's, the element after that); an element that
says it is expanded and asks nothing is a panel (Ultimate Blocks) or an item wrapper, not a
control. A link that names its panel by `aria-controls` and that the panel names back by
`aria-labelledby` is a control with no ARIA state (Nicepage's accordion). A link whose
`href` names the element right after it (`<a href="#panel1a">` + `<div id="panel1a">`:
Foundation's accordion, Bootstrap 3's collapse) is a control too, and so is a `<button>`
with no ARIA state right before a `<div>` or `<section>`, in a run of such pairs (W3.CSS's
hand-written accordion). A tab list whose titles ask questions, each tab naming its panel by
`aria-controls` (the WAI-ARIA tabs pattern) or linking to it by `href` (Magento Page
Builder's tabs), is an FAQ in tabs: the panels are the answers.
"""

from __future__ import annotations

from collections import defaultdict

from bs4 import PageElement, Tag

from ...document import Document
from ...tagindex import TagIndex, heading_level, script_link
from .base import FAQBlock, tag_index, widget_blocks
from .items import element_children, next_element_sibling, pair_holder, previous_element_sibling
from .layout import layout
from .shapes import start_text
from .words import ends_asking


def _pairs(doc: Document) -> dict[int, list[tuple[Tag, list[PageElement]]]]:
    index = tag_index(doc)
    groups: dict[int, list[tuple[Tag, list[PageElement]]]] = defaultdict(list)
    controls = [c for c in index.get("[aria-controls]", "[aria-expanded]")
                if c.name == "button" or c.has_attr("aria-expanded") or _named_back(index, c)]
    controls += [a for a in index.get("a") if _opens_next(a) and not a.has_attr("aria-controls")
                 and not a.has_attr("aria-expanded")]
    controls += [b for b in (*index.get("button"), *index.get("a")) if _plain_toggle(b)]
    tabs = {id(t): _linked_panel(index, t) for t in index.get("[role]") if _question_tab(t)}
    controls += [t for t in index.get("[role]") if tabs.get(id(t)) is not None]
    controls = list({id(c): c for c in controls}.values())  # a question tab is a button too
    if not controls:
        return groups
    lay = layout(doc)
    summaries = lay.spans(index.get("summary"))
    found: list[tuple[Tag, Tag]] = []
    for control in controls:
        if lay.inside(control, summaries) or lay.in_furniture(control):
            continue  # <summary> is details.py's; a menu toggle is furniture
        panel = tabs.get(id(control)) or _panel(index, control)
        if panel is not None:
            found.append((control, panel))
    answers = lay.spans([panel for _, panel in found])
    for control, panel in found:
        if lay.inside(control, answers):
            continue  # an accordion inside an answer is part of that answer
        holder = pair_holder(control, panel) if next_element_sibling(control) is panel \
            else panel.parent.parent if panel.parent is not None else None
        # A list panel (`ul.inner`) is the answer whole: its items are not answers alone.
        answer: list[PageElement] = [panel] if panel.name in ("ul", "ol") \
            else list(panel.children)
        groups[id(holder)].append((control, answer))
    return groups


def _panel(index: TagIndex, control: Tag) -> Tag | None:
    """The panel `control` opens: the one element its `aria-controls` names, or with no
    `aria-controls`, or one that names no element on the page, the element right after
    it (not another control)."""
    targets = str(control.get("aria-controls") or "").split()
    named = index.get("#" + targets[0]) if len(targets) == 1 else []
    if not named:  # no aria-controls, or one naming no element (SilverStripe Elemental)
        if control.name == "a":  # `<a href="#panel1a">` + `div#panel1a`, or a panel it names
            linked = _href_target(index, control)
            return linked if linked is not None and linked is not control \
                else next_element_sibling(control)
        if control.name != "button" and control.get("role") != "button" \
                and not ends_asking(start_text(control)):
            return None  # a panel that says it is expanded (Ultimate Blocks): not a control
        after = next_element_sibling(control)
        if after is None and isinstance(control.parent, Tag) and (
                _heading_of(control) or (control.parent.name == "div" and ends_asking(
                    start_text(control)) and element_children(control.parent, 2) == [control])):
            # Squarespace: h4 > button, panel; Headless UI in Vue: div > button, panel
            after = next_element_sibling(control.parent)
        return after if after is not None and not after.has_attr("aria-expanded") else None
    panels = named
    if len(panels) == 1 and panels[0] is not control and (
            control.get("role") != "tab" or next_element_sibling(control) is panels[0]):
        # A tab's panel stands apart from the tab list; a "tab" whose panel follows it
        # at once is an accordion's header (Beaver Builder, Enfold).
        return panels[0]
    return None


def _named_back(index: TagIndex, control: Tag) -> bool:
    """The one panel `control`'s `aria-controls` names is labelled by `control` in turn
    (`aria-labelledby`): Nicepage's `a.u-accordion-link[aria-controls]` and
    `div.u-accordion-pane[aria-labelledby]`, with no `aria-expanded` on the link."""
    ident = control.get("id")
    targets = str(control.get("aria-controls") or "").split()
    named = index.get("#" + targets[0]) if ident and len(targets) == 1 else []
    return len(named) == 1 and str(named[0].get("aria-labelledby") or "") == ident


def _heading_of(control: Tag) -> bool:
    """`control` is the only element of a heading (`<h4><button>…</button></h4>`, or
    `role="heading"`) or of a term (`<dt><button>…</button></dt>`: Headless UI's
    disclosure in Tailwind UI's FAQ): the heading wraps the toggle, and the panel comes
    after it (Squarespace's accordion block, the WAI-ARIA accordion pattern)."""
    parent = control.parent
    return isinstance(parent, Tag) and (heading_level(parent) is not None or parent.name == "dt"
                                        or parent.get("role") == "heading") \
        and element_children(parent, 2) == [control]


def _question_tab(tab: Tag) -> bool:
    """A tab (`role="tab"`) whose title asks a question: a tab list of questions is an FAQ
    whose answers are the tab panels (Magento Page Builder's tabs: `li[role=tab] >
    a[href="#id"]` over `div#id`; the WAI-ARIA tabs pattern: `button[role=tab]
    [aria-controls]` over `div[role=tabpanel]`)."""
    return tab.get("role") == "tab" and ends_asking(start_text(tab))


def _linked_panel(index: TagIndex, tab: Tag) -> Tag | None:
    """The element a tab names: by `aria-controls`, or by its link (`href="#id"`); only
    when exactly one element has that id."""
    if tab.has_attr("aria-controls"):
        found = index.get(f"#{tab['aria-controls']}")
        return found[0] if len(found) == 1 else None
    link = tab if tab.name == "a" else tab.a
    return _href_target(index, link) if link is not None else None


def _href_target(index: TagIndex, link: Tag) -> Tag | None:
    """The one element whose id a link's `href="#id"` names, or None."""
    href = str(link.get("href") or "")
    found = index.get(href) if len(href) > 1 and href[0] == "#" else []
    return found[0] if len(found) == 1 else None


def _opens_next(link: Tag) -> bool:
    """A link to the element right after it: the toggle of a collapse panel that names
    its panel by `href` (Foundation's accordion, Bootstrap 3's collapse)."""
    href = str(link.get("href") or "")
    if len(href) < 2 or href[0] != "#":
        return False
    after = next_element_sibling(link)
    return after is not None and after.get("id") == href[1:]


def _plain_toggle(button: Tag) -> bool:
    """A `<button>` with no ARIA state, or a link that goes nowhere, whose next element is
    a panel (`div`, `section`, a list), in a run of such pairs: the hand-written accordion
    of W3.CSS, tutorials and jQuery (`onclick` toggles the panel); not a form's button,
    nor a lone one ("Open all sections" before an accordion's items, "Show opening
    hours")."""
    if not _bare_button(button):
        return False
    after = next_element_sibling(button)
    if after is None or after.name not in _PANELS or after.has_attr("aria-expanded"):
        return False
    following = next_element_sibling(after)
    before = previous_element_sibling(button)
    earlier = previous_element_sibling(before) if before is not None else None
    if (following is not None and _bare_button(following)) or (
            before is not None and before.name == after.name
            and earlier is not None and _bare_button(earlier)):
        return True
    item = button.parent  # one item per pair (`li > a.toggle + ul.inner`): the next item's
    if following is not None or before is not None or not isinstance(item, Tag):
        return False
    for other in (next_element_sibling(item), previous_element_sibling(item)):  # the last
        first = next(iter(element_children(other)), None) if other is not None else None
        if first is not None and first.name == button.name and _bare_button(first):
            return True  # item has an item before it and something else after it
    return False


_PANELS = frozenset({"div", "section", "ul", "ol"})


def _bare_button(tag: Tag) -> bool:
    """A `<button>` with no ARIA state that submits nothing, or a link that goes nowhere
    (`href="#"`, `href="javascript:void(0)"`: a jQuery accordion's `a.toggle`)."""
    if tag.has_attr("aria-expanded") or tag.has_attr("aria-controls"):
        return False
    if tag.name == "a":
        return str(tag.get("href") or "").strip() == "#" or script_link(tag)
    return tag.name == "button" and str(tag.get("type") or "").lower() not in ("submit", "reset")


class DisclosureExtractor:
    name = "disclosure"
    priority = 15

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per group of disclosure pairs that looks like an FAQ."""
        return widget_blocks(self.name, doc, _pairs(doc).values(), base_url)


EXTRACTOR = DisclosureExtractor()
