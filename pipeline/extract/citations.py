"""Citations: the links under a "Sources", "References" or "Further reading" heading.

A sources heading is one that names only sources ("Sources", "References and notes",
"Sources & further reading"; not "Source of pain"). A sources section is the heading's
following siblings up to the next heading of the same or a higher level. Each link in
it (http or https, not back to the page itself) becomes a `Citation` named by its text;
a link whose text is only its URL is named by its list item or paragraph. A section
without links yields nothing: the validator reports it (SOURCES_EMPTY) rather than
inventing a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urldefrag

from bs4 import Tag

from ..document import Document, is_boilerplate
from ..records import Citation
from ..tagindex import HEADINGS, heading_level, tag_index
from ..text import normalize_space
from .urls import join_url

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_SOURCE_WORDS = (r"(?:sources?|references?|further reading|bibliography|works cited"
                 r"|citations?|notes)")
# The whole heading names sources: "Sources", "References and notes", "Sources & further
# reading"; not "Source of pain".
_SOURCES_TITLE = re.compile(
    rf"^(?!notes){_SOURCE_WORDS}(?:\s*(?:&|and|,)\s*{_SOURCE_WORDS})*\s*:?$", re.I)
_URLISH = re.compile(r"^(?:https?://|www\.)\S*$", re.I)
_MAX_NAME = 300


@dataclass(frozen=True)
class SourcesSection:
    """A sources heading and the elements of its section."""

    heading: Tag
    blocks: tuple[Tag, ...]

    @property
    def title(self) -> str:
        return normalize_space(self.heading.get_text(" "))


def _level(tag: Tag) -> int:
    """A heading's level; 7 (below every heading) for anything else."""
    return heading_level(tag) or 7


def sources_sections(doc: Document) -> list[SourcesSection]:
    """Every sources section of the page, in document order (site furniture left out).
    Worked out once per page: entities, citations and validation all read it."""
    return doc.memo(_sources_sections)


def _sources_sections(doc: Document) -> list[SourcesSection]:
    sections = []
    index = tag_index(doc)
    for heading in index.get(*_HEADINGS):
        if not _SOURCES_TITLE.match(index.heading_text(heading)):
            continue
        if is_boilerplate(heading):
            continue
        level, blocks = _level(heading), []
        ending = HEADINGS[:level]  # the headings that end the section, inside a sibling too
        for sibling in heading.next_siblings:  # lazily: not every sibling to the page's end
            if not isinstance(sibling, Tag):
                continue
            if _level(sibling) <= level or index.first_within(sibling, *ending) is not None:
                break
            blocks.append(sibling)
        sections.append(SourcesSection(heading, tuple(blocks)))
    return sections


def _name(link: Tag, url: str) -> str:
    text = normalize_space(link.get_text(" "))
    if text and not _URLISH.match(text):
        return text[:_MAX_NAME]
    holder = link.find_parent(["li", "p", "dd"])
    context = normalize_space(holder.get_text(" ")) if holder else ""
    return context[:_MAX_NAME] if len(context) > len(text) else (text or url)


def section_citations(section: SourcesSection, page_url: str) -> list[Citation]:
    """The section's links as citations: absolute http(s) URLs, each once, never the page."""
    page = urldefrag(page_url)[0]
    seen: set[str] = set()
    out = []
    for block in section.blocks:
        links = [block] if block.name == "a" else block.find_all("a", href=True)
        for link in links:
            href = str(link.get("href") or "").strip()
            url = join_url(page_url, href) or ""
            if not url.startswith(("http://", "https://")) or urldefrag(url)[0] == page:
                continue
            if url in seen or is_boilerplate(link):
                continue
            seen.add(url)
            out.append(Citation(name=_name(link, url), url=url))
    return out


def extract_citations(doc: Document, page_url: str) -> tuple[Citation, ...]:
    """Every citation of the page, in document order, each URL once."""
    return _first_per_url(c for s in sources_sections(doc) for c in section_citations(s, page_url))


def _first_per_url(cited: Iterable[Citation]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for citation in cited:
        seen.setdefault(citation.url, citation)
    return tuple(seen.values())
