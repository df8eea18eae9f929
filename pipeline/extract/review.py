"""The medical review: who reviewed the page, with what credentials, and when.

Recognised shapes: "Medically reviewed by NAME, CREDS — last reviewed MONTH YEAR",
"Medically reviewed by NAME, PharmD, BCPS on March 3, 2025 — Written by NAME",
"Reviewed by: Dr. NAME, DO" with a `<time datetime>`, and a separate
"Last medically reviewed on January 12, 2026". "Fact checked by" and "Edited by"
are not medical reviews. Dates keep the precision the page states.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bs4 import NavigableString, Tag

from ..dates import find_human_date, parse_iso
from ..document import Document, is_boilerplate, normalize_space
from ..records import MedicalReview, Person
from .people import link_for, parse_person

BLOCKS = ("p", "div", "li", "section", "footer", "header", "td", "dd", "figcaption", "small",
          "span", "address")
_REVIEWED_BY = re.compile(r"\b(?:medically\s+)?reviewed\s+by\b\s*:?\s*", re.I)
# Where the reviewer's name and credentials end.
_WHO_END = re.compile(
    r"\s*(?:[—–|;(·•]|\s-\s|\bon\b|\blast\b|\bwritten\b|\bby\b|\bupdated\b|\bpublished\b"
    r"|\bfact[- ]checked\b|\bedited\b|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.\s+(?=[A-Z])"
    r"|\.$|$)",
    re.I,
)
# What ends the review statement, so a later "Updated March 5" is not the review date.
_SEGMENT_END = re.compile(
    r"\b(?:written|fact[- ]checked|edited|updated|published|posted|by\s+[A-Z])", re.I
)
_LAST_REVIEWED = re.compile(r"\blast\s+(?:medically\s+)?reviewed\b\s*(?:on\b)?\s*:?\s*", re.I)
_MEDICALLY = re.compile(r"\b(?:medically|clinically)\s+reviewed\b", re.I)
# "Reviewed by" / "Last reviewed" opening a text node, or right after a byline separator.
_STATEMENT_START = re.compile(r"(?:^|[—–|·•;:]|\s-)\W*(?:reviewed\s+by|last\s+reviewed)\b",
                              re.I)
_INLINE = frozenset({"span", "small"})
_MAX_BYLINE = 300  # characters: a byline, not a paragraph of prose


def block_text(block: Tag) -> str:
    """Visible text of a block, with no space before punctuation."""
    return re.sub(r"\s+([,.;:!?])", r"\1", normalize_space(block.get_text(" ")))


def _starts_statement(string: str) -> bool:
    """True when a text node opens a review statement rather than mentioning one in prose:
    "Medically reviewed by ..." anywhere, or "Reviewed by" / "Last reviewed" at the start of
    the text node or after a byline separator."""
    return bool(_MEDICALLY.search(string) or _STATEMENT_START.search(string))


def _byline_block(block: Tag) -> Tag:
    """Climb from an inline wrapper (a `<span>` holding one part of a byline) to the short
    block holding the whole byline, so a date in a sibling span is read with the name."""
    while block.name in _INLINE:
        parent = block.find_parent(BLOCKS)
        if not isinstance(parent, Tag) or len(block_text(parent)) > _MAX_BYLINE:
            break
        block = parent
    return block


def _blocks(doc: Document) -> list[Tag]:
    """The smallest byline blocks outside site furniture that state a review."""
    found: list[Tag] = []
    seen: set[int] = set()
    root = doc.soup.body or doc.soup
    for string in root.descendants:  # a plain walk: bs4's string filter is 5x slower here
        if (type(string) is not NavigableString or "reviewed" not in string.lower()
                or not _starts_statement(str(string))):
            continue
        block = string.find_parent(BLOCKS)
        if not isinstance(block, Tag):
            continue
        block = _byline_block(block)
        if id(block) in seen or is_boilerplate(block):
            continue
        seen.add(id(block))
        found.append(block)
    return found


def _time_in(block: Tag, segment: str) -> str | None:
    for time in block.find_all("time"):
        label = normalize_space(time.get_text(" "))
        if not label or label in segment:
            value = parse_iso(str(time.get("datetime") or ""))
            if value:
                return value
    return None


def _date_after(text: str, block: Tag) -> str | None:
    end = _SEGMENT_END.search(text)
    segment = text[: end.start()] if end else text
    found = find_human_date(segment)
    if found:
        return found[0]
    return _time_in(block, segment)


def extract_review(doc: Document, base_url: str) -> MedicalReview | None:
    """Find the medical review statement; None when the page states neither reviewer nor date."""
    reviewer: Person | None = None
    reviewed: str | None = None
    for block in _blocks(doc):
        text = block_text(block)
        by = _REVIEWED_BY.search(text)
        if by and reviewer is None:
            rest = text[by.end():]
            end = _WHO_END.search(rest)
            who = rest[: end.start()] if end else rest
            reviewer = parse_person(who)
            if reviewer:
                reviewer = replace(reviewer, url=link_for(block, reviewer.name, base_url))
            # "Medically reviewed by our clinical team on March 3, 2026" still dates the review.
            reviewed = reviewed or _date_after(rest, block)
        last = _LAST_REVIEWED.search(text)
        if last and reviewed is None:
            reviewed = _date_after(text[last.end():], block)
    if reviewer is None and reviewed is None:
        return None
    return MedicalReview(reviewer=reviewer, last_reviewed=reviewed)
