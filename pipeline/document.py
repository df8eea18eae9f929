"""Read a page once: bytes -> text (in the page's own encoding) -> one BeautifulSoup tree.

Every later stage takes the `Document` and works on its tree; nothing parses the
page a second time. The tree holds the head and the article region (see region.py):
the site furniture around the article is never extracted, and leaving it out of the
tree makes the parse and every search over the tree several times faster. The tree is
the one `BeautifulSoup(text, "lxml")` builds, grafted from lxml's own tree (soup.py).
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from .errors import PageError
from .region import reading_text
from .shadow import compose, may_hold_shadow_roots
from .sniff import ascii_safe, binary_reason, is_text_codec, markup_reason
from .soup import parse
from .tagindex import first_nodes
from .text import CAMEL_HUMP, ZERO_WIDTH, normalize_space
from .visibility import component_titles, hidden_ids, visible_strings

T = TypeVar("T")

_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# The HTML standard decodes these labels as windows-1252.
_WINDOWS_1252_ALIASES = {"iso8859-1", "latin-1", "ascii", "us-ascii", "iso-8859-1", "cp1252"}

# Classes and ids that mark site furniture rather than the article.
_BOILERPLATE_TOKENS = frozenset(
    {
        "comments", "comment-list", "comments-area", "commentlist", "respond",
        "related", "related-posts", "relatedposts", "yarpp-related", "jp-relatedposts",
        "sidebar", "widget-area", "site-footer", "site-header", "breadcrumb",
        "breadcrumbs", "share", "sharing", "social-share", "newsletter", "menu", "navbar",
        # A table layout's right column and Joomla 1.x/Mambo modules (newsflash, latest
        # news); a "left column" is as often the content (PrestaShop, WebMD's layout)
        "right_column", "rightcolumn", "right-column", "rightcol", "moduletable",
    }
)
# Ids only: WordPress's `div#secondary` is its sidebar; a class "secondary" is a style
# (Foundation's `div.callout.secondary`).
_BOILERPLATE_IDS = frozenset({"secondary"})
# A class or id naming a related-content block of any kind ("related-articles",
# "related_stories", BEM's "c-related__item"): links to other pages, with their bylines.
_RELATED_WORD = re.compile(r"(?:^|[-_])related(?:$|[-_])")


def related_mark(token: str) -> bool:
    """`token` (a class or an id, lower case) has "related" as one of its words."""
    return "related" in token and _RELATED_WORD.search(token) is not None
# libxml2 checks each attribute of an element against all the ones before it: an element
# with 100,000 attributes took minutes to parse (quadratic), and every parser a build runs
# (the tree, the read-back check) pays it. A page with an element carrying more than this
# is refused; real elements carry tens.
MAX_ATTRIBUTES = 1_000
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{2000}[^<>]*+>")  # only a tag this long can hold that many
_ATTRIBUTE = re.compile(r"[\s\"'][^\s\"'=<>/]++")

def _visible_only(text: str) -> str:
    """`text` without zero-width characters (invisible): a `replace` per character, which
    costs next to nothing when there is none (a `translate` read every character)."""
    for char in ZERO_WIDTH:
        if char in text:
            text = text.replace(char, "")
    return text


def attribute_flood(text: str) -> str | None:
    """Why `text` cannot be read in time: an element with more than MAX_ATTRIBUTES
    attributes (counted roughly: names after a space or a quote), or None."""
    for tag in _LONG_TAG.finditer(text):
        count = sum(1 for _ in _ATTRIBUTE.finditer(text, tag.start(), tag.end()))
        if count > MAX_ATTRIBUTES:
            name = re.match(r"<([A-Za-z][^\s/>]*)", tag.group()).group(1)  # type: ignore[union-attr]
            return (f"an element <{name}> has about {count:,} attributes (over "
                    f"{MAX_ATTRIBUTES:,}), more than the HTML parser can read in time")
    return None


# A soft hyphen (U+00AD, `&shy;`) and a `<wbr>` draw nothing unless a line breaks there:
# "Car&shy;row" reads "Carrow", "Feather-<wbr>stone" "Feather-stone" (a reader's text
# joins the strings around an element with a space). Taken out of the markup the tree is
# built from (never out of the page's bytes, which are written back as they are).
_BREAK_HINTS = re.compile(r"\u00ad|&(?:shy|#173|#x0*ad);|<wbr\s*+/?>", re.I)
_HINT_MARKS = ("\u00ad", "&shy;", "&SHY;", "&Shy;", "&#173;", "&#x", "&#X", "<wbr", "<WBR", "<Wbr")


def _without_break_hints(text: str) -> str:
    """`text` less its soft hyphens and `<wbr>`s; a substring look first (a pass of the
    pattern over every `<` and `&` of a page that holds none costs more)."""
    return _BREAK_HINTS.sub("", text) if any(m in text for m in _HINT_MARKS) else text


_ALWAYS_BOILERPLATE = frozenset({"nav", "form", "template"})
_VIEWSTATE_WITHIN = 12  # nodes at a Web Forms page's form start where `__VIEWSTATE` stands


def sniff_encoding(raw: bytes) -> tuple[str, int]:
    """Return (python codec name, BOM length) for a page, as a browser would decide it.

    BOM first, then a `<meta charset>` or `http-equiv` declaration in the first 4 KB,
    then UTF-8 if the bytes are valid UTF-8, else windows-1252. A declared label that is
    no text encoding is ignored, as browsers do; a declared encoding that cannot be
    edited byte for byte (EBCDIC, UTF-7, ISO-2022, HZ; see sniff.py) is a PageError.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PageError("UTF-16 pages are not supported; save the page as UTF-8")
    match = _META_CHARSET.search(raw[:4096])
    if match:
        label = match.group(1).decode("ascii").lower()
        name = codecs.lookup(label).name if is_text_codec(label) else ""
        if name in _WINDOWS_1252_ALIASES or label in _WINDOWS_1252_ALIASES:
            return "cp1252", 0
        if name.startswith("utf-16") or name.startswith("utf-32"):
            return "utf-8", 0  # a declaration the bytes cannot honour; browsers use UTF-8 here
        if name and not ascii_safe(name):
            raise PageError(f"the page declares charset={label}, which cannot be edited "
                            "safely byte for byte; save the page as UTF-8")
        if name:
            return name, 0
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", 0
    return "utf-8", 0


@dataclass
class Document:
    """One page: its exact bytes, its decoded text and its parsed tree."""

    source: str
    raw: bytes
    encoding: str
    bom_length: int
    soup: BeautifulSoup
    # The `id()`s of elements whose declarative shadow root was composed into the tree:
    # what they render is in it, so an attribute of theirs is no title a script draws.
    shadow_hosts: frozenset[int] = frozenset()
    _memo: dict[Callable[[Document], Any], Any] = field(default_factory=dict, repr=False)
    _visible_from: int = field(default=0, repr=False)  # where is_visible_text looks first

    @classmethod
    def from_bytes(cls, raw: bytes, source: str = "<page>") -> Document:
        """Decode and parse a page; raise PageError when it is not an HTML page
        (empty, binary, JSON, XML, ...: see sniff.py)."""
        if not raw:
            raise PageError("empty file (0 bytes), not an HTML page")
        encoding, bom = sniff_encoding(raw)
        text = raw[bom:].decode(encoding, errors="replace")
        reason = binary_reason(raw[bom:]) or markup_reason(text) or attribute_flood(text)
        if reason:
            raise PageError(reason)
        with warnings.catch_warnings():  # XHTML pages are parsed as HTML on purpose
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            soup = parse(_without_break_hints(reading_text(text) or text))
        # What a browser renders of declarative shadow roots (shadow.py).
        hosts = compose(soup) if may_hold_shadow_roots(text) else frozenset()
        return cls(source=source, raw=raw, encoding=encoding, bom_length=bom, soup=soup,
                   shadow_hosts=hosts)

    @cached_property
    def language(self) -> str | None:
        html = self.soup.find("html")
        lang = html.get("lang") if isinstance(html, Tag) else None
        return normalize_space(str(lang)) or None if lang else None

    @cached_property
    def visible_text(self) -> str:
        """The body's visible text (hidden elements left out, see visibility.py) with all
        whitespace and zero-width characters removed and case folded, for containment
        checks (a question's name drops a "&#8203;" its heading holds)."""
        root = self.soup.body or self.soup
        strings = visible_strings(root, hidden_ids(self), component_titles(self))
        return "".join(_visible_only(strings).split()).casefold()

    def is_visible_text(self, text: str) -> bool:
        """True when `text` (whitespace and case aside) is part of the page's visible text.

        Texts asked about in page order (an FAQ's questions and answers) cost one pass over
        the visible text together: each is looked for from where the one before was found,
        and only before that when it is not there. (A search of the whole text per question
        took minutes on a 32,000-question FAQ.)"""
        needle = "".join(_visible_only(text).split()).casefold()
        if not needle:
            return False
        visible = self.visible_text
        at = visible.find(needle, self._visible_from)
        if at < 0:  # out of order, or not visible: look before
            return visible.find(needle, 0, self._visible_from + len(needle) - 1) >= 0
        self._visible_from = at
        return True

    def memo(self, compute: Callable[[Document], T]) -> T:
        """`compute(self)`, worked out once per page: for facts several stages read
        (the sources sections, the head's meta tags, ...)."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]


# How deep in the content an element sits: outside any <main>/<article>, inside a <main>
# only, inside an <article>.
_OUTSIDE, _IN_MAIN, _IN_ARTICLE = 0, 1, 2


def page_form(tag: Tag) -> bool:
    """A `<form>` around the page's content, not a form on it: ASP.NET Web Forms pages
    (Sitefinity, Kentico, DNN, SharePoint: `form#aspnetForm` with its `__VIEWSTATE`) wrap
    the whole body in one, which holds the page's `<h1>` or, on a page with none (DNN's
    module titles are `<h2>`s), starts with the `__VIEWSTATE` field. Looked at for forms
    only (few on a page; one look each, as `_place` keeps every element's answer)."""
    return tag.name == "form" and (tag.find("h1") is not None or any(
        isinstance(n, Tag) and n.name == "input" and n.get("name") == "__VIEWSTATE"
        for n in first_nodes(tag, _VIEWSTATE_WITHIN)))


_LINK_WITHIN = 100  # nodes at a <nav>'s start where a link would stand


def linkless_nav(tag: Tag) -> bool:
    """A `<nav>` right after a toggle (a `<button>`, `role="button"`, `aria-expanded`) that
    holds no link: the toggle's panel, navigating nowhere (Webflow's dropdown list,
    `nav.w-dropdown-list`, holding an FAQ's answer)."""
    if tag.name != "nav":
        return False
    toggle = tag.find_previous_sibling(True)
    return toggle is not None and (toggle.name == "button" or toggle.get("role") == "button"
                                   or toggle.has_attr("aria-expanded")) \
        and not any(isinstance(n, Tag) and n.name == "a" for n in first_nodes(tag, _LINK_WITHIN))


def _marked(node: Tag, within: int) -> bool:
    """True when `node` itself is marked as furniture, `within` telling whether an
    ancestor is an `<article>` or `<main>` (_OUTSIDE, _IN_MAIN, _IN_ARTICLE)."""
    if node.name in _ALWAYS_BOILERPLATE and not page_form(node) and not linkless_nav(node):
        return True
    if node.name in ("body", "html"):
        return False  # the page itself: Twenty Thirteen's `<body class="sidebar">` says
        # only that the layout has a sidebar
    attrs = node.attrs
    if attrs:
        if attrs.get("role") in ("navigation", "complementary", "contentinfo", "banner"):
            return True
        if "class" in attrs or "id" in attrs:
            tokens = {t.lower() for t in node.get_attribute_list("class") if t}
            ident = str(attrs.get("id") or "").lower()
            if ident in _BOILERPLATE_IDS:
                return True
            if ident:
                tokens.add(ident)
            if tokens & _BOILERPLATE_TOKENS or any(related_mark(t) for t in tokens):
                return True
    if node.name == "aside":
        # Inside the article an <aside> is a callout (a review box, a key-facts panel, or
        # one left unclosed, which a browser lets run on over what follows); beside the
        # article, even within <main>, it is a sidebar, unless it stands right under the
        # page's title in <main> (a review strip below the <h1>).
        return within < _IN_ARTICLE and not (within == _IN_MAIN and _under_title(node))
    return node.name in ("header", "footer") and within == _OUTSIDE and not _part_of(node) \
        and not (node.name == "header" and _heads_page(node)) \
        and getattr(node.parent, "name", None) != "section"  # a section's own header


def _under_title(aside: Tag) -> bool:
    """The element before `aside` (spaces aside; a few strings at most) is an `<h1>`."""
    node = aside.previous_sibling
    for _ in range(4):
        if node is None or isinstance(node, Tag):
            break
        node = node.previous_sibling if not str(node).strip() else None
    return isinstance(node, Tag) and node.name == "h1"


def _heads_page(header: Tag) -> bool:
    """A `<header>` outside any `<article>`/`<main>` that holds the page's `<h1>` and no
    `<nav>` (a hero "masthead" with the title and its byline) heads the article, not the
    site. Looked for near the top only (three levels, at most 200 nodes): bounded per
    header, so linear on any page."""
    level, seen, title = [header], 0, False
    for _ in range(3):
        below: list[Tag] = []
        for node in level:
            for child in node.children:
                seen += 1
                if seen > 200:
                    return False
                if not isinstance(child, Tag):
                    continue
                if child.name == "nav":
                    return False
                title = title or child.name == "h1"
                below.append(child)
        level = below
    return title


# A <header>/<footer> whose class names it part of a component (Bulma's
# `header.card-header`, an accordion item's header, Finalsite's `header.fsElementHeader`
# over a content element's title) heads that component, not the site.
_COMPONENT_PART = re.compile(
    r"(?:^|[-_])(?:card|accordion|panel|collapse|collapsible|toggle|faq|tab|item|box|modal"
    r"|element|module|widget|block)(?:-|__|_)?+(?:header|footer)$")


def _part_of(node: Tag) -> bool:
    return any(_COMPONENT_PART.search(CAMEL_HUMP.sub("-", t).lower())
               for t in node.get_attribute_list("class") if t)


def _within(node: Tag, above: int) -> int:
    if node.name == "article":
        return _IN_ARTICLE
    return max(above, _IN_MAIN) if node.name == "main" else above


# Where an element sits, worked out once per element and kept on it: (inside site
# furniture, itself included; how deep in the content it or an ancestor is). Each
# element's place follows from its parent's, so the places of a whole tree cost one step
# per element, however deep the tree and however many elements are asked about: a
# per-call walk of every ancestor made a 2,000-deep page take 37 s (issue 15).
_PLACE = "_healthld_place"


def _place(tag: Tag) -> tuple[bool, int]:
    known = tag.__dict__.get(_PLACE)
    if known is not None:
        return known
    path: list[Tag] = []  # `tag` and its ancestors up to the first with a known place
    node: Any = tag
    above = (False, _OUTSIDE)
    while isinstance(node, Tag) and node.name != "[document]":
        known = node.__dict__.get(_PLACE)
        if known is not None:
            above = known
            break
        path.append(node)
        node = node.parent
    for node in reversed(path):
        boiler, within = above
        above = (boiler or _marked(node, within), _within(node, within))
        node.__dict__[_PLACE] = above
    return above


def _within_above(node: Tag) -> int:
    parent = node.parent
    if not isinstance(parent, Tag) or parent.name == "[document]":
        return _OUTSIDE
    return _place(parent)[1]


def is_furniture(node: Tag) -> bool:
    """True when the element itself is marked as site furniture (not its ancestors)."""
    # Where it sits matters only to a header, footer or aside: no look at its parent
    # otherwise.
    return _marked(node, _within_above(node) if node.name in ("header", "footer", "aside")
                   else _OUTSIDE)


def is_boilerplate(tag: Tag) -> bool:
    """True when `tag` sits in site furniture: nav, sidebars, site header/footer, comments,
    related posts. A `<header>`/`<footer>` inside an `<article>` or `<main>` is article
    content, and so is an `<aside>` inside an `<article>`, a `<header>` that holds the
    page's `<h1>` and no `<nav>` (`_heads_page`) and a `<header>`/`<footer>` of a
    `<section>` (HTML scopes them to their sectioning parent). Constant time per element over
    a tree (each element's place is kept)."""
    if not isinstance(tag, Tag) or tag.name == "[document]":
        return False
    return _place(tag)[0]
