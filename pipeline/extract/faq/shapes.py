"""The shapes a question takes in an FAQ section (headings.py reads the sections): a
question element's shape key, and a paragraph or list item that asks a question (a bold
lead, or text up to a `<br>` ending in a question mark, its "Q:" label left out)."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import PageElement, Tag

from ...text import normalize_space
from .words import vocabulary

# Blocks taken whole into an answer unless they hold the question shape.
LISTS = frozenset({"ul", "ol", "dl", "table", "blockquote", "figure", "pre", "details"})
PARAGRAPHS = frozenset({"p", "li", "dt", "dd"})
BOLD = frozenset({"strong", "b"})


def shape(tag: Tag, kind: str) -> tuple[object, ...]:
    """A question element's shape: its kind, tag and class, and for a paragraph or list
    item its parent's tag and class (a heading may sit in a per-question wrapper)."""
    parent = tag.parent if kind != "heading" else None
    return (kind, tag.name, tuple(tag.get_attribute_list("class")),
            parent.name if parent else None,
            tuple(parent.get_attribute_list("class")) if parent else ())


def meaningful(tag: Tag) -> Iterator[PageElement]:
    for child in tag.children:
        if isinstance(child, Tag) or str(child).strip():
            yield child


def strip_label(text: str, answer: bool = False) -> str:
    return text[vocabulary().label_end(text, answer):].strip()


def card_title(heading: Tag) -> bool:
    """A heading that is wholly a link to another page (a related-post card, a menu)."""
    children = list(meaningful(heading))
    return (len(children) == 1 and isinstance(children[0], Tag) and children[0].name == "a"
            and links_away(children[0]))


def links_away(link: Tag) -> bool:
    """True when the link goes to another page (not an anchor on this one)."""
    return not str(link.get("href") or "#").startswith("#")


def paragraph_question(block: Tag) -> tuple[Tag, str, list[PageElement], str] | None:
    """(question element, name, answer nodes inside the block, kind) for a paragraph or
    list item that asks a question: led by a bold question, or its text up to the first
    `<br>` (or all of it) ending in a question mark."""
    words = vocabulary()
    children = list(meaningful(block))
    if not children:
        return None
    first = children[0]
    lead = normalize_space(first.get_text(" ")) if isinstance(first, Tag) else ""
    # A bold lead that is only a label ("<strong>Question:</strong> Can I ...?"): the
    # question is the text after it, read as a labelled paragraph below.
    if isinstance(first, Tag) and first.name in BOLD and (strip_label(lead + " ") or not lead):
        name = strip_label(lead)
        if words.is_question(name) and name.rstrip(" \"')").endswith("?"):
            rest = list(first.next_siblings)
            while rest and ((isinstance(rest[0], Tag) and rest[0].name == "br")
                            or (not isinstance(rest[0], Tag) and not str(rest[0]).strip())):
                rest.pop(0)
            return first, name, rest, "bold"
        return None
    head: list[PageElement] = []
    rest = []
    for child in block.children:
        if rest or (isinstance(child, Tag) and child.name == "br" and head):
            rest.append(child)
        elif isinstance(child, Tag) and child.name in LISTS | PARAGRAPHS:
            return None
        else:
            head.append(child)
    text = normalize_space("".join(
        c.get_text(" ") if isinstance(c, Tag) else str(c) for c in head))
    name = strip_label(text)
    if name and name.rstrip(" \"')").endswith("?") and words.is_question(name):
        if rest and isinstance(rest[0], Tag) and rest[0].name == "br":
            rest.pop(0)
        return block, name, rest, "labelled" if name != text else "paragraph"
    return None
