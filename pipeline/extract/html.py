"""Answer HTML limited to the tags Google reads in `Answer.text`.

Google displays only h1-h6, br, ol, ul, li, a, p, div, b, strong, i, em and ignores
other tags. Allowed tags are kept (links keep only `href`, made absolute); other
tags are unwrapped to their text; scripts, styles, forms, media and the like are
dropped with their content. Whitespace is collapsed; entities are decoded and only
`&`, `<`, `>` (and `"` in attributes) are re-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from bs4 import NavigableString, PageElement, Tag

from ..text import ZERO_WIDTH, is_blank
from .urls import join_url

ALLOWED_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div",
     "b", "strong", "i", "em"}
)
DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
     "video", "audio", "canvas", "button", "form", "input", "select", "textarea", "img",
     "picture", "source", "head", "title", "meta", "link"}
)


def _render(root: PageElement, base_url: str | None, out: list[str]) -> None:
    """Append the answer HTML of `root` to `out`: one walk with an explicit stack, no
    recursion per nesting level (legacy pages leave 1,000 `<b>` or `<font>` open)."""
    stack: list[PageElement | str] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # an end tag pushed below
        elif isinstance(node, NavigableString):
            # Comments, CDATA, doctypes and script/style text are subclasses: skip them.
            if type(node) is NavigableString:
                out.append(escape(str(node), quote=False))
        elif not isinstance(node, Tag) or node.name in DROPPED_TAGS \
                or node.get("hidden") is not None:
            continue
        elif node.name not in ALLOWED_TAGS:
            if node.name in _APART:
                stack.append(" ")
            stack.extend(reversed(node.contents))
            if node.name in _APART:
                out.append(" ")
        elif node.name == "br":
            out.append("<br>")
        else:
            out.append(f"<{node.name}{_href(node, base_url)}>")
            stack.append(f"</{node.name}>")
            stack.extend(reversed(node.contents))


def _href(node: Tag, base_url: str | None) -> str:
    """The ` href="..."` a kept link keeps (absolute, no unsafe scheme), or ""."""
    href = node.get("href") if node.name == "a" else None
    if isinstance(href, str) and href.strip():
        url = join_url(base_url, href.strip()) if base_url else href.strip()
        if url and not url.lower().startswith(_UNSAFE_SCHEMES):
            return f' href="{escape(url, quote=True)}"'
    return ""


# Unwrapped elements a browser lays out apart (table cells and rows, definition terms,
# captions): their texts stay separated by a space ("Age mg Adult 18", not "AgemgAdult18").
_APART = frozenset({"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "dl",
                    "dt", "dd", "figcaption", "blockquote", "pre", "section", "article",
                    "header", "footer", "address", "hr"})
_UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:")
# Run on text whose whitespace is single spaces: an optional space, not `\s*`, which a
# search would try from every character of a long run.
_BLOCK_BOUNDARY = re.compile(r" ?(</?(?:h[1-6]|ol|ul|li|p|div)>|<br>) ?")
_EMPTIABLE = frozenset({"p", "div", "li", "b", "strong", "i", "em", "ul", "ol", "a", "span",
                        "h1", "h2", "h3", "h4", "h5", "h6"})
_PIECE = re.compile(r"<(/?)([a-z0-9]+)(?: [^<>]*+)?>|[^<]++|<")




def _without_empty(html: str) -> str:
    """`html` (as `_render` writes it: well nested) without its empty elements, and
    without those that only held empty ones or a zero-width spacer: `<p><b></b></p>` and
    `<p><span>&#8203;</span></p>` go whole. One pass with a stack, where removing
    `<x></x>` until none is left took a pass per nesting level."""
    if "></" not in html and not any(c in html for c in ZERO_WIDTH):
        return html  # an empty element is a start tag right before its end tag: none here
    out: list[str] = []
    opened: list[tuple[str, int]] = []  # (name, index in `out`) of the open elements
    for m in _PIECE.finditer(html):
        closing, name = m.group(1), m.group(2)
        if name is None and is_blank(m.group()) and not m.group().isspace():
            continue  # a zero-width spacer (not a plain space): as if nothing were there
        if name is None or name == "br":  # text, or the one void element
            out.append(m.group())
        elif not closing:
            opened.append((name, len(out)))
            out.append(m.group())
        else:
            start = opened.pop()[1] if opened and opened[-1][0] == name else None
            if start is not None and name in _EMPTIABLE and start == len(out) - 1:
                out.pop()  # nothing inside: the element is dropped
            else:
                out.append(m.group())
    return "".join(out)


def _boundary(m: re.Match[str]) -> str:
    """A block boundary without the spaces around it (a function: Python 3.11 expands a
    template string again for every match)."""
    return m.group(1)


def clean_html(nodes: Iterable[PageElement], base_url: str | None = None) -> str:
    """Render `nodes` as answer HTML restricted to Google's allowed tags.

    A lone paragraph is returned without its `<p>` wrapper; empty elements vanish.
    """
    out: list[str] = []
    for node in nodes:
        _render(node, base_url, out)
    html = _BLOCK_BOUNDARY.sub(_boundary, " ".join("".join(out).split()))
    html = _without_empty(html)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html.strip()
