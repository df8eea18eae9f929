"""Prove the round trip: read the written page back with extruct and compare graphs.

The page is parsed with extruct's own HTML parsing, our script is picked out by its
marker, and extruct's JSON-LD extractor reads that one element. Reading only our
element means a broken JSON-LD block from another tool cannot hide ours (extruct
drops or raises on a whole page's JSON-LD when one block is bad).

That parser (lxml) parses as with scripting off; browsers and Google parse with
scripting on, where a head `<noscript>` is text. So the page up to the end of our
block is parsed again by html5lib with `scripting=True` (the tree up to a point
depends only on the bytes before it), which must also see exactly one block of ours
holding the graph. Scripting changes only how `<noscript>` is read, so this is done
only when a `<noscript` comes before the block (html5lib costs ~1 ms per 4 KB).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .errors import RoundTripError
from .loading import deferred
from .markup import (
    JSON_LD_TYPE,
    MARKER,
    RAW_TEXT,
    Token,
    has_marker,
    is_json_ld_type,
    raw_text_end,
    tokens,
)
from .writeback import SCRIPT_CLOSE, SCRIPT_OPEN


@cache
def _extractor() -> Any:
    # Imported on first use: extruct takes a tenth of a second to import, which a no-op
    # build (every page skipped by the manifest) must not pay; and without its package
    # `__init__`, which loads every syntax's parser (loading.py).
    deferred("extruct")
    from extruct.jsonld import JsonLdExtractor

    return JsonLdExtractor()


@cache
def _our_scripts() -> Any:
    """The XPath to our block, compiled once (evaluating it as a string compiled it for
    every page: a fifth of the read-back after the parse)."""
    from lxml import etree

    return etree.XPath(
        '//script[translate(normalize-space(@type), "ABCDEFGHIJKLMNOPQRSTUVWXYZ",'
        f' "abcdefghijklmnopqrstuvwxyz")="{JSON_LD_TYPE}"]'
        f'[contains(concat(" ", normalize-space(@class), " "), " {MARKER} ")]'
    )


_NOSCRIPT = re.compile(rb"<noscript", re.I)


@cache
def _browser_parser() -> Any:
    import html5lib

    return html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"),
                               namespaceHTMLElements=False)


def warm_up() -> None:
    """Import extruct now (see runner.prepare). html5lib is imported by the first page
    that needs it (a `<noscript` before our block): most sites' builds never pay it."""
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
        raise RoundTripError(f"expected one healthld block after writing, a parser sees "
                             f"{len(scripts)}{_why(len(scripts), data)}")
    items = _extractor().extract_items(scripts[0])
    if len(items) != 1:
        raise RoundTripError("the healthld block did not read back as one JSON-LD document")
    _browser_check(data)
    return items[0]


MAX_TEXT_NODE = 10_000_000  # libxml2 stops reading a text node longer than this


def _why(seen: int, data: bytes = b"") -> str:
    """Why a parser sees `seen` blocks of ours where one was written, in plain words."""
    if seen:
        return ""
    s = data.decode("latin-1")
    end = s.rfind(SCRIPT_OPEN)
    for token in tokens(s[:end] if end >= 0 else s):
        if isinstance(token, Token) and not token.closing and token.name in RAW_TEXT:
            size = raw_text_end(s, token) - token.end
            if size > MAX_TEXT_NODE:
                return (f": a <{token.name}> of {size:,} bytes comes before it, over the "
                        f"{MAX_TEXT_NODE:,} bytes lxml (libxml2) reads in one text, so such "
                        "parsers stop there; the page is not written")
    return (": the place the block was written is inside an element a parser reads as "
            "text (a script, style or comment the page leaves open, or a script that "
            "writes `<script` with document.write); the page is not written")


def _browser_check(data: bytes) -> None:
    """Raise RoundTripError unless a browser's parser (html5lib, scripting on) sees exactly
    one block of ours up to the end of the last one written, holding the same JSON."""
    start = data.rfind(SCRIPT_OPEN.encode("ascii"))
    end = data.find(SCRIPT_CLOSE.encode("ascii"), start)
    if start < 0 or end < 0:
        raise RoundTripError("the healthld block is not in the written page")
    if not _NOSCRIPT.search(data, 0, start):
        return  # scripting changes only how `<noscript>` is read: lxml's tree is a browser's
    root = _browser_parser().parse(data[: end + len(SCRIPT_CLOSE)], scripting=True,
                                   override_encoding="utf-8")
    ours = [e for e in root.iter("script")
            if is_json_ld_type(e.get("type")) and has_marker(e.get("class"))]
    if len(ours) != 1:
        raise RoundTripError(f"expected one healthld block after writing, a browser (scripting "
                             f"on) sees {len(ours)}{_why(len(ours), data)}")
    expected = data[start + len(SCRIPT_OPEN) : end].decode("ascii")
    if (ours[0].text or "") != expected:
        raise RoundTripError("a browser (scripting on) reads other text in the healthld block")


def verify(page: bytes, encoding: str, graph: dict[str, Any]) -> None:
    """Raise RoundTripError unless `page` carries exactly `graph`, for parsers with
    scripting off (lxml) and on (html5lib, as browsers)."""
    if read_back(page, encoding) != graph:
        raise RoundTripError("the JSON-LD read back from the written page differs from the "
                             "generated graph")
