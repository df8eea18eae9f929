"""Extraction: one parsed page in, one typed `Extraction` record out."""

from __future__ import annotations

from ..document import Document
from ..records import Extraction
from .faq import find_faq
from .page import extract_facts
from .review import extract_review


def extract(doc: Document, fallback_url: str, default_language: str = "en") -> Extraction:
    """Pull the page facts, the FAQ and the medical review out of `doc`."""
    facts = extract_facts(doc, fallback_url, default_language)
    faq, source = find_faq(doc, facts.url)
    return Extraction(facts=facts, faq=faq, faq_source=source, review=extract_review(doc, facts.url))


__all__ = ["extract"]
