"""The name of a question element as a reader sees it: its text without icons, item
numbers, toggle words and what is hidden (`visible_name`)."""

from __future__ import annotations

from bs4 import NavigableString, PageElement, Tag

from ...text import ZERO_WIDTH, normalize_space
from .shapes import is_counter, is_icon
from .words import vocabulary

_NO_ZERO_WIDTH = str.maketrans("", "", ZERO_WIDTH)


def visible_name(tag: Tag, marks: bool = True) -> str:
    """The text of a question element without what screen readers and eyes skip: icons
    marked `aria-hidden` or by their class ("…-icon", "…-symbol": an icon font's letter),
    an element before its words holding only the item's number (`<span class="num">1`)
    or only marks (`<span class="qmark">?</span>`),
    one after them holding only a toggle's words ("Show": `toggle_labels`) or symbol ("+",
    "›"; not a question mark), `hidden`
    elements, scripts and styles (one walk of its subtree; a second, keeping the marks,
    when the marks were all there was: a question "<?" is its marks)."""
    parts: list[str] = []
    worded = False  # a word read yet: an item's number comes before any
    skipped = False  # an element of marks only was left out
    stack: list[PageElement] = [tag]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            mark = marks and node is not tag and not worded and _mark_only(node)
            skipped = skipped or mark
            if node is not tag and (node.get("aria-hidden") == "true" or node.has_attr("hidden")
                                    or node.name in ("script", "style", "template")
                                    or is_icon(node) or mark
                                    or (not worded and is_counter(node))
                                    or (worded and _toggle_label(node))):
                continue
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:
            parts.append(str(node).translate(_NO_ZERO_WIDTH))  # a hash link's "&#8203;"
            worded = worded or not node.isspace()
    name = normalize_space(" ".join(parts))
    if skipped and not any(c.isalnum() for c in name):
        return visible_name(tag, marks=False)
    return name


def _toggle_label(tag: Tag) -> bool:
    """An element holding only a toggle's words ("Show", "Hide this section") or a
    toggle's symbol (`<span class="plus">+</span>`: no letter or digit), as its one text
    (read without a walk: this is asked of every element of a question)."""
    contents = tag.contents
    if len(contents) != 1 or type(contents[0]) is not NavigableString:
        return False
    text = " ".join(contents[0].split())
    return text.lower() in vocabulary().toggle_labels or (
        bool(text) and not any(c.isalnum() or c in _SENTENCE_MARKS for c in text))


_SENTENCE_MARKS = frozenset("?？؟;.!:…")  # "<span>?</span>" ends a question: not a toggle


def _mark_only(tag: Tag) -> bool:
    """An element holding one text of marks and no letter or digit (`<span
    class="qmark">?</span>` before the question's words: an icon drawn as text); not the
    Spanish opening marks, which are part of the question."""
    contents = tag.contents
    if len(contents) != 1 or type(contents[0]) is not NavigableString:
        return False
    text = contents[0].strip()
    return bool(text) and not any(c.isalnum() or c in "¿¡" for c in text)
