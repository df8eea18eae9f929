"""Extraction: one parsed page in, one typed `Extraction` record out.

The extractors are imported by `extract`, not with this package: the config reads
names and credentials with `extract.people`, which must not load the page parser.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Extraction, MedicalTerm

if TYPE_CHECKING:
    from ..document import Document


def extract(doc: Document, fallback_url: str, default_language: str = "en",
            terms: tuple[MedicalTerm, ...] = ()) -> Extraction:
    """Pull the page facts, the FAQ, the medical review, the medical entities (built-in
    dictionary plus the site's `terms`) and the citations out of `doc`."""
    from ..terms import dictionary
    from .citations import extract_citations
    from .credit import byline_credit, review_title
    from .entities import find_entities
    from .faq import find_faq
    from .page import extract_facts
    from .people import name_key
    from .review import extract_review

    facts = extract_facts(doc, fallback_url, default_language)
    faq, source = find_faq(doc, facts.url)
    about, mentions = find_entities(doc, facts.title, dictionary(terms))
    review = extract_review(doc, facts.url)
    credit = byline_credit(doc, facts.url)
    critic = credit is not None and review_title(doc)  # "Book review: …": its writer's
    if credit is not None and (critic or facts.author is None
                               or name_key(facts.author.name) == name_key(credit.name)):
        # a bare "Reviewed by NAME" as the byline of its writer (the only one, the
        # author's own, or a book review's, whatever other name reads as an author):
        # the writer's credit, not a medical review
        facts, review = replace(facts, author=credit if critic else facts.author or credit), None
    return Extraction(facts=facts, faq=faq, faq_source=source,
                      review=review, about=about, mentions=mentions,
                      citations=extract_citations(doc, facts.url))


__all__ = ["extract"]
