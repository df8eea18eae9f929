"""Extraction: one parsed page in, one typed `Extraction` record out.

The extractors are imported by `extract`, not with this package: the config reads
names and credentials with `extract.people`, which must not load the page parser.
"""

from __future__ import annotations

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
    from .entities import find_entities
    from .faq import find_faq
    from .page import extract_facts
    from .review import extract_review

    facts = extract_facts(doc, fallback_url, default_language)
    faq, source = find_faq(doc, facts.url)
    about, mentions = find_entities(doc, facts.title, dictionary(terms))
    return Extraction(facts=facts, faq=faq, faq_source=source,
                      review=extract_review(doc, facts.url), about=about, mentions=mentions,
                      citations=extract_citations(doc, facts.url))


__all__ = ["extract"]
