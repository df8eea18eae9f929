"""Find the part of a page the stages read, before the one tree is built.

A themed page is mostly furniture: inline styles and scripts, mega-menus with
icons, sidebars, footers. None of it is extracted (site furniture is excluded
anyway), but building a BeautifulSoup tree over it is most of the cost of a page.
`reading_text` scans the text once with a regular expression (comments and
raw-text elements such as scripts and styles are passed over, as a parser would)
and returns what the tree is built from:

- everything up to and including the `<body>` start tag: doctype, `<html lang>`,
  the head (meta, canonical link, title, JSON-LD), less what no stage reads: its
  `<style>` elements, its scripts that are not JSON-LD and its `<link>`s that are not
  canonical (a start tag holding an entity is kept: its attributes are not read here);
- the article region: the first `<main>` element, else the span from the first
  `<article>` to the end of the last one;
- every `application/ld+json` script in the body outside that region, so other
  tools' structured data is still seen.

A page with no `<body>`/`</head>`, no `<main>` or `<article>`, or whose region
cannot be delimited for sure (an element left open, an unclosed comment or
script) is read whole: the result is then None.

Offsets never leave this module: write-back works on the raw bytes, not on the tree.
"""

from __future__ import annotations

import re

from .sniff import HTML_SPACE
from .writeback import tokens

_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")
_CANDIDATE = re.compile(
    r"<(?:(!--)|(/?)(main|article|body|head|" + "|".join(_RAW_TEXT) + r")(?=[\s/>]))", re.I
)
# A whole start or end tag from its `<` (attribute values may hold `>`).
_TAG = re.compile(
    r"""</?[A-Za-z][^\s/>]*"""
    r"""(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?|\s*/)*+\s*>"""  # possessive
)
_RAW_CLOSE = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in _RAW_TEXT}
_LD_JSON = re.compile(r"""type\s*=\s*["']?\s*application/ld\+json""", re.I)
_CANONICAL = re.compile(r"canonical", re.I)


def reading_text(s: str) -> str | None:
    """The head, the article region and the body's JSON-LD of page text `s`, or None to
    read the page whole (see the module docstring)."""
    pos = 0
    body_open: int | None = None
    head_close: int | None = None
    main: list[int] = []  # [start] then [start, end]
    main_depth = 0
    articles: list[tuple[int, int]] = []
    article_start: int | None = None
    article_depth = 0
    ld_json: list[tuple[int, int]] = []
    while True:
        m = _CANDIDATE.search(s, pos)
        if m is None:
            break
        if m.group(1):  # a comment: nothing inside it is markup
            end = s.find("-->", m.end())
            if end < 0:
                return None
            pos = end + 3
            continue
        tag = _TAG.match(s, m.start())
        if tag is None or s.rfind("<", 0, m.start()) > s.rfind(">", 0, m.start()):
            pos = m.end()  # not a tag, or inside another tag's attribute value
            continue
        closing, name, pos = bool(m.group(2)), m.group(3).lower(), tag.end()
        if name in _RAW_CLOSE:
            if closing:
                continue
            close = _RAW_CLOSE[name].search(s, pos)
            if close is None:
                return None
            close_end = s.find(">", close.end())
            if close_end < 0:
                return None
            if name == "script" and _LD_JSON.search(tag.group()):
                ld_json.append((m.start(), close_end + 1))
            pos = close_end + 1
        elif name == "body" and not closing and body_open is None:
            body_open = pos
        elif name == "head" and closing and head_close is None:
            head_close = pos
        elif name == "main" and len(main) < 2:
            if not closing:
                if not main:
                    main.append(m.start())
                main_depth += 1
            elif main:
                main_depth -= 1
                if main_depth == 0:
                    main.append(pos)
        elif name == "article":
            if not closing:
                if article_depth == 0:
                    article_start = m.start()
                article_depth += 1
            elif article_depth:
                article_depth -= 1
                if article_depth == 0 and article_start is not None:
                    articles.append((article_start, pos))
    prefix_end = body_open if body_open is not None else head_close
    if len(main) == 2:
        start, end = main
    elif main or article_depth or not articles:
        return None  # an element left open, or no region: read the page whole
    else:
        start, end = articles[0][0], articles[-1][1]
    if prefix_end is None or start < prefix_end:
        return None
    outside = [s[a:b] for a, b in ld_json if a >= prefix_end and not start <= a < end]
    head: list[str] = []
    at = 0
    for a, b in _unread_head(s, prefix_end):
        head.append(s[at:a])
        at = b
    head.append(s[at:prefix_end])
    return "".join([*head, "\n", s[start:end], "\n", *outside])


# Start tags that may stand in a head without ending it (the HTML standard's "in head").
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base"})


def _unread_head(s: str, end: int) -> list[tuple[int, int]]:
    """Spans of the head elements no stage reads, in `s[:end]`: `<style>` elements, scripts
    that are not JSON-LD, links that are not canonical. Only inside an explicit `<head>`
    start tag, and only up to the first thing that is not head content (text, another
    element, `<noscript>`, `</head>`): there, leaving an element out cannot move another
    one between head and body. Tags come from the write-back tokenizer, so markup inside
    attribute values, comments and raw text is never taken for an element; a start tag
    holding an entity is kept, as its attributes are not decoded here."""
    spans: list[tuple[int, int]] = []
    in_head = False
    pending: tuple[str, int] | None = None  # a style or script whose end tag comes next
    for token in tokens(s[:end]):
        if isinstance(token, tuple):
            if in_head and s[token[0]:token[1]].strip(HTML_SPACE):
                break  # text: the body starts here
            continue
        if not in_head:
            if token.name == "head" and not token.closing:
                in_head = True
            elif token.name not in ("!doctype", "html"):
                break
            continue
        if token.closing:
            if pending is not None and token.name == pending[0]:
                spans.append((pending[1], token.end))
            elif token.name not in _HEAD_CONTENT:
                break  # </head>, or an end tag that is not ours to judge
            pending = None
            continue
        pending = None
        if token.name not in _HEAD_CONTENT:
            break
        tag = s[token.start:token.end]
        if "&" in tag:
            continue
        if token.name == "style" or token.name == "script" and not _LD_JSON.search(tag):
            pending = (token.name, token.start)
        elif token.name == "link" and not _CANONICAL.search(tag):
            spans.append((token.start, token.end))
    return spans
