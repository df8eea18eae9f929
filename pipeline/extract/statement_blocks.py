"""Where a review statement's text is read: the block a label stands in, the blocks
around it a card spreads its lines over (the name before a role label, the credentials
or the date on the next line), and the text read on after the label (review.py reads
the statement from it)."""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from ..dates import FoundDate, find_date, parse_iso
from ..wording import wording
from .people import Reading, read_person
from .prefixes import body_word
from .statement_labels import label_of, statement_label, whole_text
from .statement_text import (
    block_text,
    column_under,
    due,
    read_after,
    segment_end,
    strip_lead,
)
from .widgets import is_post_date

BLOCKS = ("p", "div", "li", "section", "footer", "header", "td", "dd", "figcaption", "small",
          "span", "address", "aside", "article", "dt", "dl", "main", "blockquote")
_BLOCK_SET = frozenset(BLOCKS)
START_SEPARATORS = frozenset("|·•—–;:-/／")  # where a byline's part ends and another starts
_INLINE = frozenset({"span", "small"})
_LABEL_CLIMB = 3  # blocks climbed from a label that is all of its block's text


def block_above(node: Tag | NavigableString) -> Tag | None:
    """The nearest block element above `node` (bs4's find_parent builds a filter per call)."""
    parent = node.parent
    while parent is not None and parent.name not in _BLOCK_SET:
        parent = parent.parent
    return parent


def container(string: NavigableString) -> Tag | None:
    """The block a statement is read in: the nearest block that is not an inline wrapper
    (a `<span>` holding one part of a byline), so a date in a sibling span is read too."""
    block = block_above(string)
    while isinstance(block, Tag) and block.name in _INLINE:
        parent = block_above(block)
        if not isinstance(parent, Tag):
            break
        block = parent
    return block if isinstance(block, Tag) else string.parent


def name_before(block: Tag, label: str) -> Reading | None:
    """A card that names the person first and gives the role after it ("<a>NAME, PharmD,
    BCGP</a><span>Medical Reviewer</span>"): the person is the card's text before the
    label, read whole (nothing else may come before the name)."""
    text = block_text(block)
    if len(text) > _MAX_LINE:
        return None
    before = text[: text.rfind(label)].strip(" |·•—–-:")
    reading = read_person(before)
    return reading if reading.person and (reading.next_token is None or (  # or its title:
        reading.next_token in wording().title_suffixes  # "NAME 副主任医师 审核医生"
        and before.endswith(reading.next_token))) else None


def credited_before(block: Tag, label: str, credentials: str) -> Reading | None:
    """A card whose role line gives credentials after the label ("<span>NAME</span>
    <small>Medical reviewer · MD, FAAP</small>"): the name before the label, in the role
    line's block or up to _LABEL_CLIMB blocks above it, with those credentials."""
    node: Tag | None = block
    for _ in range(_LABEL_CLIMB + 1):
        if not isinstance(node, Tag):
            return None
        named = name_before(node, label)
        if named is not None and named.person is not None:
            return read_person(f"{named.person.name}, {credentials}")
        node = block_above(node)
    return None


_MAX_LINE = 120  # characters: a byline card's line, not a paragraph


def date_line(block: Tag, locale: str | None, label: str | None = None
              ) -> tuple[FoundDate | None, str | None]:
    """The date on a byline card's next line, when the reviewer's line has none: the
    element right after the statement's block, short, with no label of its own and no
    other date's word ("Updated", "Published"), ending with a date set off from a role
    by a separator, as in "<p>Reviewed by NAME, PA-C</p><p>Board-certified physician
    assistant · <time>Mar 5, 2026</time></p>", or opening with a date's word ("on May 2,
    2026": `date_leads`) and not marked as the post's date; or a line that opens with
    the statement's own `label` again or a date label, then the date ("<p>Approved by
    NAME, MPharm</p><p>Approved 09/01/2026 · Next review due …</p>", "Revisão técnica em
    30/09/2025", Drupal's "Medical Reviewer: NAME" field then its "Reviewed 10/07/2025")."""
    if len(block_text(block)) > _MAX_LINE:
        return None, None
    line = block.next_sibling
    while line is not None and not isinstance(line, Tag):
        if str(line).strip():
            return None, None
        line = line.next_sibling
    if line is None or line.name not in _BLOCK_SET:
        return None, None
    text = block_text(line)
    again = statement_label().match(text) if label else None
    said = label_of(again) if again is not None else ""
    if again is not None and (_bare(said) == _bare(label) or said in wording().date_labels):
        text = text[again.end():].lstrip()  # the label again: its date, to the next review's
        end = segment_end().search(text)
        text = text[: end.start()] if end else text
    elif len(text) > _MAX_LINE or statement_label().search(text) or segment_end().search(text) \
            or text.split(" ", 1)[0].lower().rstrip(":") in wording().byline_words:
        return None, None  # "Por Equipo Editorial · 14 de enero de 2026": the post's byline
    date = find_date(text, locale)
    before = text[: date.start].rstrip() if date is not None else ""
    lead = before.lower() in wording().date_leads and not is_post_date(line)
    if date is None or (not (again and not before) and (not before or (
            before[-1] not in START_SEPARATORS and not lead))) or text[date.end:].strip(" .)·") \
            or (again is not None and due(line, date, locale)):
        return None, None  # "April 2, 2026 -- prose"; "on Dec 10, 2025" marked as the post's;
        # "Published: March 2026 … Review date: March 2029" (the next review's, `due`)
    stamp = line.find("time", attrs={"datetime": True})
    time = parse_iso(str(stamp["datetime"])) if isinstance(stamp, Tag) else None
    return (date if date.iso else None), time


def _bare(label: str | None) -> str:
    """A label without its byline word: "approved by" is "approved" again."""
    return " ".join(w for w in (label or "").split() if w not in wording().byline_words)


def read_on(string: NavigableString, m: re.Match[str], block: Tag
             ) -> tuple[str, list[tuple[int, str]], Tag]:
    """The text after the label, its times and the block read: read on into the blocks
    around it while it holds nothing but a description ("<div>Medically reviewed
    by</div><div>NAME</div>", a heading widget then an author box, "by our expert" then
    the name on the next line); not past a card naming the person before its label."""
    column = column_under(string, m)  # "<th>Revisó</th>" over its column's cells
    if column is not None:
        return column, [], block
    rest, times = strip_lead(*read_after(string, m.end(), block))
    for _ in range(_LABEL_CLIMB):
        parent = block_above(block)
        described = len(rest.split()) <= 3 and rest.split(" ", 1)[0].lower() in \
            wording().determiners and not body_word(rest.split()[-1])  # not "our team"
        if (rest and not described) or not isinstance(parent, Tag) or (
                whole_text(str(string), m) and name_before(block, m.group(0))):
            break
        block = parent
        rest, times = strip_lead(*read_after(string, m.end(), block))
    return rest, times, block
