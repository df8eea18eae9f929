"""Disclosure widgets: runs of `<details><summary>` (Gutenberg's details block, hand-written
HTML). The summary is the question, the rest of the element the answer.

A run counts as an FAQ when it sits under an FAQ heading, in a container whose
class or id says "faq", or when every summary is phrased as a question.
"""

from __future__ import annotations

import re

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate, normalize_space
from .base import HEADINGS, FAQBlock, is_faq_heading, make_block

_FAQ_CONTAINER = re.compile(r"(?:^|[-_\s])faqs?(?:$|[-_\s])", re.I)


def _in_faq_container(tag: Tag) -> bool:
    for node in tag.parents:
        if not isinstance(node, Tag):
            continue
        marks = " ".join([*node.get_attribute_list("class"), str(node.get("id") or "")])
        if marks.strip() and _FAQ_CONTAINER.search(marks):
            return True
    return False


def _under_faq_heading(tag: Tag) -> bool:
    heading = tag.find_previous(HEADINGS)
    return isinstance(heading, Tag) and is_faq_heading(heading)


def _runs(doc: Document) -> list[list[Tag]]:
    """Groups of sibling <details> elements with only whitespace between them."""
    runs: list[list[Tag]] = []
    seen: set[int] = set()
    for details in doc.soup.find_all("details"):
        if id(details) in seen:
            continue
        run = [details]
        sibling = details.next_sibling
        while sibling is not None:
            if isinstance(sibling, Tag):
                if sibling.name != "details":
                    break
                run.append(sibling)
            elif str(sibling).strip():
                break
            sibling = sibling.next_sibling
        seen.update(id(d) for d in run)
        runs.append(run)
    return runs


def _pair(details: Tag) -> tuple[Tag, list[PageElement]] | None:
    summary = details.find("summary", recursive=False)
    if not isinstance(summary, Tag):
        return None
    return summary, [child for child in details.children if child is not summary]


class DetailsExtractor:
    name = "details"
    priority = 20

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        blocks = []
        for run in _runs(doc):
            if is_boilerplate(run[0]):
                continue
            pairs = [p for p in map(_pair, run) if p]
            if not pairs:
                continue
            questions = [normalize_space(q.get_text(" ")) for q, _ in pairs]
            if not (
                _in_faq_container(run[0])
                or _under_faq_heading(run[0])
                or all(q.endswith("?") for q in questions)
            ):
                continue
            block = make_block(self.name, doc, pairs, base_url)
            if block:
                blocks.append(block)
        return blocks


EXTRACTOR = DetailsExtractor()
