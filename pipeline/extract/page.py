"""Facts the page states about itself: URL, title, description, language, dates, author."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from bs4 import CData, NavigableString, Tag

from ..dates import parse_iso
from ..document import Document, is_boilerplate
from ..records import PageFacts, Person
from ..tagindex import tag_index
from ..text import normalize_space
from ..wording import phrase_pattern, wording
from .byline_line import BYLINE_CLASS, credited_line
from .head import canonical_address, first, meta
from .people import WIDE_PUNCTUATION, parse_person
from .review import read_review
from .statement_labels import statement_label
from .urls import join_url, link_for
from .widgets import class_words, in_widget, widget_memo


@cache
def _byline_stems() -> tuple[frozenset[str], re.Pattern[str]]:
    """A word every author label or byline word holds ("by", "author", "por", "von"): the
    ones of letters a-z as a set of whole words ("pa" in Haitian, "le" in Gaelic: inside
    "page" and "table" they would send every block to the patterns), the others (a
    stem of a script written without spaces, "作者"; "may-akda") as one pattern of
    literals, found anywhere. A block holding none is not searched (`_has_stem`)."""
    words = wording()
    stems = {w.split()[-1] for w in (*words.author_labels, *words.byline_words)}
    plain = frozenset(w for w in stems if _LETTERS.fullmatch(w))
    return plain, re.compile(phrase_pattern(tuple(sorted(stems - plain))))  # a prefix tree


_LETTERS = re.compile(r"[a-z]++")


def _has_stem(low: str) -> bool:
    """True when the lower-cased text `low` holds a byline stem (`_byline_stems`): a set
    lookup per word of letters a-z, the pattern only for a text with other characters
    than those and spaces (one search of a 1,800-character pattern per block was most of
    the author lookup's time on an FAQ of 8,000 short answers)."""
    plain, other = _byline_stems()
    if not plain.isdisjoint(_LETTERS.findall(low)):
        return True
    return not _PLAIN_TEXT.fullmatch(low) and other.search(low) is not None


_PLAIN_TEXT = re.compile(r"[a-z0-9\s.,:;!?()]*+")  # no stem but the set's can be in it


@cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an author label anywhere: "Written by", "Escrito por", a one-word one with its colon
    ("Author:") or starting the block ("Autorin NAME"), not "Author, Article and …"; a
    byline word at the start:
    "By", "Von"; where the name after them ends: "on", "updated", ...), from the
    vocabulary's sections (pipeline/data/review-vocabulary.json)."""
    words = wording()
    who = r"\s*+(?P<who>[^—–|;]++)"
    phrases = tuple(w for w in words.author_labels if " " in w)  # "Written by"
    single = tuple(w for w in words.author_labels if " " not in w)  # "Author": with ":"
    return (re.compile(rf"(?:\b(?:{phrase_pattern(phrases)})\s*+:?+|"
                       rf"\b(?:{phrase_pattern(single)})\s*+:|"  # or a card's role line:
                       rf"^\s*+(?:{phrase_pattern(single)})(?=\s)){who}", re.I),
            re.compile(rf"^\s*+(?:{phrase_pattern(words.byline_words)})(?:\s*+:)?+\s++"
                       r"(?P<who>[^—–|;]++)", re.I),
            re.compile(rf"(?<!\s)\s++(?:{phrase_pattern(words.author_ends)})\b"
                       r"|\.\s|$", re.I))


def _name_end(who: str, ends: re.Pattern[str]) -> re.Match[str] | None:
    """Where the name in `who` ends: at an end word or a full stop, but not at the stop of
    an honorific ("Dr. med.", "Mag. pharm.", "Lda.") or an initial ("W. Douglas Tynan")."""
    honorifics = wording().honorifics
    for m in ends.finditer(who):
        if who[m.start():m.start() + 1] == ".":
            word = who[:m.start()].rsplit(None, 1)[-1] if who[:m.start()].strip() else ""
            if len(word) == 1 or word.lower() in honorifics:
                continue
        return m
    return None


def _headline(doc: Document) -> str | None:
    index = tag_index(doc)
    h1s = index.get("h1")
    for scope in (first(doc, "article"), first(doc, "main"), doc.soup):
        if scope is None:
            continue
        h1 = next((h for h in h1s if scope is doc.soup or index.within(h, scope)), None)
        if h1 is not None and normalize_space(h1.get_text(" ")):
            return normalize_space(h1.get_text(" "))
    title = meta(doc, "og:title")
    if title:
        return title
    tag = first(doc, "title")
    return normalize_space(tag.get_text(" ")) or None if tag is not None else None


def _time_tags(doc: Document) -> list[Tag]:
    return [t for t in tag_index(doc).get("time") if t.has_attr("datetime")]


def _time(doc: Document, classes: tuple[str, ...]) -> str | None:
    """The date of the first `<time class=CLS datetime>`, trying `classes` in order."""
    tags = doc.memo(_time_tags)
    for cls in classes:
        tag = next((t for t in tags if cls in t.get_attribute_list("class")), None)
        if isinstance(tag, Tag):
            value = parse_iso(str(tag["datetime"]), keep_time=True)
            if value:
                return value
    return None


def _date(doc: Document, meta_keys: tuple[str, ...], time_classes: tuple[str, ...]) -> str | None:
    value = meta(doc, *meta_keys)
    parsed = parse_iso(value, keep_time=True) if value else None
    return parsed or _time(doc, time_classes)


def _opens_statement(text: str, at: int) -> bool:
    """True when `text[at:]` starts the text or follows a byline separator."""
    before = text[:at].rstrip()
    return not before or before[-1] in "—–|·•;:"


_MAX_BYLINE = 300  # characters: a byline, not a paragraph of prose
_TEXT_TYPES = frozenset({NavigableString, CData})  # what get_text reads in a block
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<!\s)\s++([,.;:!?])")


def short_text(tag: Tag, memo: dict[int, str | None]) -> str | None:
    """`block_text` of `tag` when it is short enough to be a byline (at most `_MAX_BYLINE`
    characters that are not spaces), else None, made from its children's (kept in `memo`,
    one per page) and stopping as soon as it is too long. Taking each block's text on its
    own read a block's whole subtree once per block: quadratic on a deeply nested page
    (37 s for a real recipe page 2,103 tags deep, issue 15). A loop with its own stack;
    an element holding one text (most of them) is read where it is met, without a frame."""
    if id(tag) in memo:  # read already, inside an enclosing block
        return memo[id(tag)]
    if _leaf(tag, memo):
        return memo[id(tag)]
    stack: list[list[Any]] = [[tag, 0, [], 0]]  # element, next child, words, characters
    while stack:
        frame = stack[-1]
        node, i, words, count = frame
        contents = node.contents
        descend = None
        while i < len(contents) and count <= _MAX_BYLINE:
            child = contents[i]
            if type(child) in _TEXT_TYPES:
                piece = child.split()
            elif isinstance(child, Tag):
                if id(child) not in memo and not _leaf(child, memo):
                    descend = child
                    break
                inner = memo[id(child)]
                if inner is None:
                    count = _MAX_BYLINE + 1
                    break
                piece = inner.split()
            else:
                i += 1
                continue
            words += piece
            count += sum(map(len, piece))
            i += 1
        frame[1], frame[3] = i, count
        if descend is not None:
            stack.append([descend, 0, [], 0])
            continue
        stack.pop()
        memo[id(node)] = " ".join(words) if count <= _MAX_BYLINE else None
    return memo[id(tag)]


def _leaf(tag: Tag, memo: dict[int, str | None]) -> bool:
    """Read `tag` into `memo` at once when it holds no element (no child, or one text);
    False, leaving `memo` alone, when it holds more."""
    contents = tag.contents
    if len(contents) > 1 or (contents and type(contents[0]) not in _TEXT_TYPES):
        return False
    words = str(contents[0]).split() if contents else []
    memo[id(tag)] = " ".join(words) if sum(map(len, words)) <= _MAX_BYLINE else None
    return True


def _names_a_link(block: Tag, name: str) -> bool:
    """True when a link in `block` (a byline-sized block) has `name` as its whole text."""
    want = name.casefold()
    return any(normalize_space(a.get_text(" ")).casefold() == want
               for a in block.find_all("a", href=True))


def _linked_name(block: Tag, cut: str, person: Person | None) -> Person | None:
    """The person as the byline's link names them, when the words read run on past the
    link into the card's next line ("<a>Dana Keller</a><span>Contributor</span>", or
    "<span>Staff Writer</span>", which made them no name at all), or start with the
    writer's role in lower case ("By health reporter <a>Mei Lin Fraser</a>")."""
    for a in block.find_all("a", href=True):
        text = normalize_space(a.get_text(" "))
        if text and cut.startswith(text + " ") and (
                person is None or person.name.startswith(text + " ")):
            return parse_person(text) or person
        if person is None and text and cut.endswith(" " + text) \
                and cut[: -len(text)].strip().islower():
            return parse_person(text)  # "By health reporter <a>NAME</a>": a role before it
    return person


_NAME_CLASS = re.compile(r"[-_]name$|^(?:fn|p-name)$", re.I)  # "author-card__name", "fn"


def _card_name(doc: Document) -> Tag | None:
    """The author's name as a theme's classes mark it, without a "By": a name element
    (class "fn", "p-name" or ending in "-name"/"__name") that is, or sits at most three
    levels inside, an element whose class names an author ("author vcard",
    "author-card", "author-list-item", `p-author`); outside site furniture and widgets,
    and not on a card whose role line names another part ("Medically Reviewed",
    "Editor"), a customer review's author card (a class word "review": Elfsight's
    "es-review-author-container") nor one inside the page's review statement (a heading
    "Medically reviewed by" over an author-box widget)."""
    index = tag_index(doc)
    keys = [k for k in index.tags if k.startswith(".") and _NAME_CLASS.search(k[1:])]
    others = wording().other_roles
    review = doc.memo(read_review).block  # a card the review statement reads its name from
    widgets = widget_memo(doc)
    for tag in index.get(*keys) if keys else []:
        node, card = tag, None
        for _ in range(4):
            if "hidden" in node.attrs or "display:none" in str(node.get("style", "")).replace(
                    " ", "").lower():
                break  # a hidden microformat copy ("td-author-name vcard", display: none)
            if any("author" in c.lower() or "byline" in c.lower()
                   for c in node.get_attribute_list("class")):
                card = node
                break
            if not isinstance(node.parent, Tag):
                break
            node = node.parent
        if card is None or "review" in class_words(card) or is_boilerplate(tag) \
                or in_widget(tag, widgets) or (review is not None and index.within(card, review)):
            continue  # a customer review's author ("es-review-author-name"); the reviewer
        role = normalize_space((tag.parent or tag).get_text(" ")).lower()
        if statement_label().search(role) or any(w in role for w in others):
            continue  # the reviewer's or the editor's card
        return tag
    return None


def _microdata_author(doc: Document) -> Tag | None:
    """The author as the page's microdata names them: the first `itemprop="name"` inside an
    `itemprop="author"` element (Joomla's `dd.createdby`, Jekyll's `post-meta`), or the
    author element's own text when it holds no name property; not in a widget (a review's
    or a comment's author) nor inside the page's review statement. One pass over the
    page's itemprop elements, in page order."""
    index = tag_index(doc)
    review = doc.memo(read_review).block
    widgets = widget_memo(doc)
    author: Tag | None = None
    for tag in index.get("[itemprop]"):
        props = str(tag.get("itemprop") or "").split()
        if author is not None and "name" in props and index.within(tag, author):
            return tag
        if author is not None and not index.within(tag, author):
            return author  # the author element held no name property: its own text
        if "author" in props and author is None and not in_widget(tag, widgets) and not (
                review is not None and index.within(tag, review)):
            author = tag
    return author


def _author(doc: Document, base_url: str) -> Person | None:
    memo: dict[int, str | None] = {}
    widgets = widget_memo(doc)
    index = tag_index(doc)
    for block in index.get("p", "div", "span", "li", "address"):
        text = short_text(block, memo)
        if text is None or not _has_stem(text.lower()):
            continue  # longer than a byline, or no label word for the patterns to find
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text).translate(WIDE_PUNCTUATION)  # "撰文："
        marked = BYLINE_CLASS.search(" ".join(block.get_attribute_list("class"))) or \
            "author" in block.get_attribute_list("itemprop")  # <span itemprop=author>by NAME
        written_by, byline_by, who_end = _byline_patterns()
        m = written_by.search(text)
        # "By NAME" in a block no class marks counts when NAME is a link's whole text
        # ("<span>BY <a href=/about/>Alana Pierce</a></span>"): "By Monday, ..." is prose.
        linked = m is None and not marked
        m = m or byline_by.search(text)
        if not m or len(text) > _MAX_BYLINE or not (marked or linked
                                                     or _opens_statement(text, m.start())):
            continue  # "the leaflet, written by the manufacturer, ..." is prose
        if is_boilerplate(block) or (linked and index.first_within(block, "a") is None) \
                or in_widget(block, widgets):
            continue  # an unmarked "By NAME" needs a link naming NAME; a widget's is not ours
        who = m["who"]
        # The name ends at a word that ends a byline part, or where a review statement
        # starts ("BY Mira Stone DIETITIAN REVIEWED BY ...": the role is the reviewer's).
        ends = [x.start() for x in (_name_end(who, who_end), statement_label().search(who)) if x]
        cut = (who[: min(ends)] if ends else who).strip()
        person = _linked_name(block, cut, parse_person(cut))
        if person and linked and not _names_a_link(block, person.name):
            continue
        if person:  # parse_person rejects "the manufacturer": not a name
            return replace(person, url=link_for(block, person.name, base_url))
    for tag in (_microdata_author(doc), _card_name(doc), first(doc, "a", "author")):
        person = parse_person(tag.get_text(" ")) if tag is not None else None
        if tag is not None and person:
            href = tag.get("href") if tag.name == "a" else None
            return replace(person, url=join_url(base_url, str(href)) or None if href else None)
    name = meta(doc, "author", "article:author")
    return parse_person(name) if name and not name.startswith("http") else credited_line(doc)


def extract_facts(doc: Document, fallback_url: str, default_language: str) -> PageFacts:
    """Page facts; `fallback_url` is used when the page has no canonical link or og:url."""
    canonical = canonical_address(doc)
    url = (join_url(fallback_url, canonical) if canonical else None) or fallback_url
    return PageFacts(
        url=url,
        title=_headline(doc),
        description=meta(doc, "description", "og:description"),
        language=(doc.language or meta(doc, "og:locale", "language")
                  or default_language).replace("_", "-"),
        date_published=_date(doc, ("article:published_time", "datePublished"),
                             ("published", "entry-date")),
        date_modified=_date(doc, ("article:modified_time", "og:updated_time", "dateModified"),
                            ("updated", "modified")),
        author=_author(doc, url),
    )
