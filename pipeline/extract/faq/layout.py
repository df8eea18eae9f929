"""Where each element of a page ends, and which parts are site furniture, from one pass
over the tag index: the section reader asks "does this element hold a heading?" and "is
this in furniture?" by position (a bisect), never by walking ancestors or descendants.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from bs4 import NavigableString, Tag

from ...document import (
    _ALWAYS_BOILERPLATE,
    _BOILERPLATE_IDS,
    _BOILERPLATE_TOKENS,
    Document,
    is_furniture,
    related_mark,
)
from ...tagindex import TagIndex, in_spans, outermost, tag_index
from ...text import is_blank
from .words import vocabulary

_SPLIT = str.maketrans("-_", "  ")
_SLUG_WORD = re.compile(r"\w++")
# The index keys under which `is_furniture` can say yes (besides a `role`, checked on each).
_FURNITURE_KEYS = (*sorted(_ALWAYS_BOILERPLATE), "header", "footer", "aside",
                   *(f"{mark}{token}" for token in sorted(_BOILERPLATE_TOKENS) for mark in ".#"),
                   *(f"#{token}" for token in sorted(_BOILERPLATE_IDS)))


@dataclass(frozen=True)
class Layout:
    """Positions (page order) of a page's elements: where each one's subtree ends, and the
    spans of site furniture (outermost only, sorted)."""

    order: dict[int, int]
    ends: list[int]
    furniture_starts: list[int]
    furniture_ends: list[int]

    def pos(self, tag: Tag) -> int:
        return self.order.get(id(tag), -1)

    def end(self, tag: Tag) -> int:
        """The position of the last element inside `tag` (its own, when it holds none)."""
        p = self.pos(tag)
        return self.ends[p] if p >= 0 else -1

    def holds(self, tag: Tag, positions: list[int]) -> bool:
        """True when one of the sorted `positions` lies strictly inside `tag`."""
        p = self.pos(tag)
        k = bisect_right(positions, p)
        return p >= 0 and k < len(positions) and positions[k] <= self.ends[p]

    def spans(self, tags: list[Tag]) -> tuple[list[int], list[int]]:
        """The outermost extents of `tags`, for `inside`."""
        return outermost([(self.pos(t), self.end(t)) for t in tags if self.pos(t) >= 0])

    def inside(self, tag: Tag, spans: tuple[list[int], list[int]]) -> bool:
        """True when `tag` is one of the elements `spans` was made from, or inside one."""
        return in_spans(*spans, self.pos(tag))

    @staticmethod
    def at_inside(position: int, spans: tuple[list[int], list[int]]) -> bool:
        """True when the element at `position` is inside one of `spans` (`inside`)."""
        return in_spans(*spans, position)

    def in_furniture(self, tag: Tag) -> bool:
        """True when `tag` is, or is inside, site furniture."""
        return in_spans(self.furniture_starts, self.furniture_ends, self.pos(tag))


def marked_furniture(tag: Tag, own: frozenset[str] = frozenset()) -> bool:
    """True when the element's own class or id holds a furniture word (share bars, author
    boxes, related posts, recipe cards, print links: faq-vocabulary.json), other than the
    words in `own` (`own_marks`), and no class whose head word (its last, before "index",
    "list", "item" ...) names questions: `div.recipe-questions-index` is an FAQ block on a
    recipe site, not a recipe card; `div.faq-feedback` is still furniture."""
    if any(_names_questions(c) for c in tag.get_attribute_list("class") if c):
        return False
    return _marked_with(tag, vocabulary().furniture_words - own if own else
                        vocabulary().furniture_words)


_QUESTION_WORDS = frozenset({"faq", "faqs", "question", "questions"})
_PART_WORDS = frozenset({"index", "list", "item", "items", "wrap", "wrapper", "container",
                         "header", "body", "content", "title", "heading",
                         "block", "section", "group"})


def _names_questions(token: str) -> bool:
    """A class whose head word names questions ("recipe-questions-index": "questions")."""
    words = token.lower().translate(_SPLIT).split()
    while len(words) > 1 and words[-1] in _PART_WORDS:
        words.pop()
    return bool(words) and words[-1] in _QUESTION_WORDS


def own_marks(label: Tag) -> frozenset[str]:
    """The furniture words in the classes of the elements holding an FAQ label (up to six
    levels): the FAQ block's own name, not furniture inside it (a recipe site's
    `div.recipe-questions > div.recipe-questions-item`)."""
    words = vocabulary().furniture_words
    found: set[str] = set()
    node = label.parent
    for _ in range(6):
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            break
        found.update(w for w in _class_words(node) if w in words)
        node = node.parent
    return frozenset(found)


def marked_ad(tag: Tag) -> bool:
    """True when the element's own class or id holds an ad word (`adthrive-ad`)."""
    return _marked_with(tag, vocabulary().ad_words)


def marked_note(tag: Tag) -> bool:
    """True when the element's own class or id holds a callout word (`article__tip`)."""
    return _marked_with(tag, vocabulary().note_words)


def _class_words(tag: Tag) -> list[str]:
    """The words of an element's classes, split at '-' and '_', lower-cased; in a long
    list of atomic classes (Medium's "pw-post-body-paragraph mh mi … mv …"), a bare
    class of one or two letters is a generated name, not a word ("mv" is Mediavine's
    only as a prefix: `mv-ad-box`)."""
    value = tag.attrs.get("class") if tag.attrs else None
    if not value:
        return []
    classes: list[str] = list(value) if isinstance(value, list) else str(value).split()
    if len(classes) > _ATOMIC:
        classes = [c for c in classes if len(c) > 2]
    return " ".join(classes).lower().translate(_SPLIT).split()


_ATOMIC = 6  # classes on one element beyond which its bare short classes are generated


def _marked_with(tag: Tag, words: frozenset[str]) -> bool:
    attrs = tag.attrs
    if not attrs:
        return False  # most elements: no class, no id (bs4's attribute helpers cost more)
    if any(w in words for w in _class_words(tag)):
        return True
    ident = str(attrs.get("id") or "").lower().translate(_SPLIT).split()
    if not any(w in words for w in ident):
        return False
    # An id that is a slug of the element's own words is an anchor, not a mark: a
    # question heading "Can I share my readings?" has the id "can-i-share-my-readings".
    return not set(ident) <= set(_SLUG_WORD.findall(tag.get_text(" ").lower()))


def layout(doc: Document) -> Layout:
    """The layout of `doc`, built once per page (Document.memo)."""
    return doc.memo(_build)


def _build(doc: Document) -> Layout:
    index = tag_index(doc)
    order = index.order
    ordered: list[Tag | None] = [None] * len(order)
    for name, found in index.tags.items():
        if name[:1].isalpha():  # tag names; the other keys are classes, ids, attributes
            for t in found:
                ordered[order[id(t)]] = t
    ends = list(range(len(order)))
    for p in range(len(ordered) - 1, -1, -1):  # children come after parents: one pass back
        tag = ordered[p]
        q = order.get(id(tag.parent), -1) if tag is not None else -1
        if q >= 0 and ends[p] > ends[q]:
            ends[q] = ends[p]
    keys = [*_FURNITURE_KEYS, *(k for k in index.tags
                                if k[:1] in ".#" and related_mark(k[1:].lower()))]
    candidates = {id(t): t for key in keys for t in index.get(key)}
    candidates.update((id(t), t) for t in ordered if t is not None and "role" in t.attrs)
    spans = []
    for tag in candidates.values():
        p = order[id(tag)]
        if not is_furniture(tag):
            continue
        spans.append((p, ends[p]))
    spans += [(order[id(t)], ends[order[id(t)]]) for t in _next_articles(index)]
    return Layout(order, ends, *outermost(spans))


_MAX_CLIMB = 40  # levels from the page's <h1> up to the <article> that holds it


def _next_articles(index: TagIndex) -> list[Tag]:
    """The `<article>`s after the page's own in an infinite-scroll stream: siblings of the
    `<article>` that holds the first `<h1>`, of the same tag and first class, each with a
    headline of its own (an `<h1>`, or a heading of the page title's class: "ew-article__title"
    on an `<h2>`). They are other pages pre-rendered below (their own headline, reviewer
    and FAQ), not this one; sibling `<article>`s with no headline are the page's own
    content blocks (SilverStripe Elemental's `article.element`). Each sibling is walked
    once."""
    h1s = index.get("h1")
    if not h1s:
        return []
    own = _article_of(h1s[0])
    if own is None or not isinstance(own.parent, Tag):
        return []
    kind = own.get_attribute_list("class")[:1]
    title = [c for c in h1s[0].get_attribute_list("class") if c][:1]
    return [t for t in own.find_next_siblings("article")
            if t.get_attribute_list("class")[:1] == kind and _headed(t, title)]


def _headed(article: Tag, title: list[str]) -> bool:
    """`article` has a headline of its own: its first text is in a heading, or it holds
    an `<h1>` or a heading whose first class is `title`'s (one walk of the article)."""
    for node in article.descendants:
        if type(node) is NavigableString and not is_blank(str(node)) \
                and node.parent is not None and node.parent.name not in ("script", "style"):
            holder: Tag | None = node.parent
            while holder is not None and holder is not article:
                if holder.name in _HEADLINES:
                    return True
                holder = holder.parent
            break
    for node in article.find_all(_HEADLINES):
        if node.name == "h1" or (title and node.get_attribute_list("class")[:1] == title):
            return True
    return False


_HEADLINES = ("h1", "h2", "h3")


def _article_of(tag: Tag) -> Tag | None:
    """The `<article>` holding `tag`, within _MAX_CLIMB levels."""
    node: Any = tag
    for _ in range(_MAX_CLIMB):
        node = node.parent
        if not isinstance(node, Tag) or node.name == "article":
            break
    return node if isinstance(node, Tag) and node.name == "article" else None

