"""The text of a review statement: read forward from its label to the end of its block,
block breaks as " | ", a hover tooltip skipped, and each `<time datetime>` kept as a mark
at the end of its own text, so its offset in the statement is exact after spaces are
collapsed and leading separators stripped (review.py decides whether it lies inside the
statement's segment); and the text facts a statement is judged by: whether "by" follows
its label, whether its "Review date" is the next review's."""

from __future__ import annotations

import re
from functools import cache

from bs4 import NavigableString, PageElement, Tag

from ..dates import FoundDate, find_date, parse_iso
from ..tagindex import first_text
from ..text import normalize_space
from ..wording import phrase_pattern, wording
from .statement_labels import badge_label, is_date_label, label_key, statement_label
from .widgets import is_popup, is_post_date

_BREAKS = frozenset({"br", "p", "div", "li", "dd", "dt", "td", "th", "tr", "h1", "h2", "h3", "h4",
                     "h5", "h6", "section", "article", "header", "footer", "aside", "ul", "ol"})
_MAX_STATEMENT = 300  # characters read after a label: a byline, not a paragraph of prose
_MAX_ELEMENTS = 200  # elements walked after a label


def last_inside(block: Tag) -> PageElement:
    """The last node of `block`'s subtree (in document order)."""
    node: PageElement = block
    while isinstance(node, Tag) and node.contents:
        node = node.contents[-1]
    return node


_RAW_AFTER = 4000  # characters of a label's own text read after it, before spaces collapse
_TIME_MARK = "\ue000"  # a private-use character: where a `<time datetime>` sat in the text


def read_after(string: NavigableString, start: int,
                block: Tag) -> tuple[str, list[tuple[int, str]]]:
    """The text after a label (from offset `start` of its text node) to the end of its
    block, at most _MAX_STATEMENT characters; block breaks read as " | ". Returns the
    text and the `<time datetime>` values with their offsets in it."""
    parts = [str(string)[start:start + _RAW_AFTER].replace(_TIME_MARK, "")]  # bounded: a
    # text of thousands of labels is read once per label
    size = len(parts[0])
    values: list[str] = []
    closing: list[PageElement] = []  # the last node of each `<time>` being read
    last = last_inside(block)
    walked = 0
    node: PageElement | None = string
    while node is not None and node is not last and size < _MAX_STATEMENT \
            and walked < _MAX_ELEMENTS:
        node = node.next_element
        walked += 1
        if isinstance(node, Tag):
            if node.attrs and is_post_date(node) and "".join(parts).strip(" |:•·-—–"):
                break  # "Reviewed by NAME • <span class="posted-on">DATE": the post's date
            if node.attrs and is_popup(node):
                node = last_inside(node)  # a tooltip's bio, shown on hover: not the byline
                parts.append(" | ")
            elif node.name in _BREAKS:
                parts.append(" | ")
            elif node.name == "time" and node.get("datetime"):
                values.append(str(node["datetime"]))
                closing.append(last_inside(node))
        elif type(node) is NavigableString:
            parts.append(str(node).replace(_TIME_MARK, ""))
            size += len(parts[-1])
        if closing and node is closing[-1]:
            # The mark goes after the time's own text: "<time>Updated May 2, 2026</time>"
            # lies past the "Updated" that ends the statement's segment.
            parts.append(_TIME_MARK)
            closing.pop()
    text = re.sub(r"\s+([,.;:!?)])", r"\1", normalize_space(" ".join(parts)))[:_MAX_STATEMENT]
    return _unmark(text, values)


def _unmark(text: str, values: list[str]) -> tuple[str, list[tuple[int, str]]]:
    """The text without its time marks, and each mark's value with the offset it had."""
    pieces = text.split(_TIME_MARK)
    times: list[tuple[int, str]] = []
    at = 0
    for piece, value in zip(pieces, values, strict=False):
        at += len(piece)
        times.append((at, value))
    return "".join(pieces), times[: len(pieces) - 1]


def strip_lead(text: str, times: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """The text without the separators it starts with, the time offsets moved with it."""
    rest = text.lstrip(" :|·•—–-")
    cut = len(text) - len(rest)
    return rest, [(offset - cut, value) for offset, value in times]


def time_value(times: list[tuple[int, str]], limit: int) -> str | None:
    """The first valid `<time datetime>` that sits within the statement (before offset
    `limit`: an "Updated <time>" after the segment's end is not the review's)."""
    for offset, value in times:
        if offset <= limit:
            iso = parse_iso(value)
            if iso:
                return iso
    return None


def by_follows(string: NavigableString, end: int) -> bool:
    """The text right after a label ending at `end` of `string` starts with a byline word
    ("by"), in the same string or in the text right after the label's element
    ("<strong>Dietitian approved</strong> by NAME"; not a heading over a "By NAME" line)."""
    after = str(string)[end:]
    if not after.strip():
        element = string.parent
        following = element.next_sibling if element is not None else None
        after = str(following) if type(following) is NavigableString else ""
    first = after.split(None, 1)[0].lower() if after.strip() else ""
    return first in wording().byline_words


def block_text(block: Tag) -> str:
    """Visible text of a block, with no space before punctuation."""
    return re.sub(r"\s+([,.;:!?])", r"\1", normalize_space(block.get_text(" ")))


_DUE_WITHIN = 400  # characters of a line, row or table a "Review date" is compared in
_DUE_CLIMB = 6  # elements up from the label: Word's `td > p > b > span` before the row


@cache
def _published() -> re.Pattern[str]:
    """A publication or an approval label ("Published", "Approved by")."""
    words = wording()
    labels = (*words.published_labels, *words.approval_labels)
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(labels)})(?!\w)", re.I)


def due(label: Tag | None, date: FoundDate, locale: str | None) -> bool:
    """A bare "Review date" six months or more after the publication or approval date
    stated beside it ("Published: March 2026 · Review date: March 2029" on NHS leaflets,
    or their table's rows; "Approved by the Governing Body | 12/09/2024 | Review date |
    September 2025" in a school's policy table), or in a document-control table whose
    approval has no date ("Approved by | Clinical Governance Committee | Review date |
    August 2026"), is the next review's due date; one dated weeks after publication
    ("Published: 10/02/2026 · Medical reviewer: NAME · Review date: 10/20/2026") is the
    review's own. `label` holds the label's text: it and up to five elements up (the
    spans Word wraps it in, the cell, the row, the table) are looked at."""
    box = label
    for _ in range(_DUE_CLIMB):
        text = block_text(box) if isinstance(box, Tag) else ""
        found = _published().search(text) if len(text) <= _DUE_WITHIN else None
        published = find_date(text[found.end():], locale) if found else None
        if published is not None and published.iso == date.iso:
            published = None  # the one date after the label is the review date itself
        if published is None and isinstance(box, Tag) and box.name == "table":
            published = _approved_row(box, locale)  # "Approved | February 2026" above it
        if published is not None and published.iso and date.iso:
            return _months(published.iso, date.iso) >= _DUE_MONTHS
        if found and published is None and isinstance(box, Tag) and box.name == "table" \
                and found.group(0).lower() in wording().approval_labels:
            return True
        box = box.parent if isinstance(box, Tag) else None
    return False


_DUE_MONTHS = 6  # a next review falls due a year or more after publication; a review
# dated weeks after it ("Published: 10/02/2026 · Review date: 10/20/2026") is the review


def _months(earlier: str, later: str) -> int:
    """Whole months from the ISO date `earlier` to `later`, at the precision both state."""
    def month(iso: str) -> int:
        return int(iso[:4]) * 12 + (int(iso[5:7]) if len(iso) > 4 else 1)
    return month(later) - month(earlier)


def _approved_row(table: Tag, locale: str | None) -> FoundDate | None:
    """The date of a details table's row headed wholly by an approval's date label
    ("Approved | February 2026" in a guideline's meta table: `record_date_labels`, and
    the bare `role_only_labels`), within its first rows."""
    words = wording()
    for row in table.find_all("tr", limit=_META_ROWS):
        cells = row.find_all(("th", "td"), limit=3)
        head = label_key(block_text(cells[0])) if cells else ""
        if len(cells) == 2 and (head in words.record_date_labels or head in words.role_only_labels):
            return find_date(block_text(cells[1]), locale)
    return None


_META_ROWS = 12  # rows of a document's details table


def row_date(block: Tag, locale: str | None) -> FoundDate | None:
    """The date of the table row a statement stands in, from the row's cell under a
    header holding a date's word (`date_headers`: a document history, "Version | Date |
    Changes" and a row "2.0 | February 2026 | Full review by Mr NAME, Consultant …";
    "Versão | Data | Revisão")."""
    cell = _up_to(block, "td")
    row = cell.parent if cell is not None else None
    table = _up_to(row.parent, "table") if isinstance(row, Tag) and row.parent else None
    head = table.find("tr") if isinstance(table, Tag) else None
    if not isinstance(head, Tag) or head is row:
        return None
    titles = [c.get_text(" ").strip().lower() for c in head.find_all(("th", "td"), recursive=False)]
    cells = row.find_all(("th", "td"), recursive=False) if isinstance(row, Tag) else []
    heads = wording().date_headers
    column = next((k for k, t in enumerate(titles) if heads.intersection(t.split())), None)
    if column is None or column >= len(cells) or cells[column] is cell:
        return None
    found = find_date(block_text(cells[column]), locale)
    return found if found is not None and found.iso else None


def _up_to(node: Tag | None, name: str, levels: int = 2) -> Tag | None:
    """`node` or one of its first `levels` ancestors named `name` (a bounded climb)."""
    for _ in range(levels + 1):
        if not isinstance(node, Tag):
            return None
        if node.name == name:
            return node
        node = node.parent
    return None


@cache
def segment_end() -> re.Pattern[str]:
    """Where a statement's part ends: a segment end word ("Updated") or a publication label,
    with no word character just before or after it: `\b` where the word's edge letters
    are word characters, and also after an Indic vowel sign ("प्रकाशन तिथि")."""
    words = wording()
    ends = frozenset(words.segment_ends) | frozenset(words.published_labels)
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(ends)})(?!\w)", re.I)


def licence_check(text: str, block: Tag) -> bool:
    """A statement (`text`) opening with a bare badge label in a line naming a licence
    ("Licensed by State of Minnesota / LP 6071 — Verified 02/18/2026" on a therapist's
    profile: `licence_words`): a check of the licence, not a review of the page."""
    return badge_label(text) and not wording().licence_words.isdisjoint(
        first_text(block, _LINE_NODES).lower().replace("/", " ").split())


_LINE_NODES = 12  # nodes of a badge's line read for a licence's words


def determined(before: str) -> bool:
    """The words before a label end with a determiner ("Our medical advisor", "Meet the
    medical reviewer"): a role the site has, not a statement about the page."""
    last = before.split()[-1:]
    return bool(last) and last[0].lower() in wording().determiners


def cell_label(string: NavigableString, m: re.Match[str]) -> bool:
    """The label is all of a header cell (`<th>Last reviewed</th><td>2025</td>`, a `<dt>`):
    the cell says what the next one holds, as a colon would, so a bare year there is the
    date."""
    parent = string.parent
    return parent is not None and parent.name in ("th", "dt") and not str(string)[m.end():].strip()


_COLUMN_ROWS = 3  # rows read under a column's header cell


def column_cells(cell: Tag) -> list[str] | None:
    """The texts of the cells under `cell`, a header cell in a row of header cells only,
    in the next rows of as many cells (at most _COLUMN_ROWS); None for any other cell (a
    row's header has its value beside it)."""
    row = cell.parent
    if cell.name != "th" or row is None or row.name != "tr":
        return None
    cells = [c for c in row.children if isinstance(c, Tag)]
    if len(cells) < 2 or any(c.name != "th" for c in cells):
        return None
    at = next(i for i, c in enumerate(cells) if c is cell)
    below: list[str] = []
    for line in row.find_all_next("tr", limit=_COLUMN_ROWS):
        line_cells = [c for c in line.children if isinstance(c, Tag)]
        if len(line_cells) != len(cells):
            break  # another table's, or a row spanning the columns
        below.append(normalize_space(line_cells[at].get_text(" ")))
    return below


def one_credit(cells: list[str]) -> bool:
    """A column that credits one person once: a name and its date at most ("Dr. NAME,
    hematólogo" over "Fecha: 24/02/2026": a document-control table laid out in columns,
    Elaboró / Revisó / Aprobó), not a log's entries (two names, or two dates)."""
    dated = sum(1 for c in cells if find_date(c, None) is not None)
    return 0 < len(cells) <= 2 and dated <= 1 and len(cells) - dated <= 1


def column_under(string: NavigableString, m: re.Match[str]) -> str | None:
    """A label that is all of a column's header cell (`one_credit`): the cells under it
    as its text ("Dr. NAME, hematólogo | Fecha: 24/02/2026"), else None."""
    cell = string.parent
    if cell is None or not cell_label(string, m):
        return None
    cells = column_cells(cell)
    return " | ".join(cells) if cells and one_credit(cells) else None


_FOR_WORDS = 5  # words of a "for …" phrase before its byline word


def past_audience(rest: str, label: str) -> str | None:
    """The text after a bare date label's (`label`) "for … by" ("Reviewed for our families
    by Dr NAME, MD", "Reviewed for medical accuracy by NAME"): what follows the byline
    word ending a short phrase that opens with one of `for_words`, else None; None too
    when the phrase names another subject ("for legal accuracy by NAME, JD")."""
    words = rest.split(" ", _FOR_WORDS + 1)
    vocabulary = wording()
    if label not in vocabulary.date_labels or words[0].lower() not in vocabulary.for_words:
        return None
    for k in range(1, len(words) - 1):
        if words[k].lower() in vocabulary.other_subjects:
            return None
        if words[k].lower() in vocabulary.byline_words:
            return " ".join(words[k + 1:])
    return None


_LABEL_TAIL = 3  # lower-case words a noun label may run on by before its colon


def label_run_on(rest: str) -> tuple[list[str], str] | None:
    """The words by which a noun label runs on to its colon, and the text after the colon,
    when `rest` (the text after the label) opens with a few lower-case words and a colon
    ("en línea: NAME", "κειμένου: NAME"); None else."""
    head, colon, tail = rest.partition(":")
    words = head.split()
    if colon and words and len(words) <= _LABEL_TAIL and all(w.islower() for w in words):
        return words, tail
    return None


def person_part(segment: str) -> str:
    """The part of a statement's segment that holds the person: past the rest of a noun
    label that runs on to its colon ("Revisor médico en línea: NAME": `label_run_on`), and
    up to a date label after it ("NAME, CPT, CES Expert reviewed on March 1, 2026", no
    comma between); a bracket closing the label ("【監修】NAME") left out."""
    run_on = label_run_on(segment)
    segment = run_on[1] if run_on else segment
    segment = segment.lstrip("】」』〕］] ")  # "【監修】NAME": the label's closing bracket
    later = next((k for k in statement_label().finditer(segment, 1) if is_date_label(k)), None)
    return segment[: later.start()] if later else segment
