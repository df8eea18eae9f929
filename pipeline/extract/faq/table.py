"""FAQ tables, under an FAQ heading or marked as an FAQ (its own class or id, or a
container's), or headed "Question | Answer" anywhere: a table of two columns whose rows
are question | answer, or a table whose rows have one cell each, a question's row
followed by its answer's (the table layouts of ColdFusion and Moodle-era pages:
`<tr><td class="faqq"><b>Q?</b></td></tr><tr><td class="faqa">A</td></tr>`), or each
holding a question heading and its answer after it (a print view's layout table). A
header row (in `<thead>`, of `<th>` cells that are not questions, or of cells naming the
"Question | Answer" columns, as Word writes them in bold `<td>`s) is not an item; when it
names a Question and an Answer column among others ("S.No. | Question | Answer"), those
columns are read; empty cells are not counted, and
every other row's first cell must be phrased as a question (or be a "Q." label cell
before one, its answer in the next row after an "A." label cell): most tables are data
("Dose | Age"), not an FAQ. A question cell holding a heading gives the heading as the
question (`<th>Question: <h4>Q?</h4> (Last edited: …)</th>`).
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...tagindex import HEADINGS, first_tag, tag_index
from .base import FAQBlock, labelled, make_blocks
from .labels import BOLD_TITLE_LEVEL, faq_labels
from .shapes import meaningful, paragraph_question, question_cells, sibling_after, start_text
from .words import vocabulary

_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_HEADING_WITHIN = 20  # nodes of a question cell where its heading may stand


def _rows(table: Tag) -> Iterator[tuple[Tag, bool]]:
    """The table's own rows (not a nested table's), each with whether it is in `<thead>`."""
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            yield child, False
        elif child.name in _SECTIONS:
            yield from ((r, child.name == "thead") for r in child.children
                        if isinstance(r, Tag) and r.name == "tr")


def _cells(row: Tag) -> list[Tag]:
    """The row's own cells."""
    return [c for c in row.children if isinstance(c, Tag) and c.name in ("td", "th")]


def _label_cell(cell: Tag, answer: bool) -> bool:
    """The cell holds only a question label ("Q.", "Q:", or "Q" alone: a cell of its own
    sets it off) or, with `answer`, an answer one."""
    text, words = start_text(cell), vocabulary()
    return bool(text) and (words.label_end(text + " ", answer) == len(text) + 1
                           or words.label_end(text + ": ", answer) == len(text) + 2)


def _pairs(table: Tag) -> list[tuple[Tag, list[PageElement]]]:
    """(question cell, answer nodes) per row, or [] when the table is not an FAQ table.
    A row may also be a label cell and the question ("Q. | Can I eat?"), the next one a
    label cell and the answer ("A. | You can ..."), as table-layout pages print them;
    a row of one empty cell (a rule between items) is skipped."""
    words = vocabulary()
    pairs: list[tuple[Tag, list[PageElement]]] = []
    asked: Tag | None = None  # a labelled question row's question cell, awaiting its answer
    columns: tuple[int, int] | None = None  # the header's Question and Answer columns
    for row, in_head in _rows(table):
        cells = _cells(row)
        header = _columns(cells) if not pairs and columns is None else None
        if in_head or header is not None or (
                cells and all(c.name == "th" for c in cells) and not pairs
                and len(cells) > 1 and not words.is_question(start_text(cells[0]))):
            columns = columns or header or _columns(cells)
            continue  # a header row (`<td>` cells too when they name both columns)
        if columns is not None:  # "S.No. | Question | Answer"
            q, a = columns
            if len(cells) <= max(q, a) or not words.is_question(start_text(cells[q])) \
                    or start_text(cells[a]).isdigit():
                return []  # "Question | Asked by | Answers" over "Q? | @user | 4": a count
            pairs.append((cells[q], list(cells[a].children)))
            continue
        cells = [c for c in cells if start_text(c)]
        if not cells:
            continue  # a rule between items, a spacer row
        if len(cells) == 1 and asked is None:
            # a question's row of its own; a heading in it is the question
            question = first_tag(cells[0], HEADINGS, _HEADING_WITHIN) \
                or _bold_lead(cells[0]) or cells[0]
            if not words.is_question(start_text(question)):
                return []
            after = list(question.next_siblings) if question.parent is cells[0] else []
            if any(isinstance(n, Tag) or str(n).strip() for n in after):
                pairs.append((question, after))  # the heading and its answer in one cell
                continue
            asked = question
        elif len(cells) == 1 and asked is not None:
            pairs.append((asked, list(cells[0].children)))
            asked = None
        elif len(cells) == 2 and asked is None and _label_cell(cells[0], False) \
                and words.is_question(start_text(cells[1])):
            asked = cells[1]
        elif len(cells) == 2 and asked is not None and _label_cell(cells[0], True):
            pairs.append((asked, list(cells[1].children)))
            asked = None
        elif asked is None and len(cells) == 2 and words.is_question(start_text(cells[0])):
            pairs.append((cells[0], list(cells[1].children)))
        else:
            return []
    return pairs if asked is None else []


def _bold_lead(cell: Tag) -> Tag | None:
    """The paragraph opening `cell` when it is wholly a bold question ("<td><p><strong>Q?
    </strong></p><p>A</p></td>", an easy-read page's row beside its picture), or None."""
    first = next(meaningful(cell), None)
    if not isinstance(first, Tag) or first.name not in ("p", "div"):
        return None
    asked = paragraph_question(first)
    return first if asked is not None and asked[3] == "bold" and not any(
        isinstance(n, Tag) or str(n).strip() for n in asked[2]) else None


def _columns(header: list[Tag]) -> tuple[int, int] | None:
    """The indexes of a header row's "Question" and "Answer" cells (a serial number or
    a topic column beside them: "S.No. | Question | Answer"), or None."""
    found: dict[bool, int] = {}
    for k, cell in enumerate(header):
        title = start_text(cell).rstrip(":. ")
        for answer in (False, True):
            for word in (title, title[:-1] if title.endswith("s") else ""):
                if word and answer not in found and \
                        vocabulary().label_end(word + ": ", answer) == len(word) + 2:
                    found[answer] = k
    if len(found) == 2 and found[False] != found[True]:
        return found[False], found[True]
    return None


class TableExtractor:
    name = "table"
    priority = 30

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per FAQ table: under an FAQ label, or anywhere with a header row
        naming its Question and Answer columns (`_titled`) or opening with a labelled
        question (`_q_labelled`)."""
        tables = {id(t): t for t in (*labelled(doc, "table"), *_after_bold_titles(doc))}
        tables.update((id(t), t) for t in tag_index(doc).get("table")
                      if id(t) not in tables and (_titled(t) or _q_labelled(t))
                      and not is_boilerplate(t))
        return make_blocks(self.name, doc, (_pairs(t) for t in tables.values()), base_url)


def _after_bold_titles(doc: Document) -> Iterator[Tag]:
    """A table right after a bold FAQ title, line breaks aside (a table layout's
    `<font size=4><b>Frequently Asked Questions</b></font><br><table>` in a cell): a bold
    title is no heading, so `labelled` does not see what it is over. Not one whose cells
    each open with a bold question line (`question_cells`): the label's reading takes
    those cell by cell."""
    for label, level in faq_labels(doc):
        node = sibling_after(label) if level == BOLD_TITLE_LEVEL else None
        for _ in range(_BREAKS):
            if not (isinstance(node, Tag) and node.name == "br"):
                break
            node = sibling_after(node)
        if isinstance(node, Tag) and node.name == "table" and not is_boilerplate(node) \
                and not question_cells(node):
            yield node


_BREAKS = 3  # line breaks between a bold title and its table


def _q_labelled(table: Tag) -> bool:
    """The table's first row is a question label's cell and a question ("Q1. | What is
    it?", a health department's FAQ page): its labels say it is an FAQ, under any heading."""
    first = next(_rows(table), None)
    cells = [c for c in _cells(first[0]) if start_text(c)] if first is not None else []
    return len(cells) == 2 and _label_cell(cells[0], False) \
        and vocabulary().is_question(start_text(cells[1]))


def _titled(table: Tag) -> bool:
    """The table's first row is a header naming a Question and an Answer column ("Question
    | Answer"): the table says it is an FAQ, whatever the heading over it says."""
    first = next(_rows(table), None)
    if first is None:
        return False
    return _columns(_cells(first[0])) is not None  # `<th>`s, or a word processor's `<td>`s


EXTRACTOR = TableExtractor()
