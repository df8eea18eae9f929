"""Disclosure widgets: runs of `<details><summary>` (Gutenberg's details block, Elementor's
nested accordion, hand-written HTML). The summary is the question, the rest of the element
the answer.

A run counts as an FAQ when it `looks_like_faq`: under an FAQ heading, in a container
whose class or id says "faq", or two or more summaries all phrased as questions. A lone
toggle ("Show transcript", "References") is not an FAQ, and a section title after the
questions ("References", "Sources") ends the run. So does any summary that does not ask
after two or more that do, in a run that is no FAQ as a whole: a shop's product rows
"Is it suitable for children?", "How often can I use it?" then "Shipping and returns"
(a Shopify Dawn product page's collapsible rows, eval h527), and a `<details>` of another
class than the run's first.
"""

from __future__ import annotations

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from .base import FAQBlock, looks_like_faq, make_blocks, questions_of, tag_index, until_title
from .items import runs
from .words import ends_asking


def _pair(details: Tag) -> tuple[Tag, list[PageElement]] | None:
    summary = next((c for c in details.children if isinstance(c, Tag) and c.name == "summary"),
                   None)  # find("summary", recursive=False) without bs4's filter objects
    if summary is None:
        return None
    return summary, [child for child in details.children if child is not summary]


class DetailsExtractor:
    name = "details"
    priority = 20

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per run of <details> that looks like an FAQ."""
        found = [(run[0], until_title([p for p in map(_pair, _same_kind(run)) if p]))
                 for run in runs(tag_index(doc).get("details"))]
        return make_blocks(self.name, doc, (
            pairs for pairs in (_faq_pairs(doc, first, pairs) for first, pairs in found
                                if not is_boilerplate(first)) if pairs), base_url)


def _same_kind(run: list[Tag]) -> list[Tag]:
    """The run up to the first `<details>` of another kind than the first, by its first
    class: MkDocs Material's admonitions `details.question` then `details.quote` ("What
    families told us" over a parent's words, eval h525)."""
    kinds = [(d.get_attribute_list("class") or [None])[0] for d in run]
    if not kinds[0]:
        return run
    return run[:next((k for k, kind in enumerate(kinds) if kind != kinds[0]), len(run))]


def _faq_pairs(doc: Document, first: Tag, pairs: list[tuple[Tag, list[PageElement]]]
               ) -> list[tuple[Tag, list[PageElement]]]:
    """The pairs of a run that are an FAQ: all of them when the run `looks_like_faq`, else
    its leading questions, two or more, that end at a summary which does not ask."""
    questions = questions_of(pairs)
    if looks_like_faq(doc, first, questions):
        return pairs
    asking = next((k for k, q in enumerate(questions) if not ends_asking(q)), len(questions))
    if 2 <= asking < len(questions) and looks_like_faq(doc, first, questions[:asking]):
        return pairs[:asking]
    return []


EXTRACTOR = DetailsExtractor()
