"""Review statements that belong to another page or to no page: a card titled by a
link to another page than this one (`other_page_card`), an example shown in a figure
(`in_illustration`), a gallery's or an embedded card's caption, a customer review beside
others, a log table's header, and what `elsewhere` asks of a statement's block once per
text (these and cards.py's lists, teasers and headings); and the side column's credits
box that is the page's own (`credits_box`). Asked by the review reader."""

from __future__ import annotations

from itertools import islice

from bs4 import NavigableString, Tag

from ..document import Document
from ..tagindex import (
    TagIndex,
    first_nodes,
    first_tag,
    first_text,
    links_away,
    script_link,
    tag_index,
)
from .cards import CARD_NODES as _CARD_NODES
from .cards import in_linked_card, linking_card, neighbours, of_its_kind, teaser, under_other_review
from .statement_labels import author_label
from .statement_text import column_cells, one_credit
from .widgets import customer_line, enclosing, in_widget

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


def log_header(cell: Tag | None) -> bool:
    """A column header ("Reviewed by", "Date", in a row of header cells only) over two or
    more rows of a table: a log of sections or versions, each reviewed on its own ("Hypo
    treatment | Dr NAME | DATE", "Sick-day rules | NAME | DATE"), none of them the page's
    review. (A row header, "<th>Reviewed by</th><td>NAME</td>", is a record's field; a
    column that credits one person once, `one_credit`, a document-control table's.)"""
    row = cell.parent if cell is not None and cell.name == "th" else None
    if row is None or row.name != "tr" or row.find("td", recursive=False) is not None \
            or len(row.find_all("th", recursive=False, limit=2)) < 2:
        return False
    table = enclosing(row, "table", 2)
    rows = (n for n in first_nodes(table, _CARD_NODES) if isinstance(n, Tag) and n.name == "tr") \
        if table is not None else iter(())
    if sum(1 for _ in islice(rows, 3)) < 3:  # a bounded look: tables nest deep
        return False
    cells = column_cells(cell) if cell is not None else None
    return not (cells and one_credit(cells))


def gallery_caption(block: Tag) -> bool:
    """`block` is in the caption of a figure beside another figure: a gallery's
    item ("Case: Deep bite · Treatment: braces · Reviewed by Dr NAME" under a before-and-
    after slider), whose caption speaks for its case, not for the page; or of a figure
    that opens with a link to another page (its image): an embedded card ("From our
    condition library: Insomnia in children … This page was medically reviewed by Dr
    NAME … Read more"). (A lone
    figure's caption may credit the page's reviewer beside their photo.)"""
    caption = enclosing(block, "figcaption", 3)
    figure = caption.parent if caption is not None else None
    if figure is None or figure.name != "figure":
        return False
    first = next((c for c in figure.children if isinstance(c, Tag)), None)
    return any(t is not None and t.name == "figure" for t in neighbours(figure)) or (
        first is not None and first.name == "a" and links_away(first) and not script_link(first))


def among_customer_reviews(block: Tag) -> bool:
    """`block` is in one of a run of sibling cards (the same tag and first class) whose
    neighbour carries a customer's review line ("Reviewed in Australia on DATE", "Verified
    purchase"): one more customer review, whatever credentials its writer prints
    ("Reviewed by a podiatrist, NAME (B.Pod.)" on a shop's review list)."""
    node: Tag | None = block
    for _ in range(2):  # the line's block, and the card holding it
        if not isinstance(node, Tag) or node.name in ("body", "main", "html") \
                or sum(1 for _ in first_nodes(node, _CARD_NODES + 1)) > _CARD_NODES \
                or first_tag(node, ("h1",), _CARD_NODES) is not None:
            return False  # past a card's size, or the page's title: the page, not a review
        if any(customer_line(first_text(s, _CARD_NODES)) for s in of_its_kind(node)):
            return True
        node = node.parent
    return False


def elsewhere(string: NavigableString, block: Tag, index: TagIndex, widgets: dict[int, bool],
               memo: dict[int, bool]) -> bool:
    """`block`, the block of `string`, is a widget, a card (or `string` is in one: a
    titled link card within a section of them), a gallery's case, a log's
    header, a customer review or under another kind of review's heading: what its
    statements say is not the page's. Judged once per text (`memo`): a paragraph may hold
    thousands of labels."""
    key = id(string)
    if key not in memo:
        memo[key] = in_widget(block, widgets) or in_linked_card(block) \
            or (isinstance(string.parent, Tag) and in_linked_card(string.parent)) \
            or gallery_caption(block) or log_header(string.parent) \
            or among_customer_reviews(block) or under_other_review(block, index)
    return memo[key]
