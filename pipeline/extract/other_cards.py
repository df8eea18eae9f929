"""Review statements that belong to another page or to no page: a card titled by a
link to another page than this one (`other_page_card`), an example shown in a figure
(`in_illustration`); and the side column's credits box that is the page's own
(`credits_box`). Asked by the review reader."""

from __future__ import annotations

from itertools import islice

from bs4 import Tag

from ..document import Document
from ..tagindex import first_tag, first_text, links_away, tag_index
from .cards import CARD_NODES as _CARD_NODES
from .cards import linking_card, teaser
from .statement_labels import author_label

_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CLIMB = 8  # ancestors looked at for the figure a statement is in
_CARD_TEXT = 400  # characters of a card: a title, an excerpt and its meta line


def other_page_card(block: Tag, doc: Document, name: str) -> bool:
    """`block` is in a small card titled by a link to a page whose title is not this
    page's (`page_titles`: the document's title and `<h1>`, folded) and does not name the
    statement's person (`name`): a featured article's card on an index page ("<h2><a
    href=/heat/>Heat exhaustion: how to tell</a></h2> … Reviewed by Dr NAME"), a search
    result's snippet. A classic theme's post titled by a link to its own permalink is
    titled as the page is; a reviewer's box titled by a link to their profile names them,
    and an author's box is titled by a name (a title of five words or more, or with a word
    in lower case, is an article's)."""
    card = teaser(block)
    if card is None:
        return False
    heading = first_tag(card, _TITLES, _CARD_NODES)
    first = next((c for c in card.children if isinstance(c, Tag)), None)
    title = (heading.a if heading is not block else None) if heading is not None \
        else first if first is not None and first.name == "a" and _titled(first) else None
    if title is None or not links_away(title):
        return False
    words = title.get_text(" ").split()
    text = " ".join(words).casefold()
    return text not in doc.memo(page_titles) and name.casefold() not in text \
        and (len(words) > 4 or any(w[:1].islower() for w in words)) and linking_card(card) \
        and len(first_text(card, _CARD_NODES)) <= _CARD_TEXT  # not a portal's whole post


def _titled(link: Tag) -> bool:
    """A link whose class names it a title (a search result's `a.result__title`), not an
    author's link opening a byline."""
    return any("title" in c.lower() or "headline" in c.lower()
               for c in link.get_attribute_list("class") if c)


def page_titles(doc: Document) -> str:
    """The page's own titles (the document's `<title>`, its first `<h1>`), folded, for
    `other_page_card`: read once per page, and only on a page where it is asked."""
    index = tag_index(doc)
    return " | ".join(" ".join(t.get_text(" ").split())
                      for t in (*index.get("title")[:1], *index.get("h1")[:1])).casefold()


def in_illustration(block: Tag) -> bool:
    """`block` is inside a `<figure>`, outside its caption: an example or a screenshot
    the page shows ("Example byline" on an editorial policy), not the page's own line."""
    node: Tag | None = block
    for _ in range(_CLIMB + 1):
        if not isinstance(node, Tag) or node.name in ("figcaption", "body", "main", "article"):
            return False
        if node.name == "figure":
            return True
        node = node.parent
    return False


def credits_box(block: Tag) -> bool:
    """`block`, a label's line, stands among lines of which one is wholly an author label
    ("<p>Written by</p><p>NAME</p><p>Medical review</p><p>NAME, MD</p>"): the page's
    credits box in the side column, not a sidebar's review card."""
    parent = block.parent  # its first children only: a box's lines, whatever the parent holds
    lines = [c for c in islice(parent.children, 2 * _CREDIT_LINES) if isinstance(c, Tag)] \
        if isinstance(parent, Tag) else []
    return any(author_label(first_text(c, 4)) for c in lines)


_CREDIT_LINES = 12  # lines of a credits box looked at for an author label
