"""Review statements as the review reader found them, and what could not be read in
them (the notes the validator turns into findings with their lines)."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import Tag

from ..dates import FoundDate
from ..records import INFO, WARNING, Finding
from .people import Reading

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
