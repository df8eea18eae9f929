"""The answers of an FAQ section as the reader takes them in (headings.py): the items read
so far, and where an answer ends: a button or a call to action closes it (only a question
goes on after it), a review byline or furniture text ends it, a note after it is held
until a question follows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import PageElement, Tag

from ...document import Document
from ...keys import fold
from ...text import normalize_space
from ...wording import wording
from ..review import read_review
from ..statement_labels import author_label, label_key, opens_credit, opens_statement
from .answer_nodes import bold_title, unlabelled
from .layout import Layout, marked_note
from .shapes import (
    PARAGRAPHS,
    blank,
    is_counter,
    link_bar,
    meaningful,
    own_toc,
    paragraph_question,
    start_text,
)
from .shapes import links_away as _links_away
from .words import testimonial, vocabulary

# Pieces of content (paragraphs, lists, widgets) a label's reading passes before it gives
# up finding a first question: an intro is a few paragraphs; past this, what follows the
# label is not its FAQ (a run of <details> that details.py reads, an article), and a
# label's reading stays bounded however long the page.
_MAX_BEFORE_FIRST = 40
_LIST_LIKE = frozenset({"ul", "ol", "dl", "li"})
_DRAWN = re.compile(r"[-_*=~.\u2013\u2014 ]++")  # a paragraph that is a line drawn in text


@dataclass
class SectionItem:
    """One question read under a label: its element, its name (label left out) and the
    answer's nodes."""

    question: Tag
    name: str
    answer: list[PageElement] = field(default_factory=list)
    labelled: bool = False  # the question carried a "Q:" label: its answer may carry "A:"
    inline: bool = False  # the answer was read in the question's own paragraph, and only there
    lettered: bool = False  # the answer is one block, opened by its "A:" label


class Answers:
    """The items of one reading and the state of the answer being read."""

    def __init__(self, doc: Document, lay: Layout) -> None:
        self.lay = lay
        self.items: list[SectionItem] = []
        self.closed = False  # the answer being read ended at a button: only a question follows
        self.stopped = False  # content came after a closed answer: the FAQ ends before it
        self.pending: list[PageElement] = []  # an italic note after an answer (see _flush)
        self.before_first = 0  # pieces of content read before the first question
        self.classed = False  # an answer holds a block with a class (see _add)
        review = doc.memo(read_review).dated  # the page's review statement ends an answer
        self.review_at = lay.pos(review) if review is not None else -1

    def answered(self) -> bool:
        """The last question read has answer content so far."""
        return bool(self.items and self.items[-1].answer)

    def _take_whole(self, tag: Tag, text: str) -> None:
        """An element taken whole (`text`: its text): part of the answer, a button that
        closes it, a call to action ("Need to talk to someone? Call …") or a callout box
        (`marked_note`: a pharmacist's tip) held until a question follows it."""
        if self._button(tag, text):
            self.closed = True
        elif self.answered() and not self.closed and marked_note(tag):
            self.pending.append(tag)  # a tip box: the answer's if more of the FAQ follows
        elif self.answered() and vocabulary().invitation.match(
                fold(text)):
            self._hold(tag)
        else:
            self._add(tag)

    def _passed(self, tag: Tag) -> bool:
        """`tag` is read past, neither answer nor the FAQ's end: before the first question,
        a table of contents of the FAQ's own questions; after an answer, the next item's
        counter ("<span class="label">FAQ 2</span>" over its question)."""
        if not self.items:
            return own_toc(tag)
        return bool(self.items[-1].answer) and is_counter(tag)

    def _marked_after(self, tag: Tag, opens_item: bool | None = None) -> bool:
        """`tag` is an element with a class (not a list: answers go on in lists) after an
        answer's content when no answer so far holds an element with one, and it does not
        open an item (`opens_item`): not of the answers' shape ("<p class="factbox">",
        "<div class="policy-info">" after answers of plain paragraphs), so taken whole
        (headings.py) and held (see _add): the answer's only if more of the FAQ follows."""
        if tag.name in _LIST_LIKE or not tag.get("class") or self.classed or not self.items \
                or all(blank(n) for n in self.items[-1].answer):
            return False
        if opens_item is None:  # a box opening with a paragraph that asks nothing
            first = next(meaningful(tag), None)
            opens_item = isinstance(first, Tag) and (
                first.name not in PARAGRAPHS or paragraph_question(first) is not None)
        return not opens_item

    def _drawn_line(self, text: str) -> bool:
        """`text`, after an answer, is a line drawn in characters ("___", "* * *"): a break,
        as an `<hr>`; only a question goes on after it."""
        if text and self.answered() and _DRAWN.fullmatch(text):
            self.closed = True
            return True
        return False

    def _hold(self, node: PageElement) -> None:
        """A call to action after an answer: the answer's only if a question follows; if
        anything else does, or nothing, the FAQ ended before it."""
        self.pending.append(node)
        self.closed = True

    def _self_contained(self, node: Tag) -> bool:
        """Two or more items read, each answer wholly inside its question's own paragraph
        ("<p><b>Q. …?</b><br>A. …</p>" each) or one block opened by its "A:" label: the
        paragraph `node` after the last one is not its answer unless a question follows
        (a clinic's note after the FAQ), or it stands in the last item's own wrapper
        ("<li><p>Q3…?</p><p>Ans: …</p><p>more</p></li>")."""
        items = self.items
        return len(items) >= 2 and all(i.inline or i.lettered for i in items) and not (
            _wraps(node.parent, items[-1].question) and not _wraps(node.parent, items[-2].question))

    def _flush(self) -> None:
        """A held note is the answer's after all: more of the FAQ follows it."""
        if self.pending and self.items:
            self.items[-1].answer.extend(self.pending)
            self.items[-1].lettered = False
        self.pending = []

    def _add(self, node: PageElement) -> None:
        if ((self.closed or self.pending) and blank(node)) or (
                self.items and not self.items[-1].answer and getattr(node, "name", "") == "br"):
            return  # a spacer after a break or a note, a line break before an answer
        if self.closed or (self.answered() and _credit_line(node)):
            self.stopped = True  # "Book a visit", then more content: not an answer's; a
            # table layout's credit line after the last answer ("<font>Reviewed by: …")
        elif self.items:
            item = self.items[-1]
            if isinstance(node, Tag) and self._marked_after(node, False):
                self.pending.append(node)  # the answer's only if more of the FAQ follows
                return
            self.classed = self.classed or (isinstance(node, Tag) and bool(node.get("class")))
            self._flush()
            item.inline = item.inline and not item.answer  # more than its own paragraph
            parts = unlabelled(node) if item.labelled and not item.answer else [node]
            item.lettered = not item.answer and parts != [node]  # "<p><b>A:</b> …</p>"
            item.answer.extend(parts)
        else:
            self.before_first += 1
            if self.before_first > _MAX_BEFORE_FIRST:
                self.stopped = True  # this much content and no question: not this label's FAQ

    def _holds_review(self, tag: Tag) -> bool:
        """`tag` holds the page's review statement, wherever it stands in its text ("This
        page was clinically reviewed in March 2026 by Dr. NAME, AuD")."""
        return self.review_at >= 0 and self.lay.pos(tag) <= self.review_at <= self.lay.end(tag)

    def _ends_answer(self, tag: Tag, text: str) -> bool:
        """True when `tag` (`text`: its text), taken whole after an answer, is a review
        byline, a share bar or tag list (`link_bar`), a box led by a bold section title
        ("Sources"), a testimonial ('“The midwives were amazing.” – Chipo'), or starts with
        furniture words ("Was this article helpful?")."""
        if not self.items:
            return False
        if self._holds_review(tag) or review_row(tag) or (self.items[-1].answer
                                                          and link_bar(tag)):
            return True
        first = next(meaningful(tag), None)  # a box titled "Sources" or "Recipe Notes"
        if isinstance(first, Tag) and first.name in ("p", "div") and bold_title(first):
            return True
        return opens_credit(text) or testimonial(text) \
            or bool(vocabulary().furniture_text.match(fold(text)))

    def _button(self, tag: Tag, text: str) -> bool:
        """True when `tag` (`text`: its text), after an answer, is one link to another page
        and nothing else: a call to action ("Book a visit", a builder's button widget) that
        closes the answer; the FAQ goes on only if a question follows."""
        if not self.answered():
            return False
        links = tag.find_all("a", limit=2)
        return len(links) == 1 and _links_away(links[0]) \
            and normalize_space(links[0].get_text(" ")) == text


def _credit_line(node: PageElement) -> bool:
    """`node` is, or is the text of, a font or span tag opening a credit ("Reviewed by:",
    "Written by"): a legacy page's byline line, not an answer's words."""
    line = node if isinstance(node, Tag) else node.parent
    return isinstance(line, Tag) and line.name in ("font", "span") \
        and opens_credit(start_text(line))


_CELLS_READ = 40  # cells of a table looked at for a review label


def review_row(table: Tag) -> bool:
    """A cell of `table` opens a review statement ("Reviewed by", "Date reviewed"), or a
    label cell of a table or a `<dl>` is a document's credit ("Author", "Published": a
    leaflet's details after its FAQ)."""
    if table.name == "dl":
        return any(_credit_label(start_text(c)) for c in table.find_all("dt", limit=_CELLS_READ))
    return table.name == "table" and any(
        opens_statement(text := start_text(c)) or (c.name == "th" and _credit_label(text))
        for c in table.find_all(("th", "td"), limit=_CELLS_READ))


def _credit_label(text: str) -> bool:
    """`text` is wholly an author or a publication label ("Author", "Published:")."""
    return author_label(text) or label_key(text) in wording().published_labels


def _wraps(wrapper: Tag | None, question: Tag) -> bool:
    """`wrapper` holds `question` as its child or its child's (the question's bold in its
    paragraph): an item's own wrapper when it holds no other item's question."""
    parent = question.parent
    return wrapper is not None and (wrapper is parent or wrapper is getattr(parent, "parent", None))


_EVEN_BLOCKS = frozenset({"p", "ul", "ol", "dl", "table", "blockquote", "div", "figure"})
_GOES_ON = frozenset({"ul", "ol", "dl", "table", "blockquote", "figure"})  # an answer's own


def even_last(items: tuple[SectionItem, ...]) -> tuple[SectionItem, ...]:
    """`items`, the last answer cut where the answers' shape ends: when two or more earlier
    answers all have one count of whole blocks and the last has more, the blocks past that
    count are the page's own text after the FAQ (a sign-off, a clinic's address, a
    builder's next text block) if any of them has a form no earlier answer's block has
    (another tag or class) or is set apart (all one emphasised element); more of the
    answers' own paragraphs, a list, a table or a quoted note stay the answer's. Answers
    of anything but whole blocks (a line after a `<br>`) stay as read."""
    counts = [_block_count(i.answer) for i in items]
    if len(items) < 3 or min(counts) <= 0 or len(set(counts[:-1])) != 1 \
            or counts[-1] <= counts[0]:
        return items
    shapes = {_form(n) for i in items[:-1] for n in i.answer if isinstance(n, Tag)}
    seen, last = 0, items[-1]
    for k, node in enumerate(last.answer):
        seen += isinstance(node, Tag)
        if seen > counts[0]:
            rest = [n for n in last.answer[k:] if isinstance(n, Tag)]
            if all((_form(n) in shapes or n.name in _GOES_ON) and not _set_apart(n)
                   for n in rest):
                return items  # the answers' own paragraphs, a list, a table, a quoted note
            return (*items[:-1], SectionItem(last.question, last.name, last.answer[:k],
                                             last.labelled, last.inline, last.lettered))
    return items


def _form(tag: Tag) -> tuple[str, str]:
    """A block's form: its name and class."""
    return tag.name, " ".join(tag.get_attribute_list("class") or ())


def _set_apart(tag: Tag) -> bool:
    """A paragraph whose text is all one emphasised or small element ("<p><em>Thanks for
    reading.</em></p>", "<p><small>© 2026 …</small></p>"): a note of the page's own."""
    kids = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
    return len(kids) == 1 and isinstance(kids[0], Tag) and kids[0].name in (
        "em", "i", "small", "strong", "b", "sub", "sup")


def _block_count(nodes: list[PageElement]) -> int:
    """How many block elements `nodes` are; 0 when any other node is among them."""
    count = 0
    for node in nodes:
        if isinstance(node, Tag) and node.name in _EVEN_BLOCKS:
            count += 1
        elif isinstance(node, Tag) or str(node).strip():
            return 0
    return count
