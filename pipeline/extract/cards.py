"""Cards and other parts that speak for something else, for the review reader: a
statement in one of a list of cards (each with its own byline), in a teaser beside a
link to another page, under a related-content title, or under a changelog's, an issue's
or another kind of review's heading is that part's, not the page's (other_cards.py has
the rest, and `elsewhere`, which asks all of them once per text)."""

from __future__ import annotations

from collections.abc import Sequence

from bs4 import Tag

from ..dates import POSTED_AGO
from ..tagindex import TagIndex, first_nodes, first_tag, first_text, links_away, script_link
from ..wording import wording
from .statement_labels import statement_label
from .widgets import enclosing

_CARD_CLIMB = 8  # ancestors looked at for the list item a statement sits in


def card_lists(blocks: list[Tag], others: Sequence[Tag] = ()) -> set[int]:
    """The ids of those of `blocks` (each naming a reviewer) that stand in the items of
    one list where two or more do: cards, each with its own byline, however their classes
    are named (CSS-in-JS hashes), or one such card under a related-content title; and of
    `others` (statements naming no one) in the items of such a list ("Reviewed by our
    coaches · DATE" on the last card of a hub's grid). An item is a list item, or a
    teaser: the element holding the byline and, beside it, a link to another page (the
    card's title: AEM's `div.cmp-teaser > a.cmp-teaser__link + p.cmp-teaser__description`,
    Squarespace's `div.summary-title > a` beside `div.summary-excerpt`)."""
    lists: dict[int, dict[int, list[Tag]]] = {}  # a list's items' blocks, by item
    shapes: dict[tuple[object, ...], list[Tag]] = {}
    alone: set[int] = set()
    for block in blocks:
        item = _card_item(block, alone)
        if item is not None:
            lists.setdefault(id(item.parent), {}).setdefault(id(item), []).append(block)
            if _linked_title(item):
                shapes.setdefault(shape(item), []).append(block)
    found = alone | {id(b) for items in lists.values() if len(items) >= 2  # two cards, not
                     for same in items.values() for b in same}  # two lines of one item
    # cards titled by a link to another page, of one shape but not siblings, each in a
    # wrapper of its own (an email digest's teasers, each in its own `table.mcnTextBlock`),
    # bylined differently: not the one byline a page prints twice
    found |= {id(b) for same in shapes.values()
              if len({first_text(b, _CARD_NODES) for b in same}) >= 2 for b in same}
    # a line naming no one on a list whose cards carry bylines, or the same line on two or
    # more cards of one list: a template's ("Reviewed by our editors · Plan details checked
    # 11/2026" on each plan's card), not the page's own review
    repeated: dict[tuple[int, str], list[Tag]] = {}
    for block in others:
        item = _card_item(block, set())
        if item is None:
            continue
        if len(lists.get(id(item.parent), ())) >= 2:
            found.add(id(block))
        repeated.setdefault((id(item.parent), first_text(block, _CARD_NODES)), []).append(block)
    found |= {id(b) for same in repeated.values() if len(same) >= 2 for b in same}
    return found


def shape(block: Tag) -> tuple[object, ...]:
    """A block's tag and classes, and its parent's: what cards of one template, and other
    repeated blocks, share."""
    parent = block.parent
    return (block.name, tuple(block.get_attribute_list("class")),
            getattr(parent, "name", None),
            tuple(parent.get_attribute_list("class")) if isinstance(parent, Tag) else ())


def _card_item(block: Tag, alone: set[int]) -> Tag | None:
    """The repeating card `block` stands in, or None; adds `block` to `alone` when it is a
    card on its own (titled by a link away, or under a related-content title)."""
    entry = enclosing(block, "li", _CARD_CLIMB)
    if entry is not None and _linked_title(entry):
        alone.add(id(block))  # a list item titled by a link to another page: a card
    card = entry or teaser(block)
    if card is None:
        unlinked = _unlinked_card(block)
        if unlinked is not None and _under_related_title(unlinked):
            alone.add(id(block))  # under "Recent posts" (a blog widget's list:
            # `<h3>Recent posts</h3><div><h4>…</h4><p>Reviewed …</p></div><div><h4>…`)
        return None
    item = _repeating_unit(card)  # a card alone in its grid column, a post card
    if _under_related_title(item) or (item is not card and _under_related_title(card)):
        alone.add(id(block))  # the one card under "Related", "You may also like"
    elif _one_of_a_grid(item, block):
        alone.add(id(block))  # the one bylined card of a team's or a hub's grid
    return item


def _unlinked_card(block: Tag) -> Tag | None:
    """`block`'s parent when it is titled by a heading (not `block`), beside an element of
    its tag titled by a heading of the same level: one of a list of cards that link
    nowhere; else None."""
    parent = block.parent
    if not isinstance(parent, Tag):
        return None
    title = first_tag(parent, _HEADINGS, _CARD_NODES)
    if title is None or title is block or not any(
            s is not None and s.name == parent.name
            and getattr(first_tag(s, _HEADINGS, _CARD_NODES), "name", None) == title.name
            for s in neighbours(parent)):
        return None
    return parent


def _one_of_a_grid(card: Tag, block: Tag) -> bool:
    """`card` is one of a grid of small cards, each titled by a heading and linking on (to
    another page, or "#" for a script's), whose neighbours of its kind (`of_its_kind`,
    with all its classes: not "widget widget-blog-related" beside a post's "widget
    widget-blog") carry no byline: a team's grid ("Associate therapist, supervised by NAME" on one
    member's card), a hub's stories ("Reviewed by our community panel: NAME" on one).
    Not a page's author and reviewer boxes side by side (each carries a byline), nor a
    card whose title is the statement (`block`): a reviewer box titled "Reviewed by"."""
    title = first_tag(card, _HEADINGS, _CARD_NODES)
    if title is None or title is block or not linking_card(card):
        return False
    classes = card.get_attribute_list("class")
    kind = [s for s in of_its_kind(card) if s.get_attribute_list("class") == classes]
    return bool(kind) and all(linking_card(s) and first_tag(s, _HEADINGS, _CARD_NODES)
                              is not None and not _bylined(s) for s in kind)


def linking_card(node: Tag) -> bool:
    """`node` is card-sized (within _CARD_NODES nodes, no page title) and holds a link on
    (to another page, or "#")."""
    nodes = list(first_nodes(node, _CARD_NODES + 1))
    return len(nodes) <= _CARD_NODES and not any(
        isinstance(n, Tag) and n.name == "h1" for n in nodes) and any(
        isinstance(n, Tag) and n.name == "a" and (links_away(n) or n.get("href") == "#")
        for n in nodes)


def _bylined(node: Tag) -> bool:
    """`node`'s text holds a review label or an author label (`author_labels`)."""
    text = first_text(node, _CARD_NODES).lower()
    return statement_label().search(text) is not None or any(
        label in text for label in wording().author_labels)


def _repeating_unit(item: Tag) -> Tag:
    """The unit that repeats beside its siblings, a few levels up from `item`: the first
    of `item` and its ancestors with an element sibling of the same tag and first class (a
    post card's `article.loop-entry` around its header, Magento Page Builder's
    `div.pagebuilder-column` around a text block; builders add a class of their own to
    each: JetEngine's `jet-listing-dynamic-post-0`); `item` when there is none."""
    node: Tag | None = item
    for _ in range(_WRAPPER_CLIMB + 1):
        if not isinstance(node, Tag) or node.name in ("body", "main", "html"):
            break
        shape = (node.name, node.get_attribute_list("class")[:1])
        if any(isinstance(n, Tag) and (n.name, n.get_attribute_list("class")[:1]) == shape
               for n in neighbours(node)):
            return node
        node = node.parent
    return item


_WRAPPER_CLIMB = 3  # ancestors looked at for the unit a card repeats as


def neighbours(node: Tag) -> tuple[Tag | None, Tag | None]:
    """The nearest element sibling of `node` on each side (None where there is none)."""
    return (next((n for n in node.previous_siblings if isinstance(n, Tag)), None),
            next((n for n in node.next_siblings if isinstance(n, Tag)), None))


def titled_card(block: Tag) -> bool:
    """`block` is in a list item titled by a link to another page, or under a related
    content title, or one of a listing's cards (`_listed_card`) or a link list's entries
    (`_link_led`): another page's or
    another subject's card, whatever its line says ("Page last reviewed: DATE" in a USWDS
    collection of related pages)."""
    node: Tag | None = block
    for _ in range(_CARD_CLIMB + 1):  # the card's own item, past a list of meta lines
        if not isinstance(node, Tag):
            return False
        if node.name == "li" and (_linked_title(node) or _under_related_title(node)
                                  or _listed_card(node) or _link_led(node)):
            return True
        node = node.parent
    return False


def _linked_title(entry: Tag) -> bool:
    """A list item whose title is a heading linking to another page, or a link to another
    page holding a heading ("<li><a href=/travel><h3>How to travel …</h3></a><p>Reviewed
    by NAME</p></li>", alone in its list on a hub page)."""
    heading = first_tag(entry, _HEADINGS, _CARD_NODES)
    if heading is None:
        return False
    link = heading.a if heading.a is not None else heading.parent
    return isinstance(link, Tag) and link.name == "a" and links_away(link)


def under_other_review(block: Tag, index: TagIndex) -> bool:
    """The nearest heading before `block` names another kind of review ("Open Peer
    Review", "Reviewer reports": `other_review_headings`: a journal's peer reviewers), is
    a changelog's or an issue's section ("Changed", "History": `log_headings`, the whole
    heading) or a comment's header ("NAME 5 days ago": a relative time at its end)."""
    heading = index.heading_before(block)
    text = " ".join(heading.get_text(" ").lower().split()) if heading is not None else ""
    words = wording()
    return bool(text) and (any(h in text for h in words.other_review_headings)
                           or text in words.log_headings or _ends_ago(text))


def _ends_ago(text: str) -> bool:
    """A relative time ends `text` ("NAME 5 days ago")."""
    found = POSTED_AGO.search(text)
    return found is not None and found.end() == len(text)


def _link_led(entry: Tag) -> bool:
    """A list item opening with a link to another page, beside an item that does too: a
    link list's entry, whose line dates the page linked ("<li><a href=…>Living with an
    ileostomy</a> (review date 07/2027)</li>" on a hub's list of leaflets)."""
    def led(item: Tag | None) -> bool:
        first = next((c for c in item.children if isinstance(c, Tag) or str(c).strip()),
                     None) if item is not None and item.name == "li" else None
        return isinstance(first, Tag) and first.name == "a" and links_away(first)
    return led(entry) and any(led(s) for s in neighbours(entry))


def _listed_card(entry: Tag) -> bool:
    """A list item titled by a heading of its own beside an item of its kind (the same
    first class) titled alike: one card of a listing ("<ul class=listing><li class=card>
    <h2>NAME</h2><p>Verified by SITE on DATE</p></li><li class=card><h2>…"), whose line
    dates the card, not the page."""
    if first_tag(entry, _HEADINGS, _CARD_NODES) is None:
        return False
    return any(first_tag(s, _HEADINGS, _CARD_NODES) is not None for s in of_its_kind(entry))


def of_its_kind(node: Tag) -> list[Tag]:
    """The nearest element siblings of `node` (one on each side, `neighbours`) of its
    kind: the same tag and the same first class; none when `node` has no class."""
    kind = (node.name, node.get_attribute_list("class")[:1])
    if not kind[1]:
        return []
    return [s for s in neighbours(node)
            if s is not None and (s.name, s.get_attribute_list("class")[:1]) == kind]


def _under_related_title(card: Tag) -> bool:
    """A heading among the few elements before `card` (or before its list) is a
    related-content title (`related_titles`: "Related", "You may also like")."""
    titles = wording().related_titles
    for node in (card, card.parent):
        if not isinstance(node, Tag):
            return False
        for sibling in _elements(node, "previous_siblings"):
            if sibling.name in _HEADINGS:
                text = " ".join(sibling.get_text(" ").lower().split())
                return any(text == t or text.startswith(t + " ") for t in titles)
    return False


_TEASER_CLIMB = 3  # ancestors of a byline looked at for a title link beside it
_SIBLINGS = 4  # elements before and after looked at on each level


def teaser(block: Tag) -> Tag | None:
    """The card `block` is the byline of: `block` itself when it opens with a link to
    another page, else the nearest of its first ancestors with a child, before or after
    the byline's branch, that is a link to another page or a heading holding one (a
    bounded look: a few siblings on a few levels); a bare "#" is such a link too (a card
    whose link a script follows), an anchor "#id" is not."""
    first = next((n for n in block.children if isinstance(n, Tag) or str(n).strip()), None)
    title = first.a if isinstance(first, Tag) and first.name in _HEADINGS else first
    if isinstance(title, Tag) and title.name == "a" and links_away(title):
        return block  # the byline after its own title link ("<p><a href=…><b>Neck pain</b>
        # </a><br><span>Reviewed by …</span></p>" in a table layout's side column; an email
        # digest's "<td><h2><a href=…>…</a></h2><em>Reviewed by …</em>")
    node = block
    for _ in range(_TEASER_CLIMB):
        parent = node.parent
        if not isinstance(parent, Tag):
            return None
        for sibling in (*_elements(node, "previous_siblings"), *_elements(node, "next_siblings")):
            link = sibling if sibling.name == "a" else (
                sibling.a if sibling.name in _HEADINGS else _only_link(sibling)
                or _heading_link(sibling))
            if isinstance(link, Tag) and (links_away(link) or link.get("href") == "#"):
                return parent  # "#" alone: a card whose link a script follows
        node = parent
    return None


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def in_link_away(node: Tag | None) -> bool:
    """`node` (a label's element) is, or is within three levels inside, a link to another
    page: with words before the label, a card's title that names its article's reviewer
    ("<a href=…>Sleep hygiene basics – reviewed by Dr NAME</a>" under "Read next"; a
    badge linking to the reviewer's profile opens with its label: review.py)."""
    link = _link_above(node)
    return link is not None and links_away(link) \
        and not script_link(link)


def in_linked_card(block: Tag) -> bool:
    """`block` is inside a card that is one link to another page holding a title before
    it: a heading (`<a class="ArticleCard" href="/learn/…"><h3>…</h3><p>Expert reviewed
    by NAME</p></a>`) or any text (Ghost's bookmark card: `a.kg-bookmark-container >
    div.kg-bookmark-title + div.kg-bookmark-description`): the byline of the page it
    links to. A byline that is itself a link to the reviewer's profile holds neither. The
    title is looked for among the link's first _CARD_NODES nodes (a link may wrap a whole
    page). A bare `href="#"` (a template's placeholder, not an anchor on this page) is
    taken as such a link: a card's title and byline are no part of the page it stands on."""
    link = _link_above(block)
    return link is not None and link is not block \
        and (links_away(link) or str(link.get("href")).strip() == "#") \
        and (first_tag(link, _HEADINGS, _CARD_NODES) is not None or _text_before(link, block))


def _text_before(link: Tag, block: Tag) -> bool:
    """Whether `link` holds words before `block` among its first _CARD_NODES nodes."""
    for node in first_nodes(link, _CARD_NODES):
        if node is block:
            return False
        if not isinstance(node, Tag) and str(node).strip():
            return True
    return False


CARD_NODES = _CARD_NODES = 60  # a card's title heading stands among its first nodes


def _link_above(node: Tag | None) -> Tag | None:
    """`node` or its nearest ancestor within _TEASER_CLIMB levels that is a link."""
    for _ in range(_TEASER_CLIMB + 1):
        if not isinstance(node, Tag):
            return None
        if node.name == "a":
            return node
        node = node.parent
    return None


_WIDGET_NODES = 8  # nodes of a builder's widget wrappers down to the card title it holds


def _heading_link(wrapper: Tag) -> Tag | None:
    """The link of a heading among `wrapper`'s first few nodes: a card's title in a page
    builder's widget wrappers (JetEngine's `div.jet-listing-dynamic-field > div > h3 > a`
    beside the byline's widget)."""
    heading = first_tag(wrapper, _HEADINGS, _WIDGET_NODES)
    return heading.a if heading is not None else None


def _only_link(wrapper: Tag) -> Tag | None:
    """The link that is a wrapper's one element (`div.summary-title > a`: a card's title)."""
    kids = [c for c in wrapper.children if isinstance(c, Tag)]
    return kids[0] if len(kids) == 1 and kids[0].name == "a" else None


def _elements(node: Tag, direction: str) -> list[Tag]:
    """Up to _SIBLINGS element siblings of `node` in one direction."""
    found: list[Tag] = []
    for sibling in getattr(node, direction):
        if isinstance(sibling, Tag):
            found.append(sibling)
            if len(found) == _SIBLINGS:
                break
    return found
