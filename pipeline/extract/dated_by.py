"""A date label's statement whose person comes after its date ("Reviewed on March 3, 2026
by NAME, PA-C", "Reviewed 2026 by NAME, DDS"): review.py reads the label and the date,
this reads who "by" names."""

from __future__ import annotations

from bs4 import Tag

from ..dates import FoundDate, trailing_year
from ..wording import wording
from .byline_line import BYLINE_PARTS
from .people import Reading
from .reviewer import other_party, past_by, read_reviewer
from .statement_blocks import START_SEPARATORS
from .statement_labels import statement_label
from .statement_text import block_text, segment_end

_PART_MARKS = START_SEPARATORS - frozenset(";:")  # a byline's part separators, not a colon
_MARKS = "".join(sorted(_PART_MARKS))


def by_after_date(date: FoundDate | None, segment: str, after: str
                  ) -> tuple[Reading | None, FoundDate | None] | None:
    """(reviewer, date) of a date label's statement whose segment ends at "by" (`after`:
    the text after it): the person after "by" when the segment is the date ("Reviewed on
    March 3, 2026 by NAME, PA-C", a full name), or a bare year and a credited person
    ("Reviewed 2026 by NAME, DDS"); None when "by" names a role that reviews no medicine."""
    year = date is None and segment.strip().isdigit()
    date = trailing_year(segment) if year else date
    if date is None or segment[date.end:].strip(" ,;" + _MARKS):
        return None, date  # but "Reviewed On: 10 Jan 2026 | By: NAME": a part mark between
    cut = segment_end().search(after)
    late = read_reviewer((after[: cut.start()] if cut else after).strip())  # " la Dra. NAME"
    if late.person is None and other_party(late, after):
        return None
    reviewer = late if late.person and " " in late.person.name else None  # not "Dr. Roe"
    if year and not (reviewer and reviewer.person and reviewer.person.credentials):
        return None, None  # a bare year after a date label: only a credited reviewer's
    return reviewer, date


def credited_after_date(date: FoundDate | None, segment: str, label: str) -> Reading | None:
    """The person a date label's (`label`) statement names in the byline part right after
    its date, with credentials ("Page reviewed: February 2026 · Miss NAME, MBBS, FRCS (Plast),
    Consultant Plastic Surgeon"), or None: a part that is not a credited full name ("·
    Next review: …", "· Written by NAME") names no reviewer."""
    if date is None or label not in wording().date_labels:
        return None
    rest = segment[date.end:].lstrip(" .,")
    if rest[:1] not in _PART_MARKS:
        return None
    reading = read_reviewer(rest[1:].strip(" |"))
    person = reading.person
    return reading if person and person.credentials and " " in person.name \
        and not other_party(reading, rest) else None


def after_date(reviewer: Reading | None, date: FoundDate | None, segment: str,
               label: str, block: Tag) -> Reading | None:
    """A date label's statement's reviewer: `reviewer` when it names a person, else the
    one its segment names after its date, after a byline word of any language ("Relu le
    2 juin 2026 par le Dr NAME", "Revisado en marzo de 2026 por la Dra. NAME": a full
    name), in the byline part after it with credentials (`credited_after_date`:
    "İnceleme: 05 Kasım 2026 – Op. Dr. NAME, FEBOPRAS"), or on the line after the
    statement's `block` when its segment is the date alone (`_credited_next`); else
    `reviewer`."""
    if reviewer is not None and reviewer.person is not None:
        return reviewer
    rest = segment[date.end:].lstrip() if date is not None else ""
    after = past_by(rest)
    if date is not None and after and len(after) < len(rest):
        read = by_after_date(date, segment[:date.end], after)
        if read and read[0]:
            return read[0]
    return credited_after_date(date, segment, label) \
        or _credited_next(date, segment, label, block) or reviewer


def _credited_next(date: FoundDate | None, segment: str, label: str, block: Tag) -> Reading | None:
    """The person on the line after a date label's line that holds the date alone, when
    that line (not a list: a panel's names) opens with a full name with a listed credential,
    after a byline word or not, and holds no label ("<p>Última revisión médica: 11 oct.
    2026</p><p>Dra. NAME, MD, MPH · Directora médica</p>")."""
    if date is None or label not in wording().date_labels or segment[date.end:].strip(" ."):
        return None
    line = block.find_next_sibling()
    if line is None or line.name in ("ul", "ol", "dl", "table"):
        return None
    text = block_text(line)
    if len(text) > _MAX_LINE or statement_label().search(text):
        return None
    # "بواسطة د. NAME, MD": "by" may open the line
    reading = read_reviewer(past_by(BYLINE_PARTS.split(text, 1)[0]))
    person = reading.person
    return reading if reading.listed and person is not None and " " in person.name else None


_MAX_LINE = 200  # characters of the line after a date's line read for its person
