"""Write the graph into the page as one `<script type="application/ld+json">`, as a byte splice.

Only the bytes of our block change: everything before and after it is copied from
the input as it was. The block carries `class="healthld-graph"`, so a rerun finds
it and replaces it in place; building an already-built page gives the same bytes.

Where the block goes: in place of our previous block if the page has one; else just
before the `</head>` a parser would see (not one inside a comment, a script, a
style, a title or a CDATA-looking bogus comment); else, for a page without `</head>`,
where the head ends implicitly (before `<body>` or the first body content); else at the
end. When the head ends inside a head `<noscript>` (a tracking pixel's `<noscript><img></noscript>`:
a parser with scripting off ends the head at the `<img>`, a browser reads the
noscript's content as text), the block goes before that `<noscript>`, where both
parse modes see a script element. Likewise when the head ends inside a `<template>`
(browsers keep a template's content inert, out of the document): before the template.

Tags, "our block" and "a JSON-LD script" come from markup.py, the one tokenizer.

The page is scanned as latin-1 text, so offsets are byte offsets and the scan
works for every ASCII-compatible encoding (UTF-8, windows-1252, Shift_JIS, ...):
in those, the bytes of `<`, `>`, `/`, `-`, quotes and whitespace are never part of
a multi-byte character. The block itself is pure ASCII.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .markup import BOM as _BOM
from .markup import HTML_SPACE as _HTML_SPACE
from .markup import MARKER, Token, element_end, is_json_ld, is_ours, raw_text_end, tokens

SCRIPT_OPEN = f'<script type="application/ld+json" class="{MARKER}">'
SCRIPT_CLOSE = "</script>"

_HEAD_CONTENT = frozenset({"html", "head", "title", "meta", "link", "style", "script", "base",
                           "noscript", "template", "!doctype"})


def serialize(graph: dict[str, Any]) -> str:
    """JSON text that is safe inside a script element and pure ASCII.

    `<`, `>` and `&` become `\\u003c`, `\\u003e`, `\\u0026`, so no `</script`, `<!--`
    or `]]>` can appear; U+2028/U+2029, NUL and every non-ASCII character are
    `\\u` escapes. Every JSON parser reads the same strings back.
    """
    text = json.dumps(graph, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def script_block(graph: dict[str, Any]) -> str:
    return SCRIPT_OPEN + serialize(graph) + SCRIPT_CLOSE


@dataclass(frozen=True)
class Layout:
    """Where things are in a page: the insertion point and our existing blocks (byte spans)."""

    insert_at: int
    own_blocks: tuple[tuple[int, int], ...]


def locate(raw: bytes) -> Layout:
    """Find the head end a parser would see, and every block we wrote before.

    Body content before any head (a PHP warning before `<html>`, a `<div>` before
    `<head>`) makes parsers put the page's head elements in the body; a script written
    before that content would make them build a head for it, and a rebuild would then
    read the page differently. There the block goes before the `</head>` or `<body>`
    tag that follows (else at the end): in the body, beside those elements."""
    s = raw.decode("latin-1")
    head_end: int | None = None
    started = False  # a start tag was seen: before one, a stray `</head>` is noise
    in_head = False  # an element that opens the head was seen (`<head>`, `<title>`, ...)
    early = False  # body content came before the head: see above
    own: list[tuple[int, int]] = []
    noscript: int | None = None  # the start of the head <noscript> the scan is inside
    template: int | None = None  # the start of the outermost <template> the scan is inside
    templates = 0  # how many <template>s are open
    last_marker = s.rfind(MARKER)  # past it and past the head end, nothing is left to find
    for token in tokens(s):
        if head_end is not None and (
                token[0] if isinstance(token, tuple) else token.start) > last_marker:
            break
        if isinstance(token, tuple):
            start, end = token
            text = s[start:end]
            if start == 0 and text.startswith(_BOM):
                text = text[len(_BOM):]
                start = len(_BOM)
            if head_end is None and not early and text.strip(_HTML_SPACE):
                # Non-space text outside the head's elements ends the head implicitly.
                early = not in_head
                if in_head:
                    head_end = start + (len(text) - len(text.lstrip(_HTML_SPACE)))
                    head_end = head_end if noscript is None else noscript  # see below
                    head_end = head_end if template is None else min(head_end, template)
            continue
        if is_ours(token):
            own.append((token.start, element_end(s, token)))
        if head_end is None:
            if token.closing and not started:
                continue  # libxml2 drops it; the HTML standard's parser agrees on the block's place
            if token.name == "noscript":
                noscript = None if token.closing else token.start
            elif token.name == "template":
                templates = max(0, templates + (-1 if token.closing else 1))
                template = None if not templates else token.start if template is None else template
            if token.name == "body" or (token.name == "head" and token.closing):
                head_end = token.start
            elif not early and not token.closing and token.name not in _HEAD_CONTENT:
                early = not in_head
                head_end = token.start if in_head else None
            if head_end is not None and noscript is not None:
                # Inside a head <noscript>: a parser with scripting off (lxml) ends the head
                # here, one with scripting on (browsers, Google) reads the noscript's content
                # as text. Both see a script element before the <noscript>.
                head_end = noscript
            if head_end is not None and template is not None:
                # Inside a <template>: browsers keep its content inert, out of the document
                # (lxml and html5lib do not); the block goes before the template.
                head_end = min(head_end, template)
            in_head = in_head or (not token.closing and token.name in _HEAD_CONTENT
                                  and token.name not in ("html", "!doctype"))
        started = started or (not token.closing and token.name != "!doctype")
    if head_end is None:  # the page ends in the head: before an open <noscript> or <template>
        head_end = min((p for p in (noscript, template) if p is not None), default=len(s))
    return Layout(head_end, tuple(own))


def _line_indent(s: str, at: int) -> str | None:
    """The whitespace between the start of the line and `at`, or None if other text is there."""
    line_start = max(s.rfind("\n", 0, at), s.rfind("\r", 0, at)) + 1
    prefix = s[line_start:at]
    return prefix if prefix.strip(" \t") == "" else None


def _newline(s: str, at: int) -> str:
    """The page's own line break: the one ending the line before `at`, else the first one."""
    nl = s.rfind("\n", 0, at)
    if nl < 0:
        nl = s.find("\n")
    return "\r\n" if nl > 0 and s[nl - 1] == "\r" else "\n"


def _removal_span(s: str, start: int, end: int) -> tuple[int, int]:
    """The span to delete to undo an insertion: the block, plus the line break and
    indentation that `insert` added after it."""
    indent = _line_indent(s, start)
    if indent is not None:
        for nl in ("\r\n", "\n"):
            if s.startswith(nl + indent, end):
                return start, end + len(nl) + len(indent)
    return start, end


def strip_own(raw: bytes) -> bytes:
    """The page without any block we wrote: the input as it was before the first build."""
    s = raw.decode("latin-1")
    out = []
    pos = 0
    for start, end in locate(raw).own_blocks:
        start, end = _removal_span(s, start, end)
        out.append(s[pos:start])
        pos = end
    out.append(s[pos:])
    return "".join(out).encode("latin-1")


def splice(raw: bytes, graph: dict[str, Any]) -> bytes:
    """Return the page with the graph written into it; every other byte is unchanged."""
    block = script_block(graph)
    s = raw.decode("latin-1")
    layout = locate(raw)
    if layout.own_blocks:
        first, *rest = layout.own_blocks
        pieces = [s[: first[0]], block]
        pos = first[1]
        for start, end in rest:  # a duplicate of ours: removed, never kept twice
            start, end = _removal_span(s, start, end)
            pieces.append(s[pos:start])
            pos = end
        pieces.append(s[pos:])
        return "".join(pieces).encode("latin-1")
    at = layout.insert_at
    indent = _line_indent(s, at)
    tail = "" if indent is None else _newline(s, at) + indent
    return (s[:at] + block + tail + s[at:]).encode("latin-1")


def ld_json_spans(raw: bytes) -> list[tuple[int, int, bytes]]:
    """Other tools' JSON-LD scripts (markup.is_json_ld) a parser would see, in page order:
    (start, end) byte span of the whole element, and the bytes of its content."""
    s = raw.decode("latin-1")
    spans = []
    for token in tokens(s):
        if isinstance(token, Token) and is_json_ld(token) and not is_ours(token):
            close = raw_text_end(s, token)
            if close >= len(s):
                continue
            spans.append((token.start, element_end(s, token), raw[token.end:close]))
    return spans


def remove_spans(raw: bytes, spans: list[tuple[int, int]]) -> bytes:
    """`raw` without the byte spans (sorted, disjoint), each with the line break and
    indentation that made up its line, so no blank line is left behind."""
    s = raw.decode("latin-1")
    out, pos = [], 0
    for start, end in spans:
        start, end = _removal_span(s, start, end)
        out.append(s[pos:start])
        pos = end
    out.append(s[pos:])
    return "".join(out).encode("latin-1")

