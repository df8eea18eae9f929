"""Toggles and accordions of any plugin, read by the names their classes give the parts:
an element whose class names a title ("su-spoiler-title", "accordion__header",
"ea-header", "ewd-ufaq-faq-title", "accordion-title", "…__header-wrapper") followed at
once by a sibling whose class names a body ("su-spoiler-content", "accordion__body",
"sp-collapse", "accordion-content", "…__content-wrapper") is a question and its answer.
The words are data (faq-vocabulary.json: the last word of a class after a wrap word such
as "wrap" or "wrapper"), so Shortcodes Ultimate, Helpie FAQ, Easy Accordion, Ultimate
FAQ, Foundation, Getwid and the many themes that name parts the same way need no module
of their own.

Pairs whose titles share a tag and class and stand in one holder (the items' shared
parent, or the shared parent of flat title/body runs) form one accordion. As for every
generic widget, it counts only where it `looks_like_faq`; a title that links to another
page (a card) or sits in site furniture is not a question. A `<button>` (or an element
with `role="button"`) is a title by what it is, whatever its class ("<button
class="accordion">Q</button><div class="panel">A</div>", the hand-written accordion of
many tutorials), and so is a wrapper it is the only part of (Qubely's
`div.qubely-accordion-panel > span[role=button]` before `div.qubely-accordion-body`). Candidates are
found through the class keys of the tag index, so no element is visited twice.
"""

from __future__ import annotations

from collections import defaultdict

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...tagindex import COMPONENT_NAME_ATTRS, links_away, script_link
from ..cards import in_link_away
from .base import FAQBlock, tag_index, widget_blocks
from .items import element_children, next_part, pair_holder
from .layout import layout
from .shapes import is_icon, meaningful
from .words import class_part, vocabulary


def _names(tag: Tag, parts: frozenset[str]) -> str | None:
    """The first class of `tag` that names one of `parts`, or a custom element's tag name
    that does (`sbb-expansion-panel-header` + `sbb-expansion-panel-content`), or its
    design tool's name for it (`_component`), or None."""
    if "-" in tag.name and class_part(tag.name) in parts:
        return tag.name
    named = _component(tag)
    if named and class_part(named) in parts:
        return named
    return next((c for c in tag.get_attribute_list("class") if c and class_part(c) in parts), None)


def _component(tag: Tag) -> str:
    """The name a design tool gives `tag` (`data-framer-name="FAQ Row"`: "faq-row"), or ""."""
    for attr in COMPONENT_NAME_ATTRS:
        value = tag.get(attr)
        if isinstance(value, str) and value.strip():
            return "-".join(value.lower().split())
    return ""


def _title_link_away(title: Tag) -> bool:
    """The title is a link to another page, or stands inside one (a promo card:
    `a.nhsuk-promo__link-wrapper > div > h3.nhsuk-promo__heading + p.__description`)."""
    kids = [k for k in meaningful(title) if isinstance(k, Tag) and not is_icon(k)]
    return (len(kids) == 1 and kids[0].name == "a" and links_away(kids[0])
            and not script_link(kids[0])) or in_link_away(title.parent)


_BUTTON_CLIMB = 2  # wrappers a button may stand alone in before its title meets the body


def _button_title(control: Tag) -> Tag | None:
    """The title a button stands for: itself, or the wrapper it is the only part of
    (Qubely's `div.qubely-accordion-panel > span[role=button]`, a heading around a
    `<button>`), whose next element is the body."""
    node = control
    for _ in range(_BUTTON_CLIMB + 1):
        after = next_part(node)
        if after is not None and _body(control, after):
            return node
        parent = node.parent
        if not isinstance(parent, Tag) or element_children(parent, 2) != [node]:
            return None
        node = parent
    return None


def _groups(doc: Document) -> dict[tuple[int, str, str], list[tuple[Tag, list[PageElement]]]]:
    words = vocabulary()
    index = tag_index(doc)
    lay = layout(doc)
    keys = [k for k in index.tags if k.startswith(".") and class_part(k[1:]) in words.toggle_title]
    keys += [k for k, _ in index.custom_elements() if class_part(k) in words.toggle_title]
    keys += [f"[{a}]" for a in COMPONENT_NAME_ATTRS]  # the titles among them named below
    # A title named by its class, or the wrapper it is the only part of (Finalsite's
    # `header > h3.fsElementTitle` beside `div.fsElementContent`): (title, the element
    # that names it, whose tag and class are the pair's kind).
    titles = [(t, c) for c in (index.get(*keys) if keys else [])
              if _names(c, words.toggle_title) and (t := _button_title(c))]
    # A button is a title by what it is, or the element it is the only part of is; so is
    # a <label for> of a hidden checkbox (the CSS-only "checkbox hack" toggle).
    titles += [(t, c) for c in index.get("button", "[role]", "label")
               if (c.name == "button" or c.get("role") == "button"
                   or (c.name == "label" and c.get("for"))) and (t := _button_title(c))]
    groups: dict[tuple[int, str, str], list[tuple[Tag, list[PageElement]]]] = defaultdict(list)
    first: dict[int, tuple[Tag, Tag]] = {}
    for t, c in titles:  # a title met twice is named by the first (the outer one, in order)
        first.setdefault(id(t), (t, c))
    pairs = [(title, body, (named.name, _names(named, words.toggle_title) or ""))
             for title, named in first.values()
             if (body := next_part(title)) is not None and _body(named, body)]
    # A toggle in the answer of a toggle of its own kind (the same tag and title class) is
    # part of that answer; an unrelated pair around it (an entry header and its content)
    # is not an answer that holds it.
    kinds: dict[tuple[str, str], list[Tag]] = defaultdict(list)
    for _, body, kind in pairs:
        kinds[kind].append(body)
    bodies = {kind: lay.spans(found) for kind, found in kinds.items()}
    for title, body, kind in pairs:
        if lay.in_furniture(title) or _title_link_away(title) or lay.inside(title, bodies[kind]):
            continue  # a menu toggle, a card, or a toggle nested in another's answer
        holder = pair_holder(title, body)  # None for a title with no parent
        if not isinstance(holder, Tag) or is_boilerplate(holder):
            continue
        groups[(id(holder), *kind)].append((title, list(body.children)))
    return groups


def _body(named: Tag, body: Tag) -> bool:
    """`body` is a toggle's body by its class, or a dropdown's list after a title named a
    toggle (Webflow's `div.w-dropdown-toggle` + `nav.w-dropdown-list`)."""
    words = vocabulary()
    if _names(body, words.toggle_body) is not None:
        return True
    title = _names(named, words.toggle_title)
    return title is not None and class_part(title) == "toggle" \
        and _names(body, _DROPDOWN_BODY) is not None


_DROPDOWN_BODY = frozenset({"list"})


class TogglesExtractor:
    name = "toggles"
    priority = 12

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per run of title/body pairs that looks like an FAQ."""
        return widget_blocks(self.name, doc, _groups(doc).values(), base_url, asks=True)


EXTRACTOR = TogglesExtractor()
