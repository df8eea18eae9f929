"""FAQ sections: the questions under an FAQ label, read by their structure.

A label is a heading containing an FAQ phrase anywhere ("Recipe FAQs", "Frequently asked questions
about ketamine", "Your questions, answered": faq-vocabulary.json), or, with no such heading inside
it, an element whose class, id or `aria-label` says FAQ. From the label the page is read forward,
block by block, once:

- the first question-like block fixes the question *shape* (its tag and class, and its parent's):
  a heading below the label's level, or at its level when phrased as a question; a paragraph or
  list item led by a bold question (`<p><strong>Q?</strong> A`, the answer after it, after a
  `<br>`, or in the paragraphs that follow); a paragraph that is a question ("Q:", "Q1.", "1."
  labels are not part of the name; after a "Q:" label, an "A:" / "Answer:" label is not part of
  the answer); a bold question starting a line of loose text (a blog post body with no
  paragraphs: `<b>Q: …?</b><br>A: …`), whose answer ends at a blank line (`<br><br>`) unless a
  question follows it;
- each later block of that shape starts the next question, everything between is the answer;
- the FAQ ends at a block of the question shape that is a section title ("Related reading",
  "Recipe Notes", "Hope You Love It!"), a heading at or above the label's level that is not a
  question, site furniture (share bars, author boxes, related-post grids, recipe cards, print
  links), a link list, or the end of the element holding the label and its first question (for
  an FAQ-marked element, its own end); after an answer, an `<hr>` or a line drawn in text
  ("___", "* * *") lets only a question go on.

Each label is read once and the reading never goes back: labels inside a section already read
are part of it. A page's first MOST_SECTIONS sections are read (FAQ_UNREAD counts the labels
after them). Element extents and furniture come from `layout.py`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bs4 import NavigableString, PageElement, Tag

from ...document import Document, linkless_nav
from ...keys import fold
from ...tagindex import TagIndex, heading_level, tag_index
from ...text import normalize_space
from ..statement_labels import opens_credit
from .answer_nodes import bold_title, closing, jump_only, note, unanswered, unlabelled
from .answers import Answers, SectionItem, even_last, review_row
from .base import FAQBlock, make_block
from .items import box_of, of_paragraphs
from .labels import faq_labels
from .layout import Layout, layout, marked_ad, marked_furniture, own_marks
from .names import visible_name
from .qa_runs import interview_after, run_start
from .shapes import LISTS as _LISTS
from .shapes import PARAGRAPHS as _PARAGRAPHS
from .shapes import (
    after,
    blank_line,
    card_title,
    index_of,
    inline_block,
    is_counter,
    line_question,
    link_bar,
    link_list,
    links_away,
    more_questions,
    paragraph_question,
    question_cells,
    strip_label,
    trim_breaks,
)
from .shapes import shape as _shape
from .words import class_part, testimonial, vocabulary
from .wrappers import Wrappers

_SUBTITLES = frozenset({"subtitle", "dek", "standfirst", "tagline"})  # a title's second line
# Nodes never taken into an answer, with everything inside them.
_SKIP = frozenset({"script", "style", "noscript", "template", "form", "button", "nav", "svg",
                   "aside", "iframe", "select", "input"})
_CONTAINERS = frozenset({"div", "section", "article", "main", "aside", "header", "footer",
                         "table", "tbody", "thead", "tr", "td", "th", "span", "center", "font"})
_BLOCKS = _CONTAINERS | _LISTS | _PARAGRAPHS  # entered or taken whole


_INTRO = 1  # pieces of content between a label and a question heading at its level
MOST_SECTIONS = 100  # FAQ sections read on a page: real pages have up to ~40 FAQ labels


@dataclass(frozen=True)
class Section:
    """One FAQ label and what was read under it."""

    label: Tag
    items: tuple[SectionItem, ...]
    start: int
    end: int  # the position the reading stopped at


class _Reader(Answers):
    """One forward reading from a label (see the module docstring)."""

    def __init__(self, doc: Document, lay: Layout, label: Tag, level: int, stop: int,
                 labels: set[int]):
        super().__init__(doc, lay)
        self.level = level  # the label heading's level; 0 for a marked container
        self.stop = stop    # the last position the reading may reach
        self.shape: tuple[object, ...] | None = None
        self.grouped = False  # the questions stand under group titles below the label
        self.index = tag_index(doc)
        self.label = label
        self.own = own_marks(label)  # furniture words naming the FAQ's own block
        self.labels = labels  # the page's FAQ label headings, by id()
        self.wraps = Wrappers(lay)

    def _new(self, question: Tag, name: str, answer: list[PageElement],
             shape: tuple[object, ...]) -> None:
        self.shape = self.shape or shape
        self.closed = False
        self._flush()
        last = self.items[-1] if self.items else None
        self.wraps.question(last.question if last else None, last.answer if last else [], question)
        text = normalize_space(question.get_text(" "))
        # "A:" is a label only after a labelled question ("Q:", "❓"; not "1.": "A. Smith")
        labelled = not text[:1].isdigit() and vocabulary().label_end(text) > 0
        first = unlabelled(answer[0]) if answer and labelled else answer[:1]
        # An answer in the question's own paragraph ("<p><b>Q?</b><br>A</p>") is inline
        # until more paragraphs join it (see Answers._self_contained).
        self.items.append(SectionItem(question, name, [*first, *answer[1:]], labelled,
                                      inline=bool(answer)))
        if len(self.items) == 1:
            self._fix_stop(question)

    def _inline(self, node: Tag) -> None:
        """Inline content directly in a container: a bold question starting a line, the
        blank line that ends an answer of such questions (only a question goes on after
        it), or part of the answer."""
        name, shape = line_question(node), _shape(node, "line")
        if name and (self.shape is None or shape == self.shape):
            self._new(node, name, [], shape)
        elif self.shape and self.shape[0] == "line" and self.items[-1].answer \
                and blank_line(node):
            self.closed = True
        else:
            self._add(node)

    def _heading(self, tag: Tag, level: int) -> bool:
        """Read a heading; False ends the FAQ."""
        words = vocabulary()
        text = visible_name(tag)
        shape = _shape(tag, "heading")
        if words.is_title(text) or card_title(tag):
            return False
        if not self.items and not words.asks(text) and any(class_part(c) in _SUBTITLES
                                  for c in tag.get_attribute_list("class") if c):
            return True  # the label's subtitle ("h3.article-subtitle"): not a question
        if self.grouped and level == self.level and self.shape is not None \
                and self.shape[0] == "heading" and not words.asks(text) \
                and _has_subheadings(self.index, tag, level):
            return True  # the next group's title ("Billing and insurance") over its questions
        if level <= self.level and (not words.asks(text) or (
                self.before_first > _INTRO and not self.items)):
            return False  # at the label's level only an explicit question goes on, right
            # after the label, an intro or a question of that shape: past other content (a
            # Yoast block, an article's text) a heading at that level starts a new section
        if self.shape is None and words.announces_faq(text) and not words.asks(text):
            self.level = level  # "Iron tablets: common questions" > "FAQs about iron"
            return True
        if self.shape is None:
            if words.asks(text) or not _has_subheadings(self.index, tag, level):
                self._new(tag, strip_label(text), [], shape)
            else:  # a sub-title ("What parents ask us", "Appointments"): questions are below
                self.level, self.grouped = level, True
            return True
        if self.shape[0] != "heading":
            return False  # a heading after a run of paragraph questions: a new section
        question_level = int(str(self.shape[1])[1])
        if level > question_level:
            self._add(tag)  # a sub-heading inside an answer
            return True
        if level == question_level and (shape == self.shape or words.asks(text)):
            if not words.asks(text) and len(self.items) >= 2 \
                    and all(words.asks(i.name) for i in self.items) \
                    and box_of(tag) != box_of(self.items[-1].question):
                return False  # "Speak to a doctor online" in a box of its own, after
                # questions that all ask
            self._new(tag, strip_label(text), [], shape)
            return True
        return False

    def _furniture(self, node: Tag) -> bool:
        """`node` is, or is in, site furniture (the FAQ block's own name aside)."""
        return self.lay.in_furniture(node) or marked_furniture(node, self.own)

    def _enter(self, tag: Tag) -> bool:
        """Whether to read inside `tag` rather than take it whole."""
        if self.lay.holds(tag, self.index.heading_positions):
            return True
        if self.items and review_row(tag):
            return False  # a document-control table ("Reviewed by" | NAME): ends the answer
        if tag.name == "table":
            return question_cells(tag)
        if self._marked_after(tag):
            return False
        if tag.name in _LISTS:  # "<li><strong>Q?</strong> A", "<li><p><strong>Q?</strong>
            # </p><p>A</p>"; not questions with no answers ("<li>Q?</li><li>Q?</li>")
            first = next((c for c in tag.children if isinstance(c, Tag)), None)
            inner = next((c for c in first.children if isinstance(c, Tag)), None) \
                if first is not None and first.name == "li" else None
            return first is not None and first.name == "li" and not unanswered(first) and (
                paragraph_question(first) is not None or (
                    inner is not None and inner.name in _PARAGRAPHS
                    and paragraph_question(inner) is not None))
        if self.shape is None:
            return True
        return self.shape[0] != "heading"

    def read(self, start: PageElement | None) -> int:
        """Read from `start`; the position of the last element read (an element that ends
        the reading, such as the next FAQ label, is not read: it is read on its own)."""
        node = start
        lay = self.lay
        last = lay.pos(self.label)
        while node is not None:
            if isinstance(node, Tag):
                p = lay.pos(node)
                if p > self.stop or self.wraps.ends_before(node, p) or (
                        self.items and id(node) in self.labels
                        and not vocabulary().asks(visible_name(node))):
                    break  # past the reading's end; another label after questions: its own
                last = p - 1  # until the node is taken, the reading ends before it
                skip = True
                level = heading_level(node)
                title = self.index.heading_within(node) if node.name == "button" else None
                if title is not None:  # an accordion's toggle wrapping its question heading
                    if not self._heading(title, int(title.name[1])):
                        break
                elif (node.name in _SKIP and not linkless_nav(node)) or self._passed(node):
                    pass  # the FAQ's own table of contents, the next item's "FAQ 2": read past
                elif node.name == "hr" and self.answered():
                    self.closed = True  # a thematic break: only a question goes on after it
                elif (not self.items and self._furniture(node)) or marked_ad(node):
                    pass  # a breadcrumb before the first question, an ad slot between two
                elif self._furniture(node) or (node.name == "footer" and self.answered()) or (
                        link_list(node) and not (self.items and not self.items[-1].answer)):
                    break  # an article's footer after an answer; a link list right after a
                    # question is its answer
                elif node.name == "a" and links_away(node) \
                        and lay.holds(node, self.index.heading_positions):
                    break  # a card: a link to another page wrapping a heading
                elif level is not None:
                    if not self._heading(node, level):
                        break
                elif (((node.name in _PARAGRAPHS or inline_block(node)) and not of_paragraphs(node)
                       and not lay.holds(node, self.index.heading_positions))
                      or (node.name in _LISTS and not self._enter(node))):
                    if not self._paragraph(node):
                        break
                elif node.name in _BLOCKS or "-" in node.name:  # "amp-accordion": a custom one
                    skip = not self._enter(node)
                    text = normalize_space(node.get_text(" ")) if skip and self.items else ""
                    if skip and self._ends_answer(node, text):
                        break  # a review box or a feedback widget taken whole ends the answer
                    if skip:
                        self._take_whole(node, text)
                else:
                    self._inline(node)
                if self.stopped:
                    break
                last = lay.end(node) if skip else p
                node = after(node) if skip else node.next_element
            elif self._string(node):
                node = node.next_element
            else:
                break
        return last

    def _string(self, node: PageElement) -> bool:
        """Take loose text; False ends the reading (`<ol>…</ol> Stay safe!`: past a mark's end)."""
        if type(node) is NavigableString and str(node).strip():
            outside = self.lay.pos(node.parent or self.label) < self.lay.pos(self.label)
            if outside and not self.level:
                return False
            self._add(node)
        return not self.stopped

    def _paragraph(self, node: Tag) -> bool:
        """Read a paragraph or list taken whole: a question of the FAQ's shape, or part of
        the answer being read. False when it ends the reading (furniture, a review byline
        after a question, a bold title after bold questions)."""
        words = vocabulary()
        if jump_only(node):  # "Back to top": not the answer; only a question goes on after it
            self.closed = self.closed or self.answered()
            return True
        if is_counter(node) and self.answered():
            return True  # the next item's number ("<div class="faq-nr">2</div>"): not an answer's
        plain = normalize_space(node.get_text(" "))
        if self._drawn_line(plain):
            return True
        if self._button(node, plain):
            self.closed = True  # a button to another page after an answer: "Book a visit"
            return True
        text = fold(plain)  # the vocabulary is matched with quotes and dashes folded
        if words.furniture_text.match(text) or closing(node, self.items, plain) or (
                self.answered() and link_bar(node)) or testimonial(plain):
            return False  # furniture, a testimonial, or a share bar / tag list after an answer
        byline = opens_credit(plain) or self._holds_review(node) or review_row(node)
        if self.items and byline:
            return False  # the answer ends at a review byline
        if self.answered() and words.invitation.match(text):
            # "Schedule your child's first visit …", "Still have questions?"
            self._hold(node)
            return True
        paragraph = node.name not in _LISTS  # read() passes a paragraph or a list whole
        asked = paragraph_question(node) if paragraph and not byline else None
        shape = _shape(node, asked[3]) if asked else None
        if asked and (self.shape is None or shape == self.shape):
            later = more_questions(asked[2])
            first_answer = asked[2][: index_of(asked[2], later[0][0])] if later else asked[2]
            self._new(asked[0], asked[1], trim_breaks(first_answer), shape)  # type: ignore[arg-type]
            for question, name, answer in later:  # "<strong>Q?</strong><br>A<br><br><strong>Q2?"
                self._new(question, name, trim_breaks(answer), shape)  # type: ignore[arg-type]
        elif self.shape and self.shape[0] != "heading" and bold_title(node):
            return False  # "<p><strong>Recipe Notes</strong>" after bold questions
        elif self.answered() and not self.closed and note(node):
            self.pending.append(node)  # held: the answer's if more of the FAQ follows
        elif not self.closed and self._self_contained(node):
            self._hold(node)  # after "<p><b>Q?</b><br>A</p>" items, a paragraph of its own
        else:
            self._add(node)
        return True

    def _fix_stop(self, question: Tag) -> None:
        """The reading never leaves the smallest element holding the label and its first
        question (one climb per FAQ, from the label)."""
        q = self.lay.pos(question)
        root = self.label.parent
        while isinstance(root, Tag) and self.lay.end(root) < q:
            root = root.parent
        if isinstance(root, Tag) and self.lay.pos(root) >= 0:
            self.stop = min(self.stop, self.lay.end(root))


def _has_subheadings(index: TagIndex, heading: Tag, level: int) -> bool:
    """True when the next heading on the page is below `heading`."""
    following = index.heading_after(heading)
    return following is not None and int(following.name[1]) > level


def sections(doc: Document) -> list[Section]:
    """Every FAQ label of the page with what was read under it, worked out once per page."""
    return doc.memo(_sections)


def _sections(doc: Document) -> list[Section]:
    labels = faq_labels(doc)
    if not labels:
        return []
    lay = layout(doc)
    label_ids = {id(label) for label, level in labels if level}
    read_up_to = passed = -1  # read to items; read at all: a marked box under it is not a label
    found: list[Section] = []
    for label, level in labels:
        first = None if level else run_start(doc, label)  # a run's reading starts there
        start = lay.pos(first or label)
        if start <= (read_up_to if level or first else passed) or lay.in_furniture(label):
            continue
        if len(found) == MOST_SECTIONS:
            break
        if level:
            reader = _Reader(doc, lay, label, level, len(lay.ends), label_ids)
            end = reader.read(after(label))
        else:
            reader = _Reader(doc, lay, label, 0, lay.end(label), label_ids)
            end = reader.read(first or next(iter(label.children), None))
        items = even_last(tuple(reader.items))
        if not any(vocabulary().phrased_as_question(i.name) for i in items) or (
                len(items) == 1 and not vocabulary().marked_question(items[0].name)) or (
                all(i.labelled for i in items)
                and interview_after(label, items[0].question, vocabulary().interview_cue, False)):
            items = ()  # headings under a label, none phrased as a question: notes, not an FAQ;
            # one with no question mark: a section ("What changed"); "Q:" questions after
            # "we sat down with Dr NAME": an interview (the label's own words were judged as
            # a label: "Q&A with our nurse" is an FAQ's)
        found.append(Section(label, items, start, max(end, start)))
        read_up_to, passed = max(read_up_to, end) if items else read_up_to, max(passed, end)
    return found


class HeadingsExtractor:
    name = "headings"
    priority = 10

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per FAQ label with questions read under it."""
        blocks = []
        for section in sections(doc):
            block = make_block(self.name, doc, [(i.question, i.answer) for i in section.items],
                               base_url, names=[i.name for i in section.items])
            if block:
                blocks.append(replace(block, label=section.start, end=section.end))
        return blocks


EXTRACTOR = HeadingsExtractor()
