"""Prove the round trip: read the written page back with extruct and compare graphs.

The page is parsed with extruct's own HTML parsing, our script is picked out by its
marker, and extruct's JSON-LD extractor reads that one element. Reading only our
element means a broken JSON-LD block from another tool cannot hide ours (extruct
drops or raises on a whole page's JSON-LD when one block is bad).
"""

from __future__ import annotations

import importlib.util
import sys

from functools import cache
from typing import Any

from .errors import RoundTripError
from .writeback import MARKER


def _extruct_without_its_syntaxes() -> None:
    """Make `import extruct.<module>` load that module alone. extruct's package
    `__init__` imports the parser of every syntax it reads (RDFa with rdflib, microformats
    with mf2py and requests): a third of a second of the start-up that every build pays
    before its workers start, for syntaxes few pages use (existing.py imports the
    microdata and RDFa extractors when a page has such markup). The package module is
    made without running its `__init__`; the first attribute asked of it that is not a
    submodule (`extruct.extract`, for a caller of ours that uses extruct itself) runs
    it then, so the package behaves as imported whole."""
    if "extruct" in sys.modules:
        return
    spec = importlib.util.find_spec("extruct")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> Any:
        del package.__getattr__  # type: ignore[attr-defined]  # once: the real __init__
        spec.loader.exec_module(package)  # type: ignore[union-attr]
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[attr-defined]  # PEP 562
    sys.modules["extruct"] = package


@cache
def _extractor() -> Any:
    # Imported on first use: extruct takes a tenth of a second to import, which a no-op
    # build (every page skipped by the manifest) must not pay.
    _extruct_without_its_syntaxes()
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
