"""Per-question item wrappers in a section of questions: when each question and its
answer stand in a wrapper of their own (`<section class="sc_fs_faq"><div><h3>Q</h3>
<div>A</div></div></section>`, repeated), the last answer ends with its wrapper rather
than running on into what follows the FAQ (a disclaimer, an ad).

The wrapper is found from the first two questions: the highest ancestor of the first
(at most _MAX_CLIMB levels up, so each question costs a bounded climb) that does not hold
the second, provided it holds the first answer and the second question has an ancestor
of the same tag and first class at the same height. Flat runs (a heading, its paragraphs, the
next heading) have no wrapper and read as before. An element that opens with an item's
wrapper (a second tab panel or category of items) goes on with the FAQ.
"""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import PageElement, Tag

from .layout import Layout

_MAX_CLIMB = 8
_PASSED = frozenset({"script", "style", "noscript", "template", "link", "meta"})


def _signature(tag: Tag) -> tuple[str, tuple[str, ...]]:
    """A wrapper's tag and first class: builders add a class of their own to each item
    ("av_toggle_section av-k3x93"), so the rest of the list differs from item to item."""
    return tag.name, tuple(tag.get_attribute_list("class")[:1])


def _empty(tag: Tag) -> bool:
    """An element with nothing in it but spaces (its children only, no walk)."""
    return all(not isinstance(c, Tag) and not str(c).strip() for c in tag.contents)


def _ancestor(tag: Tag, depth: int) -> Tag | None:
    node: Tag | None = tag
    for _ in range(depth):
        node = node.parent if node is not None else None
    return node if isinstance(node, Tag) else None


@dataclass
class Wrappers:
    """What a section reader knows of its items' wrappers (see the module docstring)."""

    lay: Layout
    decided: bool = False
    depth: int = 0  # levels from a question up to its wrapper; 0: no wrappers
    signature: tuple[str, tuple[str, ...]] | None = None
    end: int = -1  # the last position of the current item's wrapper; -1: unbounded

    def question(self, previous: Tag | None, answer: list[PageElement], question: Tag) -> None:
        """A new question after `previous` (whose answer is `answer`)."""
        if previous is None:
            return
        if not self.decided:
            self.decided = True
            self._decide(previous, answer, question)
        wrapper = _ancestor(question, self.depth) if self.depth else None
        self.end = self.lay.end(wrapper) if wrapper is not None \
            and _signature(wrapper) == self.signature else -1

    def _decide(self, previous: Tag, answer: list[PageElement], question: Tag) -> None:
        lay = self.lay
        q = lay.pos(question)
        node, depth = previous, 0
        while depth < _MAX_CLIMB and isinstance(node.parent, Tag) and lay.end(node.parent) < q:
            node, depth = node.parent, depth + 1
        if depth == 0 or lay.end(node) >= q:
            return  # a flat run, or no wrapper within reach
        start, stop = lay.pos(node), lay.end(node)
        located = [lay.pos(t) for part in answer
                   if isinstance(t := part if isinstance(part, Tag) else part.parent, Tag)
                   and lay.pos(t) >= 0]
        if not located or any(not start <= at <= stop for at in located):
            return  # the answer lies outside: a title wrapper, not an item's; or it cannot
            # be placed (an "A:" label cut off its text makes a string of no place)
        twin = _ancestor(question, depth)
        if twin is not None and _signature(twin) == _signature(node):
            self.depth, self.signature = depth, _signature(node)

    def ends_before(self, node: Tag, p: int) -> bool:
        """True when `node` (at position `p`) lies past the current item's wrapper and is
        not the next item's wrapper: the FAQ is over. The next item's wrapper is read
        unbounded until its question sets its end."""
        if not 0 <= self.end < p or node.name in _PASSED or _empty(node):
            return False  # a spacer between items (Weebly's `div.wsite-spacer`) ends nothing
        if _signature(node) == self.signature or self._opens_with_item(node):
            self.end = -1
            return False
        return True

    def _opens_with_item(self, node: Tag) -> bool:
        """`node` starts with an item's wrapper (its first element, or that element's first,
        at most _MAX_CLIMB levels down): the next group of items (a tab panel of questions,
        a category's list), not what follows the FAQ."""
        for _ in range(_MAX_CLIMB):
            first = next((c for c in node.contents if isinstance(c, Tag)), None)
            if first is None:
                return False
            if _signature(first) == self.signature:
                return True
            node = first
        return False
