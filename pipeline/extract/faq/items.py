"""The parts of one accordion or details item, read the same way by every generic
widget reader (details.py, toggles.py, disclosure.py): which child elements can be an
item's parts, the element right after another, and where a run of one-item wrappers
stands. Every walk here is bounded (a few children, a few wrappers), so a reader calls
them once per item without a walk of a long run per item."""

from __future__ import annotations

from bs4 import NavigableString, Tag

from ...tagindex import first_nodes

_NOT_ITEMS = frozenset({"input", "script", "style", "template"})  # beside an item's parts
_EMPTY_PARTS = frozenset({"img", "iframe", "video", "audio", "embed", "object", "hr"})
_MAX_WRAPPERS = 4  # single-item wrappers climbed out of (a bounded climb per item)


def element_children(tag: Tag, most: int = 3) -> list[Tag]:
    """The first `most` child elements of `tag` that can be part of an item (not a
    checkbox that opens it, a script, nor an empty element drawn for show: Vuetify's
    `<div class="v-expansion-panel__shadow"></div>`): enough to tell a one- or two-part
    item from a run, without a walk of every child of a long run for each item in it."""
    found: list[Tag] = []
    for k in tag.children:
        if isinstance(k, Tag) and k.name not in _NOT_ITEMS \
                and (k.contents or k.name in _EMPTY_PARTS):
            found.append(k)
            if len(found) == most:
                break
    return found


def item_unit(tag: Tag) -> Tag:
    """`tag`, or the outermost of at most _MAX_WRAPPERS ancestors that hold nothing else:
    where a one-item block (a `<details>` in its own `div.accordion`, a one-toggle
    block) stands among its siblings."""
    unit = tag
    for _ in range(_MAX_WRAPPERS):
        parent = unit.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "[document]") \
                or element_children(parent, 2) != [unit] or _has_text(parent):
            break
        unit = parent
    return unit


def pair_holder(title: Tag, body: Tag) -> Tag | None:
    """Where a pair's accordion is: the parent of a flat title/body run; for a pair in
    an item of its own, the item's parent, climbing out of wrappers that hold one item
    only (a run of one-toggle blocks, as Stackable and WPBakery save them, is one)."""
    parent = title.parent
    if not isinstance(parent, Tag):
        return None
    if [k for k in element_children(parent) if k.name != "hr"] != [title, body]:
        return parent  # a rule drawn under the item (Quasar's `hr.q-separator`) aside
    unit = item_unit(parent)
    return unit.parent if isinstance(unit.parent, Tag) else None


def _has_text(tag: Tag) -> bool:
    """Text directly in `tag` (its children being at most a few: see item_unit)."""
    return any(type(k) is NavigableString and str(k).strip() for k in tag.children)


def next_element_sibling(tag: Tag) -> Tag | None:
    """The element right after `tag` among its siblings, or None when text comes first."""
    node = tag.next_sibling
    while node is not None and not isinstance(node, Tag):
        if str(node).strip():
            return None
        node = node.next_sibling
    return node


_ICONS = frozenset({"svg", "i"})  # an icon drawn in an item, between its title and body
_MAX_ICONS = 2  # decorations passed between a title and its body


def next_part(tag: Tag) -> Tag | None:
    """The element after `tag` that can be the next part of its item: its next element
    sibling, past at most _MAX_ICONS empty or icon elements (Framer's `div[data-framer-
    name=Icon]` between a question and its answer, an `<svg>` chevron)."""
    node = next_element_sibling(tag)
    for _ in range(_MAX_ICONS):
        if node is None or not (not node.contents or (
                node.name in _ICONS and not _has_words(node))):
            return node
        node = next_element_sibling(node)
    return node


def _has_words(tag: Tag) -> bool:
    """Text among `tag`'s first nodes (a bounded look: an unclosed `<i>` holds the rest of
    a legacy page)."""
    return any(type(n) is NavigableString and n.strip() for n in first_nodes(tag, _ICON_NODES))


_ICON_NODES = 100  # nodes of an icon element looked at for words


def previous_element_sibling(tag: Tag) -> Tag | None:
    """The element right before `tag` among its siblings, or None when text comes first."""
    node = tag.previous_sibling
    while node is not None and not isinstance(node, Tag):
        if str(node).strip():
            return None
        node = node.previous_sibling
    return node


def runs(elements: list[Tag]) -> list[list[Tag]]:
    """`elements` (in page order) grouped into runs that stand side by side, each
    directly or in a wrapper of its own (Shopify's `div.accordion > details`), with only
    whitespace between them."""
    found: list[list[Tag]] = []
    run_after: dict[int, int] = {}  # id of the element after a run's last unit -> the run
    for element in elements:  # page order: nested ones between
        unit = item_unit(element)
        k = run_after.pop(id(unit), None)
        if k is None:
            k = len(found)
            found.append([])
        found[k].append(element)
        after = next_element_sibling(unit)
        if after is not None:
            run_after[id(after)] = k
    return found


def of_paragraphs(node: Tag) -> bool:
    """A list item made of paragraphs (`<li><p><strong>Q?</strong></p><p>A</p></li>`, a
    Markdown list): read inside it, as a container."""
    first = next((c for c in node.children if isinstance(c, Tag)), None)
    return node.name == "li" and first is not None and first.name == "p"


def box_of(tag: Tag) -> tuple[object, ...]:
    """The tag and classes of the element holding `tag`."""
    parent = tag.parent
    return (parent.name, tuple(parent.get_attribute_list("class"))) if parent else ()


def opens(block: Tag, tag: Tag) -> bool:
    """`tag` is `block`'s first child, with nothing but spaces before it (a question that
    opens its paragraph, an anchor that opens its question's line)."""
    for child in block.children:
        if child is tag:
            return True
        if not isinstance(child, NavigableString) or child.strip():
            return False
    return False
