"""One walk of a page's tree that indexes its elements for every stage that looks
markup up: by tag name, class, id and a few attributes, in page order."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bs4 import NavigableString, PageElement, Tag

from .text import normalize_space

if TYPE_CHECKING:  # document.py reaches this module through visibility.py
    from .document import Document

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def heading_level(tag: object) -> int | None:
    """1-6 for a heading element, None for anything else."""
    if isinstance(tag, Tag) and tag.name in HEADINGS:
        return int(tag.name[1])
    return None


def links_away(link: Tag) -> bool:
    """True when the link goes to another page (not an anchor on this one)."""
    return not str(link.get("href") or "#").startswith("#")


def script_link(link: Tag) -> bool:
    """A link a script follows (`href="javascript:void(0)"`): the page does not change."""
    return str(link.get("href") or "").strip().lower().startswith("javascript:")


def first_nodes(tag: Tag, most: int) -> Iterator[PageElement]:
    """`tag`'s first `most` descendants in page order, from a stack of its own: bs4's
    `descendants` starts by walking to the tag's last descendant, the whole depth of a
    deep tree each time (quadratic over 2,000 nested tables)."""
    stack = [iter(tag.contents)]
    n = 0
    while stack and n < most:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        n += 1
        yield node
        if isinstance(node, Tag):
            stack.append(iter(node.contents))


def first_text(tag: Tag, most: int) -> str:
    """The start of `tag`'s text, read over at most `most` nodes, whitespace collapsed: an
    element's text at a bounded cost, whatever it holds."""
    parts = [str(n) for n in first_nodes(tag, most) if type(n) is NavigableString]
    return " ".join(" ".join(parts).split())


def first_tag(tag: Tag, names: Collection[str], within: int) -> Tag | None:
    """The first element named one of `names` among `tag`'s first `within` descendants
    (a bounded look: a question cell's heading, a card's title)."""
    return next((node for node in first_nodes(tag, within)
                 if isinstance(node, Tag) and node.name in names), None)


# A design tool's name for an element, written where a theme writes a class (Framer's
# `data-framer-name="Question"`): read as a class by the toggle reader (faq/toggles.py).
COMPONENT_NAME_ATTRS = ("data-framer-name", "data-name", "data-hook")
# Attributes whose elements the index lists (keys "[itemtype]", "[hidden]", ...): the
# microdata/RDFa markers, what can hide an element or open a disclosure (visibility.py),
# a part's own language (a hidden translation, visibility.py),
# labels (an FAQ section named by `aria-label`, faq/headings.py; a tab's panel naming its
# tab by `aria-labelledby`, faq/labels.py) and design tools' names.
_INDEXED_ATTRS = ("itemtype", "typeof", "itemprop", "hidden", "aria-hidden", "style",
                  "aria-controls", "aria-describedby", "aria-expanded", "aria-label",
                  "aria-labelledby",
                  "aria-live", "role", "lang",
                  *COMPONENT_NAME_ATTRS)


@dataclass(frozen=True)
class TagIndex:
    """A page's elements by tag name ("h2"), class (".accordion"), id ("#rank-math-faq") and
    indexed attribute ("[typeof]"), in page order, from one walk of the tree: the
    extractors look their markup up here instead of each searching the whole page."""

    tags: dict[str, list[Tag]]
    order: dict[int, int]  # id(tag) -> position in page order
    headings: list[Tag]
    heading_positions: list[int]
    ends: list[int] = field(default_factory=list)  # per position: its subtree's last position
    elements: list[Tag] = field(default_factory=list)  # in page order
    texts: dict[int, str] = field(default_factory=dict)  # `heading_text`, by id()

    def heading_text(self, heading: Tag) -> str:
        """A heading's text, whitespace collapsed, read once per page: the FAQ labels and
        the sources sections each look at every heading's."""
        text = self.texts.get(id(heading))
        if text is None:
            kids = heading.contents  # most headings: one string (get_text walks the tree)
            text = self.texts[id(heading)] = normalize_space(
                str(kids[0]) if len(kids) == 1 and type(kids[0]) is NavigableString
                else heading.get_text(" "))
        return text

    def get(self, *keys: str) -> list[Tag]:
        """The elements under any of `keys`, in page order, each once."""
        if len(keys) == 1:
            return self.tags.get(keys[0], [])
        found = {id(t): t for key in keys for t in self.tags.get(key, [])}
        return sorted(found.values(), key=lambda t: self.order[id(t)])

    def within(self, tag: Tag, scope: Tag) -> bool:
        """True when `tag` is a descendant of `scope` (both elements of the page), in
        constant time: an ancestor walk per element is quadratic on a deep page."""
        inner, outer = self.order.get(id(tag)), self.order.get(id(scope))
        if inner is None or outer is None:
            return any(p is scope for p in tag.parents)  # not from this tree's walk
        return outer < inner <= self._ends()[outer]

    def custom_elements(self) -> list[tuple[str, list[Tag]]]:
        """Each custom element name on the page (a tag name with a hyphen: `va-accordion-
        item`, `sl-details`) with its elements in page order; keys of classes, ids and
        attributes left out."""
        return [(key, tags) for key, tags in self.tags.items()
                if "-" in key and key[0] not in ".#["]

    def first_within(self, scope: Tag, *keys: str) -> Tag | None:
        """The first element under `keys` inside `scope`, without walking `scope`."""
        outer = self.order.get(id(scope))
        if outer is None:
            return None
        end = self._ends()[outer]
        found = [t for t in (self._first_after(key, outer) for key in keys)
                 if t is not None and self.order[id(t)] <= end]
        return min(found, key=lambda t: self.order[id(t)]) if found else None

    def _first_after(self, key: str, position: int) -> Tag | None:
        tags = self.tags.get(key, [])
        k = bisect_right(tags, position, key=lambda t: self.order[id(t)])
        return tags[k] if k < len(tags) else None

    def end(self, tag: Tag) -> int:
        """The position of the last element inside `tag` (its own when it holds none), or
        -1 for an element not from this tree's walk."""
        position = self.order.get(id(tag))
        return -1 if position is None else self._ends()[position]

    def _ends(self) -> list[int]:
        """Per position, the position of the last element of its subtree: one pass over
        the elements with a stack of the open ones, made the first time it is asked."""
        if not self.ends and self.elements:
            count = len(self.elements)
            ends = [count - 1] * count  # what is still open at the end closes there
            open_: list[tuple[int, int]] = []  # (id, position) of the open elements
            for position, tag in enumerate(self.elements):
                parent = id(tag.parent)
                while open_ and open_[-1][0] != parent:
                    ends[open_.pop()[1]] = position - 1
                open_.append((id(tag), position))
            self.ends.extend(ends)
        return self.ends

    def heading_after(self, tag: Tag) -> Tag | None:
        """The first heading that starts after `tag` starts (inside it or past it)."""
        k = bisect_right(self.heading_positions, self.order.get(id(tag), len(self.order)))
        return self.headings[k] if k < len(self.headings) else None

    def heading_within(self, tag: Tag) -> Tag | None:
        """The first heading inside `tag` (a bisect), or None."""
        heading = self.heading_after(tag)
        return heading if heading is not None and self.within(heading, tag) else None

    def heading_before(self, tag: Tag) -> Tag | None:
        """The last heading that starts before `tag` in page order."""
        return self.heading_before_position(self.order.get(id(tag), -1))

    def heading_before_position(self, position: int) -> Tag | None:
        """The last heading that starts before the element at `position` in page order."""
        k = bisect_left(self.heading_positions, position)
        return self.headings[k - 1] if k else None


def tag_index(doc: Document) -> TagIndex:
    """The index of `doc`, built once per page (Document.memo)."""
    return doc.memo(_build)


_ATTR_KEYS = {name: f"[{name}]" for name in _INDEXED_ATTRS}  # each element's few attributes
# looked up here, not each indexed name looked for in each element's


def _build(doc: Document) -> TagIndex:
    tags: dict[str, list[Tag]] = defaultdict(list)
    order: dict[int, int] = {}
    elements = doc.soup.find_all(True)
    for position, tag in enumerate(elements):
        order[id(tag)] = position
        tags[tag.name].append(tag)
        attrs = tag.attrs
        for name in attrs.get("class") or ():
            tags["." + name].append(tag)
        if attrs.get("id"):
            tags["#" + str(attrs["id"])].append(tag)
        if len(attrs) > 1 or "class" not in attrs:  # most elements: a class or nothing
            for name in attrs:
                key = _ATTR_KEYS.get(name)
                if key is not None:
                    tags[key].append(tag)
    headings = sorted((t for h in HEADINGS for t in tags.get(h, [])), key=lambda t: order[id(t)])
    return TagIndex(dict(tags), order, headings, [order[id(h)] for h in headings],
                    elements=list(elements))


def outermost(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The sorted (start, end) position spans not inside an earlier one, as (starts, ends):
    the extents of a set of elements, for `in_spans`."""
    starts: list[int] = []
    stops: list[int] = []
    for a, b in sorted(spans):
        if not stops or a > stops[-1]:
            starts.append(a)
            stops.append(b)
    return starts, stops


def in_spans(starts: list[int], stops: list[int], position: int) -> bool:
    """The element at `position` lies in one of the `outermost` spans: a bisect."""
    k = bisect_right(starts, position) - 1
    return k >= 0 and stops[k] >= position
