"""The page's head as the page facts read it: its metas, its links, its first elements
of a kind, and its canonical address (extract/page.py, extract/locale.py)."""

from __future__ import annotations

from bs4 import Tag

from ..document import Document
from ..tagindex import tag_index
from ..text import normalize_space

_META_ATTRS = ("property", "name", "itemprop")


def _head_metas(doc: Document) -> dict[tuple[str, str], str]:
    """(attribute, key) -> normalised content of the first such `<meta content>` in the head."""
    found: dict[tuple[str, str], str] = {}
    for tag in _in_head(doc, "meta"):
        if not tag.has_attr("content"):
            continue
        for attr in _META_ATTRS:
            key = tag.get(attr)
            if isinstance(key, str):
                found.setdefault((attr, key), normalize_space(str(tag["content"])))
    return found


def _in_head(doc: Document, name: str) -> list[Tag]:
    """The `name` elements in the head, in page order; every one of them when the tree
    has no head (a fragment)."""
    index = tag_index(doc)
    tags = index.get(name)
    head = doc.soup.head
    if head is None:
        return tags
    return [t for t in tags if index.within(t, head)]


def meta(doc: Document, *keys: str) -> str | None:
    """The first non-empty `<meta name|property=key content>` among `keys`."""
    metas = doc.memo(_head_metas)
    for key in keys:
        for attr in _META_ATTRS:
            if metas.get((attr, key)):
                return metas[(attr, key)]
    return None


def first(doc: Document, name: str, rel: str | None = None, attr: str | None = None
          ) -> Tag | None:
    """The first `name` element of the page, with `rel` among its rel values and an `attr`
    attribute if those are given."""
    for tag in tag_index(doc).get(name):
        if (rel is None or rel in tag.get_attribute_list("rel")) and (
                attr is None or tag.has_attr(attr)):
            return tag
    return None


def link(doc: Document, rel: str) -> str | None:
    """The `href` of the first `<link>` with `rel` among its rel values."""
    tag = first(doc, "link", rel, "href")
    return str(tag["href"]).strip() or None if tag is not None else None


def canonical_address(doc: Document) -> str | None:
    """The page's canonical address as it states it: its canonical link, else its og:url
    (unresolved: a relative one is joined to the page's URL by the caller)."""
    return link(doc, "canonical") or meta(doc, "og:url")
