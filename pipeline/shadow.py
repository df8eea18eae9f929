"""Declarative shadow roots, composed as a browser renders them.

`<my-card><template shadowrootmode="open">Reviewed by <slot name="who"></slot></template>
<span slot="who">Dr Ana Ruiz</span></my-card>` renders "Reviewed by Dr Ana Ruiz": the
parser attaches the template's content to its parent as a shadow root (with scripting on
or off: it is markup, not script), and the host's own children show only where a `<slot>`
takes them. lxml (and bs4's builders) know nothing of this: the content stays a
`<template>`, which every reader skips as inert, and the host's children read in their
own order, without the words around them.

`compose` rewrites the tree into what is rendered, once, right after the parse:

- a `<template shadowrootmode>` (open or closed) is attached when its parent can host a
  shadow root (a custom element, or one of the elements the DOM standard lists) and has
  none yet; a second one, or one elsewhere, stays an inert template, as in a browser;
- each of the host's children goes to the first `<slot>` of its name (`slot="who"`), or,
  without one, to the first unnamed `<slot>`; a slot shows what it was given, else its
  own fallback content; the slot elements themselves are unwrapped (they box nothing);
- a child no slot takes is not rendered and leaves the tree (scripts and styles stay);
- the template is unwrapped into its host and its strings become ordinary text.

Shadow roots nested in shadow roots are composed innermost first, so a `<slot>` the
outer root passes into an inner one is filled by the outer host. Only pages whose text
holds "shadowrootmode" pay for the walk (one pass over the tree, then work in proportion
to the shadow roots' children).
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag, TemplateString

MARK = "shadowrootmode"
# How the attribute is written (names are any case; server renderers write it lower case):
# substring looks, not a case-blind search, which costs a millisecond on every page.
_SPELLINGS = (MARK, "shadowRootMode", "SHADOWROOTMODE", "ShadowRootMode")


def may_hold_shadow_roots(text: str) -> bool:
    """`text` names the declarative shadow root attribute (in a usual spelling)."""
    return any(spelling in text for spelling in _SPELLINGS)
# The elements `attachShadow` accepts besides custom elements (names with a hyphen).
_HOSTS = frozenset({"article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3",
                    "h4", "h5", "h6", "header", "main", "nav", "p", "section", "span"})
_STAY = frozenset({"script", "style", "noscript", "template", "link", "meta"})  # unrendered anyway


def compose(soup: BeautifulSoup) -> frozenset[int]:
    """Replace every declarative shadow root in `soup` with what it renders (see above);
    return the `id()`s of the hosts."""
    templates = _attached(soup)
    hosts = frozenset(id(t.parent) for t in templates)
    for template in reversed(templates):
        host = template.parent
        assert isinstance(host, Tag)
        every = _own_slots(template)
        slots: dict[str, Tag] = {}
        for slot in every:
            slots.setdefault(str(slot.get("name") or "").strip(), slot)
        assigned: dict[int, list[PageElement]] = {}
        for index in range(len(host.contents) - 1, -1, -1):  # from the end: cheap extracts
            child = host.contents[index]
            if child is template:
                continue
            target = _slot_for(child, slots)
            if target is not None:  # gathered last first
                assigned.setdefault(id(target), []).append(child.extract(_self_index=index))
            elif not (isinstance(child, Tag) and child.name in _STAY):
                child.extract(_self_index=index)
        for slot in slots.values():
            given = assigned.get(id(slot))
            if given is not None:
                slot.clear()
                for node in reversed(given):
                    slot.append(node)
        for slot in every:
            _unwrap(slot)
        _unwrap(template)
    return hosts


def _attached(soup: BeautifulSoup) -> list[Tag]:
    """The templates a browser attaches as shadow roots, in page order; inert templates'
    content is not entered (a shadow root inside one is inert too)."""
    found: list[Tag] = []
    hosts: set[int] = set()
    stack: list[tuple[Tag, bool]] = [(soup, False)]
    while stack:
        node, attached = stack.pop()
        if attached:
            found.append(node)
        below: list[tuple[Tag, bool]] = []
        for child in node.contents:
            if not isinstance(child, Tag):
                continue
            if child.name != "template":
                below.append((child, False))
            elif (child.has_attr(MARK) and id(node) not in hosts
                    and ("-" in node.name or node.name in _HOSTS)):
                hosts.add(id(node))
                below.append((child, True))
        stack.extend(reversed(below))
    return found


def _own_slots(template: Tag) -> list[Tag]:
    """The `<slot>`s in `template`'s content, in page order, leaving inert templates'
    content aside; the template's strings become ordinary text on the way (bs4 classes
    every string under a template as `TemplateString`)."""
    slots: list[Tag] = []
    stack: list[Tag] = [template]
    while stack:
        node = stack.pop()
        if node.name == "slot":
            slots.append(node)
        for child in reversed(node.contents):  # popped in page order
            if isinstance(child, TemplateString):
                child.__class__ = NavigableString  # type: ignore[assignment]  # same layout:
                # the text, now rendered
            elif isinstance(child, Tag) and child.name != "template":
                stack.append(child)
    return slots


def _slot_for(child: object, slots: dict[str, Tag]) -> Tag | None:
    """The slot a host's child is assigned to: an element by its `slot` attribute (the
    unnamed slot without one), a text node to the unnamed slot; comments to none."""
    if isinstance(child, Tag):
        return slots.get(str(child.get("slot") or "").strip())
    if isinstance(child, NavigableString) and not isinstance(child, Comment):
        return slots.get("")
    return None


def _unwrap(tag: Tag) -> None:
    """`tag.unwrap()` without bs4's search of the parent for each moved child."""
    parent = tag.parent
    if parent is None:
        return
    at = parent.index(tag)
    tag.extract(_self_index=at)
    for index in range(len(tag.contents) - 1, -1, -1):
        parent.insert(at, tag.contents[index].extract(_self_index=index))
