"""Plain headings: an FAQ section heading followed by question headings one level down.

The answer to a question is everything after its heading up to the next question
heading or the next heading at or above the FAQ heading's level, and never past
the end of the element that holds the FAQ section.
"""

from __future__ import annotations

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate, is_furniture
from .base import HEADINGS, FAQBlock, heading_level, is_faq_heading, make_blocks, tag_index

# Nodes never taken into an answer, with everything inside them.
_SKIP = frozenset({"script", "style", "noscript", "template", "form", "aside", "nav", "button"})


def _last_descendant(tag: Tag) -> PageElement:
    node: PageElement = tag
    while isinstance(node, Tag) and node.contents:
        node = node.contents[-1]
    return node


def _section_root(heading: Tag, question_level: int) -> Tag:
    """The smallest ancestor of `heading` that also holds question headings."""
    root = heading.parent
    question_tag = f"h{question_level}"
    while isinstance(root, Tag) and root.name not in ("body", "[document]"):
        if any(h is not heading for h in root.find_all(question_tag, limit=2)):
            return root
        root = root.parent
    return root if isinstance(root, Tag) else heading


def _pairs(heading: Tag, level: int) -> list[tuple[Tag, list[PageElement]]]:
    question_level = level + 1
    bounds = HEADINGS[:question_level]
    end = _last_descendant(_section_root(heading, question_level))
    pairs: list[tuple[Tag, list[PageElement]]] = []
    taken: set[int] = set()  # ids of nodes already inside an answer
    node = heading.next_element
    while node is not None:
        node_level = heading_level(node)
        if node_level is not None and node_level <= level:
            break
        parent_taken = node.parent is not None and id(node.parent) in taken
        if node_level == question_level and not parent_taken:
            pairs.append((node, []))  # type: ignore[arg-type]
            taken.add(id(node))
        elif parent_taken:
            taken.add(id(node))
        elif isinstance(node, Tag) and (node.name in _SKIP or is_furniture(node)):
            taken.add(id(node))  # so its contents are passed over too
        elif pairs and not (isinstance(node, Tag) and node.find(bounds)):
            # A wrapper holding the next question or section heading is entered, not taken.
            pairs[-1][1].append(node)
            taken.add(id(node))
        if node is end:
            break
        node = node.next_element
    return pairs


class HeadingsExtractor:
    name = "headings"
    priority = 10

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per FAQ heading (h2-h4) that has question headings under it."""
        return make_blocks(self.name, doc, (
            _pairs(heading, int(heading.name[1])) for heading in tag_index(doc).get(*HEADINGS[1:4])
            if is_faq_heading(heading) and not is_boilerplate(heading)
        ), base_url)


EXTRACTOR = HeadingsExtractor()
