"""The interface every FAQ extractor implements, and helpers they share."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...keys import fold
from ...records import FAQItem
from ...tagindex import first_text, heading_level, tag_index
from ...text import normalize_space
from ..html import clean_html
from ..widgets import in_widget, widget_memo
from .answer_nodes import pointer, quiz_step, reader_letter, unwrap, without_label
from .items import next_element_sibling
from .layout import layout, marked_furniture
from .names import visible_name
from .shapes import leading_label, start_text, strip_label
from .words import class_words, ends_asking, vocabulary

# A class or id that says "faq": `faq`, `faqs`, `schema-faq`, `faq_list`, ...
# "faq" opening a class or id or a part of one ("faq-item", "faqtable", "faqQ"), ending
# one ("pagefaq", "home_faqs") or as a camelCase part ("pageFaq", "siteFAQ").
FAQ_MARK = re.compile(r"(?i:(?:^|[-_\s])faq|faqs?(?:$|[-_\s]))|(?<=[a-z0-9])(?:FAQ|Faq)")


@dataclass(frozen=True)
class FAQBlock:
    """A run of question/answer pairs one extractor found.

    `elements` holds the ids of the question elements and of the tags inside
    them, so two extractors that read the same markup can be told apart; `order`
    is the document position of the first question, `label` that of the FAQ label a
    section reader found it under and `end` the position its reading stopped at.
    """

    extractor: str
    items: tuple[FAQItem, ...]
    elements: frozenset[int]
    order: int
    label: int = -1  # the position of the FAQ label the block was read under, if any
    end: int = -1  # the position a section reader stopped at, if any


class FAQExtractor(Protocol):
    """One markup family. Modules in this package expose an instance as `EXTRACTOR`."""

    name: str
    priority: int  # when two blocks claim the same question elements, the higher one wins

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]: ...


def is_faq_heading(doc: Document, tag: Tag, widgets: dict[int, bool] | None = None,
                   announced: dict[str, bool] | None = None) -> bool:
    """True when the heading's text holds an FAQ phrase (faq-vocabulary.json) or is a lone
    "Questions" outside a widget (`Vocabulary.lone_questions`). `widgets`, `announced`:
    memos to share (the second by heading text: a page repeats its titles)."""
    words, text = vocabulary(), tag_index(doc).heading_text(tag)
    said = announced.get(text) if announced is not None else None
    if said is None:
        said = words.announces_faq(text)
        if announced is not None:
            announced[text] = said
    return said or (words.lone_questions(text) and not in_widget(
        tag, widget_memo(doc) if widgets is None else widgets))


def _faq_marked_spans(doc: Document) -> tuple[list[int], list[int]]:
    index = tag_index(doc)
    marked = [t for key in faq_marked_keys(doc) for t in index.get(key)
              if t.name not in ("body", "html")]
    return layout(doc).spans(marked) if marked else ([], [])


def faq_marked_keys(doc: Document) -> list[str]:
    """The tag-index keys (".class", "#id") that say "faq", but not a teaser's ("pd-faq-teaser")."""
    index = tag_index(doc)
    return [k for k in index.tags if k[:1] in ".#" and ("faq" in k or "FAQ" in k or "Faq" in k)
            and FAQ_MARK.search(k[1:]) and not k.lower().endswith("teaser")]


def in_faq_container(doc: Document, tag: Tag) -> bool:
    """True when `tag` or an element around it (below `<body>`) has a class or id saying
    "faq": a look-up of its position among the extents of such elements, not a walk up."""
    spans = doc.memo(_faq_marked_spans)
    return bool(spans[0]) and layout(doc).inside(tag, spans)


_SAME_LEVEL_BACK = 64  # question headings passed on the way back to an FAQ heading


def under_faq_heading(doc: Document, tag: Tag) -> bool:
    """True when the nearest heading before `tag` announces an FAQ (a look-up in the index,
    not a walk back through the page); for a heading, the nearest of a higher rank, past
    at most _SAME_LEVEL_BACK of its own level or below (a second tab panel's one question
    heading, after the first panel's questions, under "Frequently asked questions")."""
    index = tag_index(doc)
    heading = index.heading_before(tag)
    level = heading_level(tag)
    for _ in range(_SAME_LEVEL_BACK if level is not None else 0):
        if heading is None or (heading_level(heading) or 0) < (level or 0):
            break
        heading = index.heading_before(heading)
    return heading is not None and is_faq_heading(doc, heading)


def labelled(doc: Document, name: str) -> Iterator[Tag]:
    """The page's elements under tag index key `name` ("dl", "[role]") outside site
    furniture that sit under an FAQ heading or in an FAQ-marked container: where a generic
    structure (a `<dl>`, a `<table>`, a tab list) is an FAQ rather than a glossary or a
    data table."""
    for tag in tag_index(doc).get(name):
        if not is_boilerplate(tag) and (in_faq_container(doc, tag) or under_faq_heading(doc, tag)):
            yield tag


def questions_of(pairs: list[tuple[Tag, list[PageElement]]]) -> list[str]:
    """The normalised question texts of (question element, answer nodes) pairs."""
    return [normalize_space(q.get_text(" ")) for q, _ in pairs]


def looks_like_faq(doc: Document, container: Tag, questions: list[str]) -> bool:
    """Whether a generic widget (details run, accordion) is an FAQ: it sits under an FAQ
    heading or in an FAQ-marked container, or it has two or more items and every one is
    phrased as a question. A lone toggle needs the heading or the mark. A mark alone makes
    one of items none of which asks a question only under no title, the page's title or an
    FAQ heading outside it (not a builder's FAQ block reused: `section.cid-liverFaq` titled
    "Where to find the van" over "Week 1: Hexham"; "The process" over steps)."""
    if in_faq_container(doc, container):
        title = tag_index(doc).heading_before(container)
        return any(vocabulary().phrased_as_question(q) for q in questions) or title is None or (
            not in_faq_container(doc, title)
            and (title.name == "h1" or is_faq_heading(doc, title)))
    if under_faq_heading(doc, container):
        return len(questions) > 1 or not _other_item(container)
    return len(questions) >= 2 and all(ends_asking(q) for q in questions) \
        and not under_title(doc, container) and not _in_live_region(doc, container)


_ITEM_CLIMB = 4  # elements climbed from a lone toggle to the item holding it


def _other_item(tag: Tag) -> bool:
    """`tag` (a lone toggle's title) is, or is in, an item of another kind: a customer
    review or a teaser card (`other_item_words`), a few elements up at most."""
    words = vocabulary().other_item_words
    node: Tag | None = tag
    for _ in range(_ITEM_CLIMB):
        if not isinstance(node, Tag) or node.name in ("body", "main", "article"):
            return False
        if any(w in words for c in node.get_attribute_list("class") if c
               for w in class_words(c)):
            return True
        node = node.parent
    return False


def _live_spans(doc: Document) -> tuple[list[int], list[int]]:
    live = [t for t in tag_index(doc).get("[aria-live]")
            if str(t.get("aria-live")).lower() in ("polite", "assertive")]
    return layout(doc).spans(live) if live else ([], [])


def _in_live_region(doc: Document, tag: Tag) -> bool:
    """`tag` is in a live region (`aria-live`): a tool's output, whose help toggles ("What
    does my score mean?" under a calculator's result) are the tool's, not an FAQ."""
    spans = doc.memo(_live_spans)
    return bool(spans[0]) and layout(doc).inside(tag, spans)


def under_title(doc: Document, tag: Tag) -> bool:
    """The heading right before `tag` is a section title, not an FAQ's ("Glossary" over
    terms phrased as questions, "References"): its questions are that section's. An
    invitation ("Got questions?") is no such title."""
    heading = tag_index(doc).heading_before(tag)
    if heading is None or next_element_sibling(heading) is not tag:
        return False
    text = heading.get_text(" ")
    return not ends_asking(text) and vocabulary().is_title(text)


def until_title(pairs: list[tuple[Tag, list[PageElement]]],
                names: list[str] | None = None) -> list[tuple[Tag, list[PageElement]]]:
    """The pairs before the first whose question is a section title ("References",
    "Sources", "Related reading"): a title ends an FAQ rather than joining it; one pair
    before titles, not asking with a question mark, is a tab among a product's sections
    ("How to use" over "Ingredients" and "Shipping"): none."""
    words = vocabulary()
    first = ""
    for k, (question, _) in enumerate(pairs):
        name = names[k] if names else normalize_space(question.get_text(" "))
        if words.is_title(name):
            return [] if k == 1 and not ends_asking(first) else pairs[:k]
        first = first or name
    return pairs


def widget_blocks(name: str, doc: Document,
                  groups: Iterable[list[tuple[Tag, list[PageElement]]]], base_url: str,
                  asks: bool = False) -> list[FAQBlock]:
    """A block for each group of (control, answer nodes) pairs of a generic widget that
    `looks_like_faq`, its questions named by what the controls show (`visible_name`);
    with `asks`, a group none of whose names is phrased as a question is not one. A
    group that is not an FAQ as a whole may hold one under an FAQ heading (`_faq_run`)."""
    blocks = []
    for group in groups:
        block = _widget_block(name, doc, group, base_url, asks)
        run = _faq_run(doc, group) if block is None else group
        if run is not group:
            block = _widget_block(name, doc, run, base_url, asks)
        if block:
            blocks.append(block)
    return blocks


def _widget_block(name: str, doc: Document, group: list[tuple[Tag, list[PageElement]]],
                  base_url: str, asks: bool) -> FAQBlock | None:
    all_names = [visible_name(control) for control, _ in group]
    pairs = until_title(group, all_names)
    names = all_names[: len(pairs)]
    if not pairs or (asks and not any(vocabulary().phrased_as_question(n) for n in names)):
        return None
    return make_block(name, doc, pairs, base_url, names=names) \
        if looks_like_faq(doc, pairs[0][0], names) else None


def _faq_run(doc: Document, group: list[tuple[Tag, list[PageElement]]]
             ) -> list[tuple[Tag, list[PageElement]]]:
    """The items of a widget from the first one under an FAQ heading to the last in a row,
    after items that are not (a product page's one accordion: "Ingredients", "How to
    use", then an FAQ heading and the questions); else the group itself."""
    under = [under_faq_heading(doc, control) for control, _ in group]
    if not under or under[0] or True not in under:
        return group
    first = under.index(True)
    end = under.index(False, first) if False in under[first:] else len(group)
    return group[first:end]


def anchor_of(tag: Tag) -> str | None:
    """The id a question element can be linked by: its own, an anchor inside it, or the id
    of the one item it opens (its parent, when the question is the parent's first element
    and the only one of its kind there: not a section holding several questions)."""
    if tag.get("id"):
        return str(tag["id"])
    inner = next((t for t in tags_in(tag) if t.name == "a" and (t.get("id") or t.get("name"))),
                 None)
    if inner is not None:
        return str(inner.get("id") or inner.get("name"))
    parent = tag.parent
    if (isinstance(parent, Tag) and parent.get("id") and next(tags_in(parent), None) is tag
            and len(list(islice((c for c in parent.children
                                 if isinstance(c, Tag) and c.name == tag.name), 2))) == 1):
        return str(parent["id"])
    return None


def tags_in(tag: Tag) -> Iterator[Tag]:
    """The elements inside `tag`, in page order: `tag.find_all(True)` without building
    bs4's filter objects (most of its cost for a small element)."""
    return (d for d in tag.descendants if isinstance(d, Tag))


def make_block(
    name: str, doc: Document, pairs: list[tuple[Tag, list[PageElement]]], base_url: str,
    names: list[str] | None = None,
) -> FAQBlock | None:
    """Build a block from (question element, answer nodes) pairs; pairs with an empty
    question or answer are left out, and a block with no pair left is None. An answer
    that is a single wrapper `<div>` is given without it. `names`, when given, are the
    questions' texts (a reader that leaves a "Q1." label out of the name)."""
    items: list[FAQItem] = []
    elements: set[int] = set()
    first: Tag | None = None
    credited = False
    for k, (question_el, answer_nodes) in enumerate(pairs):
        question = names[k] if names else visible_name(question_el)
        label = leading_label(question_el)  # "<span class="qa-label">Q</span>Can I ...?"
        if label and question.startswith(label) and question[len(label):].strip():
            question = question[len(label):].strip()
        # After a lettered question label ("Q1.", not "1."), an answer's "Ans:" is one too;
        # a reader's name has the label off already: the element still shows it.
        shown = start_text(question_el) if names else question
        lettered = shown[:1].isalpha() and vocabulary().label_end(shown) > 0
        question = strip_label(question) or question  # "Q1. Can dengue ...?": the label aside
        answer_nodes = without_label(answer_nodes, lettered)
        credited = credited or _credited(answer_nodes)
        # Furniture inside an answer's own block ("Was this helpful? Yes No", a share bar)
        # is not the answer.
        answer = clean_html([n for n in unwrap(answer_nodes)
                             if not (isinstance(n, Tag) and n.attrs and marked_furniture(n))],
                            base_url)
        if not question or not answer:
            continue
        items.append(FAQItem(question=question, answer_html=answer, anchor=anchor_of(question_el)))
        elements.add(id(question_el))
        elements.update(id(t) for t in tags_in(question_el))
        first = first or question_el
    if not items or first is None or credited \
            or all(reader_letter(item.question, item.answer_html) for item in items) \
            or all(quiz_step(item.answer_html, len(items)) for item in items) \
            or (len(items) > 1 and all(pointer(item.answer_html) for item in items)):
        return None  # "Read our guide: <a>…</a>": links; "– Bríd, Co. Mayo": letters
    return FAQBlock(name, tuple(items), frozenset(elements),
                    tag_index(doc).order.get(id(first), -1))


_CREDIT_NODES = 8  # nodes read at an answer's start for who answered it


def _credited(answer_nodes: list[PageElement]) -> bool:
    """The answer opens with who answered it ("<span class="a-author">Answered by the
    shop's pharmacist:</span> …": `answer_opener`), read before site furniture (an
    "author" element) is taken out of it: a customer Q&A widget's answer."""
    first = next((n for n in answer_nodes if isinstance(n, Tag) or str(n).strip()), None)
    text = first_text(first, _CREDIT_NODES) if isinstance(first, Tag) else str(first or "")
    return vocabulary().answer_opener.match(fold(text)) is not None


def make_blocks(
    name: str, doc: Document, pair_lists: Iterable[list[tuple[Tag, list[PageElement]]]],
    base_url: str,
) -> list[FAQBlock]:
    """`make_block` for each candidate run of pairs, the runs that give nothing left out."""
    return [b for pairs in pair_lists if (b := make_block(name, doc, pairs, base_url))]


def has_mark(tag: Tag, selectors: tuple[str, ...]) -> bool:
    """True when `tag` matches one of `selectors`, each a class (".name") or an id ("#name")."""
    classes = tag.attrs.get("class") or ()
    return any(
        (s[1:] in classes) if s[0] == "." else tag.attrs.get("id") == s[1:] for s in selectors
    )


def closest(tag: Tag | None, selectors: tuple[str, ...]) -> Tag | None:
    """`tag` or its nearest ancestor matching `selectors`."""
    while isinstance(tag, Tag):
        if has_mark(tag, selectors):
            return tag
        tag = tag.parent
    return None


@dataclass(frozen=True)
class SelectorExtractor:
    """A family whose markup names its parts with classes or ids: containers holding items,
    each item with one question element and one answer element (plugin blocks, accordion
    widgets). Each part is a tuple of ".class" / "#id" alternatives; with no `container`,
    the items that share a parent element are one run (toggles dropped into a column).

    Items are read in page order and belong to their nearest container; the answer is the
    answer element's content. Containers in site furniture are skipped. With `gated`, a
    container counts only where it `looks_like_faq` (generic widgets are used for other
    content too); plugin FAQ blocks are FAQs by construction.
    """

    name: str
    priority: int
    container: tuple[str, ...]
    item: tuple[str, ...]
    question: tuple[str, ...]
    answer: tuple[str, ...]
    gated: bool = False

    def _pair(self, item: Tag) -> tuple[Tag, list[PageElement]] | None:
        question = item.find(lambda t: has_mark(t, self.question))
        answer = item.find(lambda t: has_mark(t, self.answer))
        if isinstance(question, Tag) and isinstance(answer, Tag):
            return question, list(answer.children)
        return None

    def _candidates(self, doc: Document) -> Iterable[list[tuple[Tag, list[PageElement]]]]:
        index = tag_index(doc)
        items: dict[int, list[Tag]] = defaultdict(list)
        parents: dict[int, Tag] = {}
        for item in index.get(*self.item):
            if self.container:
                items[id(closest(item.parent, self.container))].append(item)
            elif isinstance(item.parent, Tag):  # no container: the items' shared parent
                items[id(item.parent)].append(item)
                parents.setdefault(id(item.parent), item.parent)
        containers = index.get(*self.container) if self.container else list(parents.values())
        for container in containers:
            if id(container) in items and not is_boilerplate(container):
                pairs = [p for p in map(self._pair, items[id(container)]) if p]
                if not self.gated or looks_like_faq(doc, container, questions_of(pairs)):
                    yield pairs

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per container that holds at least one question with an answer."""
        return make_blocks(self.name, doc, self._candidates(doc), base_url)
