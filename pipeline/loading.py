"""How the libraries a build needs are loaded: only the parts a build uses, and late.

A build's start-up is paid by `--jobs 1` and `--jobs 2` alike before the first page, so
on a small batch it decides how much a second process gains (issue 15). Two libraries
load parts of themselves that a build never uses:

- extruct's package `__init__` imports the parser of every syntax it reads (RDFa with
  rdflib, microformats with mf2py and requests): a third of a second. We use its
  JSON-LD extractor, and the microdata and RDFa ones only for pages with such markup.
- BeautifulSoup imports soupsieve, its CSS-selector engine, which compiles its patterns
  as it loads (~40 ms); we never select by CSS. It imports charset_normalizer (~7 ms) to
  guess the encoding of bytes; we hand it text, decoded by document.py. And it
  registers a tree builder for every parser it finds, so html5lib is loaded (~30 ms)
  although we build with lxml: html5lib reads a page only when a `<noscript` comes
  before our block (roundtrip.py), and is then imported by that page.

`deferred(name)` puts a package in `sys.modules` without running its `__init__`: its
submodules import as usual, and the first attribute asked of the package itself runs
the `__init__` then, so the package behaves as if imported whole (a caller of ours that
uses `extruct.extract`, `soupsieve.select` or `charset_normalizer.detect` gets them).
`lean_process()` is for the `healthld` process alone (pipeline/__main__.py), where
nothing asks BeautifulSoup for its html5lib tree builder; a library caller's
BeautifulSoup is left as it is.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

# bs4's module for the html5lib tree builder, which imports html5lib as it loads
_BS4_HTML5LIB = "bs4.builder._html5lib"


def deferred(name: str) -> None:
    """Make `import name` give the package `name` without running its `__init__` until
    an attribute of the package itself (not a submodule) is first asked for. Nothing
    happens if it is already imported or cannot be found."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return
    package = importlib.util.module_from_spec(spec)

    def complete(attribute: str) -> Any:
        del package.__getattr__  # once: the real __init__
        spec.loader.exec_module(package)  # type: ignore[union-attr]
        return getattr(package, attribute)

    package.__getattr__ = complete  # type: ignore[method-assign]  # PEP 562
    sys.modules[name] = package


def lean_process() -> None:
    """In the `healthld` process, before BeautifulSoup is first imported: soupsieve and
    charset_normalizer are deferred, and BeautifulSoup finds no html5lib tree builder to
    register (it treats it as not installed), so html5lib is imported only by a page
    that needs it. Saves ~80 ms of every build's start-up; the output is the same
    (tests/test_loading.py)."""
    deferred("soupsieve")
    deferred("charset_normalizer")
    if "bs4" not in sys.modules:
        sys.modules.setdefault(_BS4_HTML5LIB, None)  # type: ignore[arg-type]
