"""What an element's own marks (class, id, itemprop, itemtype, role) say about the text in
it, for the review reader: a testimonial, rating, comment or user-review widget (its
"reviewed by" is not a medical review), or a hover tooltip (its bio is not the byline).
The words are data (review-vocabulary.json: `widget_words`, `widget_itemtypes`,
`popup_words`)."""

from __future__ import annotations

import re
from itertools import pairwise

from bs4 import Tag

from ..dates import POSTED_AGO
from ..document import Document, is_boilerplate
from ..tagindex import first_tag, first_text, tag_index
from ..wording import label_stems, wording
from .people import Reading
from .statement_labels import statement_label, whole_text

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
    if _quoted_card(tag):
        return True
    found = class_words(tag)
    # "qa__checked": a BEM element of an FAQ block ("qa") that holds its review line
    return not found.isdisjoint(words.widget_words) and found.isdisjoint(_REVIEW_LINE_WORDS)


def _quoted_card(tag: Tag) -> bool:
    """A card that opens with a quotation and then its attribution (`<blockquote>…
    </blockquote><p>— Alyssa M., alumna 2024</p>`): a testimonial, whatever its class
    (its "Reviewed by NAME, LCSW" approved the story, not medical content)."""
    kids = tag.children
    first = next((c for c in kids if isinstance(c, Tag)), None)
    second = next((c for c in kids if isinstance(c, Tag)), None)
    return first is not None and first.name == "blockquote" and second is not None \
        and first_text(second, 4)[:1] in _DASHES


_DASHES = frozenset("—–―")
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
    "-", "_" and case changes ("mntl-attribution__item-tooltip", "customerReviews"), a
    CSS-modules hash left out (`_unhashed`); not Angular's state classes
    ("ng-star-inserted" names no star rating)."""
    words: set[str] = set()
    for token in (*tag.get_attribute_list("class"), str(tag.get("id") or "")):
        if token and not token.startswith("ng-"):
            words.add(token.lower())
            words.update(p.lower() for p in _WORD.findall(_unhashed(token)))
    return words


def _unhashed(token: str) -> str:
    """A class token without the hash a CSS-modules build appends ("Article-module--review
    --1YxQa": "1YxQa" split at its case changes would read "qa", an FAQ widget's word)."""
    head, sep, tail = token.rpartition("--") if "--" in token else token.rpartition("__")
    hashed = sep and 5 <= len(tail) <= 10 and tail.isalnum() and any(c.isdigit() for c in tail)
    return head if hashed else token


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
    "Verified health information") or "Reviewed in COUNTRY on DATE": a customer review's
    line, whatever its class; or a
    product tester's ("Tested by our reviewer NAME over 1,400 km · Reviewed 02/06/2026",
    "Reviewed by NAME · tested for 21 nights")."""
    words = _words(text)
    if _customer(text, words):
        return True
    tester = not wording().medical_words.intersection(words)  # not "… and medically reviewed"
    return tester and any(w == "tested" and nxt in _TESTED for w, nxt in pairwise(words))


_TESTED = frozenset({"by", "for", "over"})  # "tested by NAME", "tested for 21 nights"


def badged_line(block: Tag) -> bool:
    """A line of a few short parts, one of them a customer's badge (`customer_badge`):
    "<span>Reviewed by kaylee_runs</span> · <span>Verified patient</span> · <time>": a
    customer review's line, whichever part holds the label."""
    parts = block.contents
    if len(parts) > _LINE_PARTS:
        return False
    texts: list[str] = []
    for part in parts:
        for node in (part.contents if isinstance(part, Tag) else [part]):
            if isinstance(node, Tag) or len(texts) > _LINE_PARTS * 2:
                return False  # deeper than a line's parts
            texts.append(str(node))
    text = " ".join(texts)
    return len(text) <= _LINE_CHARS and customer_badge(text)


_LINE_PARTS = 12  # nodes of a byline's line: a badge among them is the line's
_LINE_CHARS = 300  # and its length: a paragraph's statements are not looked at each whole


def customer_line(text: str) -> bool:
    """`text` is a shop customer's review line: "Verified buyer", "Verified patient"
    ("verified" before a customer's word), or "Reviewed in COUNTRY on DATE"."""
    return _customer(text, _words(text))


def _words(text: str) -> list[str]:
    return text.lower().replace("·", " ").split()


def _customer(text: str, words: list[str]) -> bool:
    return _REVIEWED_IN.search(text) is not None or any(
        w == "verified" and nxt.strip(".,:") in _CUSTOMERS for w, nxt in pairwise(words))


_REVIEWED_IN = re.compile(r"(?<!\w)[Rr]eviewed in (?:the )?[A-Z][a-z]++(?: [A-Z][a-z]++)*+ on ")
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


def enclosing(block: Tag, name: str, climb: int) -> Tag | None:
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
    `aria-label="Medical reviewer"`, or its title: `<h2>Reviewed by</h2>`) or the page's
    metadata (`aside.page-meta`: its
    author and review lines) and is not itself in furniture: on a page with no
    `<article>`, such a callout among the content is the page's, where is_boilerplate
    counts every `<aside>` outside an article as a sidebar (the caller asks only then)."""
    node = enclosing(block, "aside", _BOX_CLIMB)
    if node is None or not isinstance(node.parent, Tag) or is_boilerplate(node.parent):
        return False
    return _names_review(node) or _page_meta(node) or _titled_review(node)


_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span"})
_TITLE_NODES = 4  # nodes of a box looked at for its title


def _titled_review(node: Tag) -> bool:
    """A box whose title, its first heading or line, is a review label and nothing else
    ("<h2>Reviewed by</h2>", "<p class="label">Expert reviewer</p>")."""
    title = first_tag(node, _TITLES, _TITLE_NODES)
    text = first_text(title, 8).rstrip(": ") if title is not None else ""
    m = statement_label().match(text) if text else None
    return m is not None and whole_text(text, m)


def side_review_box(block: Tag) -> bool:
    """True when `block` is in a box that names itself a review box (`div.medical-review`
    in the side column, within a few ancestors, or titled by a review label: "Expert
    reviewer" over a card) or the page's metadata (`div.page-meta`):
    a sidebar's review card, read only when the article itself states no review
    (review.py)."""
    node: Tag | None = block
    for _ in range(_BOX_CLIMB + 1):
        if node is None or node.name == "body":
            return False
        if node.name == "aside":  # a side column's box about this page (`aside.about-page`)
            return _page_meta(node)  # is the page's; a review box beside it is a sidebar's
        if _names_review(node) or _page_meta(node) or _titled_review(node):
            return True
        node = node.parent
    return False


def _page_meta(node: Tag) -> bool:
    """A box whose class names the page's or article's metadata (`page-meta`,
    `article-meta`, `doc-meta`, `page-information`, `about-page`, an Umbraco block's
    `c-content-meta`):
    its author and review lines are the page's."""
    words = class_words(node)
    return not words.isdisjoint(("meta", "info", "information", "about")) \
        and not words.isdisjoint(("page", "article", "document", "doc", "content", "guide"))


def _names_review(node: Tag) -> bool:
    names = " ".join([str(node.get("aria-label") or ""), str(node.get("id") or ""),
                      *(c for c in node.get_attribute_list("class") if c)]).lower()
    return label_stems().search(names) is not None




def on_platform(reading: Reading, rest: str) -> bool:
    """"Sarah K. on Google": a review on a review platform; "Siobhan O'Leary · 2 weeks
    ago": a review widget's card, a plain name (no credentials, no honorific) dated by
    how long ago it was posted; "SneezyInSpring, Oct 4, 2026": a user name in the
    person's place (one word with a digit, an underscore or a capital inside it)."""
    person = reading.person
    if person is None and _user_name(rest.split(",", 1)[0].strip(" .:;")):
        return True
    if person is not None and not (person.credentials or person.prefix) and POSTED_AGO.search(rest):
        return True
    if reading.next_token is None or reading.next_token.lower() not in ("on", "via", "from"):
        return False
    after = rest.split()
    words = [w.strip(",.:;!").lower() for w in after]
    try:
        k = words.index(reading.next_token.lower(), 0)
    except ValueError:
        return False
    return k + 1 < len(words) and words[k + 1] in wording().review_platforms


def _user_name(word: str) -> bool:
    return word.isascii() and word[:1].isalpha() and " " not in word and (
        any(c.isdigit() or c == "_" for c in word)
        or any(a.islower() and b.isupper() for a, b in pairwise(word[1:])))
