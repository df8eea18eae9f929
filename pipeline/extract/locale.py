"""The locale a page's numeric dates are read in (`page_locale`): its `<html lang>`, or,
when that names no region ("en", none), the region the page states another way.

A page that does not say how it writes "04/05/2026" has it not guessed (README, "Dates");
these are ways pages do say it without a region on `<html>`:

- the `lang` of its own elements, when every one of its language that names a region
  names the same one (a Word "Save as Web Page" export marks each run of text
  `<span lang=EN-US>`; a page's switcher to another language does not count);
- for English, its canonical address's country domain (`domain_regions`: a site at
  ".co.uk" writes dates as the UK does, one at ".gov" as the US does); a generic or
  vanity domain (".com", ".co", ".io") says nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..dates import numeric_order
from ..document import Document
from ..tagindex import tag_index
from ..wording import wording
from .head import canonical_address


def page_locale(doc: Document) -> str | None:
    """`doc.language`, or that language (English without one) with the region the page
    states by its elements' `lang` or its canonical address (module docstring)."""
    language = doc.language
    primary, _, region = (language or "").replace("_", "-").partition("-")
    if region or numeric_order(language) is not None:
        return language  # a region ("en-CA" too: its pages write both orders), or a language
    primary = primary.lower()
    found = _element_region(doc, primary) or (
        _domain_region(doc) if primary in ("", "en") else None)
    if found is None:
        return language
    return f"{primary or 'en'}-{found}"


def _element_region(doc: Document, primary: str) -> str | None:
    """The one region the `lang` of the page's elements of its language (English on a page
    that names none) names: a Spanish switcher's `lang="es-MX"` says nothing of an English
    page's dates."""
    regions = set()
    for tag in tag_index(doc).get("[lang]"):
        lang, _, region = str(tag.get("lang") or "").strip().replace("_", "-").partition("-")
        if region and lang.lower() == (primary or "en") and len(region) == 2:
            regions.add(region.upper())
    return regions.pop() if len(regions) == 1 else None


def _domain_region(doc: Document) -> str | None:
    """The region the host of the page's canonical address (`canonical_address`: its
    canonical link, else its og:url) names by its last label."""
    try:
        host = urlsplit((canonical_address(doc) or "").strip()).hostname or ""
    except ValueError:
        return None
    return wording().domain_regions.get(host.rsplit(".", 1)[-1]) if "." in host else None
