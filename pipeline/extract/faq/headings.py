"""FAQ sections: the questions under an FAQ label, read by their structure.

A label is a heading containing an FAQ phrase anywhere ("Recipe FAQs", "Frequently asked
questions about ketamine", "Your questions, answered": faq-vocabulary.json), or, with no
such heading inside it, an element whose class, id or `aria-label` says FAQ. From the
label the page is read forward, block by block, once:

- the first question-like block fixes the question *shape* (its tag and class, and its
  parent's): a heading below the label's level, or at its level when phrased as a
  question; a paragraph or list item led by a bold question (`<p><strong>Q?</strong> A`,
  the answer after it, after a `<br>`, or in the paragraphs that follow); a paragraph
  that is a question ("Q:", "Q1.", "1." labels are not part of the name);
- each later block of that shape starts the next question, everything between is the
  answer;
- the FAQ ends at a block of the question shape that is a section title ("Related
  reading", "Recipe Notes", "Hope You Love It!"), a heading at or above the label's
  level that is not a question, site furniture (share bars, author boxes, related-post
  grids, recipe cards, print links), a link list, or the end of the element holding the
  label and its first question.

Each label is read once and the reading never goes back: labels inside a section
already read are part of it. Element extents and furniture come from `layout.py`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import NavigableString, PageElement, Tag

from ...document import Document
from ...tagindex import HEADINGS, TagIndex, heading_level, tag_index
from ...text import normalize_space
from .base import FAQ_MARK, FAQBlock, make_block, visible_name
from .layout import Layout, layout, marked_furniture
from .words import vocabulary

# Nodes never taken into an answer, with everything inside them.
_SKIP = frozenset({"script", "style", "noscript", "template", "form", "button", "nav", "svg",
                   "aside", "iframe", "select", "input"})
# Blocks taken whole into an answer unless they hold the question shape.
_LISTS = frozenset({"ul", "ol", "dl", "table", "blockquote", "figure", "pre", "details"})
_PARAGRAPHS = frozenset({"p", "li", "dt", "dd"})
_CONTAINERS = frozenset({"div", "section", "article", "main", "aside", "header", "footer",
                         "span", "center", "font"})
_BOLD = frozenset({"strong", "b"})


@dataclass
class _Item:
    question: Tag
    name: str
    answer: list[PageElement] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    """One FAQ label and what was read under it."""

    label: Tag
    items: tuple[_Item, ...]
    start: int
    end: int  # the position the reading stopped at


def _shape(tag: Tag, kind: str) -> tuple[object, ...]:
    """A question element's shape: its kind, tag and class, and for a paragraph or list
    item its parent's tag and class (a heading may sit in a per-question wrapper)."""
    parent = tag.parent if kind != "heading" else None
    return (kind, tag.name, tuple(tag.get_attribute_list("class")),
            parent.name if parent else None,
            tuple(parent.get_attribute_list("class")) if parent else ())


def _meaningful(tag: Tag) -> Iterator[PageElement]:
    for child in tag.children:
        if isinstance(child, Tag) or str(child).strip():
            yield child


def _strip_label(text: str, answer: bool = False) -> str:
    return text[vocabulary().label_end(text, answer):].strip()


def _card_title(heading: Tag) -> bool:
    """A heading that is wholly a link to another page (a related-post card, a menu)."""
    children = list(_meaningful(heading))
    return (len(children) == 1 and isinstance(children[0], Tag) and children[0].name == "a"
            and not str(children[0].get("href") or "#").startswith("#"))


def _paragraph_question(block: Tag) -> tuple[Tag, str, list[PageElement], str] | None:
    """(question element, name, answer nodes inside the block, kind) for a paragraph or
    list item that asks a question: led by a bold question, or its text up to the first
    `<br>` (or all of it) ending in a question mark."""
    words = vocabulary()
    children = list(_meaningful(block))
    if not children:
        return None
    first = children[0]
    if isinstance(first, Tag) and first.name in _BOLD:
        name = _strip_label(normalize_space(first.get_text(" ")))
        if words.is_question(name) and name.rstrip(" \"')").endswith("?"):
            rest = list(first.next_siblings)
            while rest and ((isinstance(rest[0], Tag) and rest[0].name == "br")
                            or (not isinstance(rest[0], Tag) and not str(rest[0]).strip())):
                rest.pop(0)
            return first, name, rest, "bold"
        return None
    head: list[PageElement] = []
    rest = []
    for child in block.children:
        if rest or (isinstance(child, Tag) and child.name == "br" and head):
            rest.append(child)
        elif isinstance(child, Tag) and child.name in _LISTS | _PARAGRAPHS:
            return None
        else:
            head.append(child)
    text = normalize_space("".join(
        c.get_text(" ") if isinstance(c, Tag) else str(c) for c in head))
    name = _strip_label(text)
    if name and name.rstrip(" \"')").endswith("?") and words.is_question(name):
        if rest and isinstance(rest[0], Tag) and rest[0].name == "br":
            rest.pop(0)
        return block, name, rest, "labelled" if name != text else "paragraph"
    return None


class _Reader:
    """One forward reading from a label (see the module docstring)."""

    def __init__(self, doc: Document, lay: Layout, label: Tag, level: int, stop: int):
        self.lay = lay
        self.level = level  # the label heading's level; 0 for a marked container
        self.stop = stop    # the last position the reading may reach
        self.items: list[_Item] = []
        self.shape: tuple[object, ...] | None = None
        self.heading_positions = tag_index(doc).heading_positions
        self.headings = tag_index(doc).headings
        self.label = label

    def _new(self, question: Tag, name: str, answer: list[PageElement],
             shape: tuple[object, ...]) -> None:
        self.shape = self.shape or shape
        self.items.append(_Item(question, name, list(answer)))

    def _add(self, node: PageElement) -> None:
        if self.items:
            self.items[-1].answer.append(node)

    def _heading(self, tag: Tag, level: int) -> bool:
        """Read a heading; False ends the FAQ."""
        words = vocabulary()
        text = visible_name(tag)
        shape = _shape(tag, "heading")
        if words.is_title(text) or _card_title(tag):
            return False
        if level <= self.level and not words.asks(text):
            return False  # at the label's level only an explicit question goes on
        if self.shape is None and words.announces_faq(text) and not words.asks(text):
            self.level = level  # "Iron tablets: common questions" > "FAQs about iron"
            return True
        if self.shape is None:
            if words.asks(text) or not self._has_subheadings(tag, level):
                self._new(tag, _strip_label(text), [], shape)
            else:
                self.level = level  # a sub-title ("What parents ask us"): questions are below
            return True
        if self.shape[0] != "heading":
            return False  # a heading after a run of paragraph questions: a new section
        question_level = int(str(self.shape[1])[1])
        if level > question_level:
            self._add(tag)  # a sub-heading inside an answer
            return True
        if level == question_level and (shape == self.shape or words.asks(text)):
            self._new(tag, _strip_label(text), [], shape)
            return True
        return False

    def _has_subheadings(self, heading: Tag, level: int) -> bool:
        """True when the next heading on the page is below `heading` (a bisect)."""
        k = bisect_right(self.heading_positions, self.lay.pos(heading))
        following = self.headings[k] if k < len(self.headings) else None
        return following is not None and int(following.name[1]) > level

    def _enter(self, tag: Tag) -> bool:
        """Whether to read inside `tag` rather than take it whole."""
        if self.lay.holds(tag, self.heading_positions):
            return True
        if tag.name in _LISTS:
            first = next((c for c in tag.children if isinstance(c, Tag)), None)
            return first is not None and first.name == "li" and _paragraph_question(first) \
                is not None
        if self.shape is None:
            return True
        return self.shape[0] != "heading"

    def read(self, start: PageElement | None) -> int:
        """Read from `start`; the position the reading stopped at."""
        node = start
        lay, words = self.lay, vocabulary()
        last = lay.pos(self.label)
        while node is not None:
            if isinstance(node, Tag):
                p = lay.pos(node)
                if p > self.stop:
                    break
                last = p
                skip = True
                level = heading_level(node)
                if node.name in _SKIP:
                    pass
                elif lay.in_furniture(node) or marked_furniture(node) or _link_list(node):
                    break
                elif level is not None:
                    if not self._heading(node, level):
                        break
                    if self.items and self.items[-1].question is node and len(self.items) == 1:
                        self._fix_stop(node)
                elif ((node.name in _PARAGRAPHS and not lay.holds(node, self.heading_positions))
                      or (node.name in _LISTS and not self._enter(node))):
                    text = normalize_space(node.get_text(" "))
                    if words.furniture_text.match(text.casefold()):
                        break
                    asked = _paragraph_question(node) if node.name in _PARAGRAPHS else None
                    shape = _shape(node, asked[3]) if asked else None
                    if asked and (self.shape is None or shape == self.shape):
                        self._new(asked[0], asked[1], asked[2], shape)  # type: ignore[arg-type]
                        if len(self.items) == 1:
                            self._fix_stop(node)
                    elif self.shape and self.shape[0] != "heading" and _bold_title(node):
                        break  # "<p><strong>Recipe Notes</strong>" after bold questions
                    else:
                        self._add(node)
                elif node.name in _CONTAINERS or node.name in _LISTS or node.name in _PARAGRAPHS:
                    skip = not self._enter(node)
                    if skip:
                        self._add(node)
                else:
                    self._add(node)  # inline content directly in a container
                node = _after(node) if skip else node.next_element
            else:
                if isinstance(node, NavigableString) and type(node) is NavigableString \
                        and str(node).strip():
                    self._add(node)
                node = node.next_element
        return last

    def _fix_stop(self, question: Tag) -> None:
        """The reading never leaves the smallest element holding the label and its first
        question (one climb per FAQ, from the label)."""
        q = self.lay.pos(question)
        root = self.label.parent
        while isinstance(root, Tag) and self.lay.end(root) < q:
            root = root.parent
        if isinstance(root, Tag) and self.lay.pos(root) >= 0:
            self.stop = min(self.stop, self.lay.end(root))


def _after(tag: Tag) -> PageElement | None:
    """The node after `tag` and everything inside it."""
    node: PageElement = tag
    while node.next_sibling is None and node.parent is not None:
        node = node.parent
    return node.next_sibling


def _bold_title(block: Tag) -> bool:
    """A paragraph or list item led by a bold section title ("Recipe Notes", "Sources")."""
    first = next(_meaningful(block), None)
    return isinstance(first, Tag) and first.name in _BOLD \
        and vocabulary().is_title(normalize_space(first.get_text(" ")).rstrip(":"))


def _link_list(tag: Tag) -> bool:
    """A list whose every item is just a link: a link list, not an answer."""
    if tag.name not in ("ul", "ol"):
        return False
    items = [c for c in tag.children if isinstance(c, Tag)]
    return len(items) >= 2 and all(
        c.name == "li" and len(kids := list(_meaningful(c))) == 1 and isinstance(kids[0], Tag)
        and kids[0].name == "a" for c in items)


def _labels(doc: Document) -> list[tuple[Tag, int]]:
    """The FAQ labels in page order, each with its heading level (0 for a marked element
    holding no FAQ heading). Looked up in the tag index; the layout is built only when a
    marked element needs it."""
    words = vocabulary()
    index = tag_index(doc)
    found = [(h, int(h.name[1])) for h in index.headings if words.announces_faq(h.get_text(" "))]
    marked = [t for name in ("section", "div") for t in index.get(name)
              if t.attrs.get("aria-label") and words.announces_faq(str(t["aria-label"]))]
    marked += [t for key in _faq_marks(index) for t in index.get(key)]
    if marked:
        lay = layout(doc)
        positions = sorted(lay.pos(h) for h, _ in found)
        found += [(t, 0) for t in dict.fromkeys(marked)
                  if t.name not in HEADINGS and not lay.holds(t, positions)]
    return sorted(found, key=lambda hl: index.order.get(id(hl[0]), -1))


def _faq_marks(index: TagIndex) -> list[str]:
    """The index keys (".class", "#id") that say "faq"."""
    return [k for k in index.tags if k[:1] in ".#" and FAQ_MARK.search(k[1:])]


def sections(doc: Document) -> list[Section]:
    """Every FAQ label of the page with what was read under it, worked out once per page."""
    return doc.memo(_sections)


def _sections(doc: Document) -> list[Section]:
    labels = _labels(doc)
    if not labels:
        return []
    lay = layout(doc)
    read_up_to = -1
    found: list[Section] = []
    for label, level in labels:
        start = lay.pos(label)
        if start <= read_up_to or lay.in_furniture(label):
            continue
        if level:
            reader = _Reader(doc, lay, label, level, len(lay.ends))
            end = reader.read(_after(label))
        else:
            reader = _Reader(doc, lay, label, 0, lay.end(label))
            end = reader.read(next(iter(label.children), None))
        found.append(Section(label, tuple(reader.items), start, max(end, start)))
        read_up_to = max(read_up_to, end)
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
                blocks.append(block)
        return blocks


EXTRACTOR = HeadingsExtractor()
