"""Prove the round trip: read the written page back with extruct and compare graphs.

The page is parsed with extruct's own HTML parsing, our script is picked out by its
marker, and extruct's JSON-LD extractor reads that one element. Reading only our
element means a broken JSON-LD block from another tool cannot hide ours (extruct
drops or raises on a whole page's JSON-LD when one block is bad).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .errors import RoundTripError
from .writeback import MARKER


@cache
def _extractor() -> Any:
    # Imported on first use: extruct takes a tenth of a second to import, which a no-op
    # build (every page skipped by the manifest) must not pay.
    from extruct.jsonld import JsonLdExtractor

    return JsonLdExtractor()


@cache
def _our_scripts() -> Any:
    """The XPath to our block, compiled once (evaluating it as a string compiled it for
    every page: a fifth of the read-back after the parse)."""
    from lxml import etree

    return etree.XPath(
        '//script[@type="application/ld+json"][contains(concat(" ", normalize-space(@class), " "),'
        f' " {MARKER} ")]'
    )


def warm_up() -> None:
    """Import extruct now (see runner.prepare)."""
    _extractor()
    _our_scripts()


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_back(page: bytes, encoding: str) -> dict[str, Any]:
    """The graph in our block of `page`, as extruct reads it; RoundTripError if absent."""
    # Re-encoded as UTF-8 bytes: lxml refuses str input that carries an XML declaration.
    from extruct.utils import parse_html

    data = page
    if encoding != "utf-8" or not _valid_utf8(page):  # else decoding and encoding give `page`
        data = page.decode(encoding, errors="replace").encode("utf-8")
    tree = parse_html(data, encoding="utf-8")
    scripts = _our_scripts()(tree)
    if len(scripts) != 1:
        raise RoundTripError(f"expected one healthld block after writing, a parser sees {len(scripts)}")
    items = _extractor().extract_items(scripts[0])
    if len(items) != 1:
        raise RoundTripError("the healthld block did not read back as one JSON-LD document")
    return items[0]


def verify(page: bytes, encoding: str, graph: dict[str, Any]) -> None:
    """Raise RoundTripError unless `page` carries exactly `graph`."""
    if read_back(page, encoding) != graph:
        raise RoundTripError("the JSON-LD read back from the written page differs from the generated graph")
