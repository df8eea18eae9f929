"""Facts the page states about itself: URL, title, description, language, dates, author."""

from __future__ import annotations

import re
from dataclasses import replace

from bs4 import Tag

from ..dates import parse_iso
from ..document import Document, is_boilerplate
from ..records import PageFacts, Person
from ..tagindex import tag_index
from ..text import normalize_space
from .people import link_for, parse_person
from .review import block_text
from .urls import join_url

_WRITTEN_BY = re.compile(r"\b(?:written|authored)\s+by\s*:?\s*(?P<who>[^—–|;]+)", re.I)
_BYLINE_BY = re.compile(r"^\s*by\s*:?\s+(?P<who>[^—–|;]+)", re.I)
_WHO_END = re.compile(r"\s+(?:on|updated|published|posted|and\s+medically|medically|reviewed"
                      r"|fact[- ]checked|edited|written|last)\b|(?<!\bDr)\.\s|$", re.I)
# Containers whose "By NAME" line is the author's byline.
_BYLINE_CLASS = re.compile(
    r"byline|author|attribution|contributor|(?:entry|post|article)-(?:meta|info)", re.I)


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
    tags = tag_index(doc).get(name)
    head = doc.soup.head
    if head is None:
        return tags
    return [t for t in tags if any(p is head for p in t.parents)]


def _meta(doc: Document, *keys: str) -> str | None:
    """The first non-empty `<meta name|property=key content>` among `keys`."""
    metas = doc.memo(_head_metas)
    for key in keys:
        for attr in _META_ATTRS:
            if metas.get((attr, key)):
                return metas[(attr, key)]
    return None


def _first(doc: Document, name: str, rel: str | None = None, attr: str | None = None
           ) -> Tag | None:
    """The first `name` element of the page, with `rel` among its rel values and an `attr`
    attribute if those are given."""
    for tag in tag_index(doc).get(name):
        if (rel is None or rel in tag.get_attribute_list("rel")) and (
                attr is None or tag.has_attr(attr)):
            return tag
    return None


def _link(doc: Document, rel: str) -> str | None:
    tag = _first(doc, "link", rel, "href")
    return str(tag["href"]).strip() or None if tag is not None else None


def _headline(doc: Document) -> str | None:
    h1s = tag_index(doc).get("h1")
    for scope in (_first(doc, "article"), _first(doc, "main"), doc.soup):
        if scope is None:
            continue
        h1 = next((h for h in h1s if scope is doc.soup or any(p is scope for p in h.parents)), None)
        if h1 is not None and normalize_space(h1.get_text(" ")):
            return normalize_space(h1.get_text(" "))
    title = _meta(doc, "og:title")
    if title:
        return title
    tag = _first(doc, "title")
    return normalize_space(tag.get_text(" ")) or None if tag is not None else None


def _time_tags(doc: Document) -> list[Tag]:
    return [t for t in tag_index(doc).get("time") if t.has_attr("datetime")]


def _time(doc: Document, classes: tuple[str, ...]) -> str | None:
    """The date of the first `<time class=CLS datetime>`, trying `classes` in order."""
    tags = doc.memo(_time_tags)
    for cls in classes:
        tag = next((t for t in tags if cls in t.get_attribute_list("class")), None)
        if isinstance(tag, Tag):
            value = parse_iso(str(tag["datetime"]), keep_time=True)
            if value:
                return value
    return None


def _date(doc: Document, meta_keys: tuple[str, ...], time_classes: tuple[str, ...]) -> str | None:
    value = _meta(doc, *meta_keys)
    parsed = parse_iso(value, keep_time=True) if value else None
    return parsed or _time(doc, time_classes)


def _opens_statement(text: str, at: int) -> bool:
    """True when `text[at:]` starts the text or follows a byline separator."""
    before = text[:at].rstrip()
    return not before or before[-1] in "—–|·•;:"


def _author(doc: Document, base_url: str) -> Person | None:
    for block in tag_index(doc).get("p", "div", "span", "li", "address"):
        if is_boilerplate(block):
            continue
        marked = _BYLINE_CLASS.search(" ".join(block.get_attribute_list("class")))
        text = block_text(block)
        m = _WRITTEN_BY.search(text) or (_BYLINE_BY.search(text) if marked else None)
        if not m or len(text) > 300 or not (marked or _opens_statement(text, m.start())):
            continue  # "the leaflet, written by the manufacturer, ..." is prose
        who = m["who"]
        end = _WHO_END.search(who)
        person = parse_person(who[: end.start()] if end else who)
        if person:  # parse_person rejects "the manufacturer": not a name
            return replace(person, url=link_for(block, person.name, base_url))
    tag = _first(doc, "a", "author")
    if tag is not None:
        person = parse_person(tag.get_text(" "))
        if person:
            return replace(person, url=join_url(base_url, str(tag.get("href") or "")) or None)
    name = _meta(doc, "author", "article:author")
    return parse_person(name) if name and not name.startswith("http") else None


def extract_facts(doc: Document, fallback_url: str, default_language: str) -> PageFacts:
    """Page facts; `fallback_url` is used when the page has no canonical link or og:url."""
    canonical = _link(doc, "canonical") or _meta(doc, "og:url")
    url = (join_url(fallback_url, canonical) if canonical else None) or fallback_url
    return PageFacts(
        url=url,
        title=_headline(doc),
        description=_meta(doc, "description", "og:description"),
        language=(doc.language or _meta(doc, "og:locale", "language")
                  or default_language).replace("_", "-"),
        date_published=_date(doc, ("article:published_time", "datePublished"),
                             ("published", "entry-date")),
        date_modified=_date(doc, ("article:modified_time", "og:updated_time", "dateModified"),
                            ("updated", "modified")),
        author=_author(doc, url),
    )
