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
  `<article>` to the end of the last one, counting only `<article>`s that can be the
  article body: one whose class or id names a comment, a card, a teaser, an excerpt, a
  widget or related posts is not (a page whose only `<article>`s are its comments has
  its body elsewhere), and the span must hold the page's first `<h1>` when it has one
  (else the `<article>`s are cards around a body that is not one);
- every `application/ld+json` script in the body outside that region, so other
  tools' structured data is still seen.

A page whose region holds no review label's stem ("review", "revis", …) while the rest
of its body does is read whole: a side column's review card is the page's review when
the article states none (review.py). The stems are those the review reader looks for on
the page: its `<html lang>`'s and English's, or every language's without one (a search
for sixteen languages' stems tried nearly every character of a 2 MB page).

A page with no `<body>`/`</head>`, no `<main>` or `<article>` that can be the body, or
whose region cannot be delimited for sure (an element left open, an unclosed comment or
script) is read whole, as a browser reads it (an `<aside>` or `<div>` left open runs on
over what follows): the result is then None.

Offsets never leave this module: write-back works on the raw bytes, not on the tree.
"""

from __future__ import annotations

import re

from .markup import (
    HTML_SPACE,
    RAW_TEXT,
    Token,
    attributes,
    comment_close,
    is_json_ld_tag,
    raw_text_end,
    tokens,
)
from .markup import TAG as _TAG
from .wording import label_stems

# The raw-text elements of markup.RAW_TEXT (plaintext aside: it never ends, so a page
# holding one is read whole by the checks below).
_RAW_TEXT = tuple(sorted(RAW_TEXT - {"plaintext"}))
_CANDIDATE = re.compile(
    r"<(?:(!--)|(/?)(main|article|body|head|html|h1|" + "|".join(_RAW_TEXT) + r")(?=[\s/>]))", re.I
)
_CANONICAL = re.compile(r"canonical", re.I)
# The class and id values of a start tag, and the words in them that mark an <article>
# that is not the article body (a comment, a card, related posts).
_CLASS_OR_ID = re.compile(r"""\s(?:class|id)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++))""",
                          re.IGNORECASE)
_NOT_BODY = frozenset({"comment", "comments", "commentlist", "comment-body", "card", "cards",
                       "teaser", "excerpt", "widget", "related", "related-post", "related-posts"})


def _not_body(start_tag: str) -> bool:
    """True when an `<article>` start tag's class or id says comment, card, related..."""
    for m in _CLASS_OR_ID.finditer(start_tag):
        value = (m.group(1) or m.group(2) or m.group(3) or "").lower()
        if any(w in _NOT_BODY or w.split("-", 1)[0] in ("comment", "card") for w in value.split()):
            return True
    return False


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
    article_body = True  # the open outermost <article> can be the body
    first_h1: int | None = None
    ld_json: list[tuple[int, int]] = []
    language: str | None = None  # the first <html> start tag's lang, as the parser keeps it
    while True:
        m = _CANDIDATE.search(s, pos)
        if m is None:
            break
        if m.group(1):  # a comment: nothing inside it is markup
            end = comment_close(s, m.start())
            if end is None:
                return None
            pos = end
            continue
        tag = _TAG.match(s, m.start())
        if tag is None or s.rfind("<", 0, m.start()) > s.rfind(">", 0, m.start()):
            pos = m.end()  # not a tag, or inside another tag's attribute value
            continue
        closing, name, pos = bool(m.group(2)), m.group(3).lower(), tag.end()
        if name in _RAW_TEXT:
            if closing:
                continue
            close = raw_text_end(s, Token(False, name, m.start(), pos, ""))
            if close >= len(s):
                return None
            close_end = s.find(">", close + 2 + len(name))
            if close_end < 0:
                return None
            if name == "script" and is_json_ld_tag(tag.group()):
                ld_json.append((m.start(), close_end + 1))
            pos = close_end + 1
        elif name == "body" and not closing and body_open is None:
            body_open = pos
        elif name == "html" and not closing and language is None and body_open is None:
            language = " ".join(attributes(tag.group(3)).get("lang", "").split())
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
        elif name == "h1":
            if not closing and first_h1 is None and body_open is not None:
                first_h1 = m.start()
        elif name == "article":
            if not closing:
                if article_depth == 0:
                    article_start = m.start()
                    article_body = not _not_body(tag.group())
                article_depth += 1
            elif article_depth:
                article_depth -= 1
                if article_depth == 0 and article_start is not None and article_body:
                    articles.append((article_start, pos))
    prefix_end = body_open if body_open is not None else head_close
    if len(main) == 2:
        start, end = main
    elif main or article_depth or not articles:
        return None  # an element left open, or no region: read the page whole
    else:
        start, end = articles[0][0], articles[-1][1]
        if first_h1 is not None and not start <= first_h1 < end:
            return None  # the title is outside: these articles are cards, not the body
    if prefix_end is None or start < prefix_end or _side_review(s, prefix_end, start, end,
                                                                  language):
        return None
    outside = [s[a:b] for a, b in ld_json if a >= prefix_end and not start <= a < end]
    head: list[str] = []
    at = 0
    for a, b in _unread_head(s, prefix_end):
        head.append(s[at:a])
        at = b
    head.append(s[at:prefix_end])
    return "".join([*head, "\n", s[start:end], "\n", *outside])


def _side_review(s: str, body: int, start: int, end: int, language: str | None) -> bool:
    """The region `s[start:end]` holds no review label's stem and the rest of the body
    does: perhaps a side column's review card, which the review reader takes when the
    article states no review (review.py), so the page is read whole. The stems of the
    page's `language` (its `<html lang>`), as the review reader looks for."""
    stems = label_stems(language)
    return stems.search(s[start:end].lower()) is None and (
        stems.search(s[body:start].lower()) or stems.search(s[end:].lower())) is not None


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
        if token.name == "style" or (token.name == "script" and not is_json_ld_tag(tag)):
            pending = (token.name, token.start)
        elif token.name == "link" and not _CANONICAL.search(tag):
            spans.append((token.start, token.end))
    return spans
