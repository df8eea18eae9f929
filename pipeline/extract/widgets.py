"""What an element's own marks (class, id, itemprop, itemtype, role) say about the text in
it, for the review reader: a testimonial, rating, comment or user-review widget (its
"reviewed by" is not a medical review), or a hover tooltip (its bio is not the byline).
The words are data (review-vocabulary.json: `widget_words`, `widget_itemtypes`,
`popup_words`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bs4 import Tag

from ..document import Document, is_boilerplate
from ..tagindex import TagIndex, first_nodes, first_tag, links_away, script_link, tag_index
from ..wording import label_stems, wording

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # a word of a class name


def is_widget(tag: Tag) -> bool:
    """The element is a testimonial, rating, comment or user-review block: its class or id
    holds a widget word (split at "-", "_" and case changes), its itemprop or itemtype
    names a Review, Rating or Comment, or it is a quotation with a mark or an attribution
    (a `<blockquote>` with a class or a `<cite>`)."""
    words = wording()
    for prop in [*tag.get_attribute_list("itemprop"), str(tag.get("itemtype") or "")]:
        name = prop.rstrip("/").rsplit("/", 1)[-1].lower()
        if name in words.widget_itemtypes:
            return True
    if tag.name == "blockquote":
        # A quoted testimonial ("… — Dana R." in a <cite>, or a widget word in its class:
        # `blockquote.testimonial`); a bare blockquote is a callout a plain-Markdown site
        # sets its review note in (kramdown "> Reviewed by"), as is one with only
        # presentation attributes (beehiiv's `style`, Wix's `dir`) or a class naming it
        # (Zola's `blockquote.review`) or its kind (Layui's `blockquote.layui-elem-quote`).
        return tag.find(("cite", "footer")) is not None \
            or not (class_words(tag) - _QUOTE_WORDS).isdisjoint(words.widget_words)
    found = class_words(tag)
    # "qa__checked": a BEM element of an FAQ block ("qa") that holds its review line
    return not found.isdisjoint(words.widget_words) and found.isdisjoint(_REVIEW_LINE_WORDS)


_REVIEW_LINE_WORDS = frozenset({"checked", "reviewed", "reviewer", "approved"})
_QUOTE_WORDS = frozenset({"quote", "blockquote"})  # a blockquote's class naming its kind


def is_popup(tag: Tag) -> bool:
    """A tooltip or popover: `role="tooltip"`, or a class token whose last word names one
    ("mntl-attribution__item-tooltip", "bioHovercard"; not "author-tooltip__name", the
    element a tooltip is attached to)."""
    if tag.get("role") == "tooltip":
        return True
    popups = wording().popup_words
    return any(words[-1].lower() in popups for token in tag.get_attribute_list("class")
               if token and (words := _WORD.findall(token)))


def is_post_date(tag: Tag) -> bool:
    """An element whose class or id says it holds the post's date ("posted-on",
    "entry-date", "published": review-vocabulary.json `post_date_words`): a review
    statement ends before it."""
    return bool(class_words(tag) & wording().post_date_words)


def class_words(tag: Tag) -> set[str]:
    """The words of an element's class and id, lower-cased, each token whole and split at
    "-", "_" and case changes ("mntl-attribution__item-tooltip", "customerReviews"); not
    Angular's state classes ("ng-star-inserted" names no star rating)."""
    words: set[str] = set()
    for token in (*tag.get_attribute_list("class"), str(tag.get("id") or "")):
        if token and not token.startswith("ng-"):
            words.add(token.lower())
            words.update(p.lower() for p in _WORD.findall(token))
    return words


def widget_memo(doc: Document) -> dict[int, bool]:
    """A fresh memo for `in_widget` on `doc`, holding the elements around the page's
    title (its first `<h1>`) as not widgets: what holds the page's own title is the page,
    whatever its class says (`main.ad-main` on a shop whose prefix is "ad";
    `article.sponsored-article` on a paid post, whose review line is the page's)."""
    h1s = tag_index(doc).get("h1")
    memo: dict[int, bool] = {}
    node = h1s[0].parent if h1s else None
    while isinstance(node, Tag) and node.name not in ("[document]", "body", "html"):
        memo[id(node)] = False
        node = node.parent
    return memo


def customer_badge(text: str) -> bool:
    """`text` says its writer is a verified customer ("Verified patient · Mommy makeover ·
    Reviewed 02/14/2025", "Verified buyer"): "verified" before a customer's word (not
    "Verified health information"): a customer review's line, whatever its class; or a
    product tester ("Tested by our reviewer NAME over 1,400 km · Reviewed 02/06/2026")."""
    words = text.lower().replace("·", " ").split()
    tester = not wording().medical_words.intersection(words)  # not "… and medically reviewed"
    return any((w == "verified" and nxt.strip(".,:") in _CUSTOMERS)
               or (tester and (w, nxt) == ("tested", "by")) for w, nxt in pairwise(words))


_CUSTOMERS = frozenset({"patient", "patients", "buyer", "buyers", "customer", "customers",
                        "purchase", "owner", "member", "user", "client", "guest", "reviewer"})


def in_widget(block: Tag, memo: dict[int, bool]) -> bool:
    """True when `block` or an ancestor is a widget; each element is judged once per page
    (memo), so the climbs of many statements cost one walk of their ancestors together."""
    path: list[Tag] = []
    node: Tag | None = block
    verdict = False
    while isinstance(node, Tag) and node.name not in ("[document]", "body", "html"):
        known = memo.get(id(node))
        if known is not None:
            verdict = known
            break
        path.append(node)
        if is_widget(node):
            verdict = True
            break
        node = node.parent
    for tag in path:
        memo[id(tag)] = verdict  # an element below a widget is in it; above, unknown: stop
    return verdict


def _enclosing(block: Tag, name: str, climb: int) -> Tag | None:
    """`block` or the nearest of its first `climb` ancestors that is a `<name>`."""
    node: Tag | None = block
    for _ in range(climb + 1):
        if node is None or node.name == name:
            return node
        node = node.parent
    return None


_BOX_CLIMB = 6  # ancestors looked at for the review box a statement sits in


def review_box(block: Tag) -> bool:
    """True when `block` is in an `<aside>` that names itself a review box (its
    `aria-label`, class or id holds a label stem: `aside.reviewer-card`,
    `aria-label="Medical reviewer"`) or the page's metadata (`aside.page-meta`: its
    author and review lines) and is not itself in furniture: on a page with no
    `<article>`, such a callout among the content is the page's, where is_boilerplate
    counts every `<aside>` outside an article as a sidebar (the caller asks only then)."""
    node = _enclosing(block, "aside", _BOX_CLIMB)
    if node is None or not isinstance(node.parent, Tag) or is_boilerplate(node.parent):
        return False
    return _names_review(node) or _page_meta(node)  # `aside.page-meta`


def side_review_box(block: Tag) -> bool:
    """True when `block` is in a box that names itself a review box (`div.medical-review`
    in the side column, within a few ancestors) or the page's metadata (`div.page-meta`):
    a sidebar's review card, read only when the article itself states no review
    (review.py)."""
    node: Tag | None = block
    for _ in range(_BOX_CLIMB + 1):
        if node is None or node.name in ("aside", "body"):
            return False
        if _names_review(node) or _page_meta(node):
            return True
        node = node.parent
    return False


def _page_meta(node: Tag) -> bool:
    """A box whose class names the page's or article's metadata (`page-meta`,
    `article-meta`, `doc-meta`, `page-information`): its author and review lines are the
    page's."""
    words = class_words(node)
    return not words.isdisjoint(("meta", "info", "information")) \
        and not words.isdisjoint(("page", "article", "document", "doc"))


def _names_review(node: Tag) -> bool:
    names = " ".join([str(node.get("aria-label") or ""), str(node.get("id") or ""),
                      *(c for c in node.get_attribute_list("class") if c)]).lower()
    return label_stems().search(names) is not None


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
    lists: dict[int, list[Tag]] = {}
    alone: set[int] = set()
    for block in blocks:
        item = _card_item(block, alone)
        if item is not None:
            lists.setdefault(id(item.parent), []).append(block)
    found = alone | {id(b) for found in lists.values() if len(found) >= 2 for b in found}
    for block in others:
        item = _card_item(block, set())
        if item is not None and len(lists.get(id(item.parent), ())) >= 2:
            found.add(id(block))
    return found


def _card_item(block: Tag, alone: set[int]) -> Tag | None:
    """The repeating card `block` stands in, or None; adds `block` to `alone` when it is a
    card on its own (titled by a link away, or under a related-content title)."""
    entry = _enclosing(block, "li", _CARD_CLIMB)
    if entry is not None and _linked_title(entry):
        alone.add(id(block))  # a list item titled by a link to another page: a card
    item = entry or _teaser(block)
    if item is None:
        return None
    item = _repeating_unit(item)  # a card alone in its grid column, a post card
    if _under_related_title(item):
        alone.add(id(block))  # the one card under "Related", "You may also like"
    return item


def _repeating_unit(item: Tag) -> Tag:
    """The unit that repeats beside its siblings, a few levels up from `item`: the first
    of `item` and its ancestors with an element sibling of the same tag and class (a post
    card's `article.loop-entry` around its header, Magento Page Builder's
    `div.pagebuilder-column` around a text block); `item` when there is none."""
    node: Tag | None = item
    for _ in range(_WRAPPER_CLIMB + 1):
        if not isinstance(node, Tag) or node.name in ("body", "main", "html"):
            break
        shape = (node.name, tuple(node.get_attribute_list("class")))
        if any(isinstance(n, Tag) and (n.name, tuple(n.get_attribute_list("class"))) == shape
               for n in _first_tags(node)):
            return node
        node = node.parent
    return item


_WRAPPER_CLIMB = 3  # ancestors looked at for the unit a card repeats as


def _first_tags(node: Tag) -> tuple[Tag | None, Tag | None]:
    """The nearest element sibling of `node` on each side (None where there is none)."""
    return (next((n for n in node.previous_siblings if isinstance(n, Tag)), None),
            next((n for n in node.next_siblings if isinstance(n, Tag)), None))


def titled_card(block: Tag) -> bool:
    """`block` is in a list item titled by a link to another page, or under a related
    content title, or one of a listing's cards (`_listed_card`): another page's or
    another subject's card, whatever its line says ("Page last reviewed: DATE" in a USWDS
    collection of related pages)."""
    node: Tag | None = block
    for _ in range(_CARD_CLIMB + 1):  # the card's own item, past a list of meta lines
        if not isinstance(node, Tag):
            return False
        if node.name == "li" and (_linked_title(node) or _under_related_title(node)
                                  or _listed_card(node)):
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
    Review", "Reviewer reports": `other_review_headings`): a journal's peer reviewers."""
    heading = index.heading_before(block)
    text = " ".join(heading.get_text(" ").lower().split()) if heading is not None else ""
    return bool(text) and any(h in text for h in wording().other_review_headings)


def _listed_card(entry: Tag) -> bool:
    """A list item titled by a heading of its own beside an item of its kind (the same
    first class) titled alike: one card of a listing ("<ul class=listing><li class=card>
    <h2>NAME</h2><p>Verified by SITE on DATE</p></li><li class=card><h2>…"), whose line
    dates the card, not the page."""
    kind = entry.get_attribute_list("class")[:1]
    if not kind or first_tag(entry, _HEADINGS, _CARD_NODES) is None:
        return False
    return any(s is not None and s.name == "li" and s.get_attribute_list("class")[:1] == kind
               and first_tag(s, _HEADINGS, _CARD_NODES) is not None for s in _first_tags(entry))


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


def _teaser(block: Tag) -> Tag | None:
    """The card `block` is the byline of: the nearest of its first ancestors with a
    child, before or after the byline's branch, that is a link to another page or a
    heading holding one (a bounded look: a few siblings on a few levels); a bare "#" is
    such a link too (a card whose link a script follows), an anchor "#id" is not."""
    node = block
    for _ in range(_TEASER_CLIMB):
        parent = node.parent
        if not isinstance(parent, Tag):
            return None
        for sibling in (*_elements(node, "previous_siblings"), *_elements(node, "next_siblings")):
            link = sibling if sibling.name == "a" else (
                sibling.a if sibling.name in _HEADINGS else _only_link(sibling))
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
    page)."""
    link = _link_above(block)
    return link is not None and link is not block and links_away(link) \
        and (first_tag(link, _HEADINGS, _CARD_NODES) is not None or _text_before(link, block))


def _text_before(link: Tag, block: Tag) -> bool:
    """Whether `link` holds words before `block` among its first _CARD_NODES nodes."""
    for node in first_nodes(link, _CARD_NODES):
        if node is block:
            return False
        if not isinstance(node, Tag) and str(node).strip():
            return True
    return False


_CARD_NODES = 60  # a card's title heading stands among its first nodes


def _link_above(node: Tag | None) -> Tag | None:
    """`node` or its nearest ancestor within _TEASER_CLIMB levels that is a link."""
    for _ in range(_TEASER_CLIMB + 1):
        if not isinstance(node, Tag):
            return None
        if node.name == "a":
            return node
        node = node.parent
    return None


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
