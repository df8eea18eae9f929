"""Review statements as the review reader found them, which one is the page's, and what
could not be read in them (the notes the validator turns into findings with their lines)."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import Tag

from ..dates import FoundDate
from ..records import INFO, WARNING, Finding
from .people import Reading, name_key

_PAGE = "$['@graph'][0]"


@dataclass(frozen=True)
class Note:
    """Something a review statement said that could not be read: the finding (without its
    line) and the statement's text, which the validator finds the line of."""

    finding: Finding
    statement: str


@dataclass(frozen=True)
class Statement:
    """One review statement found on the page."""

    medical: bool  # the label says medical/clinical/role: wins over a bare one
    reviewer: Reading | None  # None after a date-only label
    date: FoundDate | None
    time: str | None  # a `<time datetime>` read with the statement
    text: str
    block: Tag


def choose(statements: list[Statement]) -> tuple[Statement | None, str | None]:
    """The page's statement (the first medical one naming a person, else the first naming
    one; none on a list of reviewers) and the review date: the chosen statement's, or
    that of a statement naming nobody."""
    named = [s for s in statements if s.reviewer and s.reviewer.person]
    chosen = next((s for s in named if s.medical), named[0] if named else None)
    if chosen is not None and _roster(chosen, named):
        return None, None
    # A statement naming someone else (a bare "Reviewed by" that lost to a medical one)
    # does not date the review.
    dated = sorted((s for s in statements if ((s.date and s.date.iso) or s.time)
                    and (s is chosen or not (s.reviewer and s.reviewer.person))),
                   key=lambda s: (s is not chosen, not s.medical))
    date = None
    if dated:
        first = dated[0]
        date = first.date.iso if first.date and first.date.iso else first.time
    return chosen, date


def _roster(chosen: Statement, named: list[Statement]) -> bool:
    """True when statements in blocks of the chosen one's shape (tag and class, its
    parent's too) name three or more people: reviewer cards on a review board's or a
    team's page, none of them the page's reviewer (two are co-reviewers, as Krames
    prints them, or the next article's reviewer on an infinite-scroll page)."""
    def shape(block: Tag) -> tuple[object, ...]:
        parent = block.parent
        return (block.name, tuple(block.get_attribute_list("class")),
                getattr(parent, "name", None),
                tuple(parent.get_attribute_list("class")) if isinstance(parent, Tag) else ())
    alike = shape(chosen.block)
    return len({name_key(s.reviewer.person.name) for s in named  # type: ignore[union-attr]
                if s.medical == chosen.medical and shape(s.block) == alike}) > 2


def notes(statements: list[Statement], chosen: Statement | None, date: str | None) -> list[Note]:
    """REVIEW_UNREAD when no statement gave the page's reviewer (a medical label with no
    person's name after it) or date (a date label with no readable date after it);
    REVIEW_DATE_AMBIGUOUS for a numeric date the locale cannot settle; CREDENTIAL_UNLISTED
    for the reviewer's credentials kept by their shape."""
    notes: list[Note] = []
    if chosen is not None and chosen.reviewer and chosen.reviewer.person \
            and chosen.reviewer.unlisted:
        notes.append(Note(Finding(
            "CREDENTIAL_UNLISTED", INFO,
            f"{', '.join(chosen.reviewer.unlisted)} after the reviewer's name "
            f"{chosen.reviewer.person.name!r} is not in the credential list; kept because it "
            "is shaped like a credential (add it to pipeline/data/credentials.json if it is one)",
            _PAGE), chosen.text))
    ambiguous = next((s for s in statements if s.date and s.date.ambiguous), None)
    if date is None and ambiguous is not None and ambiguous.date is not None:
        notes.append(Note(Finding(
            "REVIEW_DATE_AMBIGUOUS", WARNING,
            f"review date {ambiguous.date.text!r} not read: {ambiguous.date.ambiguous}; write "
            "the month as a word or the date as ISO 8601, or set <html lang> with a region",
            _PAGE), ambiguous.text))
    elif date is None:
        undated = next((s for s in statements if s.reviewer is None), None)
        if undated is not None:
            notes.append(Note(Finding(
                "REVIEW_UNREAD", WARNING,
                f"no date could be read in the review statement {undated.text!r}", _PAGE),
                undated.text))
    # A bare "Reviewed by the insurer within 14 days" is prose; a medical label is a claim.
    unnamed = next((s for s in statements if s.medical and s.reviewer and not s.reviewer.person),
                   None)
    if chosen is None and unnamed is not None and unnamed.reviewer is not None:
        notes.append(Note(Finding(
            "REVIEW_UNREAD", WARNING,
            f"no reviewer's name could be read in the review statement {unnamed.text!r} "
            f"({unnamed.reviewer.reason})", _PAGE), unnamed.text))
    return notes
