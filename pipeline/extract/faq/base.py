"""The interface every FAQ extractor implements, and helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from bs4 import PageElement, Tag

from ...document import Document, normalize_space
from ...records import FAQItem
from ..html import clean_html

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A section heading that announces an FAQ: "Frequently asked questions", "FAQ", "FAQs",
# "Common questions", "Questions and answers", with optional trailing words.
FAQ_HEADING = re.compile(
    r"^(?:\W*)(?:frequently\s+asked\s+questions|faqs?|common(?:ly\s+asked)?\s+questions"
    r"|questions\s+(?:and|&)\s+answers|q\s*&\s*a)\b",
    re.I,
)


@dataclass(frozen=True)
class FAQBlock:
    """A run of question/answer pairs one extractor found.

    `elements` holds the ids of the question elements and of the tags inside
    them, so two extractors that read the same markup can be told apart; `order` is the document position of
    the first question.
    """

    extractor: str
    items: tuple[FAQItem, ...]
    elements: frozenset[int]
    order: int


class FAQExtractor(Protocol):
    """One markup family. Modules in this package expose an instance as `EXTRACTOR`."""

    name: str
    priority: int  # when two blocks claim the same question elements, the higher one wins

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]: ...


def heading_level(tag: PageElement) -> int | None:
    """1-6 for a heading element, None for anything else."""
    if isinstance(tag, Tag) and tag.name in HEADINGS:
        return int(tag.name[1])
    return None


def is_faq_heading(tag: Tag) -> bool:
    return FAQ_HEADING.match(normalize_space(tag.get_text(" "))) is not None


def anchor_of(tag: Tag) -> str | None:
    """The id a question element can be linked by: its own, or an anchor inside it."""
    if tag.get("id"):
        return str(tag["id"])
    inner = tag.find(lambda t: t.name == "a" and (t.get("id") or t.get("name")))
    if isinstance(inner, Tag):
        return str(inner.get("id") or inner.get("name"))
    return None


def make_block(
    name: str, doc: Document, pairs: list[tuple[Tag, list[PageElement]]], base_url: str
) -> FAQBlock | None:
    """Build a block from (question element, answer nodes) pairs; pairs with an empty
    question or answer are left out, and a block with no pair left is None."""
    items: list[FAQItem] = []
    elements: set[int] = set()
    first: Tag | None = None
    for question_el, answer_nodes in pairs:
        question = normalize_space(question_el.get_text(" "))
        answer = clean_html(answer_nodes, base_url)
        if not question or not answer:
            continue
        items.append(FAQItem(question=question, answer_html=answer, anchor=anchor_of(question_el)))
        elements.add(id(question_el))
        elements.update(id(t) for t in question_el.find_all(True))
        first = first or question_el
    if not items or first is None:
        return None
    return FAQBlock(name, tuple(items), frozenset(elements), doc.position(first))
